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

from pydantic import Field, PrivateAttr

from soyuztui.dossier.base import Evidence, Fact, FactValue, Frozen, best_value
from soyuztui.dossier.intervals import Precision, interval, starts_in_order

Leg = Literal["launch", "landing"]
QuoteKind = Literal["direct", "reported"]
SpeakerType = Literal["person", "organisation"]


class When(Frozen):
    """A time at its precision: a minute (maybe approximate), or a day in a zone."""

    time: datetime = Field(description="The minute, UTC; for a day, its date at midnight UTC.")
    precision: Precision
    zone: str | None = Field(None, description="IANA zone a day was stated in; None is UTC.")
    approximate: bool = False

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        """The UTC `[start, end)` this value stands for."""
        return interval(self.time, self.precision, self.zone, self.approximate)

    @property
    def start(self) -> datetime:
        """The earliest moment this value allows."""
        return self.bounds[0]

    @property
    def end(self) -> datetime:
        """The moment just after the latest this value allows."""
        return self.bounds[1]


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
    reviewed: bool = Field(True, description="False while the entry is an unreviewed draft.")


class Person(Frozen):
    """Someone the articles name."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    reviewed: bool = Field(True, description="False while the entry is an unreviewed draft.")

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
    reviewed: bool = Field(True, description="False while the entry is an unreviewed draft.")

    def station(self) -> str:
        """The station's name as the articles give it (`destination`), or "the station"."""
        value = self.value("destination")
        return str(value) if value else "the station"

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
    reviewed: bool = Field(True, description="False while the entry is an unreviewed draft.")


class Occupant(Frozen):
    """Someone aboard the station during the story. None means outside the story.

    `aboard_from` and `aboard_until` are the stated times of the arrival and the
    departure (a day-known one as its date at midnight UTC); `arrival` and
    `departure` carry them with their precision. Someone is aboard only once
    known to have arrived (after the whole arrival day, for a day-known one) and
    until known to have left.
    """

    person: str
    agency: str
    aboard_from: datetime | None
    aboard_until: datetime | None
    arrives_with: str | None = Field(None, description="Event id of the arrival.")
    leaves_with: str | None = Field(None, description="Event id of the departure.")
    arrival: When | None = None
    departure: When | None = None
    evidence: tuple[Evidence, ...]
    reviewed: bool = Field(True, description="False while the entry is an unreviewed draft.")

    def arrived_by(self) -> datetime | None:
        """The first moment this person is known to be aboard (None: before the story)."""
        if self.arrival is not None:
            return self.arrival.start if self.arrival.precision == "minute" else self.arrival.end
        return self.aboard_from

    def left_by(self) -> datetime | None:
        """The first moment this person is known to have left (None: after the story)."""
        if self.departure is not None:
            return self.departure.start if self.departure.precision == "minute" else self.departure.end
        return self.aboard_until

    def aboard_at(self, moment: datetime) -> bool:
        """Whether this person is known to be aboard at `moment`."""
        arrived, left = self.arrived_by(), self.left_by()
        if arrived is not None and moment < arrived:
            return False
        return not (left is not None and moment >= left)


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
    zone: str | None = Field(None, description="IANA zone a day was stated in; None is UTC.")
    evidence: tuple[Evidence, ...]
    reviewed: bool = Field(True, description="False while the entry is an unreviewed draft.")

    def when(self) -> When | None:
        """The claimed time at its precision, or None when the claim gives no time."""
        if self.time is None or self.precision is None:
            return None
        return When.model_construct(
            time=self.time, precision=self.precision, zone=self.zone, approximate=self.approximate
        )

    def docs(self) -> tuple[str, ...]:
        """The documents this claim rests on, sorted, each once."""
        return tuple(sorted({item.doc for item in self.evidence}))


class EventEnd(Frozen):
    """Where a lasting event ends: the ending event's id and its time."""

    event: str = Field(description="Event id of the ending event.")
    when: When | None = Field(None, description="Its time, or None when it has none.")

    def over_by(self) -> datetime | None:
        """The first moment the lasting event is known to be over: the minute, or the end of the day."""
        if self.when is None:
            return None
        return self.when.start if self.when.precision == "minute" else self.when.end


