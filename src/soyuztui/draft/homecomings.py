"""Other crews going home: the station's earlier residents leave on the day the articles give.

A story about a long flight also reports the residents it found aboard going home
("A and B returned to Earth on May 3 aboard their own craft", "C and D splashed down
on May 9"). Each such clause is a departure of its own: the people it names leave the
station then, and it is not the mission's landing nor its spacecraft's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from datetime import date, timedelta

from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.verify.evidence import mentions
from soyuztui.draft import lexicon as lx
from soyuztui.draft.craft import Craft
from soyuztui.draft.crew import LEFT_BEHIND, homecoming_words
from soyuztui.draft.events import article_zone
from soyuztui.draft.moments import expressions, moment_value, on_day
from soyuztui.draft.names import slug
from soyuztui.draft.schedule import Timeline
from soyuztui.draft.sightings import month_end
from soyuztui.draft.text import Article, Sentence, clean_excerpt

# Where a sentence's clauses part: each "A returned on X, and B splashed down on Y" half
# has its own people and its own day.
_CLAUSE = re.compile(r";|,\s+(?:and|while|but|whereas)\s+|\s+—\s+")
_TITLE = "Return to Earth of an earlier crew"


def _clauses(article: Article) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for sentence in article.sentences:
        start = sentence.start
        for brk in _CLAUSE.finditer(article.text, sentence.start, sentence.end):
            spans.append((start, brk.start()))
            start = brk.end()
        spans.append((start, sentence.end))
    return spans


def residents_leaving(
    articles: Sequence[Article],
    residents: dict[str, list[str]],
    flying: list[list[str]],
    timeline: Timeline,
) -> dict[str, str]:
    """The departure event of each resident whose homecoming a clause dates, by person id.

    `residents` gives the phrases of each person aboard before the flight, `flying`
    those of the mission's own crew (a clause naming one of them is the mission's own
    landing). The departures are added to `timeline.specs`; an event's claims that
    rest on a departure's clause are taken from it (they are the other crew's).
    """
    leaving: dict[str, str] = {}
    taken: list[tuple[str, str, str]] = []
    for article in articles:
        for start, end in _clauses(article):
            clause = article.text[start:end]
            verb = homecoming_words(clause)
            if article.in_quote(start) or verb is None or any(mentions(clause, phrases) for phrases in flying):
                continue
            # The people are the verb's subject, the day is written after it: "A and B returned on May 3";
            # or the craft is the subject and the people come after it: "..., ending the mission of A and B".
            subject = clause[: verb.start()] + _travellers(clause[verb.end() :])
            named = [
                person for person, phrases in residents.items() if person not in leaving and mentions(subject, phrases)
            ]
            when = [item for item in expressions(article.text, start + verb.end(), end) if item.kind == "moment"]
            if not named or not when:
                continue
            left, right = clean_excerpt(article.text, start, when[0].end)
            excerpt = article.text[left:right]
            read = moment_value(excerpt, article.published, article_zone(article))
            if read is None:
                continue
            event = f"return-{slug(named[0])}"
            claim = s.TimeClaimSpec(
                time=read[0], zone=read[1], evidence=[s.EvidenceSpec(doc=article.id, text=excerpt)], reviewed=False
            )
            timeline.specs.append(s.EventSpec(id=event, title=_TITLE, claims=[claim], reviewed=False))
            taken.append((article.id, excerpt, read[0]))
            leaving.update(dict.fromkeys(named, event))
    if taken:
        _drop_claims_on(timeline, taken)
    return leaving


#: Whose flight a homecoming ends, after it: "..., ending a six-month stay for A, B and C".
_ENDING = re.compile(r",\s+(?:ending|closing|concluding|completing)\s+(?:a|an|the|their)\b[^.;]{0,80}?\b(?:for|of)\b")


def _travellers(after: str) -> str:
    """The words after a homecoming verb that name who came home ("ending a mission for A and B"), or ""."""
    match = _ENDING.search(after)
    return after[match.end() :] if match is not None else ""


def _drop_claims_on(timeline: Timeline, taken: list[tuple[str, str, str]]) -> None:
    """Take from the other events the claims whose excerpts lie in a departure's clause, and the
    day-only homecomings the same article gives on the departure's day ("early Tuesday four
    travellers came home" before "the capsule splashed down at 5:47 a.m., ending A's mission")."""

    def inside(item: s.EvidenceSpec) -> bool:
        return any(doc == item.doc and item.text in excerpt for doc, excerpt, _time in taken)

    def that_day(claim: s.TimeClaimSpec, event: s.EventSpec) -> bool:
        return (
            event.id == "return"
            and claim.time is not None
            and len(claim.time) == len("YYYY-MM-DD")
            and any(
                all(item.doc == doc for item in claim.evidence) and on_day(time, claim.time, claim.zone)
                for doc, _excerpt, time in taken
            )
        )

    for index, event in enumerate(timeline.specs):
        if event.title == _TITLE:
            continue
        kept = [
            claim
            for claim in event.claims
            if not all(inside(item) for item in claim.evidence) and not that_day(claim, event)
        ]
        if len(kept) != len(event.claims):
            timeline.specs[index] = event.model_copy(update={"claims": kept})


