"""The time phrases of a sentence, found and read by the one time reader that `check` uses.

The draft cuts each excerpt around one phrase and asks the reader what the excerpt
means, so a claim is written only when `check` will read it the same way. A clock
time written without a zone word takes the zone the same sentence writes for its
other clock times ("about 1:20 a.m. EDT Thursday and landed … at 12:43 a.m. Friday"),
or the article's own zone; the draft writes that zone into the claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from soyuztui.dossier.firsts import quick
from soyuztui.dossier.times.clocks import find_clocks
from soyuztui.dossier.times.days import day_spans
from soyuztui.dossier.times.reader import TimeRefused, claim_text, phrases, read_times
from soyuztui.dossier.times.zones import PLACES, ZONE_PATTERN, place_zone, zone_word
from soyuztui.draft.lexicon import first_letters

_NUMBER = r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_QUALIFIER = r"(?:(?:about|around|approximately|nearly|almost|some|roughly)\s+)?"
DURATION = quick(
    rf"\b(?:[Ii]n\s+{_QUALIFIER}{_NUMBER}\s+(?:days|hours|weeks)\b(?!\s+(?:ago|before|earlier))"
    rf"|[Aa]fter\s+(?:spending\s+)?{_QUALIFIER}{_NUMBER}\s+(?:days|hours)\b"
    rf"|{_QUALIFIER}{_NUMBER}\s+(?:hours|minutes|days)\s+after\s+(?P<anchor>launch|liftoff|lift-off|blast-?off|take-?off|docking)\b"
    rf"|(?:\d+|{_NUMBER})-day\s+(?:mission|flight|trip|stay|expedition|visit)\b"
    rf"|\bspend\s+{_QUALIFIER}{_NUMBER}\s+(?:days|weeks?)\s+in\s+(?:space|orbit)\b"
    rf"|lasted\s+{_QUALIFIER}{_NUMBER}\s+(?:hours|minutes)\b)",
)
# A zone word never starts inside a word: the lookbehind lets a scan pass mid-word positions
# at once instead of trying every alternative there (a third of the time on long texts).
_ZONE_WORD = quick(r"(?<![A-Za-z])" + ZONE_PATTERN)
_CLOCKISH = re.compile(r"\d|(?i:noon|midday|midnight)")
# A place is read only as a name (capitalised), so "china" in a URL or "india ink" is none.
_PLACE_NAMES = [" ".join(word.capitalize() for word in name.split()) for name in PLACES]
_PLACE = re.compile(first_letters(_PLACE_NAMES) + r"\b(?:" + "|".join(_PLACE_NAMES) + r")\b")


@dataclass(frozen=True, slots=True)
class Found:
    """A time phrase or a duration in a text: its span, and for a duration the event it counts from."""

    start: int
    end: int
    kind: str  # "moment" or "duration"
    anchor: str | None = None


def expressions(text: str, start: int, end: int) -> list[Found]:
    """Time phrases (as the reader groups them) and durations in `text[start:end]`."""
    found = [Found(start + left, start + right, "moment") for left, right in phrases(text[start:end])]
    for match in DURATION.finditer(text, start, end):
        anchor = match.group("anchor")
        if anchor:
            anchor = "docking" if anchor == "docking" else "launch"
        found.append(Found(match.start(), match.end(), "duration", anchor))
    return sorted(found, key=lambda item: item.start)


def states_time(text: str) -> bool:
    """Whether `text` names a day or a clock time."""
    if day_spans(text):  # the day words alone: grouping them with clock times into phrases is not needed
        return True
    return states_clock(text)


@lru_cache(maxsize=4096)  # a claim's excerpt is asked twice (its zone, then why it is unread)
def states_clock(text: str) -> bool:
    """Whether `text` writes a clock time."""
    try:
        return bool(find_clocks(text))
    except TimeRefused:
        return False


def states_zoned_clock(text: str) -> bool:
    """Whether `text` writes a clock time with a zone word ("at 12:01am ET"), as releases and posts do."""
    return _CLOCKISH.search(text) is not None and _ZONE_WORD.search(text) is not None


@lru_cache(maxsize=4096)
def sentence_zone(text: str) -> str | None:
    """The one region whose clock every zone word of `text` names ("EDT", "ET": New York), else None."""
    if _CLOCKISH.search(text) is None:
        return None  # a zone word places clock times only: none here
    regions: set[str | None] = set()
    for match in _ZONE_WORD.finditer(text):
        try:
            word = zone_word(match.group("zone"))
        except (TimeRefused, KeyError):
            return None
        if word.local or word.choices:
            continue
        regions.add(word.region)
    return regions.pop() if len(regions) == 1 else None


def writes_zone(text: str) -> bool:
    """Whether `text` writes any zone word ("EDT", "GMT", "Moscow time", "local time")."""
    return _ZONE_WORD.search(text) is not None


def names_a_place(text: str) -> bool:
    """Whether `text` names a place whose clock is known ("off the Florida coast", "in Houston")."""
    return _PLACE.search(text) is not None


def story_zone(text: str) -> str | None:
    """The one zone of every place `text` names ("China", "Jiuquan": Beijing's clock), else None.

    The clock "local time" means in a story that names places of one zone only.
    """
    zones = {place_zone(match.group(0)) for match in _PLACE.finditer(text)}
    return zones.pop() if len(zones) == 1 else None


def on_day(value: str, day: str, zone: str | None) -> bool:
    """Whether the claim `value` (a UTC minute or a day) falls on `day` as counted in `zone` (None: UTC)."""
    if len(value) == 10 or zone is None:
        return value[:10] == day
    moment = datetime.fromisoformat(value.removesuffix("Z") + "+00:00")
    return moment.astimezone(ZoneInfo(zone)).date().isoformat() == day or value[:10] == day


#: A year written just after a length, in its clause: "a 10-day flight in 2015".
_YEAR_AFTER = re.compile(r"[^.;,]{0,20}?\b(?:in|during)\s+(?P<year>(?:19|20)\d\d)\b")


def in_an_earlier_year(text: str, end: int, published: object) -> bool:
    """Whether the words after a length ending at `end` place it in a year before the page's.

    "became the first of his country to fly, on a 10-day flight in 2015": that length is
    of a flight of that year, not of the one the article (`published` on its day) reports.
    A later year is where a preview puts the flight it is about ("a 14-day mission in 2034").
    """
    match = _YEAR_AFTER.match(text, end)
    return match is not None and isinstance(published, date) and int(match["year"]) < published.year


@lru_cache(maxsize=4096)
def moment_value(
    excerpt: str, published: date | None, zone: str | None, on: date | None = None
) -> tuple[str, str | None, bool] | None:
    """The claim `check` will read from the excerpt, the zone to give it (None: none), and whether it is approximate.

    None when the reader refuses the excerpt or reads several different times in it:
    the check would refuse such a claim. The zone, when one is known, is tried first:
    it places the excerpt's bare clock times and bounds a day it names ("on Saturday"
    in a story from Beijing is Beijing's Saturday); without it, the excerpt must read alone.
    """
    for context in (zone, None) if zone else (None,):
        try:
            found = read_times(excerpt, published=published, zone=context, on=on)
        except TimeRefused:
            continue
        values = {claim_text(reading) for reading in found}
        if len(values) != 1:
            return None
        approximate = all(reading.approximate for reading in found)
        return values.pop(), context if any(reading.zone == context for reading in found) else None, approximate
    return None


__all__ = [
    "DURATION",
    "Found",
    "expressions",
    "in_an_earlier_year",
    "moment_value",
    "on_day",
    "sentence_zone",
    "states_clock",
    "states_time",
    "states_zoned_clock",
    "story_zone",
]
