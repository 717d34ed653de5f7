"""Crew seats and station occupants as mission-file entries, with evidence `check` accepts.

A seat's excerpts must name the person, one must state the vehicle and the role must
be stated by them or by the person's facts; an occupant's excerpts must name the
person and one must state the agency. Entries that cannot be backed so are left out
and reported as unsure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.verify.evidence import mentions, states
from soyuztui.draft import lexicon as lx
from soyuztui.draft.arrivals import came_up_earlier
from soyuztui.draft.attributes import Finding
from soyuztui.draft.craft import Craft
from soyuztui.draft.crew import LEFT_BEHIND, STAYING, CrewFindings, Seat, homecoming_words
from soyuztui.draft.events import VEHICLE_RETURN
from soyuztui.draft.homecomings import (
    cited_sentences,
    leaving_the_crew_aboard,
    leaving_with_craft,
    other_crafts_departures,
    own_craft,
    residents_leaving,
)
from soyuztui.draft.people import occupation, role_words
from soyuztui.draft.schedule import Timeline
from soyuztui.draft.text import Article, Sentence

_MAX_EXCERPTS = 3
_VEHICLE_NOUNS = ("spacecraft", "spaceship", "rocket", "capsule")


def _names(person: s.PersonSpec) -> list[str]:
    return [person.name, *person.aliases]


def _phrases(person: s.PersonSpec) -> list[str]:
    return [*_names(person), *person.descriptions]


def _fact_texts(person: s.PersonSpec) -> list[str]:
    return [item.text for fact in person.facts for item in fact.evidence]


def _vehicle_terms(vehicle: str, articles: Sequence[Article], terms: dict[str, list[str]]) -> None:
    """ "the Soyuz spacecraft" states "Soyuz MS-19": the family name with a craft noun."""
    family_name = vehicle.split()[0]
    for noun in _VEHICLE_NOUNS:
        phrase = f"{family_name} {noun}"
        if any(phrase.lower() in article.text.lower() for article in articles):
            terms.setdefault(vehicle, []).append(phrase)


def _role(seat: Seat, found: list[Finding], terms: dict[str, list[str]]) -> str | None:
    """The crew role the articles state for the person, if any: never guessed from an occupation word."""
    # Each article that calls the person by a role is one vote; the commander wins a tie.
    votes = Counter(role_words(found))
    votes["commander"] += seat.commands
    if votes and max(votes.values()) > 0:
        word = max(lx.CREW_ROLES[:5], key=lambda role: (votes[role], role == "commander"))
        if word == "commander":
            terms.setdefault("Commander", []).extend(["led by", "commanding", "in charge of", "commands"])
        return word[0].upper() + word[1:]
    job = occupation(found)
    if job and lx.is_participant(job):
        terms.setdefault(lx.PARTICIPANT_ROLE, []).append(job)
        return lx.PARTICIPANT_ROLE
    return None


def _excerpts(seat: Seat, person: s.PersonSpec) -> list[s.EvidenceSpec]:
    phrases = _phrases(person)
    evidence: list[s.EvidenceSpec] = []
    for doc, sentence in seat.sentences:
        if len(evidence) >= _MAX_EXCERPTS:
            break
        if all(item.doc != doc for item in evidence) and mentions(sentence.text, phrases):
            evidence.append(s.EvidenceSpec(doc=doc, text=sentence.text))
    return evidence


def seat_specs(
    crew: CrewFindings,
    persons: dict[int, s.PersonSpec],
    findings: dict[int, list[Finding]],
    articles: Sequence[Article],
    craft: Craft,
    timeline: Timeline,
    terms: dict[str, list[str]],
    notes: list[str],
) -> tuple[list[s.CrewSpec], list[s.OccupantSpec]]:
    """Crew seats on both legs and everyone aboard the station, in the articles' order."""
    seats: list[s.CrewSpec] = []
    vehicle = craft.vehicle
    if vehicle:
        _vehicle_terms(vehicle, articles, terms)
    texts = {article.id: article for article in articles}
    crew = _without_earlier_arrivals(_this_craft_seats(crew, craft, notes), persons, articles, vehicle, notes)
    crew = replace(crew, seats=_own_crew_seats(crew, persons))
    together = _coming_home_together(crew, craft) or _mission_coming_home(crew, articles, craft)
    order = list(persons)
    ranked = sorted(
        crew.seats.items(),
        key=lambda item: (item[0][1] != "launch", order.index(item[0][0]) if item[0][0] in persons else 0),
    )
    for (key, leg), seat in ranked:
        person = persons.get(key)
        if person is None or any(item.field == "position" for item in findings.get(key, [])):
            continue  # an administrator or a spokesman watches the flight; they do not fly it
        flown = vehicle if leg == "launch" else _landing_craft(seat, craft, texts)
        role = _role(seat, findings.get(key, []), terms)
        evidence = _excerpts(seat, person)
        if flown is None or not evidence:
            notes.append(f"{person.name}: on the {leg} leg, but no vehicle could be backed")
            continue
        if not any(states(item.text, flown, terms) for item in evidence):
            extra = (
                _craft_beside(seat, flown, texts, terms)
                or _stating(articles, person, flown, terms)
                or _flown_up_in(seats, person, flown, terms)
            )
            if extra is None:
                notes.append(f"{person.name}: {leg} seat left out, no excerpt names both them and {flown}")
                continue
            evidence.append(extra)
        backing = [item.text for item in evidence] + _fact_texts(person)
        if role is not None and not any(states(text, role, terms) for text in backing):
            stated = _role_excerpt(findings.get(key, []), articles, person, role, terms)
            if stated is not None:
                evidence.append(stated)
                backing.append(stated.text)
        if role is not None and not any(states(text, role, terms) for text in backing):
            notes.append(f"{person.name}: role {role!r} on the {leg} leg is not stated; drafted without a role")
            role = None
        seats.append(s.CrewSpec(person=person.id, vehicle=flown, leg=leg, role=role, evidence=evidence, reviewed=False))
    if together is not None:
        crew, seats = _landing_as_launched(crew, persons, seats, vehicle, together, notes)
    seated = {spec.person for spec in seats}
    # When the mission ends with its spacecraft coming home empty, only those who come home
    # in that craft would leave with it; a crewed end is the landing of everyone on that leg
    # (a test crew brought home by another vehicle leaves with that vehicle's landing).
    uncrewed_end = timeline.ends_with == VEHICLE_RETURN[0]
    other_craft = {spec.person for spec in seats if spec.leg == "landing" and spec.vehicle != vehicle and uncrewed_end}
    # The articles and crafts that bring this crew home: another craft's landing is never told there, nor theirs.
    landing_crafts = {spec.vehicle for spec in seats if spec.leg == "landing"}
    homeward = {doc for (_key, leg), seat in crew.seats.items() if leg == "landing" for doc, _ in seat.sentences}
    return seats, _occupants(
        crew, persons, seated, other_craft, homeward, landing_crafts, craft, articles, timeline, terms, notes
    )


