"""EventStates: the states and the next event, looked up by period, agree with working them out afresh."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.present.timeline import EventStates
from soyuztui.resources import default_mission

TESTS = Path(__file__).resolve().parent.parent
MISSIONS = [
    default_mission(),
    TESTS / "missions" / "kestrel-4" / "kestrel-4.toml",
    *sorted(path for path in (TESTS / "corpora").glob("*/*.toml") if "[mission]" in path.read_text(encoding="utf-8")),
]


def states_afresh(dossier: Dossier, moment: datetime) -> tuple[str, ...]:
    """Every event's state at `moment`, from the model alone (no periods, nothing kept)."""
    starts = dossier.event_starts()
    latest = max((start for start in starts.values() if start <= moment), default=None)
    states = []
    for event in dossier.events:
        when, start = event.when, starts.get(event.id)
        if when is None or start is None:
            states.append("untimed")
        elif start > moment:
            states.append("coming")
        elif (
            start == latest
            or (when.precision == "day" and moment < when.end)
            or (event.until is not None and moment < (event.until.over_by() or moment))
        ):
            states.append("current")
        else:
            states.append("past")
    return tuple(states)


def next_afresh(dossier: Dossier, moment: datetime) -> str | None:
    """The id of the first event, by start, still to start or whose day is not over."""
    starts = dossier.event_starts()
    timed = sorted(
        ((starts[event.id], event) for event in dossier.events if event.when is not None), key=lambda x: x[0]
    )
    for start, event in timed:
        when = event.when
        assert when is not None
        if start > moment or (when.precision == "day" and moment < when.end):
            return event.id
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
