"""The ground the dossier's models stand on: the frozen base, review, evidence spans and facts."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Evidence", "Fact", "FactValue", "Frozen", "Reviewable", "WithFacts", "best_value"]

FactValue = str | int


class Frozen(BaseModel):
    """Base of every dossier model: immutable and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Reviewable(Frozen):
    """An entry `soyuz-tui draft` may have written: it says whether a person has reviewed it."""

    reviewed: bool = Field(True, description="False while the entry is an unreviewed draft.")


class Evidence(Frozen):
    """A span of a document: `document.text[start:end] == text` always holds."""

    doc: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Fact(Reviewable):
    """A value claimed by one or more documents about a subject."""

    field: str
    value: FactValue
    evidence: tuple[Evidence, ...]


class WithFacts(Frozen):
    """A subject the articles state facts about: the mission, a person, an event, ..."""

    facts: tuple[Fact, ...] = ()

    def value(self, field: str) -> FactValue | None:
        """The value of `field` most documents agree on, or None."""
        return best_value(self.facts, field)

    def fact_text(self, field: str) -> str | None:
        """The value of `field` most documents agree on, as text, or None."""
        value = self.value(field)
        return None if value is None else str(value)

    def facts_for(self, field: str) -> tuple[Fact, ...]:
        """Every claim about `field`, agreeing or not."""
        return tuple(fact for fact in self.facts if fact.field == field)


def best_value(facts: tuple[Fact, ...], field: str) -> FactValue | None:
    """The value of `field` claimed by the most documents; the first claimed on a tie."""
    best: Fact | None = None
    best_docs = -1
    for fact in facts:
        if fact.field != field:
            continue
        docs = len({evidence.doc for evidence in fact.evidence})
        if docs > best_docs:
            best, best_docs = fact, docs
    return None if best is None else best.value
