"""`draft` on hostile sizes and names: capped with an `unsure:` line or one `file:line` message, never a crash.

The time case (a long article with no full stops, a name every few words) took
minutes when each mention re-read its sentence from the start; the timeout bounds it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.draft import mission as mission_module

OPENING = "The Soyuz MS-40 crew launched on February 3, 2031 and landed on April 5, 2031. "
NAMES = ["Ivan Petrov", "Anna Berg", "Kofi Mensah", "Lena Sato", "Omar Haddad", "Rita Lopes", "Yuri Gold", "Mia Chen"]


def _draft_and_check(folder: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    output = folder / "mission.toml"
    assert main(["draft", str(folder), "-o", str(output)]) == 0
    notes = capsys.readouterr().err.splitlines()
    assert main(["check", "--mission", str(output)]) == 0, capsys.readouterr().err
    return notes


@pytest.mark.timeout(60)
def test_a_long_article_with_no_full_stops_drafts_in_linear_time_and_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parts = [OPENING]
    index = 0
    while sum(map(len, parts)) < 25_000:  # beyond the 20,000 of an excerpt
        parts.append(f"cosmonaut {NAMES[index % 8]} said the crew worked with {NAMES[(index + 3) % 8]} ,")
        index += 1
    (tmp_path / "long.txt").write_text("date 2031-02-03 " + " ".join(parts) + "\n", encoding="utf-8")
    _draft_and_check(tmp_path, capsys)


def test_more_people_than_a_mission_file_holds_are_capped_with_an_unsure_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mission_module, "MAX_PEOPLE", 5)
    said = " ".join(f"Cosmonaut {name} said hello." for name in NAMES)
    (tmp_path / "many.txt").write_text(f"date 2031-02-03 {OPENING}{said}\n", encoding="utf-8")
    notes = _draft_and_check(tmp_path, capsys)
    assert "unsure: 8 people named; only the 5 named most often are drafted" in notes


@pytest.mark.parametrize(
    "name", [b"new\nline.txt", b"tab\there.txt", b"esc\x1b[31m.txt", b"del\x7f.txt", b"bad\xff\xfe.txt"]
)
def test_an_article_with_an_odd_file_name_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: bytes
) -> None:
    path = os.path.join(os.fsencode(tmp_path), name)
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(f"date 2031-02-03 {OPENING}Cosmonaut Ivan Petrov said the launch went well.\n")
    assert main(["draft", str(tmp_path), "-o", str(tmp_path / "mission.toml")]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.endswith(
        ":1: its file name holds control characters or bytes that are not UTF-8; rename it to draft it"
    )
    assert "\x1b" not in line and "\x7f" not in line
    assert not (tmp_path / "mission.toml").exists()