#: Words that make a craft's name in a sentence the name of the people who fly it.
_CREW_NOUN = re.compile(r"\b(?:crew|crewmates|astronauts|cosmonauts|taikonauts|trio|team)\b")
_DEPARTURE_KINDS = ("undocking", "return")


def cited_sentences(event: s.EventSpec, articles: Sequence[Article]) -> Iterator[Sentence]:
    """The sentences an event's claims cite, each excerpt's own (an excerpt not found gives none)."""
    texts = {article.id: article for article in articles}
    for claim in event.claims:
        for item in claim.evidence:
            source = texts.get(item.doc)
            at = source.text.find(item.text) if source is not None else -1
            sentence = source.sentence_at(at) if source is not None and at >= 0 else None
            if sentence is not None:
                yield sentence


#: "B stays behind with A", "A remains aboard": said to stay on (not "until" a day: a stay that ends then).
_STAYS = re.compile(
    r"\b(?:(?:stays|remains|(?:will|to) (?:stay|remain))\b[^.;]{0,40}?\b(?:behind|on the|aboard)"
    r"|(?:stay(?:s|ed)?|remain(?:s|ed)?) behind)\b(?![^.;]*\b(?:until|till)\b)"
)


def _said_to_stay(articles: Sequence[Article], residents: dict[str, list[str]]) -> set[str]:
    """The residents a sentence says stay on the station ("C stays behind with A and B", "leaving A aboard")."""
    staying: set[str] = set()
    for article in articles:
        for sentence in article.sentences:
            if article.in_quote(sentence.start):
                continue
            # "The capsule undocked, leaving A and B aboard": only the people the clause leaves.
            spans = [sentence.text] if _STAYS.search(sentence.text) else []
            spans += [match.group(0) for match in LEFT_BEHIND.finditer(sentence.text)]
            staying.update(
                person for person, phrases in residents.items() if any(mentions(span, phrases) for span in spans)
            )
    return staying


def leaving_with_craft(
    articles: Sequence[Article],
    own: dict[str, str],
    craft: Craft,
    timeline: Timeline,
) -> dict[str, str]:
    """The departure of each resident whose own craft's undocking or landing the articles time, by person id.

    "The Shenzhou-9 crew - A, B and C - who have lived aboard since May": A, B and C
    fly that craft; "The Shenzhou-9 capsule undocked on Friday" is then their departure.
    `own` gives the craft each resident flies (`own_craft`): only a craft other than the
    mission's own, and only a sentence that names it beside a crew word and the residents
    themselves, ties them to it.
    """
    leaving: dict[str, str] = {}
    for kind in _DEPARTURE_KINDS:  # the undocking is when they leave the station; a landing, if nothing else
        for event in timeline.specs:
            # The mission's own end is its crew's: a resident of another craft never leaves with it.
            if not event.id.startswith(kind) or not timeline.timed(event.id) or event.id == timeline.ends_with:
                continue
            named = {value for sentence in cited_sentences(event, articles) for value in craft.in_text(sentence.text)}
            for person, value in own.items():
                if value in named and person not in leaving:
                    leaving[person] = event.id
    return leaving


