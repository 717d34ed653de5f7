"""The dossier: one immutable, validated picture of a mission, built from its articles.

Everything here is plain data. Collections are tuples and models are frozen, so a
built dossier cannot change under the app's feet.

These models hold what `build` has already verified, value by value; the builder makes
them with `model_construct` and their validators are built only if something else asks
for them (`defer_build`): the JSON export's serializer, or code that constructs a model
the ordinary way. Untrusted input (the mission file) is validated by `spec`, always.
`tests/unit/test_build.py` re-validates every model of a built dossier.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

Leg = Literal["launch", "landing"]
QuoteKind = Literal["direct", "reported"]
SpeakerType = Literal["person", "organisation"]
Precision = Literal["day", "minute"]
FactValue = str | int


class Frozen(BaseModel):
    """Base of every dossier model: immutable and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Evidence(Frozen):
    """A span of a document: `document.text[start:end] == text` always holds."""

    doc: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Document(Frozen):
    """One article, decoded and cleaned of control characters, with what is known of it."""

    id: str
    path: str
    title: str = Field(description="The headline, or the first sentence where none is given.")
    title_basis: Literal["headline", "first sentence"] = "first sentence"
    published: date | None = Field(description="The publication date, in the article's own zone.")
    published_at: datetime | None = Field(None, description="The publication time, UTC, when it is known.")
    published_basis: str = Field(description="Where the publication date comes from.")
    outlet: str | None = Field(None, description="Who published it; None: not given.")
    author: str | None = None
    url: str | None = None
    sha256: str
    text: str = Field(exclude=True, repr=False)
    body_start: int = Field(0, description="Offset where the article text starts, after any date line.")
    zone: str | None = Field(None, description="IANA zone of the clock times it writes without a zone word.")


class Fact(Frozen):
    """A value claimed by one or more documents about a subject."""

    field: str
    value: FactValue
    evidence: tuple[Evidence, ...]


class Person(Frozen):
    """Someone the articles name."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()

    def value(self, field: str) -> FactValue | None:
        """The value of `field` most documents agree on, or None."""
        return best_value(self.facts, field)

    def facts_for(self, field: str) -> tuple[Fact, ...]:
        """Every claim about `field`, agreeing or not."""
        return tuple(fact for fact in self.facts if fact.field == field)


class Organisation(Frozen):
    """An agency, company or newsroom the articles name: it can speak, like a person."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()

    def value(self, field: str) -> FactValue | None:
        """The value of `field` most documents agree on, or None."""
        return best_value(self.facts, field)


class Mission(Frozen):
    """What the mission is, with the facts about it."""

    id: str
    title: str
    countdown_to: str = Field(description="Event id the countdown runs to (launch).")
    ends_with: str = Field(description="Event id that ends the mission (return).")
    zone: str | None = Field(None, description="The mission's own IANA time zone, shown beside UTC.")
    facts: tuple[Fact, ...] = ()

    def value(self, field: str) -> FactValue | None:
        """The value of `field` most documents agree on, or None."""
        return best_value(self.facts, field)


class CrewMember(Frozen):
    """A seat on a vehicle for one leg of the trip."""

    person: str
    vehicle: str
    leg: Leg
    role: str
    evidence: tuple[Evidence, ...]


class Occupant(Frozen):
    """Someone aboard the station during the story. None means outside the story."""

    person: str
    agency: str
    aboard_from: datetime | None
    aboard_until: datetime | None
    arrives_with: str | None = Field(None, description="Event id of the arrival.")
    leaves_with: str | None = Field(None, description="Event id of the departure.")
    evidence: tuple[Evidence, ...]

    def aboard_at(self, moment: datetime) -> bool:
        """Whether this person is aboard at `moment`."""
        if self.aboard_from is not None and moment < self.aboard_from:
            return False
        return not (self.aboard_until is not None and moment >= self.aboard_until)


