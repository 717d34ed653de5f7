"""The articles (with dates and where the dates come from) and the conflicts between them."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.content import Content
from textual.reactive import var

from soyuztui.dossier.model import Conflict, Document, Dossier, Evidence
from soyuztui.present.documents import date_basis, outlet_text, published_text
from soyuztui.present.times import ZoneName
from soyuztui.present.wording import conflict_sides, conflict_value, contradiction_text
from soyuztui.tui.messages import EvidenceItem, ShowEvidence
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import RowList
from soyuztui.tui.widgets.entries import Entry, EntryList

Source = Document | Conflict
"""What a row of the sources list opens: an article, or a disagreement between articles."""


def document_evidence(document: Document) -> tuple[EvidenceItem, ...]:
    """The article itself: its date line highlighted, if it has one."""
    end = document.body_start
    span = Evidence(doc=document.id, text=document.text[:end], start=0, end=end)
    return (EvidenceItem(f"published {document.published or 'undated'}: {document.published_basis}", span),)


def conflict_evidence(dossier: Dossier, conflict: Conflict, zone: ZoneName) -> tuple[EvidenceItem, ...]:
    """Every span behind every disagreeing value."""
    return tuple(
        EvidenceItem(conflict_value(dossier, value, zone), span) for value in conflict.values for span in value.evidence
    )


def conflict_prompt(dossier: Dossier, conflict: Conflict, zone: ZoneName) -> Content:
    """The subject, then the sides (times in `zone`), each value with its documents.

    Values that agree share a side ("·" between them); sides are set apart by "≠".
    """
    parts: list[str | tuple[str, str]] = [(conflict.label, "bold"), "\n  "]
    for number, side in enumerate(conflict_sides(conflict)):
        if number:
            parts.append(("  ≠  ", "bold $soyuz-error-text"))
        for index, value in enumerate(side):
            if index:
                parts.append((" · ", "$text-muted"))
            parts.append((conflict_value(dossier, value, zone), "$soyuz-warning-text"))
            parts.append((f" [{' '.join(value.docs)}]", "$text-muted"))
    if note := contradiction_text(conflict):
        parts.append((f"\n  {note}", "italic $text-muted"))
    return Content.assemble(*parts)


class SourcesPane(Pane):
    """Articles first, then conflicts; Enter opens the article or the disputed spans."""

    zone: var[ZoneName] = var("utc")

    def __init__(self, dossier: Dossier) -> None:
        """The sources of `dossier`."""
        super().__init__(dossier, title="5 Sources & conflicts", id="sources")

    def compose(self) -> ComposeResult:
        """One list with two sections."""
        listing = EntryList[Source](id="sources-list")
        listing.set_items(list(self._options()))  # the cursor on the first article
        yield listing

    def watch_zone(self) -> None:
        """Publication and disputed times are shown in the zone."""
        self._refill()

    def _refill(self) -> None:
        if not self.is_mounted:
            return
        listing: EntryList[Source] = self.query_one("#sources-list", EntryList)
        listing.set_items(list(self._options()), listing.cursor)

    def on_mount(self) -> None:
        """Count what is shown."""
        count = len(self.dossier.conflicts)
        self.border_subtitle = f"{len(self.dossier.documents)} articles · {count} conflicts"

    def _options(self) -> Iterable[Entry[Source]]:
        yield Entry(Content.styled("Articles", "bold $soyuz-accent-text"))
        for document in self.dossier.documents:
            basis = date_basis(document)
            outlet = Content.styled(outlet_text(document), "bold" if document.outlet else "italic $text-muted")
            yield Entry(
                Content.assemble(
                    (document.id, "bold"),
                    "  ",
                    outlet,
                    f" · {published_text(document, self.zone)}",
                    (f" ({basis})" if basis else "", "$text-muted"),
                ),
                document,
                # The headline on one line, cut to the pane's width: the article has it whole.
                last_line=Content.assemble(
                    "  ", (document.title, "italic" if document.title_basis == "headline" else "")
                ),
            )
        yield Entry(Content.styled("Conflicts", "bold $soyuz-accent-text"))
        for conflict in self.dossier.conflicts:
            yield Entry(conflict_prompt(self.dossier, conflict, self.zone), conflict)

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        """Enter: an article opens whole; a conflict opens each side's evidence."""
        event.stop()
        chosen = event.item.item if isinstance(event.item, Entry) else None
        if isinstance(chosen, Document):
            document = chosen
            self.post_message(ShowEvidence(f"Article {document.id}", document_evidence(document)))
        elif isinstance(chosen, Conflict):
            conflict = chosen
            self.post_message(ShowEvidence(conflict.label, conflict_evidence(self.dossier, conflict, self.zone)))
