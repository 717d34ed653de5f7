"""The mission file as written by hand: what `soyuz-tui schema` describes.

These models only check shape and types. Whether the evidence is really in the
documents, and whether it says what is claimed, is checked by `build`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from soyuztui.dossier.sources.bounds import (
    MAX_DOCUMENTS,
    MAX_ENTRIES,
    MAX_EVENTS,
    MAX_EVIDENCE,
    MAX_LIST,
    MAX_ONE_LINE,
    MAX_PEOPLE,
    Excerpt,
    MaxItems,
    Number,
    Offset,
    OneLine,
    PathText,
    SchemaVersion,
    TimeText,
    moment_in_range,
    one_line,
)
from soyuztui.dossier.times.zones import region

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=100)]
Ref = Annotated[str, Field(max_length=100)]
"""The id of another entry (checked against the entries by `build`)."""
Evidence = Annotated[list["EvidenceSpec"], MaxItems(MAX_EVIDENCE), Field(min_length=1)]


def _iana(name: str) -> str:
    region(name)  # ValueError, worded for a person, when the database has no such zone
    return name


#: An IANA time zone name ("Europe/Moscow", "America/New_York", "UTC"), checked against the database.
Zone = Annotated[str, Field(max_length=64), AfterValidator(_iana)]


class Spec(BaseModel):
    """Base of the mission-file models: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Reviewed(Spec):
    """An entry `soyuz-tui draft` may write: `reviewed = false` until a person has looked at it."""

    reviewed: bool = Field(
        True, description="False on an entry `soyuz-tui draft` wrote and no person has reviewed yet."
    )


class EvidenceSpec(Spec):
    """An excerpt of a document. Offsets are optional; when given they must be exact."""

    doc: Ref = Field(description="Id of the document the excerpt comes from.")
    text: Excerpt = Field(description="The excerpt, as it stands in the document.")
    start: Offset | None = Field(None, description="Offset of the excerpt, if known.")


class FactSpec(Reviewed):
    """A claim about a subject, readable from each of its excerpts."""

    field: OneLine = Field(description="What is claimed: age, occupation, agency, ...")
    value: OneLine | Number = Field(description="The value, as the excerpts state it (or a term for it).")
    evidence: Evidence


class MissionSpec(Reviewed):
    """The mission itself.

    What the flight is lives in its facts: `vehicle` (the spacecraft as named, "Crew Dragon
    Endurance"), `rocket`, `mission_name` ("Crew-3"), `operator`, `destination` (the station
    as named, or `none` for a free flyer), beside any other fact the articles state.
    """

    id: Id
    title: OneLine
    countdown_to: Ref = Field(description="Event id the countdown runs to, usually the launch.")
    ends_with: Ref = Field(description="Event id that ends the mission, usually the return.")
    zone: Zone | None = Field(
        None, description='The mission\'s own IANA time zone, shown beside UTC: "Europe/Moscow", "Asia/Tokyo".'
    )
    facts: Annotated[list[FactSpec], MaxItems(MAX_LIST)] = Field(
        [],
        description="Facts about the mission: vehicle, rocket, mission_name, operator, destination"
        " (a station's name, or none for a free flyer), and any other the articles state.",
    )


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?", re.IGNORECASE)


def published_moment(value: object) -> object:
    """A publication date, or a time with its zone: `2031-03-11` or `2031-03-11T09:30-05:00`.

    TOML dates and offset date-times are taken as they are; strings are read as ISO-8601.
    A time without a zone is refused: it would be a guess, not a publication time.
    """
    if isinstance(value, str):
        text = value.strip()
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
        if not _ISO_TIME.fullmatch(text):
            raise ValueError("should be a date (2031-03-11) or a time with its zone (2031-03-11T09:30-05:00)")
        value = datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    if isinstance(value, datetime) and value.utcoffset() is None:
        raise ValueError("a publication time needs its zone: end it in Z (UTC) or an offset such as +03:00")
    return value


class DocumentSpec(Reviewed):
    """An article, by path relative to the mission file, and what is known about it."""

    id: Id
    path: PathText
    published: Annotated[datetime | date, AfterValidator(moment_in_range)] | None = Field(
        None,
        description="When it was published: a date (2031-03-11), or a time with its zone"
        " (2031-03-11T09:30-05:00 or ...Z). Must agree with the article's date line, if it has one.",
    )
    published_basis: OneLine | None = Field(
        None, description="Why that date, for an article without a date line: required there."
    )
    outlet: Annotated[str, AfterValidator(one_line)] | None = Field(
        None, min_length=1, max_length=200, description="Who published it: a newspaper, agency, wire, site."
    )
    title: OneLine | None = Field(
        None,
        description="The headline. Without it, the article's first sentence stands in for one.",
    )
    author: Annotated[str, AfterValidator(one_line)] | None = Field(
        None, min_length=1, max_length=300, description="Who wrote it (a byline)."
    )
    url: str | None = Field(
        None,
        max_length=2000,
        pattern=r"^https?://[^\s]+$",
        description="Where it was published: an http or https address.",
    )
    source: OneLine | None = Field(
        None,
        description="Where `soyuz-tui add` read the article from: the saved page (its path as given) or the link.",
    )
    fetched: AwareDatetime | None = Field(
        None, description="When `soyuz-tui add` fetched the link, with its zone (2031-03-12T08:00:00Z)."
    )
    zone: Zone | None = Field(
        None,
        description='IANA zone of the clock times this article writes without a zone word ("all times Eastern": '
        '"America/New_York"), and of its "local time".',
    )

    _published = field_validator("published", mode="before")(published_moment)