def _own_crew_seats(crew: CrewFindings, persons: dict[int, s.PersonSpec]) -> dict[tuple[int, str], Seat]:
    """The seats without another crew's homecoming.

    A story about a long flight also reports the station's other residents going home
    ("A and B returned to Earth aboard their own craft"). Someone who did not fly up
    with the mission is on its landing leg only when a homecoming sentence names them
    beside someone who did (a crew brought home by the craft that relieved them).
    """
    flown = [persons[key] for (key, leg) in crew.seats if leg == "launch" and key in persons]
    if not flown:
        return crew.seats

    def with_flown(seat: Seat) -> bool:
        return any(mentions(sentence.text, _phrases(person)) for _doc, sentence in seat.sentences for person in flown)

    return {
        (key, leg): seat
        for (key, leg), seat in crew.seats.items()
        if leg == "launch" or (key, "launch") in crew.seats or with_flown(seat)
    }


def _this_craft_seats(crew: CrewFindings, craft: Craft, notes: list[str]) -> CrewFindings:
    """The findings without launch seats that only another craft's sentences give.

    "A will fly to the station on the Soyuz MS-24 next month": a person announced for
    another flight is not this one's crew, nor aboard at its docking. A sentence naming
    the mission's own craft, or no craft at all, keeps the seat, and so does one with a
    homecoming ("A and B launched in June and will return on a Dragon"): the other craft
    may be only the way home.
    """
    if craft.vehicle is None:
        return crew

    def elsewhere(sentence: Sentence) -> bool:
        named = craft.in_text(sentence.text)
        return bool(named) and craft.vehicle not in named and homecoming_words(sentence.text) is None

    seats = {}
    for (key, leg), seat in crew.seats.items():
        if leg == "launch" and all(elsewhere(sentence) for _doc, sentence in seat.sentences):
            notes.append(
                f"{seat.person.name}: left off the launch leg; every sentence seating them names another craft"
                f" ({craft.in_text(seat.sentences[0][1].text)[0]})"
            )
            continue
        seats[(key, leg)] = seat
    return replace(crew, seats=seats)


