"""When the articles place station residents aboard, and the bounds that follow for their stay.

A resident's arrival and departure are often not in the articles at all: a story about
a crew's arrival names who was already aboard, a story months later about its departure
names who is aboard then. Leaving such a stay unbounded puts the second group aboard
at the arrival and the first group aboard at the departure. Each sentence placing
someone aboard is a sighting, dated by a day it states after the name ("aboard since
March 18") or else by the day its article's lead reports (the news it is written
about), else the article's publication day. Then:

- someone first sighted well after an earlier sighting of the station's people that
  does not name them is aboard from their first sighting (`aboard_since`);
- someone last sighted well before a later sighting of the station's people that does
  not name them has gone by that later sighting (`gone_by`).

"Well" is `GAP`: within it a shorter list is likelier a shorter list than a new crew.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.times.base import TimeRefused
from soyuztui.dossier.times.days import Day, find_days
from soyuztui.draft import lexicon as lx
from soyuztui.draft.text import Article, Sentence

#: Station crews change over weeks to months; two articles closer than this that name
#: different residents are read as naming different parts of one crew.
GAP = timedelta(days=14)
#: How far before its publication the news an article's lead reports may lie.
LEAD_REACH = timedelta(days=7)


#: "A and B, who came up on a Soyuz in September": an arrival written as a month alone.
_ARRIVED_IN = re.compile(
    r"\b(?:arrived|came|flew|launched|docked|joined)\b[^.;]{0,40}?\bin (?:early |mid-|late )?"
    rf"(?P<month>{'|'.join(lx.MONTHS)})(?:,? (?P<year>\d{{4}}))?\b"
)


#: What joins the people who came with someone to that arrival: "... in July with NASA's F and G".
_WITH = re.compile(r"\s+(?:together\s+)?with\b[^.;]*")


@dataclass(frozen=True, slots=True)
class Bounds:
    """A resident's stay as the sightings bound it; None where they do not."""

    aboard_since: date | None
    gone_by: date | None


def lead_day(article: Article, published: date | None) -> date | None:
    """The day the article's lead sentence reports ("... docked on Friday"), else its publication day."""
    if published is None:
        return None
    # The earliest: a dateline's own date may stand in the lead before the news's day.
    days = [day.day for day in _days(_lead(article), published) if published - LEAD_REACH <= day.day <= published]
    return min(days, default=published)


def _lead(article: Article) -> str:
    """The lead: the first sentence after the dateline that is prose (a headline line ends in no full stop)."""
    start = article.dateline_end()
    for sentence in article.sentences:
        if sentence.end > start and sentence.text.rstrip().endswith((".", "!", "?", "\u201d", '"')):
            return sentence.text
    return ""


def _days(text: str, published: date) -> list[Day]:
    """The days `text` names, placed against `published`; none where the reader refuses them."""
    try:
        return find_days(text, published)
    except TimeRefused:
        return []


def _name_at(text: str, phrases: Iterable[str]) -> int:
    """Where `text` first names the person by one of `phrases`, or -1."""
    return min((where for phrase in phrases if phrase and (where := text.find(phrase)) >= 0), default=-1)


def sighting_days(sentence: Sentence, phrases: Iterable[str], published: date | None, lead: date | None) -> set[date]:
    """The days a sentence places someone aboard: its article's `lead` day, and a past day written after their name.

    A sentence that places someone aboard says they are there in the news it reports
    ("were greeted by X", "X, who has lived aboard since March 18"); a day it writes after
    the name ("since March 18", "arrived on June 6") places them aboard then too.
    """
    found = {lead} if lead is not None else set()
    if published is None:
        return found
    at = _name_at(sentence.text, phrases)
    if at >= 0:
        stated = [day for day in _days(sentence.text, published) if day.start > at and day.day <= published]
        if stated and not _arrived_on(sentence.text, at, stated[0]):
            found.add(stated[0].day)
    return found


#: "A and B arrived at the station on September 11": the day of their own arrival.
_ARRIVED_ON = re.compile(r"\b(?:arrived|came|flew|launched|docked|joined|reached)\b")


def _arrived_on(text: str, at: int, day: Day) -> bool:
    """Whether an arrival verb stands between the name at `at` and the `day` written after it."""
    return _ARRIVED_ON.search(text, at, day.start) is not None


def arrival_day(sentence: Sentence, phrases: Iterable[str], published: date | None) -> date | None:
    """The day a sentence says the person arrived ("A and B arrived on September 11"): aboard from then.

    A bound for them only, like `arrival_month`: it is no sighting of who else is aboard
    (others may have been there all along).
    """
    at = _name_at(sentence.text, phrases)
    if published is None or at < 0:
        return None
    stated = [day for day in _days(sentence.text, published) if day.start > at and day.day <= published]
    return stated[0].day if stated and _arrived_on(sentence.text, at, stated[0]) else None


def arrival_month(sentence: Sentence, phrases: Iterable[str], published: date | None) -> date | None:
    """The day by which an arrival written as a month after the person's name had them aboard.

    "C and D, who came up on a Soyuz in September", "E, who arrived in July with F": aboard
    by the month's last day. Only where the sentence writes no day after the name (a day
    says more), and only a bound for them: it is no sighting of who else is aboard.
    """
    text = sentence.text
    at = _name_at(text, phrases)
    if published is None or at < 0 or any(day.start > at for day in _days(text, published)):
        return None
    arrived = next(
        (
            match
            for match in _ARRIVED_IN.finditer(text)
            if match.start() > at or (match.end() <= at and _WITH.fullmatch(text, match.end(), at))
        ),
        None,
    )
    return month_end(arrived, published) if arrived else None


