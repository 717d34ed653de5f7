"""A card: one subject's facts as a list, each line openable as its evidence.

The person card and the mission card are both cards. Lines are `Content` built from
the articles' text, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from soyuztui.dossier.model import Dossier, Fact
from soyuztui.tui.messages import EvidenceItem, items_for
from soyuztui.tui.widgets import FactList

CARD_KEY = "Enter: the evidence for the line  ≠ articles disagree  Esc: close"
"""The key shown under every card."""


class CardLine(Option):
    """A line of a card, carrying the evidence Enter opens."""

    def __init__(self, prompt: Content, subject: str, items: tuple[EvidenceItem, ...]) -> None:
        """A line showing `prompt`; Enter shows `items` as the evidence for `subject`."""
        super().__init__(prompt)
        self.subject = subject
        self.items = items


def heading(text: str) -> Option:
    """A section heading: shown, never chosen."""
    return Option(Content.styled(text, "bold $soyuz-accent-text"), disabled=True)


def note(text: str) -> Option:
    """A line of text with no evidence of its own (names, descriptions)."""
    return Option(Content(text), disabled=True)


def fact_lines(
    dossier: Dossier,
    subject_id: str,
    owner: str,
    facts: tuple[Fact, ...],
    labels: Mapping[str, str] | None = None,
) -> Iterable[CardLine]:
    """One line per field: each value with the articles giving it; "≠" between disputed values.

    `subject_id` is the conflict subject's prefix (a person id, or "mission"); `labels`
    names fields for people where the mission file's key would read as code ("mission_name").
    """
    labels = labels or {}
    fields: dict[str, list[Fact]] = {}
    for fact in facts:
        fields.setdefault(fact.field, []).append(fact)
    disputed = {conflict.subject for conflict in dossier.conflicts}
    for field, claims in fields.items():
        between = ("  ≠  ", "bold $soyuz-error-text") if f"{subject_id}.{field}" in disputed else (" · ", "$text-muted")
        label = labels.get(field, field)
        parts: list[str | tuple[str, str]] = [(f"{label}: ", "bold")]
        items: tuple[EvidenceItem, ...] = ()
        for index, fact in enumerate(claims):
            if index:
                parts.append(between)
            docs = sorted({span.doc for span in fact.evidence})
            parts += [str(fact.value), (f" [{' '.join(docs)}]", "$text-muted")]
            items += items_for(f"{label}: {fact.value}", fact.evidence)
        yield CardLine(Content.assemble(*parts), f"{owner} — {label}", items)


class CardScreen(ModalScreen[None]):
    """A title, the card's lines, and the key to its marks; Esc closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="card.close"),
    ]

    def __init__(self, dossier: Dossier, title: str, lines: list[Option]) -> None:
        """A card titled `title` listing `lines` of `dossier`."""
        super().__init__()
        self.dossier = dossier
        self.card_title = title
        self.lines = lines

    def compose(self) -> ComposeResult:
        """Title, lines, key."""
        with Vertical(id="card-box"):
            yield Static(Content.styled(f" {self.card_title}", "bold"), id="card-title")
            yield FactList(*self.lines, id="card-list")
            yield Static(Content(CARD_KEY), id="card-key", classes="legend-key")

    def on_mount(self) -> None:
        """Focus the lines, the first fact highlighted."""
        self.query_one(FactList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a line: its evidence."""
        event.stop()
        line = event.option
        if not isinstance(line, CardLine):
            return
        if not line.items:
            self.notify("No evidence recorded for this.", severity="warning")
            return
        from soyuztui.tui.screens.evidence import EvidenceScreen

        self.app.push_screen(EvidenceScreen(self.dossier, line.subject, line.items))
