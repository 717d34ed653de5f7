"""The dashboard's start imports no HTML library: only `add` (and a folder of pages not added yet) does."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pages.gold import PAGES

APP_START = """
import sys
from textual.app import App

async def leave(pilot):
    await pilot.pause()
    pilot.app.exit()

run = App.run
App.run = lambda self, **options: run(self, headless=True, size=(120, 40), auto_pilot=leave)
import soyuztui.cli.main
from soyuztui.cli import main

sys.modules["soyuztui.cli.main"]._has_terminal = lambda: True  # headless on purpose: no terminal is needed

assert main(sys.argv[1:]) == 0
heavy = ("trafilatura", "htmldate", "lxml", "justext", "courlan", "soyuztui.draft.pages", "soyuztui.draft.fetch")
print(" ".join(sorted(name for name in sys.modules if name.startswith(heavy))))
"""


def test_a_warm_start_on_a_mission_folder_with_a_saved_page_imports_no_html_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "kestrel-4"
    shutil.copytree(Path(__file__).parents[1] / "missions" / "kestrel-4", folder)
    shutil.copy(PAGES / "03-wire.html", folder)  # a page beside a mission file is not added behind its back

    def start() -> str:
        command = [sys.executable, "-c", APP_START, "--mission", str(folder)]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()

    assert start() == ""  # cold: built from the sources, and cached
    assert start() == ""  # warm
    assert not list(folder.glob("0*.txt"))

    # The check can fail: reading a page does import them.
    from soyuztui.draft.pages import read_page

    read_page((PAGES / "03-wire.html").read_bytes())
    assert {"trafilatura", "htmldate", "lxml"} <= set(sys.modules)
