"""Showing dossier times in UTC, Moscow time or the local zone.

Pure functions with no UI, shared by the exports and the dashboard. The dossier
stores aware UTC datetimes; these only change how they are shown.

A time known only to the day is a calendar date as the articles state it, not
midnight UTC, so it is shown as that date in every zone (moving midnight UTC to
a zone west of Greenwich would otherwise show the day before).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Literal

from soyuztui.dossier.model import Precision

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
