"""WrappedRowList: rows as tall as their text at the list's width, found by line, paged by screen."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content

from soyuztui.tui.widgets import WrappedRowList

WIDTH = 20  # the list's width: no scrollbar gutter is kept while nothing scrolls


def text(item: str) -> Content:
    """An item's text: its name, then a line with its words."""
    return Content(f"{item}\n  {'word ' * (len(item) % 7)}".rstrip())


class ListApp(App[None]):
    """A WrappedRowList of `items`, WIDTH columns wide."""

    CSS = f"WrappedRowList {{ width: {WIDTH}; height: 10; scrollbar-size-vertical: 0; }}"

    def __init__(self, items: list[str]) -> None:
        super().__init__()
        self.items = items

    def compose(self) -> ComposeResult:
        yield WrappedRowList(text, text)

    def on_mount(self) -> None:
        self.query_one(WrappedRowList).set_items(self.items)


async def test_rows_take_the_lines_their_text_wraps_to() -> None:
    items = ["a", "bbb", "cccccc", "dd"]  # 1, 3, 6 and 2 words on the second line
    app = ListApp(items)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        rows = app.query_one(WrappedRowList)
        # "  word word word word word word" is 31 cells: two lines at 20.
        heights = [rows.row_lines(index) for index in range(len(items))]
        assert heights == [2, 2, 3, 2]
        assert rows.virtual_size.height == sum(heights) == rows.lines_total()
        assert [rows.row_top(index) for index in range(len(items))] == [0, 2, 4, 7]
        assert rows.row_at_line(5) == (2, 1) and rows.row_at_line(7) == (3, 0)
        shown = [rows.render_line(y).text.rstrip() for y in range(9)]
        # The wrapped part hangs under the line's text, not at the left edge.
        assert shown[4:7] == ["cccccc", "  word word word", "  word word word"]


async def test_remeasure_follows_new_words_and_pages_move_by_screens() -> None:
    items = [f"item {index}" for index in range(40)]
    app = ListApp(items)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        rows = app.query_one(WrappedRowList)
        before = rows.lines_total()
        rows.focus()
        await pilot.press("pagedown")
        cursor = rows.cursor or 0  # the row holding the line a screen (10 lines) below the first
        assert rows.row_top(cursor) <= 10 < rows.row_top(cursor) + rows.row_lines(cursor)
        await pilot.press("pageup")
        assert rows.cursor == 0
        rows.text = lambda item: Content(item)  # every row one line now
        rows.remeasure()
        await pilot.pause()
        assert rows.lines_total() == len(items) < before
        await pilot.press("end")
        assert rows.cursor == len(items) - 1
        assert rows.scroll_offset.y == len(items) - 10
