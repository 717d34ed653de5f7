"""The app shows what is known, no more: days count in days, zones are named right for the date.

Heron 3 (tests/missions/heron-3) is an invented December flight: launch at 2:38 a.m. EST,
docking and landing known only to the day, the mission's zone New York's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.tui.app import SoyuzApp
from soyuztui.tui.panes import OccupantsPane
from soyuztui.tui.panes.timeline import TimelineStatus
from soyuztui.tui.screens import DashboardScreen
from soyuztui.tui.widgets.entries import EntryList
from tests.conftest import test_app

SIZE = (120, 40)
HERON = Path(__file__).parents[1] / "missions" / "heron-3" / "heron-3.toml"


@pytest.fixture(scope="module")
def heron() -> Dossier:
    return build_dossier(HERON)


def dashboard(app: SoyuzApp) -> DashboardScreen:
    screen = app.screen
    assert isinstance(screen, DashboardScreen)
    return screen


def status(app: SoyuzApp) -> str:
    return str(app.screen.query_one(TimelineStatus).render())


def header(app: SoyuzApp) -> str:
    return str(app.screen.query_one("#header").render())


def occupants(app: SoyuzApp) -> str:
    pane = app.screen.query_one(OccupantsPane)
    return "\n".join(str(entry.content) for entry in pane.query_one("#occupants-list", EntryList).items)


async def test_the_return_counts_down_in_days(dossier: Dossier) -> None:
    app = test_app(dossier, at="2021-10-05T13:00Z")
    async with app.run_test(size=SIZE):
        assert "Next: Return to Earth in 12 days · 17 Oct" in status(app)
    app = test_app(dossier, at="2021-10-17T06:00Z")
    async with app.run_test(size=SIZE):
        # On the day itself: no clock time is known, so the mission has not ended yet.
        assert "Next: Return to Earth today · 17 Oct" in status(app)
        assert "Mission ended" not in status(app)


async def test_the_mission_length_is_in_days(dossier: Dossier) -> None:
    app = test_app(dossier, at="2021-10-18T06:00Z")
    async with app.run_test(size=SIZE):
        assert "Mission ended 6 hours ago · lasted 12 days" in status(app)
        assert ":" not in status(app).splitlines()[0]  # no false hours, minutes or seconds


@pytest.mark.parametrize(
    ("at", "aboard", "note"),
    [
        ("2031-12-08T06:00Z", 1, "↑ arriving 8 Dec"),  # before launch
        ("2031-12-08T12:00Z", 1, "↑ arriving 8 Dec"),  # after launch, docking that day at an unknown time
        ("2031-12-09T06:00Z", 3, "↑ arrived 8 Dec"),  # the docking day is over in New York
    ],
)
async def test_no_crew_aboard_before_a_day_known_docking(heron: Dossier, at: str, aboard: int, note: str) -> None:
    app = test_app(heron, at=at)
    async with app.run_test(size=SIZE):
        pane = app.screen.query_one(OccupantsPane)
        assert pane.aboard_count() == aboard
        assert note in occupants(app)
        assert ":" not in occupants(app)  # a day-known arrival shows no clock time
        assert pane.border_title is not None and "Tern Station occupants" in str(pane.border_title)


async def test_a_day_known_docking_comes_after_the_launch_that_morning(heron: Dossier) -> None:
    starts = heron.event_starts()
    assert starts["docking"] == starts["launch"]  # not 05:00 UTC, the start of 8 December in New York
    app = test_app(heron, at="2031-12-08T06:00Z")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert dashboard(app).now == starts["launch"]
        # The title may be cut to the column's width; the countdown never is.
        assert "Next: Docking with" in status(app) and status(app).endswith(" today · 8 Dec")


@pytest.mark.parametrize(
    ("mission", "at", "label"),
    [("seeds", "2021-10-05T13:00Z", "EDT"), ("heron", "2031-12-08T12:00Z", "EST")],
)
async def test_new_york_is_edt_in_october_and_est_in_december(
    dossier: Dossier, heron: Dossier, mission: str, at: str, label: str
) -> None:
    app = test_app(dossier if mission == "seeds" else heron, at=at, zone="America/New_York")
    async with app.run_test(size=SIZE):
        assert label in header(app)


async def test_t_cycles_utc_the_missions_zone_and_local(heron: Dossier) -> None:
    app = test_app(heron, at="2031-12-08T12:00Z")
    async with app.run_test(size=SIZE) as pilot:
        assert dashboard(app).zone == "utc"
        await pilot.press("t")
        assert dashboard(app).zone == "America/New_York"
        assert "2031-12-08 07:00:00 EST" in header(app)
        await pilot.press("t")
        assert dashboard(app).zone == "local"
        await pilot.press("t")
        assert dashboard(app).zone == "utc"


async def test_mission_zone_from_the_command_line_word(heron: Dossier) -> None:
    app = test_app(heron, at="2031-12-08T12:00Z", zone="mission")
    async with app.run_test(size=SIZE):
        assert dashboard(app).zone == "America/New_York"
