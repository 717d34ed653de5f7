"""The panes' widths follow their content, quotes are read in the pane, wrapped lines hang."""

from __future__ import annotations

from textual.content import Content

from soyuztui.dossier import Dossier
from soyuztui.tui.lines import clip, hang
from soyuztui.tui.panes.quotes import QUOTE_LINES
from soyuztui.tui.widgets import RowList
from tests.conftest import test_app


async def test_the_quotes_get_the_room_the_timeline_and_occupants_do_not_need(dossier: Dossier) -> None:
    app = test_app(dossier, at="2021-10-05T13:00Z")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        quotes = app.screen.query_one("#quotes")
        timeline = app.screen.query_one("#timeline")
        occupants = app.screen.query_one("#occupants")
        assert quotes.size.width >= 38  # its text was 30 cells of 120 with fixed 3:2:2 columns
        assert occupants.size.width <= 30 and timeline.size.width <= 42
        listing = quotes.query_one(RowList)
        assert listing.row_height == QUOTE_LINES == 3
        # The second quote's words run on to a second line, not cut at the first.
        lines = [listing.render_line(y).text.rstrip() for y in range(3, 6)]
        assert lines[1].startswith("“It’s a miracle") and lines[2].strip(), lines


def test_hang_wraps_under_the_text_and_clip_keeps_whole_lines() -> None:
    line = Content("  ≠ disputed: one two three four five six seven eight")
    assert hang(line, 24).plain.splitlines() == [
        "  ≠ disputed: one two",
        "    three four five six",
        "    seven eight",
    ]
    assert hang(Content("short\n  fits"), 24).plain == "short\n  fits"
    assert clip(Content("Speaker\n" + "words " * 3 + "and more"), 12, 2).plain == "Speaker\nwords words…"
    assert hang(Content("key     meaning that wraps"), 18, indent=8).plain == "key     meaning\n        that wraps"
