"""Compare outlets: facts, event times and quotes down, articles across, what each article says.

Enter on a cell opens that article's evidence for the row; on the fact column, every
article's. Disputed rows come first, and `d` shows them alone. A quote's row says whom
each article credits with it. The matrix itself is `present.coverage.compared`, built
once per zone by the dashboard and handed in; the rows are drawn as they come into
view (`widgets.matrix`).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from soyuztui.dossier.model import Dossier
from soyuztui.present.coverage import Cell, Row, compared
from soyuztui.present.documents import outlet_text
from soyuztui.present.legend import key_phrases
from soyuztui.present.times import ZoneName
from soyuztui.tui.messages import EvidenceItem, items_for
from soyuztui.tui.widgets.keyline import KeyLine
from soyuztui.tui.widgets.matrix import Matrix, MatrixRows, matrix
from soyuztui.tui.widgets.rows import RowList

SAID = {
    "states": "states {values}",
    "differs": "states a different value, {values}",
    "silent": "does not state it",
}
"""The detail line's words for a cell, by its state."""
CREDITS = {
    "states": "credits {values}",
    "differs": "credits someone else, {values}",
    "silent": "quotes it naming no speaker",
}
"""The detail line's words for a cell of a quote's row, by its state."""


class MatrixHeader(Widget):
    """The articles' ids and outlets over their columns, following the matrix's sideways scroll."""

    DEFAULT_CSS = """
    MatrixHeader {
        height: 2;
    }
    """

    def __init__(self, matrix: MatrixRows) -> None:
        """The header of `matrix`."""
        super().__init__(id="compare-header")
        self.matrix = matrix

    def render(self) -> Content:
        """Two lines laid out as the matrix's columns are."""
        return self.matrix.header(self.matrix.scrollable_content_region.width or self.size.width)


class CompareScreen(Screen[None]):
    """The coverage matrix of the dossier, with the chosen cell spelled out below it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,c", "app.pop_screen", "Back", id="compare.back"),
        Binding("d", "disputed_only", "Disputed only", id="compare.disputed"),
    ]

    def __init__(self, dossier: Dossier, zone: ZoneName = "utc", measured: Matrix | None = None) -> None:
        """The matrix for `dossier`, times in `zone`; `measured` is its coverage, measured, if already made."""
        super().__init__()
        self.dossier = dossier
        if measured is None:
            measured = matrix(compared(dossier, zone), dossier.documents)
        self.rows: tuple[Row, ...] = measured.rows
        self.disputed_only = False
        self.matrix = MatrixRows(measured, dossier.documents, id="compare-table")

    def compose(self) -> ComposeResult:
        """Title, the articles' header, the matrix, the chosen cell, the key to the marks, footer."""
        yield Static(self._title(), id="compare-title")
        yield MatrixHeader(self.matrix)
        yield self.matrix
        yield Static(id="compare-detail")
        yield KeyLine(key_phrases("compare"), id="compare-key", classes="legend-key")
        yield Footer()

    def _title(self) -> Content:
        disputed = sum(row.conflict for row in self.rows)
        documents = len(self.dossier.documents)
        quotes = sum(row.quote for row in self.rows)
        said = f" and {quotes} quote{'s' if quotes != 1 else ''}" if quotes else ""
        tail = f" × {documents} articles · {disputed} disputed"
        if self.disputed_only:
            tail += " (only those shown; d: all)"
        if self.matrix.is_mounted and documents:
            layout = self.matrix.column_layout()
            if layout.first > 0 or layout.last < documents:
                # Words, not arrows: → means "from … to" in the timeline.
                tail += f" · articles {layout.first + 1}–{layout.last}, left/right: more"
        title = f" Compare · {len(self.rows) - quotes} facts{said}{tail}"
        if self.is_mounted and len(title) > self.size.width:
            title = f" Compare · {len(self.rows)} rows{tail}"  # the how-to-scroll words matter more
        return Content.styled(title, "bold")

    def on_mount(self) -> None:
        """Fill the matrix and put the cursor on the first article of the first row."""
        self.matrix.set_items(self.rows)
        self.matrix.focus()
        self._describe()

    def action_disputed_only(self) -> None:
        """Show only the disputed rows, or all again."""
        self.disputed_only = not self.disputed_only
        shown = tuple(row for row in self.rows if row.conflict) if self.disputed_only else self.rows
        self.matrix.set_items(shown)
        self._describe()

    def on_matrix_rows_cell_moved(self, event: MatrixRows.CellMoved) -> None:
        """Spell out the cell under the cursor; the header and title follow a sideways scroll."""
        event.stop()
        self._describe()

    def _describe(self) -> None:
        self.query_one("#compare-title", Static).update(self._title())
        self.query_one(MatrixHeader).refresh()
        detail = self.query_one("#compare-detail", Static)
        row = self.matrix.selected_item
        if row is None:
            detail.update(Content("No facts to compare." if not self.rows else "No disputed facts."))
            return
        # a quote's label already names its speakers, its value
        value = (": ", row.value) if not row.quote else ("",)
        head = Content.assemble((row.label, "bold"), *value, (" (disputed)" if row.conflict else "", "bold"))
        if self.matrix.column == 0:
            stating = sum(cell.state != "silent" for cell in row.cells)
            verb = "name its speaker" if row.quote else "state it"
            detail.update(Content("\n").join([head, Content(f"{stating} of {len(row.cells)} articles {verb}.")]))
            return
        cell = row.cells[self.matrix.column - 1]
        document = self.dossier.document(cell.doc)
        if row.quote and cell.state == "silent" and not cell.evidence:
            said = "does not carry it"
        else:
            said = (CREDITS if row.quote else SAID)[cell.state].format(values=" / ".join(cell.values))
        who = Content.assemble((document.id, "bold"), f" {outlet_text(document)} {said} · “{document.title}”")
        detail.update(Content("\n").join([head, who]))

    def on_row_list_selected(self, message: RowList.Selected) -> None:
        """Enter: the evidence of the cell (or of the whole row, from the fact column)."""
        message.stop()
        row = message.item
        if not isinstance(row, Row):
            return
        column = self.matrix.column
        if column == 0:
            items = tuple(item for cell in row.cells for item in self._items(cell))
            subject = row.label
        else:
            cell = row.cells[column - 1]
            items = self._items(cell)
            subject = f"{row.label} in {cell.doc}"
        if not items:
            document = self.dossier.document(row.cells[max(0, column - 1)].doc)
            self.notify(f"Article {document.id} ({outlet_text(document)}) does not state this.", timeout=3)
            return
        from soyuztui.tui.screens.evidence import EvidenceScreen

        self.app.push_screen(EvidenceScreen(self.dossier, subject, items))

    @staticmethod
    def _items(cell: Cell) -> tuple[EvidenceItem, ...]:
        verb = {"states": "states", "differs": "states instead", "silent": "mentions it, stating no value"}[cell.state]
        return items_for(f"{cell.doc} {verb}: {' / '.join(cell.values)}".rstrip(": "), cell.evidence)
