"""EntryList: the occupants' and sources' list, whose cursor passes over headings."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content

from soyuztui.tui.widgets import RowList
from soyuztui.tui.widgets.entries import Entry, EntryList


def entries() -> list[Entry[str]]:
    return [
        Entry(Content("Heading A")),
        Entry(Content("one"), "one"),
        Entry(Content("two"), "two"),
        Entry(Content("Heading B")),
        Entry(Content("Heading C")),
        Entry(Content("three"), "three"),
    ]


class ListApp(App[None]):
    def __init__(self, cursor: int | None) -> None:
        super().__init__()
        self.cursor = cursor
        self.chosen: list[object] = []

    def compose(self) -> ComposeResult:
        listing = EntryList[str](id="list")
        listing.set_items(entries(), self.cursor)
        yield listing

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        assert isinstance(event.item, Entry)
        self.chosen.append(event.item.item)


async def test_the_cursor_starts_on_an_entry_and_passes_over_headings() -> None:
    app = ListApp(cursor=0)
    async with app.run_test(size=(30, 10)) as pilot:
        listing = app.query_one(EntryList)
        listing.focus()
        await pilot.pause()
        assert listing.cursor == 1
        await pilot.press("down", "down")
        assert listing.cursor == 5  # over both headings
        await pilot.press("down")
        assert listing.cursor == 5  # nothing below
        await pilot.press("up")
        assert listing.cursor == 2
        await pilot.press("home")
        assert listing.cursor == 1  # the first row is a heading: the first entry
        await pilot.press("end", "enter")
        assert app.chosen == ["three"]


class UnfocusedListApp(ListApp):
    AUTO_FOCUS = None


async def test_no_cursor_until_focused_then_the_first_entry() -> None:
    app = UnfocusedListApp(cursor=None)
    async with app.run_test(size=(30, 10)) as pilot:
        listing = app.query_one(EntryList)
        assert listing.cursor is None
        listing.focus()
        await pilot.pause()
        assert listing.cursor == 1


async def test_a_click_on_a_heading_chooses_nothing_one_on_an_entry_chooses_it() -> None:
    app = ListApp(cursor=0)
    async with app.run_test(size=(30, 10)) as pilot:
        await pilot.click(EntryList, offset=(2, 3))  # "Heading B"
        assert app.chosen == [] and app.query_one(EntryList).cursor == 1
        await pilot.click(EntryList, offset=(2, 2))  # "two"
        assert app.chosen == ["two"]


async def test_new_items_keep_the_cursor_on_the_nearest_entry() -> None:
    app = ListApp(cursor=0)
    async with app.run_test(size=(30, 10)):
        listing = app.query_one(EntryList)
        listing.set_items(entries(), 3)  # a heading: the next entry
        assert listing.cursor == 5
        listing.set_items(entries()[:5], 4)  # headings to the end: the entry before
        assert listing.cursor == 2


class HeadlineApp(App[None]):
    """Entries with a last line longer than the list, in a list whose width the test sets."""

    CSS = "EntryList { width: 30; scrollbar-size-vertical: 0; }"

    def compose(self) -> ComposeResult:
        listing = EntryList[str](id="list")
        headline = Content("  A headline far longer than any list is wide")
        listing.set_items([Entry(Content("000 · an article whose line wraps"), "000", last_line=headline)])
        yield listing


async def test_a_last_line_is_cut_to_the_width_it_is_drawn_at() -> None:
    app = HeadlineApp()
    async with app.run_test(size=(60, 10)) as pilot:
        listing = app.query_one(EntryList)
        assert listing.row_lines(0) == 3  # two lines of text at 30 cells, then the headline's
        shown = [listing.render_line(y).text.rstrip() for y in range(3)]
        assert shown == ["000 · an article whose line", "wraps", "  A headline far longer than …"]
        listing.styles.width = 50
        await pilot.pause()
        assert listing.row_lines(0) == 2
        shown = [listing.render_line(y).text.rstrip() for y in range(2)]
        assert shown == ["000 · an article whose line wraps", "  A headline far longer than any list is wide"]
        listing.styles.width = 40
        await pilot.pause()
        cut = listing.render_line(1).text
        assert cut == "  A headline far longer than any list i…"
        assert len(cut) == 40