def own_craft(articles: Sequence[Article], residents: dict[str, list[str]], craft: Craft) -> dict[str, str]:
    """The craft other than the mission's that each resident not said to stay flies, by person id.

    "The Shenzhou-9 crew - A, B and C": a sentence naming one other craft beside a crew word
    and the residents ties them to it.
    """
    own: dict[str, str] = {}
    staying = _said_to_stay(articles, residents)
    for article in articles:
        for sentence in article.sentences:
            if article.in_quote(sentence.start) or not _CREW_NOUN.search(sentence.text):
                continue
            others = [value for value in craft.in_text(sentence.text) if value != craft.vehicle]
            if len(others) != 1:
                continue
            for person, phrases in residents.items():
                if person not in own and person not in staying and mentions(sentence.text, phrases):
                    own[person] = others[0]
    return own


#: A departure that leaves people where they are: "undocked on Saturday, leaving its new tenants in charge: A, B".
_LEAVING = re.compile(r"\bleaving\b[^.;]*")
#: How far past a sentence's end a list it leaves may run.
_READ_ON = 200


#: A craft written as "the capsule": the one the article last named with that noun.
_THE_CRAFT = re.compile(r"\b[Tt]he (capsule|spacecraft|spaceship|ship|craft|vehicle)\b")


def _departing_craft(article: Article, sentence: Sentence, craft: Craft) -> str | None:
    """The other craft a departure sentence is about: the one it names, else "the capsule" the article named.

    "The Shenzhou-9 capsule landed at 6:33 ... The capsule had undocked on Saturday": the craft
    named before with the same noun, never a craft the article names in passing ("first flew on X").
    """
    named = [value for value in craft.in_text(sentence.text) if value != craft.vehicle]
    if named:
        return named[0] if len(named) == 1 else None
    noun = _THE_CRAFT.search(sentence.text)
    if noun is None:
        return None
    for before in reversed([item for item in article.sentences if item.end <= sentence.start]):
        named = craft.in_text(before.text)
        if named and re.search(rf"\b{noun[1]}\b", before.text):
            return named[0] if len(named) == 1 and named[0] != craft.vehicle else None
    return None


def leaving_the_crew_aboard(
    articles: Sequence[Article],
    own: dict[str, str],
    flying: list[list[str]],
    craft: Craft,
    timeline: Timeline,
) -> dict[str, str]:
    """The departure of each resident whose craft leaves the mission's own crew aboard, by person id.

    "The capsule undocked on Saturday evening, leaving its new tenants in charge: A, B and C":
    when A, B and C fly the mission, the craft that leaves is another one, the craft of the
    residents it brought (the one the sentence names, else the one the article named last).
    The claim moves from the mission's event to an event of that craft's own. `own` gives
    the craft each resident flies (`own_craft`).
    """
    by_id = {article.id: article for article in articles}
    leaving: dict[str, str] = {}
    for index, event in enumerate(list(timeline.specs)):
        if not event.id.startswith(_DEPARTURE_KINDS):
            continue
        kept: list[s.TimeClaimSpec] = []
        for claim in event.claims:
            other = _leaving_crew(claim, by_id, flying, craft) if claim.time else None
            movers = [person for person, value in own.items() if value == other and person not in leaving]
            if other is None or not movers:
                kept.append(claim)
                continue
            kind = event.id.split("-")[0]
            moved = f"{kind}-{slug(other)}"
            if moved not in {spec.id for spec in timeline.specs}:
                title = f"{event.title} of {other}"
                timeline.specs.append(s.EventSpec(id=moved, title=title, claims=[claim], reviewed=False))
            leaving.update(dict.fromkeys(movers, moved))
        if len(kept) != len(event.claims):
            timeline.specs[index] = event.model_copy(update={"claims": kept})
    # An event left with nothing is dropped, unless the mission runs to or ends with it (then not told).
    ends = (timeline.countdown_to, timeline.ends_with)
    timeline.specs[:] = [event for event in timeline.specs if event.claims or event.id in ends]
    return leaving


