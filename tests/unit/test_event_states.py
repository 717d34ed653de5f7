"""EventStates: the states and the next event, looked up by period, agree with working them out afresh."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.dossier.intervals import interval
from soyuztui.present.timeline import EventStates
from soyuztui.resources import default_mission

TESTS = Path(__file__).resolve().parent.parent
MISSIONS = [
    default_mission(),
    TESTS / "missions" / "kestrel-4" / "kestrel-4.toml",
    *sorted(path for path in (TESTS / "corpora").glob("*/*.toml") if "[mission]" in path.read_text(encoding="utf-8")),
]


def _moments(dossier: Dossier, event_id: str) -> tuple[datetime, datetime | None, datetime | None] | None:
    """An event's start, the end of its day (in the mission's zone) and when it is over, from the model alone."""
    when, start = dossier.event(event_id).when, dossier.event_starts().get(event_id)
    if when is None or start is None:
        return None
    day_end = None
    if when.precision == "day":
        day_start, day_end = interval(when.time, "day", when.zone or dossier.mission.zone)
        start = min(day_start if start == when.start else start, day_end)
    until = dossier.event(event_id).until
    ends = [end for end in (day_end, until.over_by() if until else None) if end is not None]
    return start, day_end, max(ends) if ends else None


def states_afresh(dossier: Dossier, moment: datetime) -> tuple[str, ...]:
    """Every event's state at `moment`, from the model alone (no periods, nothing kept)."""
    states = []
    for event in dossier.events:
        moments = _moments(dossier, event.id)
        if moments is None:
            states.append("untimed")
        elif moments[0] > moment:
            states.append("coming")
        elif moments[2] is not None and moment < moments[2]:
            states.append("current")
        else:
            states.append("past")
    return tuple(states)


def next_afresh(dossier: Dossier, moment: datetime) -> str | None:
    """The id of the first event, by start, still to start or whose day is not over."""
    timed = [(moments, event.id) for event in dossier.events if (moments := _moments(dossier, event.id)) is not None]
    for (start, day_end, _), event_id in sorted(timed, key=lambda pair: pair[0][0]):
        if start > moment or (day_end is not None and moment < day_end):
            return event_id
    return None


@pytest.mark.parametrize("mission", MISSIONS, ids=lambda path: path.stem)
def test_states_and_next_event_at_every_change(mission: Path) -> None:
    dossier = build_dossier(mission)
    states = EventStates(dossier)
    assert states.changes, "a mission with timed events has moments where states change"
    second = timedelta(seconds=1)
    moments = [moment + step for moment in states.changes for step in (-second, timedelta(0), second)]
    moments += [states.changes[0] - timedelta(days=400), states.changes[-1] + timedelta(days=400)]
    for moment in moments:
        assert states.at(moment) == states_afresh(dossier, moment), moment
        upcoming = states.upcoming(moment)
        assert (upcoming[0].id if upcoming else None) == next_afresh(dossier, moment), moment


def test_a_moment_in_the_same_period_reuses_the_states() -> None:
    states = EventStates(build_dossier(default_mission()))
    first = states.changes[0]
    before = states.at(first + timedelta(seconds=1))
    assert states.at(first + timedelta(seconds=2)) is before
    assert states.at(states.changes[1]) is not before
