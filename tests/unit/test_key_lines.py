"""The one-line keys under the panes explain the one-character marks those panes show."""

from __future__ import annotations

import pytest

from soyuztui.present.legend import key_line, marks_for
from soyuztui.present.wording import UNREVIEWED_MARK

PANES = ["crew", "occupants", "timeline", "quotes", "sources"]


@pytest.mark.parametrize("place", PANES)
def test_every_single_mark_is_in_the_key(place: str) -> None:
    """Each one-character mark a pane shows (◌ only for a drafted dossier) is in its key line."""
    line = key_line(place, drafted=True)
    singles = [mark.mark.strip() for mark in marks_for(place) if len(mark.mark.strip()) == 1]
    assert singles, place
    for mark in singles:
        assert mark in line, (place, mark)


def test_unreviewed_mark_only_for_a_draft_and_where_it_is_shown() -> None:
    """◌ is explained only when the dossier has unreviewed entries, and only where it appears."""
    assert UNREVIEWED_MARK not in key_line("crew")
    assert key_line("crew", drafted=True).startswith(f"{UNREVIEWED_MARK} unreviewed")
    assert UNREVIEWED_MARK not in key_line("sources", drafted=True)
    assert key_line("no such place", drafted=True) == ""
