"""A `RowList` whose rows take as many lines as their text needs at the list's width.

A long line wraps with a hanging indent: its later parts start under its text (past
its indent and a leading mark such as `≠ `), not at the list's left edge (`lines.hang`).

Each row's height is measured once per width (and again when its text changes, on
`remeasure`), from text that does not change with the row's look; where rows lie is then
a running sum, and the row at a line is found by bisection. Drawing stays row by row:
only rows in view are made, and drawn rows are kept as in `RowList`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate

from textual.content import Content
from textual.css.styles import RulesMap

from soyuztui.tui.lines import hang, hang_height
from soyuztui.tui.widgets.rows import Item, RowList


class WrappedRowList(RowList[Item]):
    """Rows of any number of lines, their long lines wrapped at the list's width.

    `row(item)` makes a row's content for drawing; `text(item)` its text for measuring,
    the same lines as every look the row can take (a mark or a style may change, the
    words may not). A row's height is `text(item)`'s height at the width.
    """

    DEFAULT_CSS = """
    WrappedRowList {
        text-wrap: wrap;
        text-overflow: fold;
    }
    """

    def __init__(
        self,
        row: Callable[[Item], Content],
        text: Callable[[Item], Content],
        *,
        look: Callable[[int], object] | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """An empty list whose rows `row` draws, each as tall as `text` is at the width (`look` as in `RowList`)."""
        super().__init__(row, look=look, id=id, classes=classes)
        self.text = text
        self.tops: list[int] = [0]
        """Where each row starts, and (last) where the rows end."""
        self.measured_width = -1
        self.measured_rows = 0
        """How many rows' heights were worked out, in all: lets tests see what a change costs."""

    # ------------------------------------------------------------------ measuring

    def set_items(self, items: Sequence[Item], cursor: int | None = 0) -> None:
        """Show `items`, each as tall as its text needs."""
        self.items = items
        self.measure()
        super().set_items(items, cursor)

    def measure(self) -> None:
        """Work out every row's height at the list's width (its line count until the list has one)."""
        width = self.scrollable_content_region.width if self.is_mounted else 0
        styles = self.styles
        rules: RulesMap = {
            "text_wrap": styles.text_wrap,
            "text_overflow": styles.text_overflow,
            "line_pad": styles.line_pad,
        }
        heights = [self._height(item, width, rules) for item in self.items]
        self.measured_rows += len(heights)
        self.measured_width = width
        self.tops = [0, *accumulate(heights)]

    def _height(self, item: Item, width: int, rules: RulesMap) -> int:
        return max(1, hang_height(self.text(item), width - 2 * rules.get("line_pad", 0)))

    def draw_row(self, item: Item, width: int) -> Content:
        """The row with its long lines wrapped under their own text (hanging indents), never at column 0."""
        return hang(self.row(item), width - 2 * self.styles.line_pad)

    def remeasure(self) -> None:
        """The rows' text or the width changed: measure them again, keeping the cursor's row in view."""
        self.measure()
        # Rows drawn before were cut to the heights they had then.
        self.drawn.clear()
        if self.is_mounted:
            self.update_virtual_size()
            self.refresh()
            self.scroll_to_cursor()

    def fit_width(self, width: int) -> None:
        """Measure the rows at `width` if they were measured at another.

        Textual draws a list at its new size before the list hears of it (its `Resize`
        comes after the frame), so the rows are measured here, where they are drawn: the
        first frame shows them whole, and the resize that follows has nothing to redo.
        """
        if width != self.measured_width and self.is_mounted:
            self.measure()
            self.drawn.clear()
            self.update_virtual_size()

    def on_resize(self) -> None:
        """Rows are measured again when the width changes (`RowList.on_resize` runs after this)."""
        if self.scrollable_content_region.width != self.measured_width:
            self.remeasure()

    def watch_show_vertical_scrollbar(self) -> None:
        """A scrollbar coming or going changes the rows' width."""
        if self.is_mounted:
            self.call_after_refresh(self._width_changed)

    def _width_changed(self) -> None:
        if self.scrollable_content_region.width != self.measured_width:
            self.remeasure()
        else:  # measured while drawn: only the cursor's row is to be kept in view
            self.scroll_to_cursor()

    # ------------------------------------------------------------------ where rows lie

    def row_top(self, index: int) -> int:
        """The first line of row `index` (the end of the list past the last row)."""
        tops = self.tops
        return tops[min(max(index, 0), len(tops) - 1)]

    def row_lines(self, index: int) -> int:
        """How many lines row `index` takes."""
        if not 0 <= index < len(self.tops) - 1:
            return 1
        return self.tops[index + 1] - self.tops[index]

    def row_at_line(self, line: int) -> tuple[int, int]:
        """The row at `line` of the whole list (one past the last below it), and the line within it."""
        if line >= self.tops[-1]:
            return len(self.tops) - 1, 0
        index = max(0, bisect_right(self.tops, line) - 1)
        return index, line - self.tops[index]

    def lines_total(self) -> int:
        """How many lines all the rows take."""
        return self.tops[-1]

    # ------------------------------------------------------------------ paging

    def action_page_down(self) -> None:
        """A screenful down: the row a screen's height below the cursor's."""
        cursor = self.cursor or 0
        page = max(1, self.scrollable_content_region.height)
        self.move_cursor(max(cursor + 1, self.row_at_line(self.row_top(cursor) + page)[0]))

    def action_page_up(self) -> None:
        """A screenful up: the row a screen's height above the cursor's."""
        cursor = self.cursor or 0
        page = max(1, self.scrollable_content_region.height)
        line = self.row_top(cursor) + self.row_lines(cursor) - 1 - page
        self.move_cursor(min(cursor - 1, self.row_at_line(line)[0]) if line >= 0 else 0)