def _paragraph(article: Article, sentence: Sentence) -> str:
    """The paragraph holding `sentence`: a live blog's entry, say, whose first line is its time."""
    start = article.text.rfind("\n\n", 0, sentence.start)
    end = article.text.find("\n\n", sentence.end)
    return article.text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(article.text)]


def _other_craft_told(
    claim: s.TimeClaimSpec,
    articles: dict[str, Article],
    flying: list[list[str]],
    craft: Craft,
    homeward: Collection[str] | None,
    landing_crafts: Collection[str],
) -> str | None:
    """The one other craft a departure claim tells of, when it names none of the mission's crew.

    The claim's sentence names the craft, else its paragraph does ("17:46 Beijing time -
    TOUCHDOWN! The Shenzhou-9 return capsule has landed"); the mission's own craft named
    there, or two others, make it no other craft's. With `homeward` (the articles that
    bring the crew home), only a craft of the mission's own family counts, not in them and
    not one the crew lands in (`landing_crafts`).
    """
    for item in claim.evidence:
        article = articles.get(item.doc)
        at = article.text.find(item.text) if article is not None else -1
        sentence = article.sentence_at(at) if article is not None and at >= 0 else None
        if article is None or sentence is None or any(mentions(sentence.text, phrases) for phrases in flying):
            continue
        if homeward is not None and item.doc in homeward:
            continue  # "Touchdown! The Soyuz MS-23 capsule has landed" where the crew climbs out: theirs
        named = craft.in_text(sentence.text) or craft.in_text(_paragraph(article, sentence))
        if len(named) != 1 or named[0] == craft.vehicle:
            continue
        if homeward is None or (craft.kin(named[0]) and named[0] not in landing_crafts):
            return named[0]
    return None


def other_crafts_departures(
    articles: Sequence[Article],
    flying: list[list[str]],
    craft: Craft,
    timeline: Timeline,
    homeward: Collection[str] | None = None,
    landing_crafts: Collection[str] = (),
) -> dict[str, str]:
    """The mission's departure events' claims that tell of another craft leaving, moved to that craft's events.

    Called when no one of the mission's crew is drafted coming home: a handover story told
    before its crew's own landing reports the residents' craft undocking and landing
    ("The Shenzhou-9 capsule undocked last night"), and those are that craft's events, never
    the mission's undocking or return. Gives each emptied event's id the id it moved to, so
    that who left with it leaves with that craft. With `homeward`, the articles in which
    the crew does come home, only a claim of another article naming a craft of the
    mission's own family with another number, not one the crew lands in (`landing_crafts`), moves ("Their Shenzhou-9 capsule thumped down
    at 8:11" in a tabloid's story of the residents' homecoming, in a Shenzhou-10 mission).
    """
    by_id = {article.id: article for article in articles}
    moved_to: dict[str, str] = {}
    for index, event in enumerate(list(timeline.specs)):
        if event.id not in _DEPARTURE_KINDS:
            continue
        kept: list[s.TimeClaimSpec] = []
        for claim in event.claims:
            other = _other_craft_told(claim, by_id, flying, craft, homeward, landing_crafts)
            if other is None:
                kept.append(claim)
                continue
            moved = f"{event.id}-{slug(other)}"
            existing = next((spec for spec in timeline.specs if spec.id == moved), None)
            if existing is None:
                timeline.specs.append(
                    s.EventSpec(id=moved, title=f"{event.title} of {other}", claims=[claim], reviewed=False)
                )
            else:
                timeline.specs[timeline.specs.index(existing)] = existing.model_copy(
                    update={"claims": [*existing.claims, claim]}
                )
            moved_to[event.id] = moved
        if len(kept) != len(event.claims):
            timeline.specs[index] = event.model_copy(update={"claims": kept})
    ends = (timeline.countdown_to, timeline.ends_with)
    timeline.specs[:] = [event for event in timeline.specs if event.claims or event.id in ends]
    return moved_to


