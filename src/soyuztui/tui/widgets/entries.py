"""A short list of entries under headings, on the Line API: the occupants and the sources.

An OptionList measures and renders every option as a widget-wide prompt each time its
options change; these lists change with the clock, the zone and the width, and were the
dearest part of the dashboard's first frame. `EntryList` is a `WrappedRowList`: only
rows in view are drawn, and a row's height is measured once per text and width.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from textual import events
from textual.content import Content

from soyuztui.tui.widgets.wrapped import WrappedRowList

T = TypeVar("T")


class Entry(Generic[T]):
    """A row's text, and what choosing it means: `item`, or None for a heading or a note."""

    __slots__ = ("content", "item", "last_line")

    def __init__(self, content: Content, item: T | None = None, *, last_line: Content | None = None) -> None:
        """`content` as shown; the cursor passes over an entry whose `item` is None.

        `last_line`, if given, is shown under `content` on one line, cut with an ellipsis
        to the list's width when drawn (a headline under an article's date, say).
        """
        self.content = content
        self.item = item
        self.last_line = last_line

    @property
    def chosen(self) -> bool:
        """Whether the cursor can rest on this entry (it carries an item)."""
        return self.item is not None


_ONE_LINE = Content("\n.")
"""What a last line adds to an entry's height at any width: one line."""


def _text(entry: Entry[Any]) -> Content:
    return entry.content if entry.last_line is None else entry.content + _ONE_LINE


class EntryList(WrappedRowList[Entry[T]]):
    """Entries and headings; the cursor moves between entries only, Enter posts `Selected`."""

    def __init__(self, *, id: str | None = None) -> None:
        """An empty list (fill it with `set_items`)."""
        super().__init__(self._row, _text, id=id)

    def _row(self, entry: Entry[T]) -> Content:
        """The entry as drawn: its last line cut to the width it is drawn at."""
        if entry.last_line is None:
            return entry.content
        width = self.scrollable_content_region.width
        last = entry.last_line if width <= 1 else entry.last_line.truncate(width, ellipsis=True)
        return Content.assemble(entry.content, "\n", last)

    def set_items(self, items: Sequence[Entry[T]], cursor: int | None = 0) -> None:
        """Show `items` with the cursor on the entry at or after `cursor` (or before it, at the end)."""
        super().set_items(items, None)
        if cursor is not None:
            self.cursor = self._nearest(cursor, 1)
            if self.is_mounted and self.cursor:
                self.scroll_to_cursor()

    def _nearest(self, index: int, step: int) -> int | None:
        """The first entry from `index` going `step`, else the first going the other way."""
        index = max(0, min(index, len(self.items) - 1))
        for direction in (step, -step):
            position = index
            while 0 <= position < len(self.items):
                if self.items[position].chosen:
                    return position
                position += direction
        return None

    def move_cursor(self, index: int) -> None:
        """Put the cursor on the entry nearest `index` in the direction of the move."""
        if not self.items:
            return
        step = 1 if self.cursor is None or index >= self.cursor else -1
        target = self._nearest(index, step)
        if target is None:
            return
        if self.cursor is None:
            self.cursor = target
            self.refresh_row(target)
            self.scroll_to_cursor()
            return
        super().move_cursor(target)

    def on_focus(self) -> None:
        """Arriving with no cursor: the first entry, so Enter works."""
        if self.cursor is None:
            self.move_cursor(0)

    def on_click(self, event: events.Click) -> None:
        """A click on a heading is not a choice: `RowList`'s handler (which chooses) does not run."""
        index = self.row_at(event.y)
        if index is None or not self.items[index].chosen:
            event.prevent_default()
