"""Compare outlets: facts and event times down, articles across, what each article says.

Enter on a cell opens that article's evidence for the row; on the first column, every
article's. Disputed rows come first. The matrix itself is `present.coverage`.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from soyuztui.dossier.model import Dossier
from soyuztui.present.coverage import Cell, Row, coverage
from soyuztui.present.documents import outlet_text
from soyuztui.present.legend import key_phrases
from soyuztui.present.times import ZoneName
from soyuztui.tui.messages import EvidenceItem, items_for
from soyuztui.tui.widgets.keyline import KeyLine

LABEL_WIDTH = 30
"""The widest the first column gets; labels are cut to it."""
_CELL_STYLE = {"states": "", "differs": "bold reverse", "silent": "dim"}


def _cut(text: str, width: int) -> Text:
    shown = Text(text)
    shown.truncate(max(1, width), overflow="ellipsis")
    return shown


class MatrixTable(DataTable[Text]):
    """The matrix: a DataTable (it draws only the rows on screen) that also moves with j/k."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class CompareScreen(Screen[None]):
    """The coverage matrix of the dossier, with the chosen cell spelled out below it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,c", "app.pop_screen", "Back", id="compare.back"),
    ]

    def __init__(self, dossier: Dossier, zone: ZoneName = "utc") -> None:
        """The matrix for `dossier`, times in `zone`."""
        super().__init__()
        self.dossier = dossier
        self.rows: tuple[Row, ...] = coverage(dossier, zone)

    def compose(self) -> ComposeResult:
        """Title, the matrix, the chosen cell, the key to the marks, footer."""
        disputed = sum(row.conflict for row in self.rows)
        title = (
            f" Compare outlets: {len(self.rows)} facts × {len(self.dossier.documents)} articles · {disputed} disputed"
        )
        yield Static(Content.styled(title, "bold"), id="compare-title")
        yield MatrixTable(cursor_type="cell", fixed_columns=1, header_height=2, zebra_stripes=True, id="compare-table")
        yield Static(id="compare-detail")
        yield KeyLine(key_phrases("compare"), id="compare-key", classes="legend-key")
        yield Footer()

    def on_mount(self) -> None:
        """Fill the table for the width there is, and put the cursor on the first article."""
        table = self.query_one(MatrixTable)
        documents = self.dossier.documents
        label_width = min(LABEL_WIDTH, max((len(row.label) for row in self.rows), default=4))
        room = self.app.size.width - label_width - 4
        cell_width = max(5, min(24, room // max(1, len(documents)) - 2))
        table.add_column(Text("Fact\n", style="bold"), width=label_width, key="label")
        for document in documents:
            header = Text(document.id, style="bold")
            header.append("\n" + outlet_text(document), style="" if document.outlet else "italic")
            header.truncate(cell_width, overflow="ellipsis")
            table.add_column(header, width=cell_width, key=document.id)
        for index, row in enumerate(self.rows):
            label = _cut(row.label, label_width)
            if row.conflict:
                label.stylize("bold")
            cells = [_cut(cell.text(), cell_width) for cell in row.cells]
            for shown, cell in zip(cells, row.cells, strict=True):
                shown.stylize(_CELL_STYLE[cell.state])
            table.add_row(label, *cells, key=str(index))
        table.focus()
        if self.rows and documents:
            table.cursor_coordinate = Coordinate(0, 1)
        self._describe(table.cursor_coordinate)

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        """Spell out the cell under the cursor."""
        event.stop()
        self._describe(event.coordinate)

    def _describe(self, where: Coordinate) -> None:
        detail = self.query_one("#compare-detail", Static)
        if not self.rows:
            detail.update(Content("The dossier has no facts to compare."))
            return
        row = self.rows[where.row]
        head = Content.assemble((row.label, "bold"), ": ", row.value, (" (disputed)" if row.conflict else "", "bold"))
        if where.column == 0:
            stating = sum(cell.state != "silent" for cell in row.cells)
            detail.update(Content("\n").join([head, Content(f"{stating} of {len(row.cells)} articles state it.")]))
            return
        cell = row.cells[where.column - 1]
        document = self.dossier.document(cell.doc)
        said = {
            "states": f"states it: {' / '.join(cell.values)}",
            "differs": f"states a different value: {' / '.join(cell.values)}",
            "silent": "says nothing about it",
        }[cell.state]
        who = Content.assemble((document.id, "bold"), f" {outlet_text(document)} · “{document.title}” ", said)
        detail.update(Content("\n").join([head, who]))

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        """Enter: the evidence of the cell (or of the whole row, from its first column)."""
        event.stop()
        row = self.rows[event.coordinate.row]
        if event.coordinate.column == 0:
            items = tuple(item for cell in row.cells for item in self._items(cell))
            subject = row.label
        else:
            cell = row.cells[event.coordinate.column - 1]
            items = self._items(cell)
            subject = f"{row.label} in {cell.doc}"
        if not items:
            document = self.dossier.document(row.cells[event.coordinate.column - 1].doc)
            self.notify(f"Article {document.id} ({outlet_text(document)}) says nothing about this.", timeout=3)
            return
        from soyuztui.tui.screens.evidence import EvidenceScreen

        self.app.push_screen(EvidenceScreen(self.dossier, subject, items))

    @staticmethod
    def _items(cell: Cell) -> tuple[EvidenceItem, ...]:
        verb = {"states": "states", "differs": "states instead", "silent": ""}[cell.state]
        return items_for(f"{cell.doc} {verb}: {' / '.join(cell.values)}", cell.evidence)
