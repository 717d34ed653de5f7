"""The coverage matrix as CSV: one row per fact and article, written with the csv module.

Columns: subject, label, value (the value most articles give), conflict (yes/no),
document, outlet, state (states, differs or silent), values (what that article
says, several joined by " / "). A cell that a spreadsheet would read as a formula
(starting with = + - @, a tab or a carriage return) is written after a `'`, so
article text can never run as one; `unguard` takes it away again.
"""

from __future__ import annotations

import csv
import io

from soyuztui.dossier.model import Dossier
from soyuztui.export.options import ExportOptions
from soyuztui.present.coverage import coverage
from soyuztui.present.documents import outlet_text

COLUMNS = ("subject", "label", "value", "conflict", "document", "outlet", "state", "values")
"""The header row."""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard(text: str) -> str:
    """`text`, made inert for a spreadsheet if it would start a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def unguard(text: str) -> str:
    """The text `guard` was given."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def to_csv(dossier: Dossier, options: ExportOptions) -> str:
    """Every row of the coverage matrix, cell by cell, times in `options.zone`."""
    outlets = {document.id: outlet_text(document) for document in dossier.documents}
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in coverage(dossier, options.zone):
        for cell in row.cells:
            fields = (
                row.subject,
                row.label,
                row.value,
                "yes" if row.conflict else "no",
                cell.doc,
                outlets[cell.doc],
                cell.state,
                " / ".join(cell.values),
            )
            writer.writerow([guard(field) for field in fields])
    return stream.getvalue()
