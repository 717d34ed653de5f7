"""The clock starts where the timeline says, and ▶ means one thing, on the seeds and every corpus.

Missions: the bundled one (the seeds), every mission under tests/missions and tests/corpora,
and each corpus under ../shared/corpora drafted in memory, when that folder is there.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.dossier.intervals import interval
from soyuztui.draft.memory import load_draft
from soyuztui.present.timeline import EventStates, countdown_instant
from soyuztui.present.times import countdown_text, event_time_text
from soyuztui.resources import default_mission
from soyuztui.tui.clock import LEAD_IN, MissionClock, frozen_now

TESTS = Path(__file__).resolve().parent.parent
SHARED = TESTS.parent.parent / "shared" / "corpora"
MISSIONS: dict[str, Path] = {
    "seeds": default_mission(),
    **{
        path.stem: path
        for folder in ("missions", "corpora")
        for path in sorted((TESTS / folder).glob("*/*.toml"))
        if "[mission]" in path.read_text(encoding="utf-8")
    },
    **{
        f"draft-{folder.name}": folder / "articles"
        for folder in sorted(SHARED.glob("*"))
        if (folder / "articles").is_dir()
    },
}
REAL_NOW = datetime(2030, 1, 1, tzinfo=UTC)


@cache
def dossier_of(name: str) -> Dossier:
    """The dossier of the mission called `name` (drafted in memory for a folder of articles)."""
    path = MISSIONS[name]
    return load_draft(path) if path.is_dir() else build_dossier(path)


def test_the_corpora_are_all_here() -> None:
    assert {"seeds", "kestrel-4", "heron-3"} <= MISSIONS.keys()
    if SHARED.is_dir():
        assert sum(name.startswith("draft-") for name in MISSIONS) >= 3


@pytest.mark.parametrize("name", sorted(MISSIONS))
def test_the_clock_starts_a_fixed_lead_before_the_instant_the_launch_row_shows(name: str) -> None:
    dossier = dossier_of(name)
    launch_event = dossier.event(dossier.mission.countdown_to)
    launch = launch_event.when
    clock = MissionClock.for_dossier(dossier, now=frozen_now(REAL_NOW))
    if launch is None:
        timed = [event.when for event in dossier.timed_events() if event.when]
        assert not timed or clock.time() == timed[0].time
        return
    assert countdown_instant(launch) - clock.time() == LEAD_IN
    row = event_time_text(launch_event, "utc")
    if launch.precision == "minute":
        # The row shows the minute the countdown reaches zero at ("about" minutes too).
        assert row == f"{countdown_instant(launch):%Y-%m-%d %H:%M}"
        assert countdown_text(clock.time(), launch) == "T−00:10:00"
        assert countdown_text(countdown_instant(launch) + timedelta(seconds=3), launch) == "T+00:00:03"
    else:
        assert row == f"{launch.time:%Y-%m-%d}"
        assert countdown_text(clock.time(), launch) == "T−1 day"


@pytest.mark.parametrize("name", sorted(MISSIONS))
def test_an_event_is_now_only_between_its_start_and_a_known_end(name: str) -> None:
    dossier = dossier_of(name)
    states = EventStates(dossier)
    starts = dossier.event_starts()
    second = timedelta(seconds=1)
    moments = [moment + step for moment in states.changes for step in (-second, timedelta(0), second)]
    moments += [REAL_NOW, *(start + timedelta(minutes=5) for start in starts.values())]
    for moment in moments:
        for event, state in zip(dossier.events, states.at(moment), strict=True):
            when = event.when
            if when is None:
                assert state == "untimed"
                continue
            ends = [event.until.over_by()] if event.until is not None else []
            if when.precision == "day":
                day = interval(when.time, "day", when.zone or dossier.mission.zone)
                ends.append(day[1])
                # Its day in the mission's zone (or the zone it was stated in), from the moment allowed.
                assert state != "current" or day[0] <= moment < day[1], (event.id, moment)
            known = [end for end in ends if end is not None]
            if state == "current":
                assert known, f"{event.id} is an instant, never now"
                assert starts[event.id] - timedelta(days=1) <= moment < max(known), (event.id, moment)
            if not known:
                assert state in ("coming", "past"), (event.id, moment, state)


def test_an_about_launch_counts_to_the_minute_its_row_shows() -> None:
    """ "about 07:30" opens at 07:20:00 showing T−00:10:00 (it showed T+00:00:00, counted from 07:20)."""
    dossier = dossier_of("kestrel-4")
    launch_id = dossier.mission.countdown_to
    events = tuple(
        event.model_copy(update={"when": event.when.model_copy(update={"approximate": True})})
        if event.id == launch_id and event.when is not None
        else event
        for event in dossier.events
    )
    about = dossier.model_copy(update={"events": events})
    about.model_post_init(None)  # index the copied events by id
    launch = about.event(launch_id).when
    assert launch is not None and launch.start < launch.time  # the window opens before the minute shown
    clock = MissionClock.for_dossier(about, now=frozen_now(REAL_NOW))
    assert clock.time() == launch.time - LEAD_IN
    assert countdown_text(clock.time(), launch) == "T−00:10:00"
