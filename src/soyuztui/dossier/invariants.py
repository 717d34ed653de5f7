"""The dossier's invariants, checked on a dossier that comes from outside the builder.

The builder makes them true; a dossier read back from the cache is checked here, since
the cache is a file on disk and anything on disk may have been edited:

- every id a value refers to resolves (a document, person, organisation or event);
- every date and time lies in the years 1900-2200 (the range the mission file allows);
- every string is sanitized as the sources are (no control characters but newline and
  tab, no bidi controls or escape sequences), and every one but a text is one line;
- every span's offsets lie inside its document's text and frame exactly its text.

The walk is over the models' fields by name, so a field added to the model is checked by
the rules for its name and type without a change here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from pydantic import BaseModel

from soyuztui.dossier.model import Dossier
from soyuztui.dossier.sources.documents import first_unsafe

__all__ = ["FIRST_YEAR", "LAST_YEAR", "broken_invariant"]

FIRST_YEAR = 1900
LAST_YEAR = 2200

#: Fields holding the id of a document, a person, an event, or a person or organisation.
_DOCUMENT_REFERENCES = frozenset({"doc", "docs"})
_PERSON_REFERENCES = frozenset({"person"})
_EVENT_REFERENCES = frozenset({"event", "countdown_to", "arrives_with", "leaves_with", "after", "counted_from"})
_SPEAKER_REFERENCES = frozenset({"speaker"})
#: Strings that may hold several lines: an article's text and the spans taken from it.
_MULTILINE = frozenset({"text"})


def broken_invariant(dossier: Dossier) -> str | None:
    """The first invariant `dossier` breaks, said in a few words; None if it keeps them all."""
    documents = {document.id: document.text for document in dossier.documents}
    people = {person.id for person in dossier.people}
    speakers = people | {organisation.id for organisation in dossier.organisations}
    events = {event.id for event in dossier.events}
    for document in dossier.documents:
        if not 0 <= document.body_start <= len(document.text):
            return f"document {document.id!r}: body_start outside its text"
    for model, where in _models(dossier, "dossier"):
        fields = type(model).model_fields
        for name in fields:
            value = getattr(model, name)
            for item in value if isinstance(value, tuple) else (value,):
                if problem := _value_problem(name, item, documents, people, speakers, events):
                    return f"{where}.{name}: {problem}"
        if {"doc", "start", "end", "text"} <= fields.keys() and not _span_fits(model, documents):
            return f"{where}: a span outside its document's text"
    return None


def _models(model: BaseModel, where: str) -> Iterator[tuple[BaseModel, str]]:
    """`model` and every model its fields hold, at any depth, with where each is."""
    yield model, where
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from _models(value, f"{where}.{name}")
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _models(item, f"{where}.{name}[{index}]")


def _value_problem(
    name: str,
    value: object,
    documents: dict[str, str],
    people: set[str],
    speakers: set[str],
    events: set[str],
) -> str | None:
    if isinstance(value, datetime | date) and not FIRST_YEAR <= value.year <= LAST_YEAR:
        return f"the year {value.year} is outside {FIRST_YEAR}-{LAST_YEAR}"
    if not isinstance(value, str):
        return None
    if first_unsafe(value) is not None or (name not in _MULTILINE and ("\n" in value or "\t" in value)):
        return "a control character"
    for names, known, kind in (
        (_DOCUMENT_REFERENCES, documents, "document"),
        (_PERSON_REFERENCES, people, "person"),
        (_SPEAKER_REFERENCES, speakers, "person or organisation"),
        (_EVENT_REFERENCES, events, "event"),
    ):
        if name in names and value not in known:
            return f"no {kind} {value[:40]!r}"
    return None


def _span_fits(span: BaseModel, documents: dict[str, str]) -> bool:
    fields = vars(span)  # any model with doc, start, end and text: read by name
    text = documents.get(fields["doc"], "")
    start, end = fields["start"], fields["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        return False
    return bool(text[start:end] == fields["text"])
