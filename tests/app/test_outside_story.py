"""Outside the days the articles cover: no claim of who is aboard, the time since the end, the replay's stop."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from textual.pilot import Pilot

from soyuztui.dossier import Dossier
from soyuztui.present.story import ago_text, outside, story_span
from soyuztui.tui.app import SoyuzApp, make_app
from soyuztui.tui.clock import MissionClock, parse_at
from soyuztui.tui.panes import OccupantsPane
from soyuztui.tui.panes.timeline import TimelineStatus
from soyuztui.tui.screens import DashboardScreen
from soyuztui.tui.screens.dashboard import TICK_SECONDS
from soyuztui.tui.widgets.entries import EntryList

SIZE = (120, 40)
IN_2026 = datetime(2026, 11, 22, 5, 0, tzinfo=UTC)


def occupants_text(app: SoyuzApp) -> str:
    pane = app.screen.query_one(OccupantsPane)
    return "\n".join(str(entry.content) for entry in pane.query_one("#occupants-list", EntryList).items)


def test_the_story_spans_the_days_its_events_fall_on(dossier: Dossier) -> None:
    span = story_span(dossier)
    assert span == (datetime(2021, 10, 3, tzinfo=UTC), datetime(2021, 10, 18, tzinfo=UTC))
    assert outside(span, datetime(2021, 10, 2, 23, 59, tzinfo=UTC)) == "before"
    assert outside(span, datetime(2021, 10, 3, tzinfo=UTC)) is None
    assert outside(span, datetime(2021, 10, 18, tzinfo=UTC)) == "after"


def test_ago_takes_the_largest_whole_unit() -> None:
    assert ago_text(timedelta(days=5 * 365 + 40)) == "5 years ago"
    assert ago_text(timedelta(days=365)) == "1 year ago"
    assert ago_text(timedelta(days=65)) == "2 months ago"
    assert ago_text(timedelta(days=1, hours=3)) == "1 day ago"
    assert ago_text(timedelta(hours=6)) == "6 hours ago"
    assert ago_text(timedelta(seconds=30)) == "just now"


async def test_live_years_later_claims_no_crew_aboard(dossier: Dossier) -> None:
    clock = MissionClock(None, now=lambda: IN_2026)
    app = make_app(dossier, clock=clock, animate=False, blink=False)
    async with app.run_test(size=SIZE):
        pane = app.screen.query_one(OccupantsPane)
        assert pane.aboard_count() is None
        assert pane.border_subtitle == "not reported"
        text = occupants_text(app)
        assert "The articles do not say who is aboard on 22 Nov 2026." in text
        # The last crew the articles report: the station after the return, seven people.
        assert "Last reported on 17 Oct 2021 (7)" in text
        assert "Pyotr Dubrov" in text and "Klim Shipenko" not in text
        first = str(app.screen.query_one(TimelineStatus).render()).splitlines()[0]
        assert first == "Mission ended 5 years ago · lasted 12 days"


async def test_before_the_story_the_first_reported_crew(dossier: Dossier) -> None:
    app = make_app(dossier, clock=MissionClock(parse_at("2021-09-01T00:00Z"), paused=True), animate=False)
    async with app.run_test(size=SIZE):
        text = occupants_text(app)
        assert "do not say who is aboard on 1 Sep 2021" in text
        assert "First reported on 3 Oct 2021 (7)" in text


async def ticks_until(pilot: Pilot[None], done: Callable[[], bool], most: int = 40) -> None:
    """Wait tick by tick until `done()`, at most `most` ticks: a busy machine may delay a tick."""
    for _ in range(most):
        await pilot.pause(TICK_SECONDS)
        if done():
            return


def notified(app: SoyuzApp) -> bool:
    """Whether the app shows the notice that the replay stopped at the mission's end."""
    return any("mission's end" in str(note.message) for note in app._notifications)


async def test_a_replay_pauses_at_the_mission_end(dossier: Dossier) -> None:
    real = [datetime(2030, 1, 1, tzinfo=UTC)]
    clock = MissionClock(parse_at("2021-10-17T23:59:58Z"), speed=86400, now=lambda: real[0])
    app = make_app(dossier, clock=clock, animate=False, blink=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        real[0] += timedelta(seconds=1)  # a whole day of mission time at 1 d/s
        # The notice is a message to the app: it may arrive a moment after the pause.
        await ticks_until(pilot, lambda: clock.paused and screen.mode.startswith("⏸ paused") and notified(app))
        assert clock.paused
        assert clock.time() == datetime(2021, 10, 18, tzinfo=UTC)
        assert screen.mode.startswith("⏸ paused")
        assert notified(app)
        # Resumed, it runs on as asked: the stop happens once.
        await pilot.press("space")
        real[0] += timedelta(seconds=1)
        await ticks_until(pilot, lambda: clock.time() > datetime(2021, 10, 18, 12, tzinfo=UTC))
        assert not clock.paused
        assert clock.time() > datetime(2021, 10, 18, 12, tzinfo=UTC)
