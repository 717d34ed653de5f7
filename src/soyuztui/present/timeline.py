"""Where each event stands at a moment: over, now, to come, or without a time.

One meaning per mark (the legend's): an event is now (▶) only while it lasts, between
its start and a known end. An event known only to the day lasts that day in the
mission's zone (from the moment the events before it allow); a lasting event lasts
until its stated end; an instant (a minute with no end) is never now: it is to come,
then over.

An event's state changes only when the clock passes one of a few moments (an event's
start, the end of a day-known event's day, the end of a lasting event). `EventStates`
works those moments out once, so a clock read several times a second finds by bisection
whether it passed one, and works the states out again only when it did.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime, timedelta
from typing import Literal, NamedTuple

from soyuztui.dossier.intervals import interval
from soyuztui.dossier.model import Dossier, Event, When

# A day-known event still counts down until its day ends; no day (even across a change of
# clock in its zone) lasts this long, so only events that started this close before a
# moment can still be the next one.
_LONGEST_DAY = timedelta(hours=27)

State = Literal["past", "current", "coming", "untimed"]
"""How an event stands at a moment: over, now, still to come, or no time reported."""


def countdown_instant(when: When) -> datetime:
    """The instant a countdown to `when` counts to: the minute its row shows (an "about"
    minute too, not the start of its window), or the start of a day-known event's day."""
    return when.time if when.precision == "minute" else when.start


class Timing(NamedTuple):
    """A timed event's moments, as plain UTC datetimes."""

    start: datetime
    """The first moment it can have happened (see `Dossier.event_starts`)."""
    when: When
    """Its time at its precision."""
    day_end: datetime | None
    """For an event known only to the day, the end of that day."""
    lasts_until: datetime | None
    """Before this moment it is current once begun: the end of its day (in the mission's
    zone) when only the day is known, or the end of a lasting event; None for an instant."""


class EventStates:
    """The states of a dossier's events at any moment, worked out once per period of the clock."""

    def __init__(self, dossier: Dossier) -> None:
        """The timing of every event of `dossier`, and the moments where a state can change."""
        self.events = dossier.events
        starts = dossier.event_starts()
        zone = dossier.mission.zone
        self.timings: tuple[Timing | None, ...] = tuple(
            self._timing(event, starts.get(event.id), zone) for event in self.events
        )
        timed = [timing for timing in self.timings if timing is not None]
        changes = {timing.start for timing in timed}
        # The next event (for the status line) also moves on when a day-known event's day ends.
        changes |= {timing.day_end for timing in timed if timing.day_end is not None}
        changes |= {timing.lasts_until for timing in timed if timing.lasts_until is not None}
        self.changes = sorted(changes)
        """Every moment at which some state (or the next event) can change, in order."""
        self.in_order = sorted(
            (index for index, timing in enumerate(self.timings) if timing is not None),
            key=lambda index: self.timings[index].start,  # type: ignore[union-attr]
        )
        self._starts_in_order = [self.timings[index].start for index in self.in_order]  # type: ignore[union-attr]
        self._states: tuple[int, tuple[State, ...]] | None = None
        self._upcoming: tuple[int, tuple[Event, When] | None] | None = None

    @staticmethod
    def _timing(event: Event, start: datetime | None, zone: str | None) -> Timing | None:
        when = event.when
        if when is None or start is None:
            return None
        day_end = None
        if when.precision == "day":
            # The day as the mission's zone has it, unless the article stated the zone.
            day_start, day_end = interval(when.time, "day", when.zone or zone)
            if start == when.start:  # not held back by an earlier event of that day
                start = day_start
            start = min(start, day_end)
        ends = [day_end] if day_end is not None else []
        if event.until is not None and (over := event.until.over_by()) is not None:
            ends.append(over)
        return Timing(start, when, day_end, max(ends) if ends else None)

    def period(self, moment: datetime) -> int:
        """Which stretch between two changes `moment` falls in: states are the same all through one."""
        return bisect_right(self.changes, moment)

    def at(self, moment: datetime) -> tuple[State, ...]:
        """The state of every event at `moment`, in dossier order.

        Current is an event between its start and its known end (see the module's rules);
        an instant is coming, then past.
        """
        period = self.period(moment)
        if self._states is not None and self._states[0] == period:
            return self._states[1]
        states: list[State] = []
        for timing in self.timings:
            if timing is None:
                states.append("untimed")
            elif timing.start > moment:
                states.append("coming")
            elif timing.lasts_until is not None and moment < timing.lasts_until:
                states.append("current")
            else:
                states.append("past")
        self._states = (period, tuple(states))
        return self._states[1]

    def upcoming(self, moment: datetime) -> tuple[Event, When] | None:
        """The next event to count down to: the first still to start, or a day-known one whose day is not over."""
        period = self.period(moment)
        if self._upcoming is not None and self._upcoming[0] == period:
            return self._upcoming[1]
        found = None
        first = bisect_right(self._starts_in_order, moment - _LONGEST_DAY)
        for index in self.in_order[first:]:
            timing = self.timings[index]
            assert timing is not None  # in_order holds timed events only
            if timing.start > moment or (timing.day_end is not None and moment < timing.day_end):
                found = (self.events[index], timing.when)
                break
        self._upcoming = (period, found)
        return found


def event_states(dossier: Dossier, moment: datetime) -> tuple[State, ...]:
    """past, current, coming or untimed for every event of `dossier` at `moment`, in dossier order."""
    return EventStates(dossier).at(moment)
