"""The last step of a draft: run the same checks as `soyuz-tui check` and leave out what fails.

The rules that find facts are heuristics; this makes the promise that `check`
accepts a drafted file unedited hold whatever they get wrong. Each entry left out
is reported as a note, so the reader knows what to look for by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from pathlib import Path

from soyuztui.dossier.build import _Builder
from soyuztui.dossier.errors import Problems
from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.sources.documents import RawDocument, read_document
from soyuztui.dossier.sources.tomlines import LineIndex
from soyuztui.draft.merge import Kept

Loc = tuple[str | int, ...]
_ROUNDS = 6


class _Located(Problems):
    """The builder's problems kept by where they are in the spec, not by line: the spec is not saved yet."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, LineIndex(""))
        self.located: list[tuple[Loc, str]] = []

    def add(self, loc: tuple[str | int, ...], message: str) -> None:
        """Keep the problem at `loc` for the prune to leave its entry out."""
        self.located.append((tuple(loc), message))


class _Collector(_Builder):
    """The builder's checks, with each problem kept by where it is in the spec."""

    def __init__(self, path: Path, spec: s.MissionFile, read: Mapping[Path, RawDocument] | None = None) -> None:
        super().__init__(path, spec, LineIndex(""))
        self.located = _Located(path)
        self.problems = self.located
        if read:
            self.read = partial(_already_read, read)

    def run(self) -> list[tuple[Loc, str]]:
        spec = self.spec
        self.unique(spec.documents, "documents", "document")
        self.unique(spec.people, "people", "person")
        self.unique(spec.events, "events", "event")
        self.people = {person.id: person for person in spec.people}
        self.documents()
        for index, person in enumerate(spec.people):
            self.person(index, person)
        events = self.events()
        for index, item in enumerate(spec.crew):
            self.crew(index, item)
        self.occupants(events)
        self.mission(events)
        # A problem located by line alone (an article that cannot be read) has no entry to leave out.
        return self.located.located + [((), problem.message) for problem in self.located.found]


def _already_read(read: Mapping[Path, RawDocument], target: Path) -> RawDocument:
    """The copy of the file at `target` (a resolved path) read before, else the file read now."""
    raw = read.get(target)
    return raw if raw is not None else read_document(target)


def problems(path: Path, spec: s.MissionFile, read: Mapping[Path, RawDocument] | None = None) -> list[tuple[Loc, str]]:
    """What `check` would say about `spec` saved at `path`, by location in the spec.

    `read` holds files read a moment before, by resolved path: they are not read again.
    """
    return _Collector(path, spec, read).run()


def prune(
    path: Path,
    spec: s.MissionFile,
    notes: list[str],
    kept: Kept | None = None,
    read: Mapping[Path, RawDocument] | None = None,
) -> s.MissionFile:
    """`spec` without the drafted entries `check` would refuse (each one noted).

    Entries in `kept` (reviewed or edited by a person) are never left out; `read` holds
    the articles the draft read, by resolved path, so that they are not read again.
    """
    for _ in range(_ROUNDS):
        found = problems(path, spec, read)
        if not found:
            return spec
        if all(key is None or _protected(spec, key, kept) for key in map(_target, (loc for loc, _ in found))):
            # Nothing left that may be left out: say so once, and leave the rest to the reader.
            notes.extend(f"left as is, for you to fix: {message}" for _loc, message in found)
            return spec
        spec = _without(spec, found, notes, kept)
    return spec


def _protected(spec: s.MissionFile, key: tuple[str, object], kept: Kept | None) -> bool:
    if kept is None:
        return False
    kind, where = key
    index = where[0] if isinstance(where, tuple) else where
    assert isinstance(index, int)
    if kind in ("person", "person-fact"):
        return spec.people[index].id in kept.people
    if kind in ("event", "claim", "event-fact"):
        return spec.events[index].id in kept.events
    if kind == "crew":
        return (spec.crew[index].person, spec.crew[index].leg) in kept.seats
    if kind == "occupant":
        return spec.occupants[index].person in kept.occupants
    if kind == "mission-fact":
        fact = spec.mission.facts[index]
        return (fact.field, str(fact.value)) in kept.facts
    return kind == "published"


def _without(spec: s.MissionFile, found: list[tuple[Loc, str]], notes: list[str], kept: Kept | None) -> s.MissionFile:
    drop: dict[str, set[object]] = {}
    for loc, message in found:
        key = _target(loc)
        if key is not None and _protected(spec, key, kept):
            key = None
        if key is None:
            notes.append(f"left as is, for you to fix: {message}")
            continue
        drop.setdefault(key[0], set()).add(key[1])
        notes.append(f"left out ({message})")
    people_gone = {person.id for i, person in enumerate(spec.people) if i in drop.get("person", set())}
    events_gone = {event.id for i, event in enumerate(spec.events) if i in drop.get("event", set())}
    people = [
        person.model_copy(
            update={"facts": [f for j, f in enumerate(person.facts) if ("person-fact", (i, j)) not in _pairs(drop)]}
        )
        for i, person in enumerate(spec.people)
        if i not in drop.get("person", set())
    ]
    events = [
        event.model_copy(
            update={
                "claims": [c for j, c in enumerate(event.claims) if ("claim", (i, j)) not in _pairs(drop)],
                "facts": [f for j, f in enumerate(event.facts) if ("event-fact", (i, j)) not in _pairs(drop)],
            }
        )
        for i, event in enumerate(spec.events)
        if i not in drop.get("event", set())
    ]
    crew = [
        seat for i, seat in enumerate(spec.crew) if i not in drop.get("crew", set()) and seat.person not in people_gone
    ]
    occupants = [
        item
        for i, item in enumerate(spec.occupants)
        if i not in drop.get("occupant", set())
        and item.person not in people_gone
        and item.arrives_with not in events_gone
        and item.leaves_with not in events_gone
    ]
    documents = [
        document.model_copy(update={"published": None, "published_basis": None})
        if i in drop.get("published", set())
        else document
        for i, document in enumerate(spec.documents)
    ]
    facts = [f for j, f in enumerate(spec.mission.facts) if j not in drop.get("mission-fact", set())]
    return spec.model_copy(
        update={
            "mission": spec.mission.model_copy(update={"facts": facts}),
            "documents": documents,
            "people": people,
            "events": events,
            "crew": crew,
            "occupants": occupants,
        }
    )


def _pairs(drop: dict[str, set[object]]) -> set[tuple[str, object]]:
    return {(kind, item) for kind, items in drop.items() for item in items}


def _target(loc: Loc) -> tuple[str, object] | None:
    """The smallest entry holding `loc` that can be left out."""
    match loc:
        case ("people", int(i), "facts", int(j), *_):
            return "person-fact", (i, j)
        case ("people", int(i), *_):
            return "person", i
        case ("events", int(i), "claims", int(j), *_):
            return "claim", (i, j)
        case ("events", int(i), "facts", int(j), *_):
            return "event-fact", (i, j)
        case ("events", int(i), *_):
            return "event", i
        case ("crew", int(i), *_):
            return "crew", i
        case ("occupants", int(i), *_):
            return "occupant", i
        case ("mission", "facts", int(j), *_):
            return "mission-fact", j
        case ("documents", int(i), "published", *_):
            return "published", i
    return None
