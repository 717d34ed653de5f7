"""Quotes: who said what, in how many articles; `/` filters by text or speaker."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Input, Static

from soyuztui.dossier.model import Dossier, Evidence, Quote
from soyuztui.tui.messages import EvidenceItem, ShowEvidence
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import RowList


def speaker_name(dossier: Dossier, quote: Quote) -> str:
    """The speaker's name, or 'unknown speaker'."""
    return dossier.person(quote.speaker).name if quote.speaker else "unknown speaker"


def quote_evidence(quote: Quote) -> tuple[EvidenceItem, ...]:
    """Each place the quote stands, as evidence."""
    return tuple(
        EvidenceItem(
            f"quoted in {source.doc}" + (f" ({source.cue})" if source.cue else ""),
            Evidence(doc=source.doc, text=source.text, start=source.start, end=source.end),
        )
        for source in quote.sources
    )


def quote_row(quote: Quote, speaker: str) -> Content:
    """A quote's two lines in the list: speaker and how many articles carry it, then the words."""
    docs = len({source.doc for source in quote.sources})
    return Content.assemble(
        (speaker, "bold $accent"),
        (f" · {docs} article{'s' if docs != 1 else ''}", "$text-muted"),
        "\n",
        (f"“{quote.text}”", "italic"),
    )


class QuoteFinder:
    """Quotes whose words or speaker contain a text, narrowed from the last answer while typing.

    The lower-cased words and speakers are made on the first search, not at start-up.
    """

    def __init__(self, dossier: Dossier) -> None:
        """A finder over `dossier`'s quotes."""
        self.dossier = dossier
        self.haystacks: list[tuple[str, str]] | None = None
        self.last: tuple[str, list[int]] | None = None

    def indexes(self, text: str) -> list[int]:
        """Indexes of the quotes containing `text` (any case) in their words or speaker's name."""
        needle = text.casefold().strip()
        if self.haystacks is None:
            self.haystacks = [
                (quote.text.casefold(), speaker_name(self.dossier, quote).casefold()) for quote in self.dossier.quotes
            ]
        if self.last is not None and needle.startswith(self.last[0]):
            candidates: Sequence[int] = self.last[1]
        else:
            candidates = range(len(self.haystacks))
        found = [i for i in candidates if needle in self.haystacks[i][0] or needle in self.haystacks[i][1]]
        self.last = (needle, found)
        return found

    def find(self, text: str) -> Sequence[Quote]:
        """The quotes containing `text`, in dossier order; all of them for an empty text."""
        if not text.strip():
            return self.dossier.quotes
        quotes = self.dossier.quotes
        return [quotes[i] for i in self.indexes(text)]


class QuotesPane(Pane):
    """A filterable list of quotes; the list makes only the rows on screen.

    Each quote is two lines: speaker and sources, then the words cut to one line;
    Enter shows the whole quote where it stands.
    """

    def __init__(self, dossier: Dossier) -> None:
        """The quotes of `dossier`."""
        super().__init__(dossier, title="4 Quotes", id="quotes")
        self.finder = QuoteFinder(dossier)

    def compose(self) -> ComposeResult:
        """The list and an empty-state note; the filter box is mounted on the first `/`."""
        yield RowList(self.row, row_height=2, id="quotes-list")
        yield Static(Content("No quotes in this dossier yet."), id="quotes-empty")

    def row(self, quote: Quote) -> Content:
        """The list's row for `quote`."""
        return quote_row(quote, speaker_name(self.dossier, quote))

    def on_mount(self) -> None:
        """Fill the list."""
        self.apply_filter("")

    def apply_filter(self, text: str) -> None:
        """Show only the quotes matching `text`."""
        shown = self.finder.find(text)
        self.query_one(RowList).set_items(shown)
        total = len(self.dossier.quotes)
        self.border_subtitle = f"{len(shown)}/{total}" if text.strip() else f"{total}"
        empty = self.query_one("#quotes-empty", Static)
        empty.display = not shown
        if total and not shown:
            empty.update(Content(f"No quote matches “{text.strip()}”."))

    def start_filter(self) -> None:
        """Show the filter box and put the cursor in it.

        The box is made on first use: an Input (its stylesheet and its styling) is
        a cost at start-up that most sessions never need.
        """
        box = self._filter_box()
        if box is None:
            box = Input(placeholder="filter by text or speaker", id="quotes-filter")
            # Tests turn the cursor blink off for stable snapshots.
            box.cursor_blink = getattr(self.app, "cursor_blink", True)
            self.mount(box, before=self.query_one(RowList))
        box.remove_class("hidden")
        box.focus()

    def _filter_box(self) -> Input | None:
        boxes = self.query("#quotes-filter").results(Input)
        return next(boxes, None)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Filter as the user types."""
        event.stop()
        self.apply_filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the filter box: go to the list, keep the filter."""
        event.stop()
        self.query_one(RowList).focus()

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        """Escape in the filter box clears it."""
        box = self._filter_box()
        if event.key == "escape" and box is not None and box.has_focus:
            event.stop()
            box.value = ""
            box.add_class("hidden")
            self.apply_filter("")
            self.query_one(RowList).focus()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        """Enter on a quote: show it in its articles."""
        event.stop()
        quote = event.item
        if isinstance(quote, Quote):
            name = speaker_name(self.dossier, quote)
            self.post_message(ShowEvidence(f"Quote by {name}", quote_evidence(quote)))