def _without_earlier_arrivals(
    crew: CrewFindings,
    persons: dict[int, s.PersonSpec],
    articles: Sequence[Article],
    vehicle: str | None,
    notes: list[str],
) -> CrewFindings:
    """The findings without launch seats of people aboard already, whom an article says came up on another craft.

    "Two seats were left empty for A and B, who arrived in June aboard a Starliner": they may
    come home on this flight, but they did not fly up on it.
    """
    family = lx.family_of(vehicle)
    seats = {}
    for (key, leg), seat in crew.seats.items():
        person = persons.get(key)
        if (
            leg == "launch"
            and person is not None
            and key in crew.aboard
            and came_up_earlier(articles, _names(person), family)
        ):
            notes.append(
                f"{person.name}: left off the launch leg; an article says they came up earlier on another craft"
            )
            continue
        seats[(key, leg)] = seat
    return replace(crew, seats=seats)


def _landing_left_to_the_crew(crew: CrewFindings) -> set[int]:
    """Who flew up, when a sentence bringing the whole crew home may seat them on the landing leg.

    Some of the crew seated on the landing leg by name ("A climbed out") still leaves the
    others to the sentence that brings them all home; someone else's seat there does not:
    then the homecoming may be theirs, and nobody is returned (an empty set).
    """
    flying = {key for key, leg in crew.seats if leg == "launch"}
    if any(leg == "landing" and key not in flying for key, leg in crew.seats):
        return set()
    return flying


def _coming_home_together(crew: CrewFindings, craft: Craft) -> tuple[str, Sentence] | None:
    """The sentence saying the crew all come home, when no sentence seats anyone on the landing leg.

    "The four will loop around the Moon and return to Earth", "The crew will splash down in
    the same capsule": a story written before the flight, or one that says "the crew" for
    the homecoming. A homecoming sentence naming another craft ("The Soyuz MS-22 crew
    returned"), or said just after naming someone who did not fly up ("A, B and C undocked.
    All three landed") or just after naming another craft, is another crew's, not this one's.
    """
    flying = _landing_left_to_the_crew(crew)
    if not flying:
        return None
    return next(
        (
            (doc, sentence)
            for doc, sentence, meant, context in crew.crew_homecomings
            if meant <= flying
            and all(value == craft.vehicle for value in craft.in_text(sentence.text))
            # "The Shenzhou-17 return capsule has landed. All three are out": it means the crew
            # of another craft of this flight's family that the sentences before name.
            and not any(craft.kin(value) for value in craft.in_text(context))
        ),
        None,
    )