class TimeClaim(Frozen):
    """What one group of excerpts says about when an event happens.

    `value` is None when the excerpts report the event without giving a time.
    """

    value: str | None = Field(None, description="ISO date or UTC time, at the precision stated.")
    time: datetime | None = None
    precision: Precision | None = None
    after: str | None = Field(None, description="Event id the stated duration counts from.")
    approximate: bool = False
    source_zone: str | None = Field(None, description="Zone the source used, e.g. GMT.")
    evidence: tuple[Evidence, ...]


class Event(Frozen):
    """A moment of the mission, with every claim the articles make about it."""

    id: str
    title: str
    time: datetime | None = Field(None, description="The best supported time, UTC.")
    precision: Precision | None = None
    until: datetime | None = Field(None, description="End of an event that lasts.")
    claims: tuple[TimeClaim, ...] = ()
    facts: tuple[Fact, ...] = ()


class QuoteSource(Frozen):
    """Where a quote stands in one document, and how its speaker was found there."""

    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    cue: str | None = None
    unbalanced: bool = Field(
        False, description="The quotation mark is never closed: the text runs to the paragraph's end."
    )


class Quote(Frozen):
    """Something said, with its speaker (a person or organisation id, or None when unknown).

    `direct` speech stands between quotation marks; `reported` speech is a clause the
    reporter words ("Shipenko said that it was normal…"), its source spans that clause.
    """

    text: str
    kind: QuoteKind = "direct"
    speaker: str | None
    speaker_type: SpeakerType | None = None
    cue: str | None = None
    sources: tuple[QuoteSource, ...]


class ConflictValue(Frozen):
    """One of the disagreeing values, with the documents that claim it."""

    value: str
    docs: tuple[str, ...]
    evidence: tuple[Evidence, ...]


class Conflict(Frozen):
    """Documents disagree about one subject."""

    subject: str
    label: str
    values: tuple[ConflictValue, ...]


class Dossier(Frozen):
    """Everything the app shows, built and verified from one mission file."""

    mission: Mission
    documents: tuple[Document, ...]
    people: tuple[Person, ...]
    organisations: tuple[Organisation, ...] = ()
    crew: tuple[CrewMember, ...]
    occupants: tuple[Occupant, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    _documents: dict[str, Document] = PrivateAttr(default_factory=dict)
    _people: dict[str, Person] = PrivateAttr(default_factory=dict)
    _organisations: dict[str, Organisation] = PrivateAttr(default_factory=dict)
    _events: dict[str, Event] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        """Index documents, people and events by id once."""
        self._documents = {document.id: document for document in self.documents}
        self._people = {person.id: person for person in self.people}
        self._organisations = {item.id: item for item in self.organisations}
        self._events = {event.id: event for event in self.events}

    def document(self, doc_id: str) -> Document:
        """The document with id `doc_id`."""
        return self._documents[doc_id]

    def person(self, person_id: str) -> Person:
        """The person with id `person_id`."""
        return self._people[person_id]

    def organisation(self, organisation_id: str) -> Organisation:
        """The organisation with id `organisation_id`."""
        return self._organisations[organisation_id]

    def speaker(self, speaker_id: str) -> Person | Organisation:
        """The person or organisation with id `speaker_id` (a quote's speaker)."""
        return self._people.get(speaker_id) or self._organisations[speaker_id]

    def event(self, event_id: str) -> Event:
        """The event with id `event_id`."""
        return self._events[event_id]

    def occupants_at(self, moment: datetime) -> tuple[Occupant, ...]:
        """Who is aboard the station at `moment`."""
        return tuple(occupant for occupant in self.occupants if occupant.aboard_at(moment))

    def timed_events(self) -> tuple[Event, ...]:
        """Events with a known time, in time order."""
        timed = [event for event in self.events if event.time is not None]
        return tuple(sorted(timed, key=lambda event: event.time))  # type: ignore[arg-type,return-value]


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
