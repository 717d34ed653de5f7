"""Values `check` used to accept and the app then crashed on: each is now one error line at the edge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier.sources.bounds import FIRST_YEAR, LAST_YEAR, MAX_LIST


def _edit(mission: Path, old: str, new: str, count: int = 1) -> None:
    text = mission.read_text(encoding="utf-8")
    assert old in text
    mission.write_text(text.replace(old, new, count), encoding="utf-8")


def _check(mission: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    status = main(["check", "--mission", str(mission)])
    return status, capsys.readouterr().err.splitlines()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('time = "2021-10-03"', 'time = "0001-01-01"', "year 1 is outside 1900-2200"),
        ('time = "2021-10-03"', 'time = "9999-12-31"', "year 9999 is outside 1900-2200"),
        ('time = "2021-10-05T08:55Z"', 'time = "9999-12-31T23:59Z"', "year 9999 is outside 1900-2200"),
    ],
)
def test_events_on_year_1_or_9999_pass_check(
    mission_copy: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str
) -> None:
    _edit(mission_copy, old, new)
    status, lines = _check(mission_copy, capsys)
    assert status == 1 and len(lines) == 1
    assert re.match(rf".*:\d+: events\.\d+\.claims\.0\.time: {message}$", lines[0])


def test_evidence_start_beyond_2_63_crashes_every_command(
    mission_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(mission_copy, 'text = "Roscosmos cosmonauts', f'start = {2**63}, text = "Roscosmos cosmonauts')
    status, lines = _check(mission_copy, capsys)
    assert status == 1 and len(lines) == 1
    assert "start: Input should be less than or equal to 100000000" in lines[0]


def test_schema_version_true_is_accepted(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(mission_copy, "schema_version = 1", "schema_version = true")
    status, lines = _check(mission_copy, capsys)
    assert status == 1 and lines[0].endswith(":6: schema_version: must be a number, not true or false")


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ('title = "Soyuz MS-19"', 'title = "Soyuz\\nMS-19"', "mission.title"),
        ('name = "Anton Shkaplerov"', 'name = "Anton\\nShkaplerov"', r"people\.\d+\.name"),
        ('aliases = ["Shkaplerov"]', 'aliases = ["Shkap\\u2028lerov"]', r"people\.\d+\.aliases\.0"),
    ],
)
def test_newline_in_title_or_name_passes_check(
    mission_copy: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, where: str
) -> None:
    _edit(mission_copy, old, new)
    status, lines = _check(mission_copy, capsys)
    assert status == 1 and len(lines) == 1
    assert re.match(rf".*:\d+: {where}: must be one line of text, without (a line break|\\u2028)$", lines[0])


def test_a_million_aliases_print_an_error_line_each(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    many = ", ".join(["1"] * 1_000_000)  # each one also of the wrong type
    _edit(mission_copy, 'aliases = ["Shkaplerov"]', f"aliases = [{many}]")
    status, lines = _check(mission_copy, capsys)
    assert status == 1
    assert len(lines) == 1
    assert lines[0].endswith(f"aliases: has 1,000,000 entries; at most {MAX_LIST} are allowed")


def test_errors_without_end(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = mission_copy.read_text(encoding="utf-8")
    mission_copy.write_text(text.replace('text = "', 'text = "\\u0007'), encoding="utf-8")
    status, lines = _check(mission_copy, capsys)
    assert status == 1
    assert len(lines) == 51
    assert re.fullmatch(r"\.\.\. and [\d,]+ more problems", lines[-1])


@pytest.mark.parametrize("speed", ["nan", "inf", "-inf", "1e300", "1e12", "0", "-1"])
def test_run_option_speed_crashes_the_dashboard(speed: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([f"--speed={speed}"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("soyuz-tui: --speed must be a number from 1 to 86400, not ")


@pytest.mark.parametrize("at", ["9999-12-31T23:59Z", "0001-01-01T00:00+05:00", "0001-01-01", "1899-12-31T23:59Z"])
def test_run_option_at_near_year_1_or_9999_crashes_the_dashboard(at: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--at", at]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"soyuz-tui: --at {at!r} is outside the years {FIRST_YEAR}-{LAST_YEAR}"


@pytest.mark.parametrize(
    ("alias", "accepted"),
    [
        ("ශ්\\u200dරී", True),  # Sinhala: the joiner makes the conjunct
        ("می\\u200cخواهم", True),  # Persian: the non-joiner keeps two letters apart
        ("Shkap\\u200blerov", False),  # a zero-width space hides a break: still refused
        ("Shkap\\u202elerov", False),  # a bidi override reorders what follows: still refused
    ],
)
def test_joiners_spell_names_other_invisible_characters_stay_refused(
    mission_copy: Path, capsys: pytest.CaptureFixture[str], alias: str, accepted: bool
) -> None:
    _edit(mission_copy, 'aliases = ["Shkaplerov"]', f'aliases = ["Shkaplerov", "{alias}"]')
    status, lines = _check(mission_copy, capsys)
    if accepted:
        assert status == 0 and lines == []
    else:
        assert status == 1 and len(lines) == 1 and "aliases.1: " in lines[0]
