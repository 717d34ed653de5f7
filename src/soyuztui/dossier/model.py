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

from soyuztui.dossier.base import Evidence, Fact, Frozen, Reviewable, WithFacts
from soyuztui.dossier.intervals import Precision, interval, starts_in_order

# Evidence, Fact and Precision are part of the model's vocabulary: its users import them from here.
__all__ = [
    "FLIGHT_FIELDS",
    "NO_STATION",
    "Conflict",
    "ConflictValue",
    "CrewMember",
    "Document",
    "Dossier",
    "Event",
    "EventEnd",
    "Evidence",
    "Fact",
    "Leg",
    "Mission",
    "Named",
    "Occupant",
    "Organisation",
    "Person",
    "Precision",
    "Quote",
    "QuoteKind",
    "QuoteSource",
    "SpeakerType",
    "TimeClaim",
    "When",
]

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

    @property
    def happened_by(self) -> datetime:
        """The first moment by which it has surely happened: its minute, or the end of its day.

        Someone arriving on a day known only to the day is aboard once that day is
        over; a mission ending on such a day is over once the day is.
        """
        return self.start if self.precision == "minute" else self.end


class Document(Reviewable):
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


class Named(WithFacts):
    """Someone or something the articles name, and the other ways they name it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()


class Person(Named, Reviewable):
    """Someone the articles name."""


class Organisation(Named):
    """An agency, company or newsroom the articles name: it can speak, like a person."""


#: The `destination` a free flyer's mission file gives: the flight visits no station.
NO_STATION = "none"

#: The mission facts that say what the flight is, in the order they are shown.
FLIGHT_FIELDS = ("vehicle", "rocket", "mission_name", "operator", "destination")


class Mission(WithFacts, Reviewable):
    """What the mission is, with the facts about it.

    What the flight is (its spacecraft, rocket, name, operator and destination) is
    read from the facts each time it is asked for, never stored beside them.
    """

    id: str
    title: str
    countdown_to: str = Field(description="Event id the countdown runs to (launch).")
    ends_with: str = Field(description="Event id that ends the mission (return).")
    zone: str | None = Field(None, description="The mission's own IANA time zone, shown beside UTC.")

    @property
    def vehicle(self) -> str | None:
        """The spacecraft as the articles name it ("Crew Dragon Endurance"), or None."""
        return self.fact_text("vehicle")

    @property
    def rocket(self) -> str | None:
        """The rocket ("Falcon 9", "Long March 2F"), or None."""
        return self.fact_text("rocket")

    @property
    def mission_name(self) -> str | None:
        """The mission's own name ("Crew-3", "Ax-1"), or None."""
        return self.fact_text("mission_name")

    @property
    def operator(self) -> str | None:
        """Who flies the mission (an agency or a company), or None."""
        return self.fact_text("operator")

    @property
    def destination(self) -> str | None:
        """The `destination` fact as written: a station's name, `none` for a free flyer, or None."""
        return self.fact_text("destination")

    @property
    def is_free_flyer(self) -> bool:
        """Whether the articles say the flight visits no station (`destination = "none"`)."""
        destination = self.destination
        return destination is not None and destination.strip().casefold() == NO_STATION

    @property
    def station(self) -> str | None:
        """The station's name as the articles give it; None for a free flyer or when they do not say."""
        return None if self.is_free_flyer else self.destination


class CrewMember(Reviewable):
    """A seat on a vehicle for one leg of the trip; the role is None when the articles state none."""

    person: str
    vehicle: str
    leg: Leg
    role: str | None = None
    evidence: tuple[Evidence, ...]


