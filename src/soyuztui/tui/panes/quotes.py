"""Quotes: who said what, in how many articles; `/` filters by text, speaker or kind.

A filter is words, each of which must match: `kind:reported` (or `kind:direct`),
`speaker:NAME`, `type:organisation` (or `type:person`, `type:unknown`), and plain
words found in the quote or its speaker's name.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from soyuztui.dossier.model import Dossier, Evidence, Quote
from soyuztui.tui.messages import EvidenceItem, ShowEvidence
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import FactList, FixedRowList


def speaker_name(dossier: Dossier, quote: Quote) -> str:
    """The speaker's name (a person's or an organisation's), or 'unknown speaker'."""
    return dossier.speaker(quote.speaker).name if quote.speaker else "unknown speaker"


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


def quote_marks(quote: Quote) -> str:
    """The row's marks after the speaker: " · organisation · reported" ("" for a person's direct quote).

    Direct speech is the common case and its words stand in quotation marks; reported
    speech is named, and its words are shown after ≈ instead.
    """
    marks = [" · organisation"] if quote.speaker_type == "organisation" else []
    if quote.kind == "reported":
        marks.append(" · reported")
    return "".join(marks)


def quote_evidence(quote: Quote) -> tuple[EvidenceItem, ...]:
    """Each place the quote stands, as evidence."""
    return tuple(
        EvidenceItem(
            f"{'quoted' if quote.kind == 'direct' else 'reported'} in {source.doc}"
            + (f" ({source.cue})" if source.cue else "")
            + (" · no closing mark: runs to the paragraph's end" if source.unbalanced else ""),
            Evidence(doc=source.doc, text=source.text, start=source.start, end=source.end),
        )
        for source in quote.sources
    )


class QuotesPane(Pane):
    """A filterable list of quotes; the list draws only the rows on screen.

    Each quote is two lines: speaker and sources, then the words cut to one line;
    Enter shows the whole quote where it stands.
    """

    def __init__(self, dossier: Dossier) -> None:
        """The quotes of `dossier`."""
        super().__init__(dossier, title="4 Quotes", id="quotes")
        self._speakers = tuple(speaker_name(dossier, quote) for quote in dossier.quotes)
        self.filter_text = ""

    def compose(self) -> ComposeResult:
        """The list and an empty-state note; the filter box is mounted on the first `/`."""
        # Fixed two-line rows: the list never measures its 10,000 quotes, it draws what is seen.
        yield FixedRowList(id="quotes-list")
        yield Static(Content("No quotes in this dossier yet."), id="quotes-empty")

    def on_mount(self) -> None:
        """Fill the list."""
        self.apply_filter("")

    def matching(self, text: str) -> list[int]:
        """Indexes of quotes matching the filter `text` (see the module's docstring)."""
        return [
            index
            for index, quote in enumerate(self.dossier.quotes)
            if quote_matches(quote, self._speakers[index], text)
        ]

    def apply_filter(self, text: str) -> None:
        """Show only the quotes matching `text`."""
        self.filter_text = text
        shown = self.matching(text)
        option_list = self.query_one(FactList)
        option_list.set_options(self._options(shown))
        if shown:
            option_list.highlighted = 0
        total = len(self.dossier.quotes)
        self.border_subtitle = f"{len(shown)}/{total}" if text.strip() else f"{total}"
        empty = self.query_one("#quotes-empty", Static)
        empty.display = not shown
        if total and not shown:
            empty.update(Content(f"No quote matches “{text.strip()}”."))

    def _options(self, indexes: Iterable[int]) -> Iterable[Option]:
        for index in indexes:
            quote = self.dossier.quotes[index]
            docs = len({source.doc for source in quote.sources})
            words = f"“{quote.text}”" if quote.kind == "direct" else f"≈ {quote.text}"
            prompt = Content.assemble(
                (self._speakers[index], "bold $accent"),
                (f"{quote_marks(quote)} · {docs} article{'s' if docs != 1 else ''}", "$text-muted"),
                "\n",
                (words, "italic"),
            )
            yield Option(prompt, id=f"q{index}")

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
            self.mount(box, before=self.query_one(FactList))
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
        self.query_one(FactList).focus()

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        """Escape in the filter box clears it."""
        box = self._filter_box()
        if event.key == "escape" and box is not None and box.has_focus:
            event.stop()
            box.value = ""
            box.add_class("hidden")
            self.apply_filter("")
            self.query_one(FactList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a quote: show it in its articles."""
        event.stop()
        if event.option.id is None:
            return
        quote = self.dossier.quotes[int(event.option.id[1:])]
        name = self._speakers[int(event.option.id[1:])]
        title = "Quote" if quote.kind == "direct" else "Reported speech"
        self.post_message(ShowEvidence(f"{title} by {name}", quote_evidence(quote)))
