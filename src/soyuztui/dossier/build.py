"""`build_dossier(path)`: the one way from a mission file to a verified Dossier."""

from __future__ import annotations

import stat
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from soyuztui.dossier.errors import MissionError, Problem
from soyuztui.dossier.model import (
    Conflict,
    CrewMember,
    Document,
    Dossier,
    Event,
    EventEnd,
    Evidence,
    Fact,
    Mission,
    Occupant,
    Organisation,
    Person,
    When,
)
from soyuztui.dossier.quotes.extract import extract_quotes
from soyuztui.dossier.reconcile import best_time, fact_conflicts, time_conflict
from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.sources.documents import RawDocument, read_document
from soyuztui.dossier.sources.missionfile import load_mission_file
from soyuztui.dossier.sources.tomlines import LineIndex
from soyuztui.dossier.verify.evidence import NotFound, locate, mentions, states
from soyuztui.dossier.verify.timeclaims import TimeClaimChecker
from soyuztui.dossier.verify.timeclaims import short as _short

Loc = tuple[str | int, ...]


def build_dossier(path: Path | str) -> Dossier:
    """Read a mission file and its documents, verify every claim, and return the Dossier.

    Raises MissionError listing every problem found, each as `file:line: message`.
    """
    path = Path(path)
    mission_file, lines = load_mission_file(path)
    return _Builder(path, mission_file, lines).build()


def build_from_spec(path: Path | str, spec: s.MissionFile, text: str = "") -> Dossier:
    """Build from a mission file held in memory (a draft): `path` names it, beside its articles."""
    return _Builder(Path(path), spec, LineIndex(text)).build()


