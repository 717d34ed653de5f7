"""Reading times and durations out of article text, with python-dateutil.

Articles say "Tuesday", "October 17", "0855 GMT", "In 12 days". Each is read
against the document's date: a weekday can mean the one before or after the
article (the article's tense decides, which a human states in the mission
file), so an excerpt yields every moment it can mean, and a claim is verified
when its value is one of them.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta, weekday
from dateutil.relativedelta import weekdays as WEEKDAYS

from soyuztui.dossier.model import Precision

MOSCOW = timezone(timedelta(hours=3), "MSK")
ZONES: dict[str, timezone] = {"GMT": UTC, "UTC": UTC, "Z": UTC, "MSK": MOSCOW}

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ZONE = r"(GMT|UTC|MSK|Z|Moscow time)"
# "0855 GMT": dateutil would read a bare four-digit number as a year, so a
# four-digit time is only taken with a zone after it, and rewritten as 08:55.
_COMPACT_TIME = re.compile(rf"(?<![\d:.])([01]\d|2[0-3])([0-5]\d)\s*{_ZONE}\b")
_TIME = re.compile(rf"(?<![\d:.])([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*{_ZONE}\b)?")
_MONTH_DAY = re.compile(
    rf"\b(?:({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS}))\b"
    r"(?:,?\s+(\d{4}))?",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")\b", re.IGNORECASE)
_RELATIVE_DAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_RELATIVE = re.compile(r"\b(today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
_DURATION = re.compile(
    r"\b(?:(about|around|approximately|nearly|almost|some|roughly)\s+)?"
    r"(\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")[\s-]+"
    r"(minute|hour|day|week|month)s?\b",
    re.IGNORECASE,
)


class TimeError(ValueError):
    """A time in the mission file is not in a form we accept."""


@dataclass(frozen=True, slots=True)
class Moment:
    """A point in time at a precision, and the zone the text used (if any)."""

    time: datetime
    precision: Precision
    zone: str | None = None

    def key(self, precision: Precision) -> str:
        """This moment as text at `precision`, for comparing claims."""
        return format_moment(self.time, precision)


@dataclass(frozen=True, slots=True)
class Duration:
    """A stretch of time an excerpt states ("about 3.5 hours")."""

    delta: relativedelta
    approximate: bool
    precision: Precision


def format_moment(time: datetime, precision: Precision) -> str:
    """ISO text of a UTC moment: a date, or a minute ending in Z."""
    time = time.astimezone(UTC)
    if precision == "day":
        return time.date().isoformat()
    return time.strftime("%Y-%m-%dT%H:%MZ")


def parse_claimed(value: str) -> Moment:
    """Read a time written in a mission file: `2021-10-17` or `2021-10-05T08:55Z`."""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            day = date.fromisoformat(text)
        except ValueError as error:
            raise TimeError(f"not a date: {value!r} ({error})") from None
        return Moment(datetime(day.year, day.month, day.day, tzinfo=UTC), "day")
    try:
        parsed = dateparser.isoparse(text)
    except ValueError:
        raise TimeError(f"not an ISO date or time: {value!r}") from None
    if parsed.tzinfo is None:
        raise TimeError(f"time {value!r} has no zone: write UTC times ending in Z")
    try:
        utc = parsed.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:00-05:00 is in the year 10000
        raise TimeError(f"time {value!r} is out of range") from None
    return Moment(utc.replace(second=0, microsecond=0), "minute")


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _days(excerpt: str, published: date) -> list[date]:
    """Every day the excerpt can name, read against the publication date."""
    default = _midnight(published)
    days: list[date] = []
    for match in _MONTH_DAY.finditer(excerpt):
        try:
            days.append(dateparser.parse(match.group(0), default=default).date())
        except (ValueError, OverflowError):
            continue
    # Near date.min or date.max, "Friday" or "tomorrow" may fall off the calendar.
    for match in _WEEKDAY.finditer(excerpt):
        day: weekday = WEEKDAYS[_WEEKDAY_NAMES.index(match.group(1).lower())]
        for direction in (-1, +1):
            with suppress(OverflowError, ValueError):
                days.append((default + relativedelta(weekday=day(direction))).date())
    for match in _RELATIVE.finditer(excerpt):
        with suppress(OverflowError):
            days.append(published + timedelta(days=_RELATIVE_DAY[match.group(1).lower()]))
    return list(dict.fromkeys(days))


def _zone(name: str | None) -> tuple[timezone, str | None]:
    if not name:
        return UTC, None
    label = "MSK" if name.lower() == "moscow time" else name.upper()
    return ZONES[label], label


def readings(excerpt: str, published: date) -> list[Moment]:
    """Every moment the excerpt can mean, read against the publication date."""
    text = _COMPACT_TIME.sub(r"\1:\2 \3", excerpt)
    days = _days(text, published)
    times = list(_TIME.finditer(text))
    if not times:
        return [Moment(_midnight(day).replace(tzinfo=UTC), "day") for day in days]
    moments: list[Moment] = []
    for day in days or [published]:
        for match in times:
            zone, label = _zone(match.group(3))
            hour, minute = int(match.group(1)), int(match.group(2))
            local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
            with suppress(OverflowError):  # 01:00 MSK on 1 January of the year 1 is before UTC's
                moments.append(Moment(local.astimezone(UTC), "minute", label))
    return moments


def durations(excerpt: str) -> list[Duration]:
    """Every duration the excerpt states."""
    found: list[Duration] = []
    for match in _DURATION.finditer(excerpt):
        qualifier, number, unit = match.group(1), match.group(2).lower(), match.group(3).lower()
        amount = float(_NUMBER_WORDS.get(number, 0) or number)
        try:
            if unit == "month":
                delta = relativedelta(months=int(amount))
            elif unit == "week":
                delta = relativedelta(days=int(amount * 7))
            else:
                delta = relativedelta(**{f"{unit}s": amount}).normalized()
        except (OverflowError, ValueError):  # "99999999999 months" is no duration
            continue
        precision: Precision = "day" if unit in ("day", "week", "month") else "minute"
        found.append(Duration(delta, approximate=qualifier is not None, precision=precision))
    return found