def _leaving_crew(
    claim: s.TimeClaimSpec, articles: dict[str, Article], flying: list[list[str]], craft: Craft
) -> str | None:
    """The other craft whose departure the claim is, when its sentence leaves the mission's crew aboard."""
    for item in claim.evidence:
        article = articles.get(item.doc)
        at = article.text.find(item.text) if article is not None else -1
        sentence = article.sentence_at(at) if article is not None and at >= 0 else None
        if article is None or sentence is None:
            continue
        # Read on past the sentence's end: a line break may split the list it leaves ("... the crew of\nA, B").
        found = _LEAVING.finditer(article.text, sentence.start, sentence.end + _READ_ON)
        left = [match.group(0) for match in found if match.start() < sentence.end]
        if any(mentions(span, phrases) for span in left for phrases in flying):
            return _departing_craft(article, sentence, craft)
    return None


#: A crew named by its flight's designation, then its departure in a month: "Crew-8, who were aboard
#: when we arrived, left in October". The designation must open the clause: it is the subject.
_GROUP_LEFT = re.compile(
    r"(?:^|[.;:]\s+|\n)(?:[Tt]he\s+)?(?P<group>[A-Z][a-z]+[- ]\d{1,3})(?:\s+(?:crew|mission|astronauts))?\b[^.;]{0,80}?"
    r"\b(?:left|departed|undocked|returned(?: to Earth)?|went home|flew home|came home|splashed down|landed)\s+"
    rf"in (?:early |mid-|late )?(?P<month>{'|'.join(lx.MONTHS)})(?:,? (?P<year>\d{{4}}))?\b"
)


def groups_gone(articles: Sequence[Article], residents: dict[str, list[str]], own: Sequence[str]) -> dict[str, date]:
    """The day by which residents are gone whose crew, named by its designation, an article says left in a month.

    "Four members of the Crew-8 mission - A, B, C and D - ..." ties A to D to "Crew-8" (a
    sentence naming one designation that is not the mission's own, and them); "Crew-8 ...
    left in October" then has them gone by November 1. By person id.
    """
    # The departures first: most stories tell none, and then nobody is read for membership.
    left: dict[str, date] = {}
    for article in articles:
        published = article.published
        if not isinstance(published, date):
            continue
        for match in _GROUP_LEFT.finditer(article.text, article.body_start):
            last = month_end(match, published)
            if last is not None:
                # Gone by the next month's first day: they may have left on the month's last.
                group = match["group"].replace(" ", "-")
                left[group] = min(last + timedelta(days=1), left.get(group, date.max))
    if not left:
        return {}
    ours = {name.replace(" ", "-") for name in own}
    gone: dict[str, date] = {}
    for article in articles:
        for sentence in article.sentences:
            written = [form for group in left for form in (group, group.replace("-", " ")) if form in sentence.text]
            if not written or article.in_quote(sentence.start):
                continue
            named = {match.group(0).replace(" ", "-") for match in lx.DESIGNATION.finditer(sentence.text)} - ours
            if len(named) != 1 or (group := named.pop()) not in left:
                continue
            for person, phrases in residents.items():
                if mentions(sentence.text, phrases):
                    gone[person] = left[group]
    return gone


def gone_with_their_group(
    occupants: Sequence[s.OccupantSpec],
    people: Sequence[s.PersonSpec],
    articles: Sequence[Article],
    own: Sequence[str],
    notes: list[str],
) -> list[s.OccupantSpec]:
    """The occupants, each resident with no departure gone by the month its crew is said to have left."""
    names = {person.id: person for person in people}
    residents = {
        item.person: [names[item.person].name, *names[item.person].aliases]
        for item in occupants
        if item.leaves_with is None and item.person in names
    }
    gone = groups_gone(articles, residents, own) if residents else {}
    bounded = []
    for item in occupants:
        day = gone.get(item.person)
        if day is not None and (item.gone_by is None or day.isoformat() < item.gone_by[:10]):
            name = names[item.person].name
            notes.append(f"{name}: their crew is said to have left in a month; drafted as gone by {day}")
            item = item.model_copy(update={"gone_by": day.isoformat()})
        bounded.append(item)
    return bounded
