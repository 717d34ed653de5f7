"""The mission clock: real time ("live") or a replay of the mission at a chosen speed.

No Textual here. The clock reads the present from an injectable `now` callable
(an aware UTC datetime), so tests and snapshots can freeze or step time. The
default source is anchored to the wall clock once and then advanced by
`time.monotonic()`, so a replay never jumps when the system clock is adjusted.
"""

from __future__ import annotations

import math
import time as _time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from soyuztui.dossier.model import Dossier

NowSource = Callable[[], datetime]
"""A callable returning the present as an aware UTC datetime."""

SPEEDS: tuple[float, ...] = (1, 10, 60, 600, 3600, 86400)
"""The speed steps `slower` and `faster` move through (mission seconds per real second)."""

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
"""The time a pane holds before the screen binds the clock's to it."""

LEAD_IN = timedelta(minutes=10)
"""How long before the countdown event a default replay starts."""

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
"""The start value of every pane's `now` before the clock's first tick sets it."""

_WALL_ANCHOR = datetime.now(UTC)
_MONO_ANCHOR = _time.monotonic()


def system_now() -> datetime:
    """The present, UTC: the wall clock at import, advanced by the monotonic clock."""
    return _WALL_ANCHOR + timedelta(seconds=_time.monotonic() - _MONO_ANCHOR)


def frozen_now(moment: datetime) -> NowSource:
    """A time source that always returns `moment` (for snapshots)."""
    fixed = moment.astimezone(UTC)
    return lambda: fixed


class MissionClock:
    """Mission time: live (real time) or a replay that can pause, change speed and jump.

    A replay keeps an anchor: the mission time at the real moment of the last
    change. Mission time is `anchor + (now - real anchor) * speed`, unless paused.
    """

    def __init__(
        self,
        start: datetime | None = None,
        *,
        speed: float = 1.0,
        now: NowSource = system_now,
        events: Iterable[datetime] = (),
        paused: bool = False,
    ) -> None:
        """Start a replay at `start` (None: live) running at `speed`."""
        if speed <= 0:
            raise ValueError(f"clock speed must be positive, not {speed}")
        self._now = now
        self._live = start is None
        self._speed = float(speed)
        self._paused = paused
        self._anchor_real = now()
        self._anchor_mission = (start or self._anchor_real).astimezone(UTC)
        self._events = tuple(sorted({moment.astimezone(UTC) for moment in events}))

    @classmethod
    def for_dossier(
        cls,
        dossier: Dossier,
        *,
        at: datetime | None = None,
        speed: float = 1.0,
        now: NowSource = system_now,
        paused: bool = False,
    ) -> MissionClock:
        """A replay of `dossier`: from `at`, or from shortly before its countdown event."""
        if at is None:
            at = default_start(dossier)
        moments = list(dossier.event_starts().values())
        return cls(at, speed=speed, now=now, events=moments, paused=paused)

    # ------------------------------------------------------------------ reading

    def time(self) -> datetime:
        """The mission time now, UTC."""
        if self._live:
            return self._now()
        if self._paused:
            return self._anchor_mission
        elapsed = (self._now() - self._anchor_real).total_seconds()
        return self._anchor_mission + timedelta(seconds=elapsed * self._speed)

    @property
    def live(self) -> bool:
        """Whether the clock shows real time."""
        return self._live

    @property
    def paused(self) -> bool:
        """Whether a replay is paused."""
        return self._paused

    @property
    def speed(self) -> float:
        """Mission seconds per real second (1 when live)."""
        return 1.0 if self._live else self._speed

    @property
    def events(self) -> tuple[datetime, ...]:
        """The moments `next_event` and `previous_event` jump between, in order."""
        return self._events

    # ----------------------------------------------------------------- changing

    def _reanchor(self) -> None:
        """Fix the present mission time as the new anchor, leaving live mode."""
        current = self.time()
        self._anchor_real = self._now()
        self._anchor_mission = current
        self._live = False

    def pause(self) -> None:
        """Stop the replay where it is (a live clock becomes a paused replay)."""
        self._reanchor()
        self._paused = True

    def resume(self) -> None:
        """Run the replay again."""
        self._reanchor()
        self._paused = False

    def toggle_pause(self) -> bool:
        """Pause or resume; returns whether the clock is now paused."""
        if self._paused and not self._live:
            self.resume()
        else:
            self.pause()
        return self._paused

    def set_speed(self, speed: float) -> None:
        """Run the replay at `speed` from the present mission time."""
        if speed <= 0:
            raise ValueError(f"clock speed must be positive, not {speed}")
        self._reanchor()
        self._speed = float(speed)

    def faster(self) -> float:
        """Step up to the next speed in SPEEDS; returns the new speed."""
        current = self.speed
        self.set_speed(next((step for step in SPEEDS if step > current), SPEEDS[-1]))
        return self._speed

    def slower(self) -> float:
        """Step down to the previous speed in SPEEDS; returns the new speed."""
        current = self.speed
        self.set_speed(next((step for step in reversed(SPEEDS) if step < current), SPEEDS[0]))
        return self._speed

    def jump(self, moment: datetime) -> None:
        """Continue the replay from `moment`, keeping speed and pause."""
        self._reanchor()
        self._anchor_mission = moment.astimezone(UTC)

    def next_event(self) -> datetime | None:
        """Jump to the first event after the present; returns it, or None if none is left."""
        current = self.time()
        target = next((moment for moment in self._events if moment > current), None)
        if target is not None:
            self.jump(target)
        return target

    def previous_event(self) -> datetime | None:
        """Jump to the last event before the present; returns it, or None.

        "Before" leaves a second's grace, so pressing it twice just after an
        event steps back past that event rather than onto it again.
        """
        current = self.time() - timedelta(seconds=1)
        target = next((moment for moment in reversed(self._events) if moment < current), None)
        if target is not None:
            self.jump(target)
        return target

    def go_live(self) -> None:
        """Show real time, at 1×, running."""
        self._live = True
        self._paused = False
        self._speed = 1.0
        self._anchor_real = self._now()
        self._anchor_mission = self._anchor_real


def default_start(dossier: Dossier) -> datetime:
    """Where a replay starts by default: LEAD_IN before the instant the countdown counts to
    (the instant the countdown event's row shows), else at the first timed event."""
    from soyuztui.present.timeline import countdown_instant

    when = dossier.event(dossier.mission.countdown_to).when
    if when is None:
        timed = [event.when for event in dossier.timed_events() if event.when]
        return timed[0].time if timed else system_now()
    return countdown_instant(when) - LEAD_IN


def parse_at(text: str) -> datetime:
    """Read an `--at` time: ISO-8601; a time without zone is taken as UTC.

    Raises ValueError for anything else, and for a time outside the years a mission
    file may hold (`FIRST_YEAR`..`LAST_YEAR`), where zones and arithmetic would fail.
    """
    from soyuztui.dossier.sources.bounds import FIRST_YEAR, LAST_YEAR

    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValueError(f"is outside the years {FIRST_YEAR}-{LAST_YEAR}")
    return moment.astimezone(UTC)


def speed_problem(speed: float) -> str | None:
    """Why `speed` cannot run the clock (not a finite number within the speed steps), or None."""
    if not math.isfinite(speed) or not SPEEDS[0] <= speed <= SPEEDS[-1]:
        return f"must be a number from {SPEEDS[0]:g} to {SPEEDS[-1]:g}"
    return None
