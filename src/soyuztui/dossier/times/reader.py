"""Reading the times an excerpt states, as news English writes them.

`read_times` finds every clock time and every day the text names and pairs
each clock time with the day words nearest it ("at 0855 GMT on Tuesday"). A day
named with no clock time is a reading of its own, to the day. A clock time and
its equivalent in parentheses ("10:40am (4:40am GMT)") are one time: the one
with a zone word decides. Zones come from the words after the time; a bare time
takes the claim's or the document's zone (`zone`), and is refused when none is
known: never taken as UTC, nor as a zone the excerpt names for another time
("8.45pm New York time, or shortly before 1am in London").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from dateutil import parser as dateparser

from soyuztui.dossier.model import Precision
from soyuztui.dossier.times.base import Reading, TimeRefused, quoted
from soyuztui.dossier.times.clocks import Clock, find_clocks, zone_after_days
from soyuztui.dossier.times.days import Day, day_spans, find_days
from soyuztui.dossier.times.durations import Duration, read_durations
from soyuztui.dossier.times.zones import place, region, zone_of

__all__ = [
    "Duration",
    "Moment",
    "Reading",
    "TimeError",
    "TimeRefused",
    "claim_text",
    "format_moment",
    "parse_claimed",
    "phrases",
    "read_durations",
    "read_times",
]

# Its day words taken out, what joins a time to its equivalent: "(", "/", "(on … at", "(…, ".
_EQUIVALENT = re.compile(r"[\s,]*(?:on\s+)?[\s,]*(?:[(\[]|/)(?:[\s,]|\b(?:on|at)\b)*")
_CLOSE = re.compile(r"[^()\[\]]{0,60}?[)\]]")
#: What may stand between a clock time and the day written after it ("1710 GMT Friday", "1710 GMT, on Friday").
_BESIDE = re.compile(r"[\s,]*(?:on\s+)?")
_LATEST_OFFSET, _EARLIEST_OFFSET = timedelta(hours=14), timedelta(hours=-12)


class TimeError(ValueError):
    """A time in the mission file is not in a form we accept."""


@dataclass(frozen=True, slots=True)
class Moment:
    """A time a mission file claims: a UTC minute, or a day."""

    time: datetime
    precision: Precision
    zone: str | None = None

    def key(self, precision: Precision) -> str:
        """This moment as text at `precision`, for comparing claims."""
        return format_moment(self.time, precision)


def format_moment(moment: datetime, precision: Precision) -> str:
    """ISO text of a UTC moment: a date, or a minute ending in Z."""
    moment = moment.astimezone(UTC)
    if precision == "day":
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%dT%H:%MZ")


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


def claim_text(reading: Reading) -> str:
    """A reading as a mission file claims it: a UTC minute ending in Z, or the day it names (in its zone)."""
    if reading.precision == "day":
        return reading.time.astimezone(zone_of(reading.zone)).date().isoformat()
    return format_moment(reading.time, "minute")


def midnight(day: date, zone: str | None) -> datetime:
    """The instant day `day` starts in `zone` (UTC when None), as UTC."""
    return datetime.combine(day, time()).replace(tzinfo=zone_of(zone)).astimezone(UTC)


@dataclass(slots=True)
class _Group:
    """A clock time, with its equivalent in parentheses if any, and the days that belong to each."""

    main: Clock
    alternative: Clock | None = None
    end: int = 0
    day: Day | None = None
    alternative_day: Day | None = None


def _equivalent(text: str, start: int, end: int, days: list[Day]) -> bool:
    """Whether text[start:end] joins a time to its equivalent: "(", "/", maybe after a day ("EDT Friday (")."""
    gap = text[start:end]
    for day in days:
        if start <= day.start and day.end <= end:
            gap = gap.replace(day.text, " ", 1)
    return _EQUIVALENT.fullmatch(gap) is not None


def _groups(text: str, clocks: list[Clock], days: list[Day]) -> list[_Group]:
    groups: list[_Group] = []
    index = 0
    while index < len(clocks):
        clock = clocks[index]
        group = _Group(clock, end=clock.reach)
        if index + 1 < len(clocks) and _equivalent(text, clock.reach, clocks[index + 1].start, days):
            other = clocks[index + 1]
            group.alternative, group.end = other, other.reach
            # The day words written with the equivalent are its own, wherever they stand in it:
            # "(Friday 1710 GMT)", "(1710 GMT Friday)", "/ 1710 GMT Friday".
            opener = max(text.rfind(mark, clock.reach, other.start) for mark in "([/")
            within = [d for d in days if opener < d.start and d.end <= other.start]
            if close := _CLOSE.match(text, other.reach):
                group.end = close.end()
                within += [d for d in days if other.end <= d.start and d.end <= group.end]
            elif other.reach > other.end:  # "(10:05 a.m. Friday, March 4, Kazakhstan time" without its ")"
                within += [d for d in days if other.end <= d.start and d.end <= other.reach]
            elif following := next((d for d in days if _BESIDE.fullmatch(text, other.end, d.start)), None):
                within.append(following)  # "1:10 a.m. Saturday Beijing time / 1710 GMT Friday"
                group.end = following.end
            group.alternative_day = within[0] if within else None
            index += 1
        groups.append(group)
        index += 1
    taken = {id(group.alternative_day) for group in groups if group.alternative_day}
    free = [day for day in days if id(day) not in taken]
    for group in groups:
        if free:
            group.day = min(free, key=lambda d: max(d.start - group.end, group.main.start - d.end, 0))
    return groups


@dataclass(frozen=True, slots=True)
class _Placed:
    time: datetime
    zone: str
    explicit: bool  # the zone came from a zone word written with the time
    word: str | None


class _Reader:
    def __init__(self, today: date | None, context: str | None) -> None:
        self.today, self.context = today, context

    def place(self, clock: Clock, day: date | None) -> _Placed:
        if day is None:
            if self.today is None:
                raise TimeRefused(
                    f"{quoted(clock.text)} names no day and the document has no date: "
                    'give the document published = "YYYY-MM-DD", or choose an excerpt that names the day'
                )
            day = self.today
        local = datetime.combine(day + timedelta(days=clock.next_day), time(clock.hour, clock.minute))
        moment, label = place(local, clock.zone, clock.text, self.context)
        explicit = clock.zone is not None and not clock.zone.local
        return _Placed(moment, label, explicit, " ".join(clock.zone_text.split()) if explicit else None)

    def alternative(self, group: _Group, main: _Placed | None, day: date | None) -> _Placed | None:
        """The parenthesised equivalent, on the day that makes it the same time as the main one."""
        other = group.alternative
        assert other is not None
        if group.alternative_day is not None:
            return self.place(other, group.alternative_day.day)
        base = day or self.today
        if base is None:
            return None
        candidates = []
        for shift in (-1, 0, 1):
            try:
                candidates.append(self.place(other, base + timedelta(days=shift)))
            except TimeRefused:
                continue
        if main is not None:
            return min(candidates, key=lambda c: abs(c.time - main.time), default=None)
        local = datetime.combine(base + timedelta(days=group.main.next_day), time(group.main.hour, group.main.minute))
        fitting = [
            c
            for c in candidates
            if _EARLIEST_OFFSET <= local - c.time.replace(tzinfo=None) <= _LATEST_OFFSET
            and (local - c.time.replace(tzinfo=None)) % timedelta(minutes=15) == timedelta(0)
        ]
        if len(fitting) > 1:
            raise TimeRefused(
                f"{quoted(group.main.text + ' … ' + other.text)}: cannot tell which day the zoned time falls on; "
                "choose an excerpt that names its day"
            )
        return fitting[0] if fitting else None

    def nearest(self, clock: Clock, around: date, target: datetime) -> _Placed:
        """`clock` on the day before, of or after `around` that makes it nearest `target`."""
        candidates: list[_Placed] = []
        refusal: TimeRefused | None = None
        for shift in (-1, 0, 1):
            try:
                candidates.append(self.place(clock, around + timedelta(days=shift)))
            except TimeRefused as error:
                refusal = error
        if not candidates:
            assert refusal is not None
            raise refusal
        return min(candidates, key=lambda candidate: abs(candidate.time - target))

    def group(self, group: _Group) -> list[tuple[_Placed, bool]]:
        """The readings of one clock time (two only when it and its equivalent disagree)."""
        day = group.day.day if group.day else None
        main: _Placed | None = None
        other: _Placed | None = None
        refusal: TimeRefused | None = None
        if day is None and group.alternative is not None and group.alternative_day is not None:
            # "11:05 p.m. EST (10:05 a.m. Friday, March 4, ...)": the day in the parentheses
            # is the whole phrase's; the main clock falls on the day that makes it the same time.
            try:
                other = self.place(group.alternative, group.alternative_day.day)
                main = self.nearest(group.main, group.alternative_day.day, other.time)
            except TimeRefused as error:
                refusal = error
        else:
            try:
                main = self.place(group.main, day)
            except TimeRefused as error:
                refusal = error
            if group.alternative is None:
                if main is None:
                    assert refusal is not None
                    raise refusal
                return [(main, group.main.approximate)]
            other = self.alternative(group, main, day)
            if day is None and main is not None and other is not None and main.explicit and other.explicit:
                self.one_day(group, main, other)
        assert group.alternative is not None
        approximate = group.main.approximate or group.alternative.approximate
        if main is not None and other is not None and main.explicit and other.explicit:
            if main.time == other.time:
                return [(main, approximate)]
            return [(main, approximate), (other, approximate)]
        if other is not None and other.explicit:
            return [(other, approximate)]
        if main is not None:
            return [(main, approximate)]
        if other is not None:
            return [(other, approximate)]
        assert refusal is not None
        raise refusal

    def one_day(self, group: _Group, main: _Placed, other: _Placed) -> None:
        """Refuse a clock and its zoned equivalent, with no day named, that fall on two dates.

        "12:23 a.m. Beijing time (1623 GMT)" on a page dated the 15th is the 15th in
        Beijing or the 15th in GMT, a day apart: the page's date does not say which.
        """
        assert group.alternative is not None and self.today is not None
        try:
            on_today = self.place(group.alternative, self.today)
        except TimeRefused:
            return
        if on_today.time != other.time:
            raise TimeRefused(
                f"{quoted(group.main.text + ' … ' + group.alternative.text)} falls on two dates in its two zones "
                "and names no day, so the publication date does not say which; choose an excerpt that names the day"
            )


def _today(published: date | datetime | None, context: str | None) -> date | None:
    if isinstance(published, datetime):
        if published.tzinfo is not None and context is not None:
            published = published.astimezone(region(context))
        return published.date()
    return published


# Cached: syndicated copies give `check` the same excerpt on the same day many times over
# (the readings are immutable; a refusal is not cached and is raised again).
@lru_cache(maxsize=4096)
def read_times(
    text: str, *, published: date | datetime | None, zone: str | None, on: date | None = None
) -> tuple[Reading, ...]:
    """Every time `text` states, read against its publication date, in text order.

    `zone` is the IANA zone of the claim or its document, for clock times written
    without a zone word and for "local time". `on` is the day another excerpt of the
    same article gives a clock time written with no day ("docked on Saturday" for "at
    12:23 a.m. Beijing time (1623 GMT)"): the first-written clock falls on it, as if the
    phrase named it. Raises TimeRefused, naming the words, for a time that cannot be
    placed without guessing.
    """
    if zone is not None:
        try:
            region(zone)
        except ValueError as error:
            raise TimeRefused(str(error)) from None
    try:
        return _read(text, _today(published, zone), zone, on)
    except OverflowError:  # "tomorrow" in an article of 9999-12-31
        raise TimeRefused(f"{quoted(text)} names a time outside the calendar (years 1 to 9999)") from None


def _read(text: str, today: date | None, zone: str | None, on: date | None = None) -> tuple[Reading, ...]:
    clocks = find_clocks(text)
    days = find_days(text, today, [clock.start for clock in clocks])
    spans = [(day.start, day.end) for day in days]
    clocks = [zone_after_days(text, clock, spans) for clock in clocks]
    reader = _Reader(today, zone)
    groups = _groups(text, clocks, days)
    if on is not None:
        for group in groups:
            if group.day is None and group.alternative_day is None:
                group.day = Day(group.main.start, group.main.start, on, "")
    readings: list[Reading] = []
    used: set[int] = set()
    for group in groups:
        for placed, approximate in reader.group(group):
            start, end = group.main.start, group.end
            if group.day is not None:
                used.add(id(group.day))
                start, end = min(start, group.day.start), max(end, group.day.end)
            readings.append(Reading(placed.time, "minute", approximate, placed.zone, (start, end), placed.word))
        if group.alternative_day is not None:
            used.add(id(group.alternative_day))
    for day in days:
        if id(day) not in used:
            moment = midnight(day.day, zone)
            readings.append(Reading(moment, "day", day.approximate, zone, (day.start, day.end)))
    return tuple(sorted(readings, key=lambda reading: reading.span))


@lru_cache(maxsize=4096)
def phrases(text: str) -> tuple[tuple[int, int], ...]:
    """Where each time phrase of `text` stands, as `read_times` would group it, without reading it.

    A phrase is a clock time with its equivalent in parentheses, its day words and
    zone word, or a day named alone; the span is what to cite so the phrase is read whole.
    """
    try:
        clocks = find_clocks(text)
    except TimeRefused:  # "13:05 p.m." is no time to cite
        clocks = []
    spans = day_spans(text)
    days = [Day(start, end, date.min, text[start:end]) for start, end in spans]
    clocks = [zone_after_days(text, clock, spans) for clock in clocks]
    found: list[tuple[int, int]] = []
    used: set[int] = set()
    for group in _groups(text, clocks, days):
        start, end = group.main.start, group.end
        for day in (group.day, group.alternative_day):
            if day is not None and (day is group.alternative_day or _near(text, day, start, end)):
                used.add(id(day))
                start, end = min(start, day.start), max(end, day.end)
        found.append((start, end))
    found += [(day.start, day.end) for day in days if id(day) not in used]
    # Cached: a syndicated story repeats its sentences word for word across articles.
    return tuple(sorted(found))


def _near(text: str, day: Day, start: int, end: int) -> bool:
    """Whether only spaces, commas, "on" or "at" part a day from its clock phrase."""
    gap = text[day.end : start] if day.end <= start else text[end : day.start]
    return len(gap) <= 12 and re.fullmatch(r"[\s,]*(?:(?:on|at)\b)?[\s,]*", gap) is not None
