"""Helpers for the hostile-input tests: a small valid mission, built in tmp_path.

Every hostile file is generated here, in the test's own folder: no junk is committed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from soyuztui.cli import main

BASE_ARTICLE = (
    "date 2021-10-04 Cosmonaut Anton Shkaplerov of Roscosmos launched on October 5 "
    "aboard Soyuz MS-19 and returned on October 17. A rehearsal happened on October 1.\n"
)

# The smallest mission that builds: two events with verified times, one person.
BASE_MISSION = """\
schema_version = 1

[mission]
id = "test"
title = "Test mission"
countdown_to = "launch"
ends_with = "return"

[[documents]]
id = "base"
path = "base.txt"

[[people]]
id = "shkaplerov"
name = "Anton Shkaplerov"

[[events]]
id = "launch"
title = "Launch"

[[events.claims]]
time = "2021-10-05"
evidence = [{ doc = "base", text = "launched on October 5" }]

[[events]]
id = "return"
title = "Return"

[[events.claims]]
time = "2021-10-17"
evidence = [{ doc = "base", text = "returned on October 17" }]
"""

# Characters that must never survive into document text or output built from it.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]")


def line_of(text: str, snippet: str, occurrence: int = 1) -> int:
    """1-based line of the `occurrence`-th line containing `snippet`."""
    seen = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if snippet in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{snippet!r} not in text")


@dataclass
class Run:
    """What one CLI run printed and returned."""

    status: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        """The stderr lines."""
        return self.err.splitlines()


@dataclass
class MissionDir:
    """A folder holding a mission file and its articles."""

    folder: Path
    mission: Path

    def write(self, text: str) -> Path:
        """Replace the mission file's text."""
        self.mission.write_text(text, encoding="utf-8")
        return self.mission

    def article(self, name: str, data: bytes) -> Path:
        """Write an article's bytes."""
        path = self.folder / name
        path.write_bytes(data)
        return path


CliRun = Callable[..., Run]
"""The `cli` fixture: runs the command line in-process and returns what it printed."""


@pytest.fixture
def mission_dir(tmp_path: Path) -> MissionDir:
    """A folder with the base article and the base mission file."""
    folder = tmp_path / "mission"
    folder.mkdir()
    (folder / "base.txt").write_text(BASE_ARTICLE, encoding="utf-8")
    mission = folder / "mission.toml"
    mission.write_text(BASE_MISSION, encoding="utf-8")
    return MissionDir(folder, mission)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run `soyuztui.cli.main` in-process and capture what it printed."""

    def run(*argv: str | Path) -> Run:
        status = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return Run(status, captured.out, captured.err)

    return run


def assert_one_problem(run: Run, path: Path | str, line: int, message: str) -> None:
    """Exit 1, nothing on stdout, and exactly one `path:line: message...` line on stderr."""
    assert run.status == 1, run
    assert run.lines and len(run.lines) == 1, run.err
    assert "Traceback" not in run.err
    expected = f"{path}:{line}: "
    assert run.lines[0].startswith(expected), f"{run.lines[0]!r} does not start with {expected!r}"
    assert re.search(message, run.lines[0][len(expected) :]), f"{message!r} not in {run.lines[0]!r}"