class _Builder:
    """Holds what is needed while building, and collects problems instead of stopping."""

    def __init__(self, path: Path, spec: s.MissionFile, lines: LineIndex) -> None:
        self.path = path
        self.spec = spec
        self.lines = lines
        self.problems: list[Problem] = []
        self.raw: dict[str, RawDocument] = {}
        self.people: dict[str, s.PersonSpec] = {}
        self.person_evidence: dict[str, list[Evidence]] = {}
        self.published: dict[str, date | None] = {}
        # Events whose time was written wrong: reported once, not again by each user.
        self.bad_times: set[str] = set()

    # -- reporting -------------------------------------------------------

    def problem(self, loc: Loc, message: str) -> None:
        self.problems.append(Problem(self.path, self.lines.line(loc), message))

    def unique(
        self,
        items: Sequence[s.DocumentSpec | s.PersonSpec | s.OrganisationSpec | s.EventSpec],
        kind: str,
        noun: str,
    ) -> None:
        seen: set[str] = set()
        for index, item in enumerate(items):
            if item.id in seen:
                self.problem((kind, index, "id"), f"duplicate {noun} id {item.id!r}")
            seen.add(item.id)

    # -- the whole build -------------------------------------------------

    def build(self) -> Dossier:
        spec = self.spec
        self.unique(spec.documents, "documents", "document")
        self.unique(spec.people, "people", "person")
        self.unique(spec.organisations, "organisations", "organisation")
        person_ids = {person.id for person in spec.people}
        for index, item in enumerate(spec.organisations):
            if item.id in person_ids:
                self.problem(("organisations", index, "id"), f"organisation id {item.id!r} is also a person's id")
        self.unique(spec.events, "events", "event")
        self.people = {person.id: person for person in spec.people}
        documents = self.documents()
        people = [self.person(index, person) for index, person in enumerate(spec.people)]
        organisations = [self.organisation(index, item) for index, item in enumerate(spec.organisations)]
        events = self.events()
        seats = (self.crew(index, item) for index, item in enumerate(spec.crew))
        crew = [seat for seat in seats if seat is not None]
        occupants = self.occupants(events)
        mission = self.mission(events)
        if self.problems:
            raise MissionError(self.problems)
        quotes = extract_quotes(documents, people, organisations)
        conflicts: list[Conflict] = []
        conflicts += fact_conflicts("mission", mission.title, mission.facts)
        for person in people:
            conflicts += fact_conflicts(person.id, person.name, person.facts)
        for event in events.values():
            if conflict := time_conflict(event.id, event.title, event.claims):
                conflicts.append(conflict)
            conflicts += fact_conflicts(event.id, event.title, event.facts)
        return Dossier.model_construct(
            mission=mission,
            documents=tuple(documents),
            people=tuple(people),
            organisations=tuple(organisations),
            crew=tuple(crew),
            occupants=tuple(occupants),
            events=tuple(events.values()),
            quotes=tuple(quotes),
            conflicts=tuple(conflicts),
        )

    # -- documents -------------------------------------------------------

    def documents(self) -> list[Document]:
        folder = self.path.parent.resolve()
        documents = []
        for index, item in enumerate(self.spec.documents):
            loc: Loc = ("documents", index)
            target = self.target(loc, item, folder)
            if target is None:
                continue
            try:
                raw = read_document(target)
            except MissionError as error:
                self.problems.extend(error.problems)
                continue
            published, published_at = _publication(item.published)
            if published and raw.published and published != raw.published:
                self.problem(
                    (*loc, "published"),
                    f"document {item.id!r}: its date line says {raw.published}, not {published}",
                )
            if published and not raw.published and not item.published_basis:
                self.problem(
                    (*loc, "published"), f"document {item.id!r}: `published` needs a `published_basis` saying why"
                )
            published = raw.published or published
            basis = "date line" if raw.published else (item.published_basis or "")
            self.raw[item.id] = raw
            documents.append(
                Document.model_construct(
                    id=item.id,
                    path=item.path,
                    title=item.title or raw.title(),
                    title_basis="headline" if item.title else "first sentence",
                    published=published,
                    published_at=published_at,
                    published_basis=basis if published else "undated",
                    outlet=item.outlet,
                    author=item.author,
                    url=item.url,
                    sha256=raw.sha256,
                    text=raw.text,
                    body_start=raw.body_start,
                    reviewed=item.reviewed,
                    zone=item.zone,
                )
            )
        self.published = {document.id: document.published for document in documents}
        zones = {item.id: item.zone for item in self.spec.documents}
        self.times = TimeClaimChecker(self.problem, self.published, self.bad_times, zones)
        return documents

    def target(self, loc: Loc, item: s.DocumentSpec, folder: Path) -> Path | None:
        """The regular file inside the mission's folder that `item` names, or None (reported)."""
        here, name = (*loc, "path"), repr(_shorten(item.path))
        try:
            target = (self.path.parent / item.path).resolve()
            if not target.is_relative_to(folder):
                self.problem(here, f"document {item.id!r}: path {name} leads outside the mission's folder")
                return None
            if not stat.S_ISREG(target.stat().st_mode):
                self.problem(here, f"document {item.id!r}: {name} is not a regular file")
                return None
        except FileNotFoundError:
            self.problem(here, f"document {item.id!r}: no such file {name}")
            return None
        except OSError as error:
            self.problem(here, f"document {item.id!r}: path {name} cannot be read: {error.strerror}")
            return None
        except RuntimeError:  # Python 3.11's resolve() on a symlink loop
            self.problem(here, f"document {item.id!r}: path {name} cannot be read: too many levels of symbolic links")
            return None
        except ValueError as error:  # a NUL in the path
            self.problem(here, f"document {item.id!r}: path {name} cannot be read: {error}")
            return None
        return target

    # -- evidence and facts ----------------------------------------------

    def evidence(self, loc: Loc, items: Iterable[s.EvidenceSpec]) -> list[Evidence]:
        found = []
        for index, item in enumerate(items):
            here = (*loc, index)
            raw = self.raw.get(item.doc)
            if raw is None:
                known = any(document.id == item.doc for document in self.spec.documents)
                if not known:
                    self.problem(here, f"unknown document id {item.doc!r}")
                continue  # an unreadable document was reported already
            try:
                start, end = locate(raw.text, item.text, item.start)
            except NotFound:
                at = f" at offset {item.start}" if item.start is not None else ""
                self.problem(here, f"excerpt not found in document {item.doc!r}{at}: {_short(item.text)}")
                continue
            found.append(Evidence.model_construct(doc=item.doc, text=raw.text[start:end], start=start, end=end))
        return found

    def check_states(self, loc: Loc, what: str, value: str | int, evidence: list[Evidence], every: bool) -> None:
        """The value must be readable from every excerpt, or from at least one.

        Excerpts that could not be located were reported already and are not here;
        "at least one" is judged only when all of them were found.
        """
        terms: Mapping[str, list[str]] = self.spec.terms
        stating = [states(item.text, value, terms) for item in evidence]
        if every:
            for index, item in enumerate(evidence):
                if not stating[index]:
                    self.problem(
                        (*loc, "evidence", index),
                        f"{what} = {value!r} is not stated by excerpt of document {item.doc!r}: {_short(item.text)}",
                    )
        elif evidence and not any(stating):
            self.problem((*loc, "evidence"), f"{what} = {value!r} is stated by none of its excerpts")

    def check_mentions(self, loc: Loc, person_id: str, evidence: list[Evidence]) -> None:
        person = self.people.get(person_id)
        if person is None:
            return
        phrases = [person.name, *person.aliases, *person.descriptions]
        for index, item in enumerate(evidence):
            if not mentions(item.text, phrases):
                self.problem(
                    (*loc, "evidence", index),
                    f"excerpt of document {item.doc!r} does not name {person.name}: {_short(item.text)}",
                )

    def facts(self, loc: Loc, subject: str, items: Sequence[s.FactSpec], person: str | None = None) -> tuple[Fact, ...]:
        facts = []
        for index, item in enumerate(items):
            here = (*loc, "facts", index)
            evidence = self.evidence((*here, "evidence"), item.evidence)
            self.check_states(here, f"{subject} {item.field}", item.value, evidence, every=True)
            if person:
                self.check_mentions(here, person, evidence)
            facts.append(
                Fact.model_construct(
                    field=item.field, value=item.value, evidence=tuple(evidence), reviewed=item.reviewed
                )
            )
        return tuple(facts)

    def person(self, index: int, item: s.PersonSpec) -> Person:
        facts = self.facts(("people", index), item.id, item.facts, person=item.id)
        self.person_evidence[item.id] = [evidence for fact in facts for evidence in fact.evidence]
        return Person.model_construct(
            id=item.id,
            name=item.name,
            aliases=tuple(item.aliases),
            descriptions=tuple(item.descriptions),
            facts=facts,
            reviewed=item.reviewed,
        )

    def organisation(self, index: int, item: s.OrganisationSpec) -> Organisation:
        loc: Loc = ("organisations", index)
        facts = self.facts(loc, item.id, item.facts)
        phrases = [item.name, *item.aliases, *item.descriptions]
        for number, fact in enumerate(facts):
            for place, evidence in enumerate(fact.evidence):
                if not mentions(evidence.text, phrases):
                    self.problem(
                        (*loc, "facts", number, "evidence", place),
                        f"excerpt of document {evidence.doc!r} does not name {item.name}: {_short(evidence.text)}",
                    )
        return Organisation.model_construct(
            id=item.id,
            name=item.name,
            aliases=tuple(item.aliases),
            descriptions=tuple(item.descriptions),
            facts=facts,
        )

    def known_person(self, loc: Loc, person_id: str) -> bool:
        if person_id not in self.people:
            self.problem((*loc, "person"), f"unknown person id {person_id!r}")
            return False
        return True

    def crew(self, index: int, item: s.CrewSpec) -> CrewMember | None:
        loc: Loc = ("crew", index)
        if not self.known_person(loc, item.person):
            return None
        evidence = self.evidence((*loc, "evidence"), item.evidence)
        self.check_mentions(loc, item.person, evidence)
        # A role ("Spaceflight participant") may be stated where the articles say who
        # the person is, rather than in the sentence about the flight.
        if len(evidence) == len(item.evidence):
            about_person = evidence + list(self.person_evidence.get(item.person, ()))
            self.check_states(loc, f"{item.person} role", item.role, about_person, every=False)
            self.check_states(loc, f"{item.person} vehicle", item.vehicle, evidence, every=False)
        return CrewMember.model_construct(
            person=item.person,
            vehicle=item.vehicle,
            leg=item.leg,
            role=item.role,
            evidence=tuple(evidence),
            reviewed=item.reviewed,
        )

    def occupants(self, events: Mapping[str, Event]) -> list[Occupant]:
        occupants = []
        for index, item in enumerate(self.spec.occupants):
            loc: Loc = ("occupants", index)
            if not self.known_person(loc, item.person):
                continue
            evidence = self.evidence((*loc, "evidence"), item.evidence)
            self.check_mentions(loc, item.person, evidence)
            if len(evidence) == len(item.evidence):
                self.check_states(loc, f"{item.person} agency", item.agency, evidence, every=False)
            bounds: list[datetime | None] = []
            whens: list[When | None] = []
            for key in ("arrives_with", "leaves_with"):
                event_id = getattr(item, key)
                event = events.get(event_id) if event_id else None
                if event_id and event is None:
                    self.problem((*loc, key), f"unknown event id {event_id!r}")
                elif event_id and event is not None and event.time is None and event_id not in self.bad_times:
                    self.problem((*loc, key), f"event {event_id!r} has no time to arrive or leave with")
                bounds.append(event.time if event else None)
                whens.append(event.when() if event else None)
            start, end = bounds
            arrival, departure = whens
            if start and end and arrival and departure and departure.end <= arrival.start:
                self.problem(
                    loc, f"{item.person} would leave ({end:%Y-%m-%d %H:%M}) before arriving ({start:%Y-%m-%d %H:%M})"
                )
            occupants.append(
                Occupant.model_construct(
                    person=item.person,
                    agency=item.agency,
                    aboard_from=start,
                    aboard_until=end,
                    arrives_with=item.arrives_with,
                    leaves_with=item.leaves_with,
                    arrival=whens[0],
                    departure=whens[1],
                    evidence=tuple(evidence),
                    reviewed=item.reviewed,
                )
            )
        return occupants

    # -- events and times ------------------------------------------------

    def events(self) -> dict[str, Event]:
        """Build events so that every event comes after those its times depend on."""
        specs = {item.id: (index, item) for index, item in enumerate(self.spec.events)}
        built: dict[str, Event] = {}
        visiting: set[str] = set()

        def depends(item: s.EventSpec) -> list[tuple[Loc, str]]:
            index = specs[item.id][0]
            refs: list[tuple[Loc, str]] = []
            if item.same_time_as:
                refs.append((("events", index, "same_time_as"), item.same_time_as))
            if item.until:
                refs.append((("events", index, "until"), item.until))
            for number, claim in enumerate(item.claims):
                if claim.after:
                    refs.append((("events", index, "claims", number, "after"), claim.after))
            return refs

        def visit(root: str) -> None:
            # Depth first, with a stack of its own: a chain of events longer than
            # Python's recursion limit is still a valid mission file.
            if root in built or root in visiting:
                return
            visiting.add(root)
            stack = [(root, iter(depends(specs[root][1])))]
            while stack:
                event_id, refs = stack[-1]
                for loc, ref in refs:
                    if ref not in specs:
                        self.problem(loc, f"unknown event id {ref!r}")
                    elif ref in visiting:
                        self.problem(loc, f"event {event_id!r} depends on itself through {ref!r}")
                    elif ref not in built:
                        visiting.add(ref)
                        stack.append((ref, iter(depends(specs[ref][1]))))
                        break
                else:
                    stack.pop()
                    visiting.discard(event_id)
                    index, item = specs[event_id]
                    built[event_id] = self.event(index, item, built)

        for event_id in specs:
            visit(event_id)
        return {item.id: built[item.id] for item in self.spec.events if item.id in built}

    def event(self, index: int, item: s.EventSpec, built: Mapping[str, Event]) -> Event:
        loc: Loc = ("events", index)
        claims = []
        for number, claim in enumerate(item.claims):
            here = (*loc, "claims", number)
            evidence = self.evidence((*here, "evidence"), claim.evidence)
            checked = self.times.claim(here, item.id, claim, evidence, built)
            if checked.precision == "day" and checked.after is None:
                checked = checked.model_copy(update={"zone": self.day_zone(claim, evidence)})
            claims.append(checked)
        best = best_time(claims)
        time, precision, zone, approximate = (
            (best.time, best.precision, best.zone, best.approximate) if best else (None, None, None, False)
        )
        if item.same_time_as and (anchor := built.get(item.same_time_as)):
            if best is not None:
                self.problem((*loc, "same_time_as"), f"event {item.id!r} has times of its own and `same_time_as`")
            time, precision, zone, approximate = anchor.time, anchor.precision, anchor.zone, anchor.approximate
        until = None
        if item.until and (ending := built.get(item.until)):
            until = EventEnd.model_construct(event=ending.id, when=ending.when())
        return Event.model_construct(
            id=item.id,
            title=item.title,
            time=time,
            precision=precision,
            zone=zone,
            approximate=approximate,
            until=until,
            claims=tuple(claims),
            facts=self.facts(loc, item.id, item.facts),
            reviewed=item.reviewed,
        )

    def day_zone(self, claim: s.TimeClaimSpec, evidence: Sequence[Evidence]) -> str | None:
        """The zone a day claim was stated in: the claim's own, else its document's (None: UTC)."""
        zone: str | None = getattr(claim, "zone", None)
        if zone is None and evidence:
            document = next((item for item in self.spec.documents if item.id == evidence[0].doc), None)
            zone = getattr(document, "zone", None)
        return zone

    # -- the mission -----------------------------------------------------

    def mission(self, events: Mapping[str, Event]) -> Mission:
        item = self.spec.mission
        for key in ("countdown_to", "ends_with"):
            event_id = getattr(item, key)
            event = events.get(event_id)
            if event is None:
                self.problem(("mission", key), f"unknown event id {event_id!r}")
            elif event.time is None and event_id not in self.bad_times:
                self.problem(("mission", key), f"event {event_id!r} has no time")
        start, end = events.get(item.countdown_to), events.get(item.ends_with)
        begins, ends = (start.when() if start else None), (end.when() if end else None)
        if start and end and start.time and end.time and begins and ends and ends.end <= begins.start:
            self.problem(
                ("mission", "ends_with"),
                f"the mission would end ({end.time:%Y-%m-%d}) before it starts ({start.time:%Y-%m-%d})",
            )
        return Mission.model_construct(
            id=item.id,
            title=item.title,
            countdown_to=item.countdown_to,
            ends_with=item.ends_with,
            zone=item.zone,
            facts=self.facts(("mission",), "mission", item.facts),
            reviewed=item.reviewed,
        )


def _publication(value: date | datetime | None) -> tuple[date | None, datetime | None]:
    """The publication date in the article's own zone, and the UTC time if one is given."""
    if isinstance(value, datetime):
        return value.date(), value.astimezone(UTC)
    return value, None


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
