"""`soyuz-tui export`: formats, --tz, and writing with -o safely."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from soyuztui.cli import main
from soyuztui.resources import seeds_dir


@pytest.fixture
def mission(tmp_path: Path) -> Path:
    """A copy of the bundled mission, so tests may try to overwrite its files."""
    folder = tmp_path / "mission"
    shutil.copytree(seeds_dir(), folder)
    return folder / "soyuz-ms-19.toml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("fmt", ["json", "ics", "md"])
def test_every_format_goes_to_stdout(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    status, out, err = run(capsys, "export", "--format", fmt)
    assert (status, err) == (0, "")
    assert "Soyuz MS-19" in out


def test_md_with_tz_moscow_shows_1155_for_launch(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "export", "--format", "md", "--tz", "moscow")
    assert status == 0
    assert "- **2021-10-05 11:55 MSK** — Launch from Baikonur" in out


def test_tz_before_the_subcommand_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--tz", "moscow", "export", "--format", "md")
    assert "11:55 MSK" in out


def test_ics_stays_utc_whatever_the_tz(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "export", "--format", "ics", "--tz", "moscow")
    assert "DTSTART:20211005T085500Z" in out


def test_output_file_is_written(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    status, out, err = run(capsys, "export", "--format", "ics", "-o", str(target))
    assert (status, out, err) == (0, "", "")
    calendar = Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == 6
    assert [p.name for p in tmp_path.iterdir()] == ["out.ics"]  # no temporary left behind
    assert target.stat().st_mode & 0o777 == 0o644


def test_output_replaces_an_existing_file_whole(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "dossier.json"
    target.write_text("x" * 1_000_000)
    os.chmod(target, 0o640)
    assert run(capsys, "export", "--format", "json", "-o", str(target))[0] == 0
    assert json.loads(target.read_text())["mission"]["id"] == "soyuz-ms-19"
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("victim", ["soyuz-ms-19.toml", "002_53fb228c029d7d6c.txt"])
def test_refuses_to_overwrite_an_input(capsys: pytest.CaptureFixture[str], mission: Path, victim: str) -> None:
    target = mission.parent / victim
    before = target.read_bytes()
    status, out, err = run(capsys, "export", "--mission", str(mission), "--format", "md", "-o", str(target))
    assert status == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "refusing to overwrite" in err and victim in err
    assert target.read_bytes() == before


def test_refuses_an_input_reached_another_way(capsys: pytest.CaptureFixture[str], mission: Path) -> None:
    sneaky = mission.parent / "sub" / ".." / mission.name
    (mission.parent / "sub").mkdir()
    link = mission.parent / "link.toml"
    link.symlink_to(mission)
    for target in (sneaky, link):
        status, _, err = run(capsys, "--mission", str(mission), "export", "--format", "json", "-o", str(target))
        assert status == 1 and "refusing to overwrite" in err
    assert mission.read_text().startswith("# Soyuz MS-19")


def test_unwritable_place_is_a_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "export", "--format", "json", "-o", str(tmp_path / "missing" / "out.json"))
    assert status == 1
    assert err.count("\n") == 1 and "cannot write there" in err


def test_refusal_from_the_installed_command(mission: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "soyuztui", "export", "--format", "ics",
         "--mission", str(mission), "-o", str(mission)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "refusing to overwrite" in result.stderr
