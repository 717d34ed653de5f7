"""Time values as stretches of time: a day is the whole day in its zone, a minute a minute.

Plain functions on aware datetimes, shared by the model, reconciling and the app: two
values agree when their stretches meet.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

__all__ = ["APPROXIMATE_WINDOW", "Precision", "day_bounds", "interval", "meet", "starts_in_order"]

Precision = Literal["day", "minute"]

#: How far either side of its minute an approximate time ("about 3.5 hours") may fall.
APPROXIMATE_WINDOW = timedelta(minutes=10)
_MINUTE = timedelta(minutes=1)


def day_bounds(day: date, zone: str | None) -> tuple[datetime, datetime]:
    """The whole of `day` in `zone` (an IANA name; None is UTC), as UTC start and end."""
    tz = ZoneInfo(zone) if zone else UTC
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), start.timetz())
    return start.astimezone(UTC), end.astimezone(UTC)


def interval(
    time: datetime, precision: Precision, zone: str | None = None, approximate: bool = False
) -> tuple[datetime, datetime]:
    """The stretch of time a value stands for, as UTC `[start, end)`.

    A day is the whole day in the zone it was stated in (`time` carries the date
    at midnight UTC); a minute is that minute, widened by `APPROXIMATE_WINDOW`
    either side when it is approximate.
    """
    if precision == "day":
        return day_bounds(time.astimezone(UTC).date(), zone)
    start = time.astimezone(UTC)
    if approximate:
        return start - APPROXIMATE_WINDOW, start + _MINUTE + APPROXIMATE_WINDOW
    return start, start + _MINUTE


def meet(one: tuple[datetime, datetime], other: tuple[datetime, datetime]) -> bool:
    """Whether two `[start, end)` intervals share a moment (touching ends do not)."""
    return one[0] < other[1] and other[0] < one[1]


def starts_in_order(
    values: Iterable[tuple[str, tuple[datetime, datetime], Precision]],
) -> dict[str, datetime]:
    """The first moment each value can have happened, by key, for values listed in the order they happen.

    A minute starts at its minute. A day starts when the day does, but not before a value
    listed earlier that falls on that day: a docking known only to the day comes after a
    launch that morning.
    """
    starts: dict[str, datetime] = {}
    earlier: list[datetime] = []  # sorted, so the latest one before a day's end is found by bisection
    for key, (start, end), precision in values:
        if precision == "day":
            index = bisect_left(earlier, end) - 1
            if index >= 0 and earlier[index] > start:
                start = earlier[index]
        starts[key] = start
        insort(earlier, start)
    return starts
