"""The mission file as written by hand: what `soyuz-tui schema` describes.

These models only check shape and types. Whether the evidence is really in the
documents, and whether it says what is claimed, is checked by `build`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from soyuztui.dossier.sources.bounds import (
    MAX_DOCUMENTS,
    MAX_ENTRIES,
    MAX_EVENTS,
    MAX_EVIDENCE,
    MAX_LIST,
    MAX_ONE_LINE,
    MAX_PEOPLE,
    Day,
    Excerpt,
    MaxItems,
    Number,
    Offset,
    OneLine,
    PathText,
    SchemaVersion,
    TimeText,
)

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=100)]
Ref = Annotated[str, Field(max_length=100)]
"""The id of another entry (checked against the entries by `build`)."""
Evidence = Annotated[list["EvidenceSpec"], MaxItems(MAX_EVIDENCE), Field(min_length=1)]


class Spec(BaseModel):
    """Base of the mission-file models: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _reviewed() -> bool:
    return Field(  # type: ignore[no-any-return]
        True,
        description="False on an entry `soyuz-tui draft` wrote and no person has reviewed yet.",
    )


class EvidenceSpec(Spec):
    """An excerpt of a document. Offsets are optional; when given they must be exact."""

    doc: Ref = Field(description="Id of the document the excerpt comes from.")
    text: Excerpt = Field(description="The excerpt, as it stands in the document.")
    start: Offset | None = Field(None, description="Offset of the excerpt, if known.")


class FactSpec(Spec):
    """A claim about a subject, readable from each of its excerpts."""

    field: OneLine = Field(description="What is claimed: age, occupation, agency, ...")
    value: OneLine | Number = Field(description="The value, as the excerpts state it (or a term for it).")
    evidence: Evidence
    reviewed: bool = _reviewed()


class MissionSpec(Spec):
    """The mission itself."""

    id: Id
    title: OneLine
    countdown_to: Ref = Field(description="Event id the countdown runs to, usually the launch.")
    ends_with: Ref = Field(description="Event id that ends the mission, usually the return.")
    facts: Annotated[list[FactSpec], MaxItems(MAX_LIST)] = []
    reviewed: bool = _reviewed()


class DocumentSpec(Spec):
    """An article, by path relative to the mission file."""

    id: Id
    path: PathText
    published: Day | None = Field(None, description="Publication date, for a document without a date line.")
    published_basis: OneLine | None = Field(None, description="Why that date: required with `published`.")
    reviewed: bool = _reviewed()


class PersonSpec(Spec):
    """Someone the articles name, with the ways they name them."""

    id: Id
    name: OneLine
    aliases: Annotated[list[OneLine], MaxItems(MAX_LIST)] = Field([], description="Other spellings and short names.")
    descriptions: Annotated[list[OneLine], MaxItems(MAX_LIST)] = Field(
        [], description='Phrases the articles use for this person: "the actress", ...'
    )
    facts: Annotated[list[FactSpec], MaxItems(MAX_LIST)] = []
    reviewed: bool = _reviewed()


class CrewSpec(Spec):
    """A seat on a vehicle for one leg (legs as Launch Library 2 names them)."""

    person: Ref
    vehicle: OneLine
    leg: Literal["launch", "landing"]
    role: OneLine
    evidence: Evidence
    reviewed: bool = _reviewed()


class OccupantSpec(Spec):
    """Someone aboard the station. Without `arrives_with` they were aboard before the story."""

    person: Ref
    agency: OneLine
    arrives_with: Ref | None = Field(None, description="Event id of the arrival.")
    leaves_with: Ref | None = Field(None, description="Event id of the departure.")
    evidence: Evidence
    reviewed: bool = _reviewed()


class TimeClaimSpec(Spec):
    """When an event happens, as some excerpts state it.

    `time` is an ISO date (2021-10-17) or a UTC time (2021-10-05T08:55Z). With
    `after`, the excerpts state a duration counted from that event ("In 12 days").
    With no `time`, the excerpts report the event without saying when.
    """

    time: TimeText | None = None
    after: Ref | None = None
    evidence: Evidence
    reviewed: bool = _reviewed()


class EventSpec(Spec):
    """A moment of the mission."""

    id: Id
    title: OneLine
    same_time_as: Ref | None = Field(
        None, description="Event id whose time this event takes (it has no time of its own)."
    )
    until: Ref | None = Field(None, description="Event id that ends this one, if it lasts.")
    claims: Annotated[list[TimeClaimSpec], MaxItems(MAX_LIST)] = []
    facts: Annotated[list[FactSpec], MaxItems(MAX_LIST)] = []
    reviewed: bool = _reviewed()


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
    crew: Annotated[list[CrewSpec], MaxItems(MAX_ENTRIES)] = []
    occupants: Annotated[list[OccupantSpec], MaxItems(MAX_ENTRIES)] = []
    events: Annotated[list[EventSpec], MaxItems(MAX_EVENTS), Field(min_length=1)]


def json_schema() -> dict:
    """The JSON Schema of the mission file, for editors."""
    schema = MissionFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "soyuz-tui mission file"
    return schema
