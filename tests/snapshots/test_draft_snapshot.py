"""The dashboard opened on a folder of articles alone: an in-memory draft, marked unreviewed."""

from __future__ import annotations

from pathlib import Path

from soyuztui.draft.memory import load_draft
from tests.conftest import test_app

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "aurora-7"


def test_draft_dashboard(snap_compare) -> None:
    """Header count and ◌ marks on every drafted seat, occupant and event, after docking."""
    dossier = load_draft(CORPUS)
    assert snap_compare(test_app(dossier, at="2032-04-14T20:00Z"), terminal_size=(120, 40))