def _mission_coming_home(crew: CrewFindings, articles: Sequence[Article], craft: Craft) -> tuple[str, Sentence] | None:
    """A sentence with the mission's own name as the subject of a homecoming, when no one else is on the landing leg.

    "Crew-7 splashes down after 199 days": a headline or a live blog writes the mission for
    its crew. Not a craft's name: a craft may come home empty; so not a mission named as
    its craft is ("Shenzhou-18" is both).
    """
    name = next((str(value) for field, value, *_ in craft.facts if field == "mission_name"), None)
    if name is None or name == craft.vehicle or not _landing_left_to_the_crew(crew):
        return None
    # The name just before the verb, with a few words between at most: "Crew-7's four astronauts returned".
    subject = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?:[’']s)?(?:\s+[\w-]+){{0,3}}\s+$")
    for article in articles:
        for sentence in article.sentences:
            verb = homecoming_words(sentence.text)
            if (
                verb is not None
                and not article.in_quote(sentence.start + verb.start())
                and subject.search(sentence.text, 0, verb.start())
                and not STAYING.search(sentence.text)
            ):
                return article.id, sentence
    return None


def _landing_as_launched(
    crew: CrewFindings,
    persons: dict[int, s.PersonSpec],
    seats: list[s.CrewSpec],
    vehicle: str | None,
    together: tuple[str, Sentence],
    notes: list[str],
) -> tuple[CrewFindings, list[s.CrewSpec]]:
    """The crew that flew up in the mission's craft, on the landing leg in it too.

    As Launch Library lists an upcoming flight: the crew comes home in the craft it flew. The
    launch seat's excerpts name the person and the craft; the note cites the homecoming.
    """
    keys = {person.id: key for key, person in persons.items()}
    landing = [spec for spec in seats if spec.leg == "landing"]
    if any(spec.vehicle != vehicle for spec in landing):
        return crew, seats  # someone comes home in another craft: the articles say who, by name
    home = {spec.person for spec in landing}
    flown = [
        spec
        for spec in seats
        if spec.leg == "launch" and spec.vehicle == vehicle and spec.person in keys and spec.person not in home
    ]
    if not flown:
        return crew, seats
    landed = {**crew.seats}
    for spec in flown:
        launch = crew.seats[(keys[spec.person], "launch")]
        landed[(keys[spec.person], "landing")] = replace(launch, leg="landing")
    doc, sentence = together
    notes.append(
        f"the launch crew drafted on the landing leg too: document {doc!r} says the whole crew comes home"
        f" (“{sentence.text[:80]}”)"
    )
    return replace(crew, seats=landed), [*seats, *(spec.model_copy(update={"leg": "landing"}) for spec in flown)]


def _role_excerpt(
    found: list[Finding], articles: Sequence[Article], person: s.PersonSpec, role: str, terms: dict[str, list[str]]
) -> s.EvidenceSpec | None:
    """An excerpt where the articles call the person by the role ("pilot Joaquín Ferro")."""
    texts = {article.id: article.text for article in articles}
    for item in found:
        excerpt = texts[item.doc][item.start : item.end]
        if item.field == "role" and states(excerpt, role, terms) and mentions(excerpt, _phrases(person)):
            return s.EvidenceSpec(doc=item.doc, text=excerpt)
    return None


def _landing_craft(seat: Seat, craft: Craft, articles: dict[str, Article]) -> str | None:
    """The craft a person comes home in: the one named where the articles say so.

    As in Launch Library 2 the landing crew belongs to the craft that lands: a crew
    may come home in another craft than the one they flew up in. The craft named in
    the homecoming sentence wins; then the craft the article names most; then the
    mission's own.
    """
    for _doc, sentence in seat.sentences:
        named = craft.in_text(sentence.text)
        if named:
            return named[0]
    for doc, _sentence in seat.sentences:
        article = articles[doc]
        counts: dict[str, int] = {}
        for sentence in article.sentences:
            for value in craft.in_text(sentence.text):
                counts[value] = counts.get(value, 0) + 1
        if counts:
            return max(counts, key=lambda value: (counts[value], value == craft.vehicle))
    return craft.vehicle


def _craft_beside(
    seat: Seat, craft: str, articles: dict[str, Article], terms: dict[str, list[str]]
) -> s.EvidenceSpec | None:
    """The seat's sentence with the one just before or just after that names the craft.

    Outlets often name the craft in one sentence ("... aboard its own Gaganyaan spacecraft")
    and the crew in the next ("The rocket lifted off carrying A, B and C"), or the other way
    round ("... blasted off with A, B and C. Their Dragon capsule, Endeavour, ...").
    """
    for doc, sentence in seat.sentences:
        article = articles[doc]
        index = next((i for i, item in enumerate(article.sentences) if item.start == sentence.start), None)
        if index is None:
            continue
        for previous in reversed(article.sentences[max(0, index - 2) : index]):
            if states(previous.text, craft, terms):
                return s.EvidenceSpec(doc=doc, text=article.text[previous.start : sentence.end])
        following = article.sentences[index + 1 : index + 2]
        if following and states(following[0].text, craft, terms):
            return s.EvidenceSpec(doc=doc, text=article.text[sentence.start : following[0].end])
    return None


def _flown_up_in(
    seats: Sequence[s.CrewSpec], person: s.PersonSpec, craft: str, terms: dict[str, list[str]]
) -> s.EvidenceSpec | None:
    """The excerpt of the person's launch seat that names the craft they come home in, if it is the same one.

    "A, B, C and D splashed down at 10:35 p.m.": the homecoming names the people, their launch
    names the craft; a crew comes home in the craft it flew unless an article says otherwise.
    """
    return next(
        (
            item
            for spec in seats
            if spec.person == person.id and spec.leg == "launch" and spec.vehicle == craft
            for item in spec.evidence
            if states(item.text, craft, terms)
        ),
        None,
    )


def _stating(
    articles: Sequence[Article], person: s.PersonSpec, value: str, terms: dict[str, list[str]]
) -> s.EvidenceSpec | None:
    phrases = _phrases(person)
    for article in articles:
        for sentence in article.sentences:
            if states(sentence.text, value, terms) and mentions(sentence.text, phrases):
                return s.EvidenceSpec(doc=article.id, text=sentence.text)
    return None


def _agency(person: s.PersonSpec, terms: dict[str, list[str]]) -> tuple[str, s.EvidenceSpec] | None:
    """The agency the articles give the person; an occupation ("astronaut") is not one."""
    for fact in person.facts:
        if fact.field == "agency":
            return str(fact.value), fact.evidence[0]
    for fact in person.facts:
        if fact.field != "occupation":
            continue
        value = str(fact.value)
        # Only the word itself implies the agency: "cosmonaut", never "astronaut" or "taikonaut".
        implied = lx.IMPLIED_AGENCY.get(value)
        if implied:
            terms.setdefault(implied, []).extend(["cosmonaut", "cosmonauts"] if implied == "Roscosmos" else [value])
            for item in fact.evidence:
                if states(item.text, implied, terms):
                    return implied, item
        if lx.canonical(value) in lx.FILM_OCCUPATIONS:
            terms.setdefault("Film crew", []).append(value)
            return "Film crew", fact.evidence[0]
    return None


_DEPARTURES = ("undocking", "return")


def _departure(
    person: s.PersonSpec, articles: Sequence[Article], timeline: Timeline, taken: set[str | None]
) -> str | None:
    """The timed departure of someone aboard before the flight: another departure whose sentence names them.

    "Orlov, Lebedev and Doyle are to undock aboard their own Soyuz on Sunday": the crew
    handing over the station leaves with that event, not with the mission's landing. Only
    a sentence that times the event counts: "A and B undocked" with no time says nothing
    of which undocking another article timed.
    """
    for event in timeline.specs:
        if event.id in taken or not event.id.startswith(_DEPARTURES) or not timeline.timed(event.id):
            continue
        timed = event.model_copy(update={"claims": [claim for claim in event.claims if claim.time]})
        for sentence in cited_sentences(timed, articles):
            # By name, never by a description a group shares ("the members of Expedition 9"),
            # and not where the sentence leaves them behind.
            if mentions(sentence.text, _names(person)) and not LEFT_BEHIND.search(sentence.text):
                return event.id
    return None


def _occupants(
    crew: CrewFindings,
    persons: dict[int, s.PersonSpec],
    seated: set[str],
    other_craft: set[str],
    homeward: set[str],
    landing_crafts: set[str],
    craft: Craft,
    articles: Sequence[Article],
    timeline: Timeline,
    terms: dict[str, list[str]],
    notes: list[str],
) -> list[s.OccupantSpec]:
    # Only a timed event can be arrived or left with (a flight not yet dated has neither).
    start = timeline.countdown_to if timeline.countdown_to and timeline.timed(timeline.countdown_to) else None
    arrival = "docking" if timeline.timed("docking") else start
    end = timeline.ends_with if timeline.ends_with and timeline.timed(timeline.ends_with) else None
    flying = {key for (key, leg) in crew.seats if leg == "launch" and key in persons and persons[key].id in seated}
    landing = {key for (key, leg) in crew.seats if leg == "landing" and key in persons}
    if crew.whole_crew_returns:  # "The Aurora 7 crew is scheduled to return to Earth"
        landing |= flying
    occupants: list[s.OccupantSpec] = []
    order = [key for key in crew.aboard if key not in flying] + sorted(flying, key=lambda key: list(persons).index(key))
    taken = {arrival, end, timeline.countdown_to}
    # Residents who do not leave with this flight's landing leave with an event of their own:
    # a timed departure naming them, else the day a clause of their own homecoming gives.
    residents = [
        persons[key]
        for key in order
        if key in persons and key not in flying and not (key in landing and persons[key].id not in other_craft)
    ]
    departures = {person.id: _departure(person, articles, timeline, taken) for person in residents}
    relief_over = _departure_day(timeline, end)
    # By name, never by a description a group shares ("cosmonaut", "the Soyuz crew").
    undated = {person.id: _names(person) for person in residents if departures[person.id] is None}
    if undated:
        crew_phrases = [_phrases(persons[key]) for key in flying]
        departures.update(residents_leaving(articles, undated, crew_phrases, timeline))
    if undated := {person.id: _names(person) for person in residents if departures[person.id] is None}:
        # The craft each resident flies, read once for both ways of leaving with it.
        own = own_craft(articles, undated, craft)
        crew_phrases = [_phrases(persons[key]) for key in flying]
        departures.update(leaving_the_crew_aboard(articles, own, crew_phrases, craft, timeline))
        own = {person: value for person, value in own.items() if departures[person] is None}
        departures.update(leaving_with_craft(articles, own, craft, timeline))
    if residents:
        # No one of this crew comes home in the articles: a departure they tell is the residents' craft's;
        # else only one that names a craft of this flight's family with another number is.
        phrases = [_phrases(persons[key]) for key in flying]
        moved = other_crafts_departures(
            articles, phrases, craft, timeline, homeward if landing else None, landing_crafts
        )
        departures = {person: moved.get(event, event) if event else event for person, event in departures.items()}
    for key in order:
        person = persons.get(key)
        if person is None:
            continue
        if key in flying and arrival is None:
            notes.append(f"{person.name}: flies, but the articles time no arrival; not drafted aboard")
            continue
        agency = _agency(person, terms)
        value, agency_excerpt = agency if agency is not None else (None, None)
        evidence: list[s.EvidenceSpec] = []
        arrived = crew.seats[(key, "launch")].sentences[:1] if key in flying else []
        for doc, sentence in [*crew.aboard.get(key, []), *arrived][:2]:
            if all(item.doc != doc for item in evidence) and mentions(sentence.text, _phrases(person)):
                evidence.append(s.EvidenceSpec(doc=doc, text=sentence.text))
        if (
            value is not None
            and agency_excerpt is not None
            and not any(states(item.text, value, terms) for item in evidence)
        ):
            evidence.append(agency_excerpt)
        if not evidence:
            notes.append(f"{person.name}: aboard the station, but no excerpt says so; left out of the occupants")
            continue
        leaves = end if key in landing and person.id not in other_craft else None
        if key not in flying and leaves is None:
            leaves = departures.get(person.id)
        # A crew this flight relieves hands over and goes home first: gone by this flight's departure.
        gone = relief_over if key not in flying and leaves is None and key in crew.relieved else None
        if gone is not None:
            notes.append(f"{person.name}: relieved by this crew, departure not given; drafted as gone by {gone}")
        occupants.append(
            s.OccupantSpec(
                person=person.id,
                agency=value,
                arrives_with=arrival if key in flying else None,
                leaves_with=leaves,
                gone_by=gone,
                evidence=evidence,
                reviewed=False,
            )
        )
    return occupants


def _departure_day(timeline: Timeline, end: str | None) -> str | None:
    """The first day the mission's own crew leaves the station: its undocking's or its end's, if timed."""
    days = [
        claim.time[:10]
        for event in timeline.specs
        if event.id in ("undocking", end) and timeline.timed(event.id)
        for claim in event.claims
        if claim.time
    ]
    return min(days, default=None)
