"""What panes tell the screen: a fact was chosen, show its evidence."""

from __future__ import annotations

from typing import NamedTuple

from textual.message import Message

from soyuztui.dossier.model import Evidence


class EvidenceItem(NamedTuple):
    """One supporting span, with a label saying what it supports."""

    label: str
    evidence: Evidence


class ShowEvidence(Message):
    """A pane asks for the evidence of a fact to be shown."""

    def __init__(self, subject: str, items: tuple[EvidenceItem, ...]) -> None:
        """`subject` names the fact; `items` are the spans that support it."""
        super().__init__()
        self.subject = subject
        self.items = items


def items_for(label: str, evidence: tuple[Evidence, ...]) -> tuple[EvidenceItem, ...]:
    """Label every span in `evidence` with the same `label`."""
    return tuple(EvidenceItem(label, span) for span in evidence)


class ShowPerson(Message):
    """A pane asks for a person's card."""

    def __init__(self, person_id: str) -> None:
        """`person_id` is the person whose card to show."""
        super().__init__()
        self.person_id = person_id
