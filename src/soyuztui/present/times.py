"""Times as people read them: zones, formats, countdowns, elapsed time and speeds.

Pure functions with no UI, shared by the exports and the dashboard. The dossier
stores aware UTC datetimes; these only change how they are shown.

A time known only to the day is a calendar date as the articles state it, not
midnight UTC, so it is shown as that date in every zone (moving midnight UTC to
a zone west of Greenwich would otherwise show the day before).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Literal

from soyuztui.dossier.model import Event, Precision

ZoneName = Literal["utc", "moscow", "local"]

#: The zones a user may choose, as the `--tz` option spells them.
ZONE_NAMES: tuple[ZoneName, ...] = ("utc", "moscow", "local")

#: Moscow time: UTC+3 all year since 2014.
MOSCOW = timezone(timedelta(hours=3), "MSK")


def to_zone(moment: datetime, zone: ZoneName) -> datetime:
    """`moment` (aware) as the wall-clock time in `zone`."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: dossier times are aware")
    if zone == "utc":
        return moment.astimezone(UTC)
    if zone == "moscow":
        return moment.astimezone(MOSCOW)
    if zone == "local":
        return moment.astimezone()
    raise ValueError(f"unknown time zone {zone!r}: choose one of {', '.join(ZONE_NAMES)}")


def zone_label(moment: datetime, zone: ZoneName) -> str:
    """The short name shown after a time in `zone`: UTC, MSK, or the local abbreviation."""
    if zone == "utc":
        return "UTC"
    if zone == "moscow":
        return "MSK"
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
    """A phrase naming the zone, for headings: "UTC", "Moscow time (UTC+3)", "local time"."""
    return {"utc": "UTC", "moscow": "Moscow time (UTC+3)", "local": "local time"}[zone]


def zone_choice_label(zone: ZoneName) -> str:
    """A short label for the zone as a choice (header, notices): UTC, MSK, or "local CET"."""
    if zone == "utc":
        return "UTC"
    if zone == "moscow":
        return "MSK"
    name = datetime.now().astimezone().tzname() or "local"
    return f"local {name}" if name not in ("UTC", "local") else "local"


def next_zone(zone: ZoneName) -> ZoneName:
    """The zone after `zone`, cycling UTC → Moscow → local."""
    return ZONE_NAMES[(ZONE_NAMES.index(zone) + 1) % len(ZONE_NAMES)]


def clock_text(moment: datetime, zone: ZoneName) -> str:
    """`2021-10-05 11:55:00 MSK`: a full mission-clock reading."""
    return f"{to_zone(moment, zone):%Y-%m-%d %H:%M:%S} {zone_choice_label(zone)}"


def event_time_text(event: Event, zone: ZoneName) -> str:
    """An event's time as the sources allow: a minute, a date, or 'time not reported'."""
    return moment_text(event.time, event.precision, zone)


def moment_text(moment: datetime | None, precision: Precision | None, zone: ZoneName) -> str:
    """A time at its precision, without the zone's name; date-only moments stay dates."""
    if moment is None or precision is None:
        return "time not reported"
    if precision == "day":
        return f"{moment.astimezone(UTC):%Y-%m-%d}"
    return f"{to_zone(moment, zone):%Y-%m-%d %H:%M}"


def span_text(delta: timedelta) -> str:
    """A duration as `3d 04:05:06` (days only when there are some)."""
    seconds = int(abs(delta).total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return f"{days}d {clock}" if days else clock


def countdown_text(now: datetime, launch: datetime | None) -> str:
    """`T−00:10:00` before launch, `T+3d 04:05:06` after; empty when launch is unknown."""
    if launch is None:
        return ""
    sign = "T−" if now < launch else "T+"
    return sign + span_text(now - launch)


def speed_text(speed: float) -> str:
    """A speed step as people say it: 1×, 60×, 1 h/s, 1 d/s."""
    if speed >= 86400 and speed % 86400 == 0:
        return f"{int(speed // 86400)} d/s"
    if speed >= 3600 and speed % 3600 == 0:
        return f"{int(speed // 3600)} h/s"
    if speed == int(speed):
        return f"{int(speed)}×"
    return f"{speed:g}×"
