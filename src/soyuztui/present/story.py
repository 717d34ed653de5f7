"""The stretch of time the articles cover, and how the screen speaks of times outside it.

Before the earliest and after the latest time the articles give, they say nothing about
who is aboard or what happens: the screen says so instead of carrying the story on.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from soyuztui.dossier.intervals import day_bounds
from soyuztui.dossier.model import Dossier

Side = Literal["before", "after"]
"""Which side of the story a moment falls on."""

_YEAR_DAYS = 365
_MONTH_DAYS = 30


def story_span(dossier: Dossier) -> tuple[datetime, datetime] | None:
    """The UTC `[start, end)` of the days the articles' timed events fall on, or None when none has a time.

    Whole days: articles that give a launch at 07:38 speak of that day, so a replay that
    starts minutes before it is inside the story. A day-known event's day is taken in the
    zone it was stated in, a minute's in UTC.
    """
    days = [
        when.bounds if when.precision == "day" else day_bounds(when.start.date(), None)
        for event in dossier.events
        if (when := event.when) is not None
    ]
    if not days:
        return None
    return min(start for start, _ in days), max(end for _, end in days)


def outside(span: tuple[datetime, datetime] | None, moment: datetime) -> Side | None:
    """ "before" or "after" when `moment` falls outside `span`, else None (also when there is no span)."""
    if span is None:
        return None
    if moment < span[0]:
        return "before"
    if moment >= span[1]:
        return "after"
    return None


def reported_moment(span: tuple[datetime, datetime], side: Side) -> datetime:
    """The edge of `span` on `side`: its start, or its end (when the last day's departures are done)."""
    return span[0] if side == "before" else span[1]


def ago_text(delta: timedelta) -> str:
    """How long ago, in the largest whole unit: "5 years ago", "3 months ago", "2 hours ago"."""
    seconds = max(0, int(delta.total_seconds()))
    days = seconds // 86400
    for count, unit in (
        (days // _YEAR_DAYS, "year"),
        (days // _MONTH_DAYS, "month"),
        (days, "day"),
        (seconds // 3600, "hour"),
        (seconds // 60, "minute"),
    ):
        if count:
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    return "just now"