class Event(Frozen):
    """A moment of the mission, with every claim the articles make about it."""

    id: str
    title: str
    time: datetime | None = Field(None, description="The best supported time, UTC (a day: its date at midnight).")
    precision: Precision | None = None
    zone: str | None = Field(None, description="IANA zone a day-known time was stated in; None is UTC.")
    approximate: bool = False
    until: EventEnd | None = Field(None, description="End of an event that lasts.")
    claims: tuple[TimeClaim, ...] = ()
    facts: tuple[Fact, ...] = ()
    reviewed: bool = Field(True, description="False while the entry is an unreviewed draft.")

    def when(self) -> When | None:
        """The event's time at its precision, or None when no article gives one."""
        if self.time is None or self.precision is None:
            return None
        return When.model_construct(
            time=self.time, precision=self.precision, zone=self.zone, approximate=self.approximate
        )


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
    speakers: tuple[str, ...] = Field(
        (), description="Everyone who said it: one id, several for a joint statement, none when unknown."
    )
    speaker_type: SpeakerType | None = None
    cue: str | None = None
    sources: tuple[QuoteSource, ...]


class ConflictValue(Frozen):
    """One of the values documents give about a disputed subject.

    For a time, `value` is the mission file's ISO text at its `precision`, and
    `counted_from` names the event a stated duration was counted from (the app
    computed the value; the articles stated the duration). Values on the same
    `side` agree with each other (their intervals meet); sides disagree.
    """

    value: str
    time: datetime | None = Field(None, description="A time value as UTC (a day: its date at midnight).")
    precision: Precision | None = None
    zone: str | None = Field(None, description="IANA zone a day value was stated in; None is UTC.")
    approximate: bool = False
    counted_from: str | None = Field(None, description="Event id a stated duration counts from.")
    side: int = Field(0, description="Values with the same side agree.")
    docs: tuple[str, ...]
    evidence: tuple[Evidence, ...]


class Conflict(Frozen):
    """Documents disagree about one subject.

    `self_contradicting` lists documents found on more than one side: an
    article that contradicts itself, not two sources.
    """

    subject: str
    label: str
    values: tuple[ConflictValue, ...]
    self_contradicting: tuple[str, ...] = ()


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
        """The document with id `doc_id` (which must exist: the builder checked every reference)."""
        return self._documents[doc_id]

    def person(self, person_id: str) -> Person:
        """The person with id `person_id` (which must exist: the builder checked every reference)."""
        return self._people[person_id]

    def organisation(self, organisation_id: str) -> Organisation:
        """The organisation with id `organisation_id`."""
        return self._organisations[organisation_id]

    def speaker(self, speaker_id: str) -> Person | Organisation:
        """The person or organisation with id `speaker_id` (a quote's speaker)."""
        return self._people.get(speaker_id) or self._organisations[speaker_id]

    def event(self, event_id: str) -> Event:
        """The event with id `event_id` (which must exist: the builder checked every reference)."""
        return self._events[event_id]

    def find_document(self, doc_id: str | None) -> Document | None:
        """The document with id `doc_id`, or None."""
        return self._documents.get(doc_id) if doc_id is not None else None

    def find_person(self, person_id: str | None) -> Person | None:
        """The person with id `person_id`, or None."""
        return self._people.get(person_id) if person_id is not None else None

    def find_event(self, event_id: str | None) -> Event | None:
        """The event with id `event_id`, or None."""
        return self._events.get(event_id) if event_id is not None else None

    def occupants_at(self, moment: datetime) -> tuple[Occupant, ...]:
        """Who is aboard the station at `moment`."""
        return tuple(occupant for occupant in self.occupants if occupant.aboard_at(moment))

    def event_starts(self) -> dict[str, datetime]:
        """The first moment each timed event can have happened, by event id.

        A minute is its minute. A day starts when the day does, but not before an
        event listed earlier that falls on that day: the mission file lists events
        in the order they happen, so a docking known only to the day comes after a
        launch that morning.
        """
        whens = ((event.id, event.when()) for event in self.events)
        return starts_in_order([(event_id, when.bounds, when.precision) for event_id, when in whens if when])

    def unreviewed(self) -> int:
        """How many entries are still an unreviewed draft (people, seats, facts, claims, ...)."""
        facts = [*self.mission.facts]
        for person in self.people:
            facts += person.facts
        for event in self.events:
            facts += event.facts
        entries: list[Any] = [
            self.mission,
            *self.documents,
            *self.people,
            *facts,
            *self.crew,
            *self.occupants,
            *self.events,
            *(claim for event in self.events for claim in event.claims),
        ]
        return sum(1 for entry in entries if not entry.reviewed)

    def timed_events(self) -> tuple[Event, ...]:
        """Events with a known time, in time order."""
        timed = [event for event in self.events if event.time is not None]
        return tuple(sorted(timed, key=lambda event: event.time))  # type: ignore[arg-type,return-value]