class NamedSpec(Reviewed):
    """Someone or something the articles name, with the other ways they name it."""

    id: Id
    name: OneLine
    aliases: Annotated[list[OneLine], MaxItems(MAX_LIST)] = Field(
        [], description="Other spellings and short names: a surname, an acronym, ..."
    )
    descriptions: Annotated[list[OneLine], MaxItems(MAX_LIST)] = Field(
        [], description='Phrases the articles use for it: "the actress", "the space agency", ...'
    )
    facts: Annotated[list[FactSpec], MaxItems(MAX_LIST)] = []


class PersonSpec(NamedSpec):
    """Someone the articles name, with the ways they name them."""


class OrganisationSpec(NamedSpec):
    """An agency, company or newsroom that speaks in the articles ("the agency said")."""


class CrewSpec(Reviewed):
    """A seat on a vehicle for one leg (legs as Launch Library 2 names them).

    A person may come down on another vehicle than the one they went up on. `role` is
    left out when the articles state none.
    """

    person: Ref
    vehicle: OneLine
    leg: Literal["launch", "landing"]
    role: OneLine | None = None
    evidence: Evidence


class OccupantSpec(Reviewed):
    """Someone aboard the station. Without `arrives_with` they were aboard before the story.

    `agency` is left out when the articles do not say whom the person flies for.
    `aboard_since` (instead of `arrives_with`): their arrival is not given, but the
    evidence places them aboard on that day, which is no later than the publication of
    every dated article of the evidence. `gone_by` (instead of `leaves_with`): their
    departure is not given, but they are no longer aboard by then (a later article
    names who is aboard without them).
    """

    person: Ref
    agency: OneLine | None = None
    arrives_with: Ref | None = Field(None, description="Event id of the arrival.")
    leaves_with: Ref | None = Field(None, description="Event id of the departure.")
    aboard_since: TimeText | None = Field(
        None, description="With no arrives_with: the ISO date or UTC minute the evidence places them aboard."
    )
    gone_by: TimeText | None = Field(
        None, description="With no leaves_with: the ISO date or UTC minute by which they are no longer aboard."
    )
    evidence: Evidence


class TimeClaimSpec(Reviewed):
    """When an event happens, as some excerpts state it.

    `time` is an ISO date (2021-10-17) or a UTC time (2021-10-05T08:55Z). With
    `after`, the excerpts state a duration counted from that event ("In 12 days").
    With no `time`, the excerpts report the event without saying when. `zone`
    is the IANA zone of clock times its excerpts write without a zone word; it
    wins over the document's, and a zone word in the excerpt wins over both.
    """

    time: TimeText | None = None
    after: Ref | None = None
    zone: Zone | None = Field(
        None,
        description="IANA zone of the excerpts' clock times written without a zone word; wins over the document's.",
    )
    evidence: Evidence


class EventSpec(Reviewed):
    """A moment of the mission."""

    id: Id
    title: OneLine
    same_time_as: Ref | None = Field(
        None, description="Event id whose time this event takes (it has no time of its own)."
    )
    until: Ref | None = Field(None, description="Event id that ends this one, if it lasts.")
    claims: Annotated[list[TimeClaimSpec], MaxItems(MAX_LIST)] = []
    facts: Annotated[list[FactSpec], MaxItems(MAX_LIST)] = []


class MissionFile(Spec):
    """A mission: its documents and every curated fact, each with evidence."""

    schema_version: SchemaVersion = 1
    mission: MissionSpec
    terms: Annotated[
        dict[Annotated[str, Field(max_length=MAX_ONE_LINE)], Annotated[list[OneLine], MaxItems(MAX_LIST)]],
        MaxItems(MAX_ENTRIES),
    ] = Field(
        {},
        description="Words that state a value: a role or agency the excerpts word otherwise.",
    )
    documents: Annotated[list[DocumentSpec], MaxItems(MAX_DOCUMENTS), Field(min_length=1)]
    people: Annotated[list[PersonSpec], MaxItems(MAX_PEOPLE)] = []
    organisations: Annotated[list[OrganisationSpec], MaxItems(MAX_PEOPLE)] = []
    crew: Annotated[list[CrewSpec], MaxItems(MAX_ENTRIES)] = []
    occupants: Annotated[list[OccupantSpec], MaxItems(MAX_ENTRIES)] = []
    events: Annotated[list[EventSpec], MaxItems(MAX_EVENTS), Field(min_length=1)]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the mission file, for editors."""
    schema = MissionFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "soyuz-tui mission file"
    return schema
