"""Re-drafting over an existing mission file without losing what a person reviewed.

An entry of the old file is kept as it stands when it is marked reviewed, or when it
no longer matches the `# drafted <hash>` line the draft wrote above it (someone
edited it). Entries still exactly as drafted are replaced by the new draft. New
findings are added when no kept entry covers them: a person or event by id, a seat by
person and leg, an occupant by person, a mission fact by field and value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from soyuztui.dossier.sources import spec as s
from soyuztui.draft.writer import entry_hash

_MARK = re.compile(r"^# drafted ([0-9a-f]{12})\s*$")
_HEADER = re.compile(r"^\[\[?\s*([a-z.]+)\s*\]\]?\s*$")
_KINDS = {"mission": "mission", "mission.facts": "mission.facts", "documents": "documents", "people": "people"}
_KINDS |= {"crew": "crew", "occupants": "occupants", "events": "events", "organisations": "organisations"}


@dataclass(slots=True)
class Kept:
    """What survives from the old file, and the keys the new draft must not repeat."""

    spec: s.MissionFile
    people: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    seats: set[tuple[str, str]] = field(default_factory=set)
    occupants: set[str] = field(default_factory=set)
    facts: set[tuple[str, str]] = field(default_factory=set)


def drafted_marks(text: str) -> dict[str, list[str | None]]:
    """For each kind of entry, in file order, the hash of its `# drafted` line (None if none)."""
    marks: dict[str, list[str | None]] = {}
    pending: str | None = None
    for line in text.splitlines():
        if match := _MARK.match(line):
            pending = match.group(1)
            continue
        if match := _HEADER.match(line):
            kind = _KINDS.get(match.group(1))
            if kind is not None:
                marks.setdefault(kind, []).append(pending)
            pending = None
        elif line.strip():
            pending = None if not line.startswith("#") else pending
    return marks


def _kept(entries: list, marks: list[str | None]) -> list:  # type: ignore[type-arg]
    kept = []
    for index, entry in enumerate(entries):
        mark = marks[index] if index < len(marks) else None
        if entry.reviewed or mark is None or mark != entry_hash(entry):
            kept.append(entry)
    return kept


def _as_drafted(entries: list, marks: list[str | None]) -> set[int]:  # type: ignore[type-arg]
    """Ids of the entries still exactly as the draft wrote them."""
    return {id(entry) for entry in entries} - {id(entry) for entry in _kept(entries, marks)}


def merge(old: s.MissionFile, text: str, new: s.MissionFile) -> tuple[s.MissionFile, Kept]:
    """The new draft laid over the old file, keeping reviewed and edited entries."""
    marks = drafted_marks(text)
    people = _kept(old.people, marks.get("people", []))
    crew = _kept(old.crew, marks.get("crew", []))
    occupants = _kept(old.occupants, marks.get("occupants", []))
    events = _kept(old.events, marks.get("events", []))
    facts = _kept(old.mission.facts, marks.get("mission.facts", []))
    organisations = _kept(old.organisations, marks.get("organisations", []))
    mission_kept = _kept([old.mission], marks.get("mission", []))
    # Entries the kept ones refer to are kept too, so the file stays whole.
    needed_people = {item.person for item in [*crew, *occupants]}
    people += [person for person in old.people if person.id in needed_people and person not in people]
    needed_events = {ref for item in occupants for ref in (item.arrives_with, item.leaves_with) if ref}
    if mission_kept:
        needed_events |= {old.mission.countdown_to, old.mission.ends_with}
    events += [event for event in old.events if event.id in needed_events and event not in events]
    doc_ids = _document_ids(old, new)
    new = _renamed(new, doc_ids)
    kept = Kept(
        spec=old,
        people={person.id for person in people},
        events={event.id for event in events},
        seats={(seat.person, seat.leg) for seat in crew},
        occupants={item.person for item in occupants},
        facts={(fact.field, str(fact.value)) for fact in facts},
    )
    mission = mission_kept[0] if mission_kept else new.mission
    mission_facts = facts + [fact for fact in new.mission.facts if (fact.field, str(fact.value)) not in kept.facts]
    # A document still as drafted takes the new draft's reading of its header lines.
    fresh = {doc.path: doc for doc in new.documents}
    as_drafted = _as_drafted(old.documents, marks.get("documents", []))
    documents = [fresh.get(doc.path, doc) if id(doc) in as_drafted else doc for doc in old.documents]
    documents += [doc for doc in new.documents if doc.path not in {d.path for d in old.documents}]
    taken = {item.id for item in organisations} | {item.name for item in organisations}
    terms = {key: list(values) for key, values in new.terms.items()}
    for key, values in old.terms.items():
        terms[key] = list(dict.fromkeys([*values, *terms.get(key, [])]))
    merged = s.MissionFile(
        mission=mission.model_copy(update={"facts": mission_facts}),
        terms=terms,
        documents=documents,
        people=people + [person for person in new.people if person.id not in kept.people],
        organisations=organisations
        + [item for item in new.organisations if item.id not in taken and item.name not in taken],
        crew=crew + [seat for seat in new.crew if (seat.person, seat.leg) not in kept.seats],
        occupants=occupants + [item for item in new.occupants if item.person not in kept.occupants],
        events=events + [event for event in new.events if event.id not in kept.events],
    )
    return merged, kept


def _document_ids(old: s.MissionFile, new: s.MissionFile) -> dict[str, str]:
    """New document ids -> the old file's ids for the same path; fresh ids that do not clash."""
    by_path = {document.path: document.id for document in old.documents}
    used = set(by_path.values())
    mapping: dict[str, str] = {}
    for document in new.documents:
        if document.path in by_path:
            mapping[document.id] = by_path[document.path]
            continue
        candidate, number = document.id, 2
        while candidate in used:
            candidate, number = f"{document.id}-{number}", number + 1
        used.add(candidate)
        mapping[document.id] = candidate
    return mapping


def _renamed(spec: s.MissionFile, ids: dict[str, str]) -> s.MissionFile:
    """`spec` with every document id (and every evidence `doc`) renamed by `ids`."""
    data = spec.model_dump()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if "doc" in value and isinstance(value["doc"], str):
                value["doc"] = ids.get(value["doc"], value["doc"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    for document in data["documents"]:
        document["id"] = ids.get(document["id"], document["id"])
    return s.MissionFile.model_validate(data)
