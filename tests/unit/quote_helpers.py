"""Small builders for quote tests: documents and people made in memory."""

from __future__ import annotations

from collections.abc import Sequence

from soyuztui.dossier.model import Document, Organisation, Person
from soyuztui.dossier.quotes.extract import QuotedSpan, quoted_spans

PEOPLE = (
    Person(
        id="peskov",
        name="Dmitry Peskov",
        aliases=("Peskov",),
        descriptions=("Kremlin spokesman", "the spokesman"),
    ),
    Person(
        id="peresild",
        name="Yulia Peresild",
        aliases=("Peresild",),
        descriptions=("the actress", "the 37-year-old"),
    ),
    Person(id="shipenko", name="Klim Shipenko", aliases=("Shipenko",), descriptions=("the director",)),
    Person(
        id="rogozin",
        name="Dmitry Rogozin",
        aliases=("Rogozin",),
        descriptions=("head of Roscosmos",),
    ),
    Person(id="cruise", name="Tom Cruise", aliases=("Cruise",)),
    Person(id="okafor", name="Adaeze Okafor", descriptions=("the 51-year-old",)),
)
ORGANISATIONS = (
    Organisation(
        id="roscosmos",
        name="Roscosmos",
        descriptions=("the space agency", "Russia’s space agency"),
    ),
    Organisation(id="orbitex", name="Orbitex", descriptions=("the company",)),
)


def document(text: str, doc_id: str = "t") -> Document:
    """An undated document holding `text`."""
    return Document(
        id=doc_id,
        path=f"{doc_id}.txt",
        title=text[:20],
        published=None,
        published_basis="undated",
        sha256="0" * 64,
        text=text,
    )


def spans(
    text: str, people: Sequence[Person] = PEOPLE, organisations: Sequence[Organisation] = ORGANISATIONS
) -> list[QuotedSpan]:
    """Every quoted span of `text`, as one document (the helpers' speakers unless others are given)."""
    return quoted_spans([document(text)], people, organisations)


def speech(text: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of each speech span of `text`."""
    return [(item.text, item.speaker) for item in spans(text) if item.kind == "speech"]


def reported(text: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of each reported clause of `text`."""
    return [(item.text, item.speaker) for item in spans(text) if item.kind == "reported"]


def reasons(text: str) -> list[tuple[str, str | None]]:
    """(text, reason) of each quoted span of `text` that is not speech."""
    return [(item.text, item.reason) for item in spans(text) if item.kind in ("title", "other")]
