"""The mission clock, driven by a fake time source."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from soyuztui.dossier import Dossier
from soyuztui.dossier.model import When
from soyuztui.present.times import countdown_text, moment_text, speed_text
from soyuztui.tui.clock import SPEEDS, MissionClock, default_start, parse_at

START = datetime(2021, 10, 5, 8, 45, tzinfo=UTC)
LAUNCH = datetime(2021, 10, 5, 8, 55, tzinfo=UTC)
DOCKING = datetime(2021, 10, 5, 12, 12, tzinfo=UTC)
RETURN = datetime(2021, 10, 17, tzinfo=UTC)


class FakeTime:
    """A real-time source that moves only when told."""

    def __init__(self) -> None:
        self.moment = datetime(2030, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += timedelta(seconds=seconds)


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


def make(fake: FakeTime, **kwargs: Any) -> MissionClock:
    return MissionClock(START, now=fake, events=(LAUNCH, DOCKING, RETURN), **kwargs)


def test_replay_runs_at_speed(fake: FakeTime) -> None:
    clock = make(fake)
    assert clock.time() == START
    fake.advance(30)
    assert clock.time() == START + timedelta(seconds=30)
    clock.set_speed(60)
    fake.advance(10)
    assert clock.time() == START + timedelta(seconds=30 + 600)


def test_pause_and_resume(fake: FakeTime) -> None:
    clock = make(fake)
    fake.advance(5)
    assert clock.toggle_pause() is True
    fake.advance(100)
    assert clock.time() == START + timedelta(seconds=5)
    assert clock.toggle_pause() is False
    fake.advance(1)
    assert clock.time() == START + timedelta(seconds=6)


def test_speed_steps(fake: FakeTime) -> None:
    clock = make(fake)
    seen = [clock.speed]
    for _ in SPEEDS:
        seen.append(clock.faster())
    assert seen == [*SPEEDS, SPEEDS[-1]]
    for _ in SPEEDS:
        clock.slower()
    assert clock.speed == 1
    odd = make(fake, speed=5)
    assert odd.faster() == 10
    odd.set_speed(5)
    assert odd.slower() == 1


def test_jumps_between_events(fake: FakeTime) -> None:
    clock = make(fake)
    assert clock.next_event() == LAUNCH
    assert clock.time() == LAUNCH
    assert clock.next_event() == DOCKING
    assert clock.next_event() == RETURN
    assert clock.next_event() is None
    assert clock.time() == RETURN
    assert clock.previous_event() == DOCKING
    assert clock.previous_event() == LAUNCH
    assert clock.previous_event() is None
    assert clock.time() == LAUNCH


def test_jump_keeps_pause(fake: FakeTime) -> None:
    clock = make(fake, paused=True)
    clock.next_event()
    fake.advance(60)
    assert clock.time() == LAUNCH


def test_live_follows_the_source(fake: FakeTime) -> None:
    clock = make(fake, speed=600)
    clock.go_live()
    assert clock.live and clock.speed == 1
    assert clock.time() == fake.moment
    fake.advance(3)
    assert clock.time() == fake.moment
    clock.pause()
    frozen = clock.time()
    fake.advance(3)
    assert not clock.live and clock.time() == frozen


def test_rejects_bad_speed(fake: FakeTime) -> None:
    with pytest.raises(ValueError):
        make(fake, speed=0)


def test_default_start_is_before_launch(dossier: Dossier) -> None:
    assert default_start(dossier) == LAUNCH - timedelta(minutes=10)
    clock = MissionClock.for_dossier(dossier, now=FakeTime())
    assert clock.time() == START
    assert LAUNCH in clock.events and DOCKING in clock.events


def test_parse_at() -> None:
    assert parse_at("2021-10-05T12:30Z") == datetime(2021, 10, 5, 12, 30, tzinfo=UTC)
    assert parse_at("2021-10-05T15:30+03:00") == datetime(2021, 10, 5, 12, 30, tzinfo=UTC)
    assert parse_at("2021-10-05 12:30") == datetime(2021, 10, 5, 12, 30, tzinfo=UTC)


def test_formats() -> None:
    launch = When(time=LAUNCH, precision="minute")
    assert countdown_text(START, launch) == "T−00:10:00"
    assert countdown_text(DOCKING, launch) == "T+03:17:00"
    assert countdown_text(RETURN, launch) == "T+11d 15:05:00"
    # A launch known only to the day counts in days, never in seconds.
    launch_day = When(time=datetime(2021, 10, 5, tzinfo=UTC), precision="day")
    assert countdown_text(datetime(2021, 10, 2, 23, tzinfo=UTC), launch_day) == "T−3 days"
    assert countdown_text(START, launch_day) == "launch day"
    assert countdown_text(datetime(2021, 10, 6, 1, tzinfo=UTC), launch_day) == "T+1 day"
    assert moment_text(LAUNCH, "minute", "moscow") == "2021-10-05 11:55"
    assert moment_text(RETURN, "day", "moscow") == "2021-10-17"
    assert moment_text(None, None, "utc") == "time not reported"
    assert [speed_text(s) for s in SPEEDS] == ["1×", "10×", "60×", "600×", "1 h/s", "1 d/s"]


def test_plain_modules_import_no_textual() -> None:
    code = (
        "import sys, soyuztui.tui.clock, soyuztui.present.times, soyuztui.dossier, soyuztui.export;"
        "sys.exit('textual' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
