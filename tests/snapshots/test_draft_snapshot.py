"""The dashboard opened on a folder of articles alone: an in-memory draft, marked unreviewed."""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.draft.memory import load_draft
from tests.conftest import SnapCompare, test_app

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "aurora-7"


def test_draft_dashboard(snap_compare: SnapCompare) -> None:
    """Header count and ◌ marks on every drafted seat, occupant and event, after docking."""
    dossier = load_draft(CORPUS)
    assert snap_compare(test_app(dossier, at="2032-04-14T20:00Z"), terminal_size=(120, 40))


SIZES = [(80, 24), (120, 40), (200, 60)]
SCREENS = {"dashboard": ["4"], "compare": ["c"], "help": ["question_mark"], "card": ["m"]}


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_draft_screen_sizes(snap_compare: SnapCompare, screen: str, size: tuple[int, int]) -> None:
    """The drafted mission's dashboard (quotes focused), compare, help and mission card at three sizes."""
    dossier = load_draft(CORPUS)
    assert snap_compare(test_app(dossier, at="2032-04-14T20:00Z"), press=SCREENS[screen], terminal_size=size)
