"""`build_dossier(path)`: the one way from a mission file to a verified Dossier."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

from soyuztui.dossier.errors import Problems
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
from soyuztui.dossier.order import event_order
from soyuztui.dossier.quotes.extract import extract_quotes
from soyuztui.dossier.reconcile import best_time, fact_conflicts, time_conflict
from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.sources.collect import read_documents
from soyuztui.dossier.sources.documents import RawDocument, read_document
from soyuztui.dossier.sources.missionfile import load_mission_file
from soyuztui.dossier.sources.tomlines import LineIndex
from soyuztui.dossier.times.reader import TimeError, midnight, parse_claimed
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
        self.problems = Problems(path, lines)
        self.raw: dict[str, RawDocument] = {}
        #: How a document's file is read (the draft's last check gives the copies it has).
        self.read: Callable[[Path], RawDocument] = read_document
        self.people: dict[str, s.PersonSpec] = {}
        self.person_evidence: dict[str, list[Evidence]] = {}
        self.published: dict[str, date | None] = {}

    # -- reporting -------------------------------------------------------

    def unique(
        self,
        items: Sequence[s.DocumentSpec | s.PersonSpec | s.OrganisationSpec | s.EventSpec],
        kind: str,
        noun: str,
    ) -> None:
        seen: set[str] = set()
        for index, item in enumerate(items):
            if item.id in seen:
                self.problems.add((kind, index, "id"), f"duplicate {noun} id {item.id!r}")
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
                self.problems.add(("organisations", index, "id"), f"organisation id {item.id!r} is also a person's id")
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
        self.problems.raise_if_any()
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
        documents, self.raw = read_documents(self.path, self.spec.documents, self.problems, self.read)
        self.published = {document.id: document.published for document in documents}
        zones = {item.id: item.zone for item in self.spec.documents}
        self.times = TimeClaimChecker(self.problems, self.published, zones)
        return documents

    # -- evidence and facts ----------------------------------------------

    def evidence(self, loc: Loc, items: Iterable[s.EvidenceSpec]) -> list[Evidence]:
        found = []
        for index, item in enumerate(items):
            here = (*loc, index)
            raw = self.raw.get(item.doc)
            if raw is None:
                known = any(document.id == item.doc for document in self.spec.documents)
                if not known:
                    self.problems.add(here, f"unknown document id {item.doc!r}")
                continue  # an unreadable document was reported already
            try:
                start, end = locate(raw.text, item.text, item.start)
            except NotFound:
                at = f" at offset {item.start}" if item.start is not None else ""
                self.problems.add(here, f"excerpt not found in document {item.doc!r}{at}: {_short(item.text)}")
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
                    self.problems.add(
                        (*loc, "evidence", index),
                        f"{what} = {value!r} is not stated by excerpt of document {item.doc!r}: {_short(item.text)}",
                    )
        elif evidence and not any(stating):
            self.problems.add((*loc, "evidence"), f"{what} = {value!r} is stated by none of its excerpts")

    def check_mentions(self, loc: Loc, person_id: str, evidence: list[Evidence]) -> None:
        person = self.people.get(person_id)
        if person is None:
            return
        phrases = [person.name, *person.aliases, *person.descriptions]
        for index, item in enumerate(evidence):
            if not mentions(item.text, phrases):
                self.problems.add(
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
                    self.problems.add(
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
            self.problems.add((*loc, "person"), f"unknown person id {person_id!r}")
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
            if item.role is not None:
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
            if len(evidence) == len(item.evidence) and item.agency is not None:
                self.check_states(loc, f"{item.person} agency", item.agency, evidence, every=False)
            whens: list[When | None] = []
            for key in ("arrives_with", "leaves_with"):
                event_id = getattr(item, key)
                event = events.get(event_id) if event_id else None
                if event_id and event is None:
                    self.problems.add((*loc, key), f"unknown event id {event_id!r}")
                elif event_id and event is not None and event.when is None and event_id not in self.problems.unusable:
                    self.problems.add((*loc, key), f"event {event_id!r} has no time to arrive or leave with")
                whens.append(event.when if event else None)
            arrival, departure = whens
            since, gone = self.occupant_bounds(loc, item, evidence)
            first = arrival or since
            last = departure or gone
            if first and last and last.end <= first.start:
                self.problems.add(
                    loc,
                    f"{item.person} would leave ({last.time:%Y-%m-%d %H:%M})"
                    f" before arriving ({first.time:%Y-%m-%d %H:%M})",
                )
            occupants.append(
                Occupant.model_construct(
                    person=item.person,
                    agency=item.agency,
                    arrives_with=item.arrives_with,
                    leaves_with=item.leaves_with,
                    arrival=arrival,
                    departure=departure,
                    aboard_since=since,
                    gone_by=gone,
                    evidence=tuple(evidence),
                    reviewed=item.reviewed,
                )
            )
        return occupants

    def occupant_bounds(
        self, loc: Loc, item: s.OccupantSpec, evidence: list[Evidence]
    ) -> tuple[When | None, When | None]:
        """`aboard_since` and `gone_by` read, each only where the event it stands in for is not given.

        A day is the mission's day. Someone placed aboard by an article cannot be placed
        aboard later than that article's publication: `aboard_since` must be no later
        than the day every dated evidence document was published on.
        """
        bounds: list[When | None] = []
        zone = self.spec.mission.zone
        for key, event_key in (("aboard_since", "arrives_with"), ("gone_by", "leaves_with")):
            value = getattr(item, key)
            if value is None:
                bounds.append(None)
                continue
            if getattr(item, event_key) is not None:
                self.problems.add((*loc, key), f"give {event_key} or {key}, not both")
                bounds.append(None)
                continue
            try:
                moment = parse_claimed(value)
            except TimeError as error:
                self.problems.add((*loc, key), str(error))
                bounds.append(None)
                continue
            day_zone = zone if moment.precision == "day" else None
            bounds.append(When.model_construct(time=moment.time, precision=moment.precision, zone=day_zone))
        since = bounds[0]
        dated = [day for doc in {item.doc for item in evidence} if (day := self.published.get(doc)) is not None]
        if since is not None and dated and since.start >= midnight(min(dated) + timedelta(days=1), zone):
            self.problems.add(
                (*loc, "aboard_since"),
                f"aboard_since = {item.aboard_since!r} is later than its evidence, published on {min(dated):%Y-%m-%d}",
            )
        return since, bounds[1]

    # -- events and times ------------------------------------------------

    def events(self) -> dict[str, Event]:
        """Build events so that every event comes after those its times depend on."""
        order, problems = event_order(self.spec.events)
        for loc, message in problems:
            self.problems.add(loc, message)
        built: dict[str, Event] = {}
        for index, item in order:
            built[item.id] = self.event(index, item, built)
        return {item.id: built[item.id] for item in self.spec.events if item.id in built}

    def event(self, index: int, item: s.EventSpec, built: Mapping[str, Event]) -> Event:
        loc: Loc = ("events", index)
        claims = []
        for number, claim in enumerate(item.claims):
            here = (*loc, "claims", number)
            evidence = self.evidence((*here, "evidence"), claim.evidence)
            checked = self.times.claim(here, item.id, claim, evidence, built)
            if checked.when is not None and checked.when.precision == "day" and checked.after is None:
                day = checked.when.model_copy(update={"zone": self.day_zone(claim, evidence)})
                checked = checked.model_copy(update={"when": day})
            claims.append(checked)
        best = best_time(claims)
        when = best.when if best else None
        if item.same_time_as and (anchor := built.get(item.same_time_as)):
            if best is not None:
                self.problems.add((*loc, "same_time_as"), f"event {item.id!r} has times of its own and `same_time_as`")
            when = anchor.when
        until = None
        if item.until and (ending := built.get(item.until)):
            until = EventEnd.model_construct(event=ending.id, when=ending.when)
        return Event.model_construct(
            id=item.id,
            title=item.title,
            when=when,
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
                self.problems.add(("mission", key), f"unknown event id {event_id!r}")
        start, end = events.get(item.countdown_to), events.get(item.ends_with)
        begins, ends = (start.when if start else None), (end.when if end else None)
        if begins and ends and ends.end <= begins.start:
            self.problems.add(
                ("mission", "ends_with"),
                f"the mission would end ({ends.time:%Y-%m-%d}) before it starts ({begins.time:%Y-%m-%d})",
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
