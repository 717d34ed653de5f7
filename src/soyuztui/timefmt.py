"""Showing times to people: zones, countdowns, elapsed time. No Textual here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from soyuztui.dossier.model import Event, Precision
from soyuztui.zones import MOSCOW, ZONE_NAMES, ZoneName, to_zone

__all__ = ["MOSCOW", "ZONES", "Zone", "clock_text", "countdown_text", "moment_text", "span_text", "speed_text"]

Zone = ZoneName
ZONES = ZONE_NAMES


def zone_label(zone: Zone) -> str:
    """A short label for the zone: UTC, MSK, or the local zone's name."""
    if zone == "utc":
        return "UTC"
    if zone == "moscow":
        return "MSK"
    name = datetime.now().astimezone().tzname() or "local"
    return f"local {name}" if name not in ("UTC", "local") else "local"


def next_zone(zone: Zone) -> Zone:
    """The zone after `zone`, cycling UTC → Moscow → local."""
    return ZONES[(ZONES.index(zone) + 1) % len(ZONES)]


def clock_text(moment: datetime, zone: Zone) -> str:
    """`2021-10-05 11:55:00 MSK`: a full mission-clock reading."""
    return f"{to_zone(moment, zone):%Y-%m-%d %H:%M:%S} {zone_label(zone)}"


def event_time_text(event: Event, zone: Zone) -> str:
    """An event's time as the sources allow: a minute, a date, or 'time not reported'."""
    return moment_text(event.time, event.precision, zone)


def moment_text(moment: datetime | None, precision: Precision | None, zone: Zone) -> str:
    """A time at its precision; date-only moments stay dates (no zone shift)."""
    if moment is None or precision is None:
        return "time not reported"
    if precision == "day":
        # A date-only claim names a calendar day, not a moment: shifting it
        # into another zone would invent a time the articles never gave.
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
