"""A draft runs with the cyclic garbage collector paused, and leaves it as it found it."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

from soyuztui.draft import draft

KESTREL = Path(__file__).resolve().parents[1] / "missions" / "kestrel-4"


def _articles(tmp_path: Path) -> Path:
    for article in KESTREL.glob("*.txt"):
        shutil.copy(article, tmp_path / article.name)
    return tmp_path


def test_the_collector_is_paused_while_drafting_and_enabled_after(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    seen: list[bool] = []
    assert gc.isenabled()
    draft([folder], folder, progress=lambda done, total, name: seen.append(gc.isenabled()))
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    gc.disable()
    try:
        draft([folder], folder)
        assert not gc.isenabled()
    finally:
        gc.enable()