def month_end(arrived: re.Match[str], published: date) -> date | None:
    """The last day of the month a match names (its "month" and "year" groups), the latest one not after `published`."""
    month = lx.MONTHS.index(arrived["month"]) + 1
    year = int(arrived["year"]) if arrived["year"] else published.year - (month > published.month)
    if date(year, month, 1) > published:
        return None
    return min(date(year, month, calendar.monthrange(year, month)[1]), published)


def resident_bounds(
    sightings: Mapping[str, Sequence[tuple[str, Sentence]]],
    phrases: Mapping[str, Sequence[str]],
    articles: Sequence[Article],
    published: Mapping[str, date | None],
    crew_arrival: date | None,
) -> dict[str, Bounds]:
    """The bounds of each resident's stay, by person id.

    `sightings` gives, per resident, the (document, sentence) pairs placing them
    aboard; `crew_arrival` is the day the flight's own crew came aboard, itself a
    sighting of the station's people that names none of the residents.
    """
    by_id = {article.id: article for article in articles}
    leads = {doc: lead_day(article, published.get(doc)) for doc, article in by_id.items()}
    seen: dict[str, set[date]] = {}
    months: dict[str, set[date]] = {}
    for person, pairs in sightings.items():
        for doc, sentence in pairs:
            article = by_id.get(doc)
            if article is None:
                continue
            days = sighting_days(sentence, phrases.get(person, ()), published.get(doc), leads.get(doc))
            seen.setdefault(person, set()).update(days)
            for bound in (
                arrival_month(sentence, phrases.get(person, ()), published.get(doc)),
                arrival_day(sentence, phrases.get(person, ()), published.get(doc)),
            ):
                if bound is not None:
                    months.setdefault(person, set()).add(bound)
    # Every day on which the station's people are sighted, with who is sighted then.
    snapshots: dict[date, set[str]] = {}
    for person, days in seen.items():
        for day in days:
            snapshots.setdefault(day, set()).add(person)
    if crew_arrival is not None:
        snapshots.setdefault(crew_arrival, set())
    bounds: dict[str, Bounds] = {}
    for person, days in seen.items():
        first, last = min(days | months.get(person, set())), max(days)
        earlier = any(day <= first - GAP and person not in who for day, who in snapshots.items())
        later = sorted(day for day, who in snapshots.items() if day >= last + GAP and who and person not in who)
        bounds[person] = Bounds(first if earlier else None, later[0] if later else None)
    return bounds


def _words(name: str) -> list[str]:
    """The words of a name a sentence may name the person by alone ("Williams", "Wang")."""
    return [word for word in name.split() if len(word) > 2 and word[0].isupper()]


def bound_stays(
    occupants: Sequence[s.OccupantSpec],
    aboard: Mapping[int, Sequence[tuple[str, Sentence]]],
    persons: Mapping[int, s.PersonSpec],
    articles: Sequence[Article],
    published: Mapping[str, date | None],
    events: Sequence[s.EventSpec],
    notes: list[str],
) -> list[s.OccupantSpec]:
    """The occupants, each resident's stay bounded where its arrival or departure event is not given."""
    sightings = {persons[key].id: pairs for key, pairs in aboard.items() if key in persons}
    names = {person.id: person for person in persons.values()}
    phrases = {person.id: [person.name, *person.aliases, *_words(person.name)] for person in persons.values()}
    arrivals = {item.arrives_with for item in occupants if item.arrives_with}
    crew_arrival = min(
        (
            date.fromisoformat(claim.time[:10])
            for event in events
            if event.id in arrivals
            for claim in event.claims
            if claim.time
        ),
        default=None,
    )
    bounds = resident_bounds(sightings, phrases, articles, published, crew_arrival)
    days = {event.id: [date.fromisoformat(claim.time[:10]) for claim in event.claims if claim.time] for event in events}
    bounded: list[s.OccupantSpec] = []
    for item in occupants:
        found = bounds.get(item.person)
        update: dict[str, str] = {}
        leaving = days.get(item.leaves_with or "", [])
        if found is not None and found.aboard_since is not None and any(day < found.aboard_since for day in leaving):
            # A stay cannot begin after the departure the draft gives it: one of the two is
            # another flight's, and `check` would refuse the pair. The departure is the stronger.
            notes.append(
                f"{names[item.person].name}: first placed aboard on {found.aboard_since}, after leaving with"
                f" {item.leaves_with!r}; not bounded"
            )
            found = replace(found, aboard_since=None)
        if found is not None and item.arrives_with is None and found.aboard_since is not None:
            update["aboard_since"] = found.aboard_since.isoformat()
            notes.append(
                f"{names[item.person].name}: arrival not given; first placed aboard on {found.aboard_since},"
                " well after the station's people were named without them: drafted aboard from then"
            )
        # The flight's own crew stay as the flight's events say: only residents are bounded by absence.
        if (
            found is not None
            and item.arrives_with is None
            and item.leaves_with is None
            and found.gone_by is not None
            and (item.gone_by is None or found.gone_by.isoformat() < item.gone_by)
        ):
            update["gone_by"] = found.gone_by.isoformat()
            notes.append(
                f"{names[item.person].name}: departure not given; the station's people named on {found.gone_by}"
                " leave them out: drafted as gone by then"
            )
        bounded.append(item.model_copy(update=update) if update else item)
    return bounded
