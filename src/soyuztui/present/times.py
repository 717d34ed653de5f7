"""Times as people read them: zones, formats, countdowns, elapsed time and speeds.

Pure functions with no UI, shared by the exports and the dashboard. The dossier
stores aware UTC datetimes; these only change how they are shown.

A time known only to the day is a calendar date as the articles state it, not
midnight UTC, so it is shown as that date in every zone (moving midnight UTC to
a zone west of Greenwich would otherwise show the day before).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from soyuztui.dossier.model import Event, Precision, When

#: A zone as the user chooses it: "utc", "local", or an IANA name ("Europe/Moscow").
#: "mission" (the mission file's `[mission] zone`) is resolved to its IANA name first.
ZoneName = str

#: The zones `--tz` names by word; any IANA name is taken as well.
ZONE_CHOICES: tuple[str, ...] = ("utc", "mission", "local")

#: Older spellings still accepted by `--tz`.
ZONE_ALIASES = {"moscow": "Europe/Moscow"}


@cache
def _region(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}: use utc, mission, local or an IANA name") from None


def resolve_zone(choice: str, mission_zone: str | None) -> ZoneName:
    """The zone `choice` names, as shown: "utc", "local", or an IANA name.

    "mission" is the mission's own zone (UTC when the mission file names none);
    an IANA name is checked against the time-zone database. Raises ValueError
    with a message for a person on anything else.
    """
    word = choice.strip()
    lowered = word.lower()
    if lowered in ("utc", "local"):
        return lowered
    if lowered == "mission":
        return mission_zone or "utc"
    if lowered in ZONE_ALIASES:
        return ZONE_ALIASES[lowered]
    _region(word)
    return word


def to_zone(moment: datetime, zone: ZoneName) -> datetime:
    """`moment` (aware) as the wall-clock time in `zone`."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: dossier times are aware")
    if zone == "utc":
        return moment.astimezone(UTC)
    if zone == "local":
        return moment.astimezone()
    return moment.astimezone(_region(ZONE_ALIASES.get(zone, zone)))


def zone_label(moment: datetime, zone: ZoneName) -> str:
    """The short name of `zone` at `moment`, right for the date: UTC, MSK, EDT in October, EST in December.

    Zones the database knows no letters for (Asia/Almaty's "+05") are written as an offset, `UTC+05:00`.
    """
    if zone == "utc":
        return "UTC"
    shown = to_zone(moment, zone)
    name = shown.tzname()
    if name and not name.startswith(("UTC+", "UTC-", "+", "-")):
        return name
    offset = shown.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_time(moment: datetime, precision: Precision | None, zone: ZoneName) -> str:
    """`moment` as text in `zone` at its precision.

    "day" shows the stated date only (`2021-10-17`); "minute" shows the time
    with its zone (`2021-10-05 11:55 MSK`).
    """
    if precision == "day":
        return moment.astimezone(UTC).date().isoformat()
    shown = to_zone(moment, zone)
    return f"{shown:%Y-%m-%d %H:%M} {zone_label(moment, zone)}"


def describe_zone(zone: ZoneName) -> str:
    """A phrase naming the zone, for headings: "UTC", "local time", "Europe/Moscow time"."""
    if zone == "utc":
        return "UTC"
    if zone == "local":
        return "local time"
    return f"{ZONE_ALIASES.get(zone, zone)} time"


def zone_choice_label(zone: ZoneName, moment: datetime | None = None) -> str:
    """A short label for the zone as a choice (header, notices): UTC, MSK, EDT, "local CET" or "local UTC"."""
    moment = moment or datetime.now(UTC)
    if zone == "local":  # the zone's own name, even where local time is UTC
        return f"local {zone_label(moment, 'local')}"
    return zone_label(moment, zone)


def next_zone(zone: ZoneName, mission_zone: str | None) -> ZoneName:
    """The zone after `zone`, cycling UTC → the mission's zone → local (UTC → local without one)."""
    cycle = zone_cycle(mission_zone)
    return cycle[(cycle.index(zone) + 1) % len(cycle)] if zone in cycle else "utc"


def zone_cycle(mission_zone: str | None) -> tuple[ZoneName, ...]:
    """The zones `t` steps through, in order."""
    return ("utc", *([mission_zone] if mission_zone and mission_zone != "utc" else []), "local")


