"""Finding time expressions in a sentence, with their spans, for the draft to cite.

The draft cuts each excerpt around one expression and then asks the same reader
that `check` uses what the excerpt means, so a claim is written only when the
check will read it the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from soyuztui.dossier.times.reader import TimeRefused, claim_text, read_durations, read_times

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_ZONE = r"(?:GMT|UTC|MSK|Moscow time)"
CLOCK = re.compile(rf"(?<![\d:.])(?:(?:[01]?\d|2[0-3])[:.][0-5]\d|(?:[01]\d|2[0-3])[0-5]\d)\s*{_ZONE}(?![\w])")
DAY = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})"
    r"(?:,?\s+\d{4})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|tonight|tomorrow|yesterday)\b"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FUTURE = re.compile(
    r"\b(?:will|’ll|'ll|shall|scheduled|set to|is to|are to|due|plans?|planned|expected|ready for|"
    r"going to|to blast|to launch|to lift|upcoming|next)\b",
    re.IGNORECASE,
)
_NUMBER = r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_QUALIFIER = r"(?:(?:about|around|approximately|nearly|almost|some|roughly)\s+)?"
DURATION = re.compile(
    rf"\b(?:[Ii]n\s+{_QUALIFIER}{_NUMBER}\s+(?:days|hours|weeks)\b(?!\s+(?:ago|before|earlier))"
    rf"|[Aa]fter\s+(?:spending\s+)?{_QUALIFIER}{_NUMBER}\s+(?:days|hours)\b"
    rf"|{_QUALIFIER}{_NUMBER}\s+(?:hours|minutes|days)\s+after\s+(?P<anchor>launch|liftoff|lift-off|blast-?off|take-?off|docking)\b"
    rf"|(?:\d+|{_NUMBER})-day\s+(?:mission|flight|trip|stay|expedition|visit)\b"
    rf"|\bspend\s+{_QUALIFIER}{_NUMBER}\s+(?:days|weeks?)\s+in\s+(?:space|orbit)\b"
    rf"|lasted\s+{_QUALIFIER}{_NUMBER}\s+(?:hours|minutes)\b)",
)


@dataclass(frozen=True, slots=True)
class Found:
    """A time expression in a text: its span and what it means, or a duration."""

    start: int
    end: int
    kind: str  # "moment" or "duration"
    anchor: str | None = None


def expressions(text: str, start: int, end: int) -> list[Found]:
    """Moments (a day, a clock time, or both side by side) and durations in `text[start:end]`."""
    days = [(m.start(), m.end()) for m in DAY.finditer(text, start, end)]
    clocks = [(m.start(), m.end()) for m in CLOCK.finditer(text, start, end)]
    found: list[Found] = []
    used: set[tuple[int, int]] = set()
    for clock in clocks:
        near = [day for day in days if day not in used and _gap(text, day, clock) <= 12]
        if near:
            day = min(near, key=lambda item: _gap(text, item, clock))
            used.add(day)
            found.append(Found(min(day[0], clock[0]), max(day[1], clock[1]), "moment"))
        else:
            found.append(Found(clock[0], clock[1], "moment"))
    found += [Found(day[0], day[1], "moment") for day in days if day not in used]
    for match in DURATION.finditer(text, start, end):
        anchor = match.group("anchor")
        if anchor:
            anchor = "docking" if anchor == "docking" else "launch"
        found.append(Found(match.start(), match.end(), "duration", anchor))
    return sorted(found, key=lambda item: item.start)


def _gap(text: str, one: tuple[int, int], other: tuple[int, int]) -> int:
    low, high = sorted((one, other))
    between = text[low[1] : high[0]]
    return len(between) if re.fullmatch(r"[\s,]*(?:on|at)?[\s,]*", between) else 99


def moment_value(excerpt: str, sentence: str, published: date) -> str | None:
    """The claim the check will read from the excerpt: an ISO date or UTC minute, or None.

    None when the reader refuses the excerpt or reads several different times in it:
    the check would refuse such a claim. (`sentence` is kept for callers; the reader
    takes a weekday's direction from the excerpt's own tense, as the check does.)
    """
    try:
        found = read_times(excerpt, published=published, zone=None)
    except TimeRefused:
        return None
    values = {claim_text(reading) for reading in found}
    return values.pop() if len(values) == 1 else None


def duration_delta(excerpt: str) -> tuple[relativedelta, str] | None:
    """The first duration the check's reader finds in the excerpt, and its precision."""
    found = read_durations(excerpt)
    if not found:
        return None
    return found[0].delta, found[0].precision


__all__ = ["CLOCK", "DAY", "DURATION", "Found", "duration_delta", "expressions", "moment_value"]
