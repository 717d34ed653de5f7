"""The one-line keys under the panes explain the one-character marks those panes show."""

from __future__ import annotations

import pytest

from soyuztui.present.legend import PHRASE_GAP, fit_phrases, key_line, key_phrases, marks_for
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


PHRASES = ("✓ over", "▶ now", "≠ disputed", "Enter: evidence")


def test_a_key_line_that_fits_is_whole() -> None:
    assert fit_phrases(PHRASES, 200) == "✓ over  ▶ now  ≠ disputed  Enter: evidence"
    assert fit_phrases(PHRASES, len("✓ over  ▶ now  ≠ disputed  Enter: evidence")) == key_join(PHRASES)


@pytest.mark.parametrize("width", range(0, 45))
def test_a_narrow_key_line_keeps_whole_phrases_in_order(width: int) -> None:
    line = fit_phrases(PHRASES, width)
    assert len(line) <= width
    kept = line.removesuffix("…").split(PHRASE_GAP)
    kept = [phrase for phrase in kept if phrase]
    assert tuple(kept) == PHRASES[: len(kept)], line  # a prefix, every phrase whole
    if len(kept) < len(PHRASES) and width:
        assert line.endswith("…")


def test_the_width_is_measured_in_cells() -> None:
    """A phrase two cells a character wide is measured so."""
    wide = ("日本 over", "Enter: evidence")
    cells = lambda text: len(text) + sum(ord(c) > 0x2E80 for c in text)  # noqa: E731
    assert fit_phrases(wide, 12, cells) == "日本 over  …"  # 4 + 5 + 3 cells
    assert fit_phrases(wide, 11, cells) == "…"


def key_join(phrases: tuple[str, ...]) -> str:
    return PHRASE_GAP.join(phrases)


@pytest.mark.parametrize("place", [*PANES, "compare"])
def test_no_phrase_holds_the_gap(place: str) -> None:
    """The gap separates phrases, so no phrase may contain it (it would be split)."""
    assert all(PHRASE_GAP not in phrase for phrase in key_phrases(place, drafted=True))


@pytest.mark.parametrize("width", range(0, 45))
def test_two_lines_break_only_between_phrases(width: int) -> None:
    text = fit_phrases(PHRASES, width, lines=2)
    rows = text.split("\n")
    assert len(rows) <= 2 and all(len(row) <= width for row in rows)
    kept = [phrase for row in rows for phrase in row.removesuffix("…").split(PHRASE_GAP) if phrase]
    assert tuple(kept) == PHRASES[: len(kept)], text
    if len(kept) < len(PHRASES) and width:
        assert text.endswith("…")


def test_two_lines_hold_what_one_cannot() -> None:
    assert fit_phrases(PHRASES, 20, lines=2) == "✓ over  ▶ now\n≠ disputed  …"
    assert fit_phrases(PHRASES, 30, lines=2) == "✓ over  ▶ now  ≠ disputed\nEnter: evidence"
