"""Quotes: who said what, in how many articles; `/` filters by text, speaker or kind.

A filter is words, each of which must match: `kind:reported` (or `kind:direct`),
`speaker:NAME`, `type:organisation` (or `type:person`, `type:unknown`), and plain
words found in the quote or its speaker's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Input

from soyuztui.dossier.model import Dossier, Quote
from soyuztui.present.wording import quote_words, source_evidence, speaker_label, unclosed
from soyuztui.tui.display import display_text
from soyuztui.tui.messages import EvidenceItem, ShowEvidence
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import RowList


def speaker_name(dossier: Dossier, quote: Quote) -> str:
    """The speakers' names (a joint statement has several), or 'unknown speaker'."""
    return speaker_label(dossier, quote)


def quote_matches(quote: Quote, speaker: str, needle: str) -> bool:
    """Whether `quote`, said by `speaker`, matches every word of the filter `needle`."""
    for word in needle.casefold().split():
        key, _, value = word.partition(":")
        if key == "kind" and value:
            ok = quote.kind.startswith(value)
        elif key == "type" and value:
            ok = (quote.speaker_type or "unknown").startswith(value)
        elif key == "speaker" and value:
            ok = value in speaker.casefold()
        else:
            ok = word in quote.text.casefold() or word in speaker.casefold()
        if not ok:
            return False
    return True


FILTER_KEYS = ("kind", "type", "speaker")
"""The words `quote_matches` reads as `key:value`; any other word is looked for in the text."""


def narrows(before: str, after: str) -> bool:
    """Whether every quote matching `after` also matches `before` (typing on at the end).

    True when `after` extends `before`, except when that turns a bare `key:` (a plain
    word until a value follows) into a `key:value` filter.
    """
    if not after.casefold().startswith(before.casefold()):
        return False
    words = before.casefold().split()
    if not words or before[-1:].isspace():
        return True
    key, colon, value = words[-1].partition(":")
    return not (colon and key in FILTER_KEYS and not value)


def quote_marks(quote: Quote) -> str:
    """The row's marks after the speaker: " · organisation · reported" ("" for a person's direct quote).

    Direct speech is the common case and its words stand in quotation marks; reported
    speech is named, and its words are shown after ≈ instead. A quotation no article
    closes says so: its words were taken to the paragraph's end, which a person checks.
    """
    marks = [" · organisation"] if quote.speaker_type == "organisation" else []
    if quote.kind == "reported":
        marks.append(" · reported")
    if unclosed(quote):
        marks.append(" · no closing mark")
    return "".join(marks)


def quote_evidence(quote: Quote) -> tuple[EvidenceItem, ...]:
    """Each place the quote stands, as evidence."""
    return tuple(
        EvidenceItem(
            f"{'quoted' if quote.kind == 'direct' else 'reported'} in {source.doc}"
            + (f" ({source.cue})" if source.cue else "")
            + (" · no closing mark: runs to the paragraph's end" if source.unbalanced else ""),
            span,
        )
        for source, span in zip(quote.sources, source_evidence(quote), strict=True)
    )


def quote_row(quote: Quote, speaker: str) -> Content:
    """A quote's two lines in the list: speaker, marks and how many articles carry it, then the words."""
    docs = len({source.doc for source in quote.sources})
    words = quote_words(quote)
    return Content.assemble(
        (speaker, "bold $soyuz-accent-text"),
        (f"{quote_marks(quote)} · {docs} article{'s' if docs != 1 else ''}", "$text-muted"),
        "\n",
        (words, "italic"),
    )


class QuoteFinder:
    """The quotes matching a filter, narrowed from the last answer while the filter is typed on."""

    def __init__(self, dossier: Dossier) -> None:
        """A finder over `dossier`'s quotes; speakers' names are looked up on the first search."""
        self.dossier = dossier
        self.speakers: list[str] | None = None
        self.last: tuple[str, list[int]] | None = None

    def indexes(self, text: str) -> list[int]:
        """Indexes of the quotes matching the filter `text` (see the module's docstring)."""
        if self.speakers is None:
            self.speakers = [speaker_name(self.dossier, quote) for quote in self.dossier.quotes]
        speakers, quotes = self.speakers, self.dossier.quotes
        if self.last is not None and narrows(self.last[0], text):
            candidates: Sequence[int] = self.last[1]
        else:
            candidates = range(len(quotes))
        found = [i for i in candidates if quote_matches(quotes[i], speakers[i], text)]
        self.last = (text, found)
        return found

    def find(self, text: str) -> Sequence[Quote]:
        """The quotes matching `text`, in dossier order; all of them for an empty filter."""
        if not text.strip():
            return self.dossier.quotes
        quotes = self.dossier.quotes
        return [quotes[i] for i in self.indexes(text)]


QUOTE_LINES = 3
"""A quote's lines in the list: its speaker's, then two of its words."""


class QuotesPane(Pane):
    """A filterable list of quotes; the list makes only the rows on screen.

    Each quote is three lines: speaker and sources, then the words wrapped on two lines
    (cut with … after that); Enter shows the whole quote where it stands.
    """

    def __init__(self, dossier: Dossier) -> None:
        """The quotes of `dossier`."""
        super().__init__(dossier, title="4 Quotes", id="quotes")
        self.finder = QuoteFinder(dossier)

    def compose(self) -> ComposeResult:
        """The list (it says so when it is empty); the filter box is mounted on the first `/`."""
        # Three lines a quote: the speaker, then the words wrapped on two lines (…
        # if they go on); every row the same height, so a long list measures nothing.
        yield RowList(self.row, row_height=QUOTE_LINES, wrap=True, id="quotes-list")

    def row(self, quote: Quote) -> Content:
        """The list's row for `quote`."""
        return quote_row(quote, speaker_name(self.dossier, quote))

    def on_mount(self) -> None:
        """Fill the list."""
        self.apply_filter("")

    def apply_filter(self, text: str) -> None:
        """Show only the quotes matching `text`."""
        # Typed or pasted text is compared with, and shown as, the quotes are shown.
        text = display_text(text)
        shown = self.finder.find(text)
        total = len(self.dossier.quotes)
        listing = self.query_one(RowList)
        if not total:
            listing.empty_text = Content("No quotes in this dossier yet.")
        else:  # the words as typed, never markup
            listing.empty_text = Content(f"No quote matches “{text.strip()}”.")
        listing.set_items(shown)
        self.border_subtitle = f"{len(shown)}/{total}" if text.strip() else f"{total}"

    def start_filter(self) -> None:
        """Show the filter box and put the cursor in it.

        The box is made on first use: an Input (its stylesheet and its styling) is
        a cost at start-up that most sessions never need.
        """
        box = self._filter_box()
        if box is None:
            box = Input(placeholder="filter: words, speaker:NAME, kind:reported, type:organisation", id="quotes-filter")
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
            title = "Quote" if quote.kind == "direct" else "Reported speech"
            self.post_message(ShowEvidence(f"{title} by {name}", quote_evidence(quote)))