class Occupant(Reviewable):
    """Someone aboard the station during the story.

    `arrival` and `departure` are the times of the events they come and go with;
    None means outside the story. Someone is aboard only once known to have arrived
    (after the whole arrival day, for a day-known one) and until known to have left.
    When the articles give no arrival but first place the person aboard well into the
    story, `aboard_since` bounds it (aboard from the start of that day on); when they
    give no departure but a later article names who is aboard without them, `gone_by`
    bounds it (gone from the start of that day on).
    `agency` is None when the articles do not say whom they fly for.
    """

    person: str
    agency: str | None = None
    arrives_with: str | None = Field(None, description="Event id of the arrival.")
    leaves_with: str | None = Field(None, description="Event id of the departure.")
    arrival: When | None = None
    departure: When | None = None
    aboard_since: When | None = Field(None, description="With no arrival: first placed aboard then.")
    gone_by: When | None = Field(None, description="With no departure: no longer aboard by then.")
    evidence: tuple[Evidence, ...]

    def arrived_by(self) -> datetime | None:
        """The first moment this person is known to be aboard (None: before the story)."""
        if self.arrival is not None:
            return self.arrival.happened_by
        return None if self.aboard_since is None else self.aboard_since.start

    def left_by(self) -> datetime | None:
        """The first moment this person is known to have left (None: after the story)."""
        if self.departure is not None:
            return self.departure.happened_by
        return None if self.gone_by is None else self.gone_by.start

    def aboard_at(self, moment: datetime) -> bool:
        """Whether this person is known to be aboard at `moment`."""
        arrived, left = self.arrived_by(), self.left_by()
        if arrived is not None and moment < arrived:
            return False
        return not (left is not None and moment >= left)


class TimeClaim(Reviewable):
    """What one group of excerpts says about when an event happens.

    `value` and `when` are None when the excerpts report the event without giving a time.
    """

    value: str | None = Field(None, description="ISO date or UTC time, at the precision stated.")
    when: When | None = None
    after: str | None = Field(None, description="Event id the stated duration counts from.")
    source_zone: str | None = Field(None, description="Zone the source used, e.g. GMT.")
    evidence: tuple[Evidence, ...]

    def docs(self) -> tuple[str, ...]:
        """The documents this claim rests on, sorted, each once."""
        return tuple(sorted({item.doc for item in self.evidence}))


class EventEnd(Frozen):
    """Where a lasting event ends: the ending event's id and its time."""

    event: str = Field(description="Event id of the ending event.")
    when: When | None = Field(None, description="Its time, or None when it has none.")

    def over_by(self) -> datetime | None:
        """The first moment the lasting event is known to be over: the minute, or the end of the day."""
        return None if self.when is None else self.when.happened_by


class Event(WithFacts, Reviewable):
    """A moment of the mission, with every claim the articles make about it."""

    id: str
    title: str
    when: When | None = Field(None, description="The best supported time; None when no article gives one.")
    until: EventEnd | None = Field(None, description="End of an event that lasts.")
    claims: tuple[TimeClaim, ...] = ()


class QuoteSource(Frozen):
    """Where a quote stands in one document, and how its speaker was found there."""

    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speakers: tuple[str, ...] = Field(
        (), description="Everyone this document credits: one id, several for a joint statement, none when unknown."
    )
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

    For a time, `value` is the mission file's ISO text and `when` its time at its
    precision, and `counted_from` names the event a stated duration was counted
    from (the app computed the value; the articles stated the duration). Values on
    the same `side` agree with each other (their intervals meet); sides disagree.
    """

    value: str
    when: When | None = Field(None, description="A time value at its precision; None for other values.")
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
        whens = ((event.id, event.when) for event in self.events)
        return starts_in_order([(event_id, when.bounds, when.precision) for event_id, when in whens if when])

    def unreviewed(self) -> int:
        """How many entries are still an unreviewed draft (people, seats, facts, claims, ...)."""
        facts = [*self.mission.facts]
        for person in self.people:
            facts += person.facts
        for event in self.events:
            facts += event.facts
        entries: list[Reviewable] = [
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
        timed = [(event.when.time, index, event) for index, event in enumerate(self.events) if event.when]
        return tuple(event for _, _, event in sorted(timed))
