"""The compare screen's matrix on the Line API: facts down, articles across, a cell cursor.

The rows are a `RowList` of `coverage.Row`: a row is drawn only when it comes into view,
so opening the matrix of a 2,000-event mission costs what one screenful does. Columns are
as wide as their values need (up to `CELL_CAP`); the fact column keeps its width and is
cut last, only when not even one article fits beside it. Articles that do not fit are
scrolled sideways, a column at a time, as the cursor moves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message

from soyuztui.dossier.model import Document
from soyuztui.present.coverage import Row
from soyuztui.present.documents import outlet_text
from soyuztui.tui.widgets.rows import RowList

CELL_CAP = 28
"""The widest an article's column gets; a longer value is cut there and spelled out in the detail line."""
LABEL_CAP = 40
"""The widest the fact column gets."""
LABEL_SHARE = 0.45
"""The most of the width the fact column takes while articles are out of view."""
LABEL_MIN = 12
"""The narrowest the fact column is cut to on a narrow terminal."""
GAP = 2
"""Cells between two columns."""
PART_MIN = 12
"""The least room an article's column is shown in, cut, at the right edge."""
CELL_STYLE = {"states": "", "differs": "bold $soyuz-warning-text", "silent": "$text-muted"}
"""How a cell is drawn, by its state."""


class Layout(NamedTuple):
    """Where the columns lie at one width: the fact column's width and the articles in view."""

    label: int
    first: int
    """The first article in view (0-based)."""
    widths: tuple[int, ...]
    """The widths of the articles in view, from `first`."""

    @property
    def last(self) -> int:
        """One past the last article in view."""
        return self.first + len(self.widths)


def fit(text: str, width: int) -> Content:
    """`text` as plain text in exactly `width` cells: padded, or cut with an ellipsis."""
    shown = Content(text).truncate(width, ellipsis=True)
    return shown.pad_right(width - shown.cell_length)


class Matrix(NamedTuple):
    """The coverage rows with their columns' natural widths: what opening compare needs, kept between openings."""

    rows: tuple[Row, ...]
    label_width: int
    """The widest fact label (at least "Fact")."""
    cell_widths: tuple[int, ...]
    """For each article, the widest of its id, its outlet (up to `CELL_CAP`) and its cells."""


def matrix(rows: Sequence[Row], documents: Sequence[Document]) -> Matrix:
    """Measure the matrix of `rows` over `documents` once (over every row, not only those shown)."""
    rows = tuple(rows)
    label_width = max([cell_len(row.label) for row in rows] + [cell_len("Fact")])
    cell_widths = tuple(
        max(
            [cell_len(document.id), min(cell_len(outlet_text(document)), CELL_CAP)]
            + [cell_len(row.cells[index].text()) for row in rows]
        )
        for index, document in enumerate(documents)
    )
    return Matrix(rows, label_width, cell_widths)


class MatrixRows(RowList[Row]):
    """The rows of the matrix, with a cursor on one cell: column 0 the fact, 1.. the articles."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "column(-1)", "Previous article", show=False, id="compare.left"),
        Binding("right,l", "column(1)", "Next article", show=False, id="compare.right"),
    ]

    class CellMoved(Message):
        """The cursor moved to another cell (or the rows changed under it)."""

    def __init__(self, measured: Matrix, documents: Sequence[Document], *, id: str | None = None) -> None:
        """The matrix `measured` (see `matrix`) over `documents` (the articles, in column order)."""
        super().__init__(self._row, look=self._look, id=id)
        self.documents = tuple(documents)
        self.column = 1 if documents else 0
        """The cursor's column: 0 the fact, `n` the n-th article."""
        self.first = 0
        """The first article in view."""
        self.label_width = measured.label_width
        self.cell_widths = measured.cell_widths

    # ------------------------------------------------------------------ layout

    def column_layout(self, width: int | None = None) -> Layout:
        """The columns at `width` (the list's own by default), with the cursor's article in view."""
        if width is None:
            width = self.scrollable_content_region.width
        widths = [min(natural, CELL_CAP) for natural in self.cell_widths]
        label = min(self.label_width, LABEL_CAP)
        if sum(widths) + GAP * len(widths) > width - label:
            label = min(label, max(LABEL_MIN, int(width * LABEL_SHARE)))
        if widths:
            # The fact column is cut last: only when not even the first article fits beside it.
            label = max(min(LABEL_MIN, label), min(label, width - GAP - widths[0]))
        article = self.column - 1
        if article >= 0:
            self.first = min(self.first, article)
        while True:
            shown: list[int] = []
            room = width - label
            for natural in widths[self.first :]:
                # A column that does not fit whole is shown cut if a fair part of it fits
                # (the detail line spells its cell out), rather than leaving the room empty.
                if shown and room - GAP < min(natural, PART_MIN):
                    break
                shown.append(min(natural, max(1, room - GAP)))
                room -= GAP + natural
            # The cursor's article is shown whole (cut only when it alone is wider than the room).
            whole = article < self.first + len(shown) and (
                article <= self.first or shown[article - self.first] == widths[article]
            )
            if whole or self.first >= len(widths) - 1:
                return Layout(label, self.first, tuple(shown))
            self.first += 1

    # ------------------------------------------------------------------ drawing

    def _look(self, index: int) -> object:
        return (self.first, self.column if index == self.cursor else -1)

    def _row(self, row: Row) -> Content:
        layout = self.column_layout()
        label = fit(row.label, layout.label)
        if row.conflict:
            label = label.stylize("bold")
        cursor = self.cursor is not None and self.items[self.cursor] is row
        if cursor and self.column == 0:
            label = label.stylize("reverse")
        parts = [label]
        for offset, width in enumerate(layout.widths):
            cell = row.cells[layout.first + offset]
            shown = fit(cell.text(), width).stylize(CELL_STYLE[cell.state])
            if cursor and self.column == layout.first + offset + 1:
                shown = shown.stylize("reverse")
            parts += [Content(" " * GAP), shown]
        return Content.assemble(*parts)

    def header(self, width: int) -> Content:
        """The two header lines over the columns at `width`: each article's id and outlet."""
        layout = self.column_layout(width)
        ids = [fit("Fact", layout.label).stylize("bold")]
        outlets = [fit("", layout.label)]
        for offset, column in enumerate(layout.widths):
            document = self.documents[layout.first + offset]
            ids += [Content(" " * GAP), fit(document.id, column).stylize("bold")]
            outlets += [Content(" " * GAP), fit(outlet_text(document), column).stylize("$text-muted")]
        return Content("\n").join([Content.assemble(*ids), Content.assemble(*outlets)])

    # ------------------------------------------------------------------ moving

    def action_column(self, step: int) -> None:
        """Move the cursor one cell left or right (the fact column is column 0)."""
        column = max(0, min(len(self.documents), self.column + step))
        if column == self.column:
            return
        self.column = column
        self.column_layout()  # brings the article into view, scrolling sideways if needed
        self.drawn.clear()
        self.refresh()
        self.post_message(self.CellMoved())

    def move_cursor(self, index: int) -> None:
        """Move to row `index`, and say the cell changed."""
        before = self.cursor
        super().move_cursor(index)
        if self.cursor != before:
            self.post_message(self.CellMoved())

    def on_resize(self) -> None:
        """A new width lays the columns out again (the header with them)."""
        super().on_resize()
        self.post_message(self.CellMoved())