def clock_text(moment: datetime, zone: ZoneName) -> str:
    """`2021-10-05 11:55:00 MSK`: a full mission-clock reading, the zone's name right for the date."""
    return f"{to_zone(moment, zone):%Y-%m-%d %H:%M:%S} {zone_choice_label(zone, moment)}"


def event_time_text(event: Event, zone: ZoneName) -> str:
    """An event's time as the sources allow: a minute, a date, or 'time not reported'."""
    return moment_text(event.when.time, event.when.precision, zone) if event.when else moment_text(None, None, zone)


def moment_text(moment: datetime | None, precision: Precision | None, zone: ZoneName) -> str:
    """A time at its precision, without the zone's name; date-only moments stay dates."""
    if moment is None or precision is None:
        return "time not reported"
    if precision == "day":
        return f"{moment.astimezone(UTC):%Y-%m-%d}"
    return f"{to_zone(moment, zone):%Y-%m-%d %H:%M}"


def short_text(when: When | None, zone: ZoneName) -> str:
    """A time in few words, at its precision: "17 Oct" for a day, "5 Oct 12:12" for a minute."""
    if when is None:
        return "time not reported"
    if when.precision == "day":
        return _day_month(when.time.astimezone(UTC).date())
    shown = to_zone(when.time, zone)
    return f"{_day_month(shown.date())} {shown:%H:%M}"


def _day_month(day: date) -> str:
    return f"{day.day} {day:%b}"


def days_until(now: datetime, when: When) -> int:
    """Whole calendar days from `now` to a day-known `when`, counted in the zone the day was stated in."""
    here = now.astimezone(_region(when.zone) if when.zone else UTC)
    stated = when.time.astimezone(UTC).date()
    return (stated - here.date()).days


def until_text(now: datetime, when: When) -> str:
    """How long until `when`, no finer than it is known.

    A minute counts down to the second (`in 3d 04:05:06`); a day in days
    (`in 12 days · 17 Oct`, `tomorrow · 17 Oct`, `today · 17 Oct`).
    """
    if when.precision == "minute":
        return f"in {span_text(when.time - now)}"  # the minute its row shows, "about" or not
    days = days_until(now, when)
    day = _day_month(when.time.astimezone(UTC).date())
    if days <= 0:
        return f"today · {day}"
    if days == 1:
        return f"tomorrow · {day}"
    return f"in {days} days · {day}"


def length_text(start: When, end: When) -> str:
    """The time between two known moments, no finer than they are known.

    Both to the minute: `11d 15:05`. Either only to the day: the days between
    their dates (`12 days`), the precision the articles give.
    """
    if start.precision == "minute" and end.precision == "minute":
        minutes = int((end.time - start.time).total_seconds()) // 60
        days, rest = divmod(minutes, 24 * 60)
        clock = f"{rest // 60:02d}:{rest % 60:02d}"
        return f"{days}d {clock}" if days else clock
    days = (end.time.astimezone(UTC).date() - start.time.astimezone(UTC).date()).days
    return f"{days} day{'s' if days != 1 else ''}"


def span_text(delta: timedelta) -> str:
    """A duration as `3d 04:05:06` (days only when there are some)."""
    seconds = int(abs(delta).total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return f"{days}d {clock}" if days else clock


def countdown_text(now: datetime, launch: When | None) -> str:
    """`T−00:10:00` before launch, `T+3d 04:05:06` after; empty when launch is unknown.

    A launch known only to the day counts in days: `T−3 days`, `launch day`, `T+2 days`.
    """
    if launch is None:
        return ""
    if launch.precision == "day":
        days = days_until(now, launch)
        if days == 0:
            return "launch day"
        return f"T−{days} day{'s' if days != 1 else ''}" if days > 0 else f"T+{-days} day{'s' if days != -1 else ''}"
    # The minute the timeline's row shows, even when it is "about" that minute.
    sign = "T−" if now < launch.time else "T+"
    return sign + span_text(now - launch.time)


def speed_text(speed: float) -> str:
    """A speed step as people say it: 1×, 60×, 1 h/s, 1 d/s."""
    if speed >= 86400 and speed % 86400 == 0:
        return f"{int(speed // 86400)} d/s"
    if speed >= 3600 and speed % 3600 == 0:
        return f"{int(speed // 3600)} h/s"
    if speed == int(speed):
        return f"{int(speed)}×"
    return f"{speed:g}×"
