"""The dashboard's start imports no HTML library: only `add` (and a folder of pages not added yet) does."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.pages.gold import PAGES
from tests.startup import imported_at_start

HTML_LIBRARIES = (
    "trafilatura",
    "htmldate",
    "lxml",
    "justext",
    "courlan",
    "soyuztui.draft.pages",
    "soyuztui.draft.fetch",
)


def test_a_warm_start_on_a_mission_folder_with_a_saved_page_imports_no_html_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "kestrel-4"
    shutil.copytree(Path(__file__).parents[1] / "missions" / "kestrel-4", folder)
    shutil.copy(PAGES / "03-wire.html", folder)  # a page beside a mission file is not added behind its back

    def start() -> str:
        return imported_at_start(HTML_LIBRARIES, ("--mission", str(folder)))

    assert start() == ""  # cold: built from the sources, and cached
    assert start() == ""  # warm
    assert not list(folder.glob("0*.txt"))

    # The check can fail: reading a page does import them.
    from soyuztui.draft.pages import read_page

    read_page((PAGES / "03-wire.html").read_bytes())
    assert {"trafilatura", "htmldate", "lxml"} <= set(sys.modules)
