"""A timeline of a thousand events: a clock tick redraws only the rows whose state it changed.

The mission is made here: a few invented articles, each dating many milestones of an
invented mission. Costs are counted, not timed: how many rows a tick measures (wraps to
find their height) and how many it draws.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from textual.scroll_view import ScrollView
from textual.visual import Visual

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.tui.lines import CountedLines
from soyuztui.tui.panes.timeline import TimelinePane
from soyuztui.tui.screens import DashboardScreen
from soyuztui.tui.widgets import RowList
from tests.conftest import test_app

EVENTS = 1000
DOCUMENTS = 5
SIZE = (120, 40)


def write_mission(folder: Path, events: int = EVENTS, documents: int = DOCUMENTS) -> Path:
    """A mission whose `documents` articles date `events` milestones over 28 days of March 2031."""
    sentences: dict[int, list[str]] = {doc: [] for doc in range(documents)}
    entries = []
    for index in range(events):
        doc, day = index % documents, 1 + index % 28
        sentences[doc].append(f"Relay milestone {index} closed out on March {day}.")
        entries.append(
            f'[[events]]\nid = "m{index}"\ntitle = "Relay milestone {index}"\n'
            f'[[events.claims]]\ntime = "2031-03-{day:02d}"\n'
            f'evidence = [{{ doc = "d{doc}", text = "Relay milestone {index} closed out on March {day}" }}]\n'
        )
    documents_toml = []
    for doc in range(documents):
        (folder / f"d{doc}.txt").write_text("date 2031-02-27 " + "\n\n".join(sentences[doc]), encoding="utf-8")
        documents_toml.append(f'[[documents]]\nid = "d{doc}"\npath = "d{doc}.txt"\n')
    head = (
        'schema_version = 1\n[mission]\nid = "relay"\ntitle = "Relay deployment"\n'
        f'countdown_to = "m0"\nends_with = "m{events - 1}"\n'
    )
    mission = folder / "relay.toml"
    mission.write_text("\n".join([head, *documents_toml, *entries]), encoding="utf-8")
    return mission


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    """The thousand-event mission, built once for this module."""
    return build_dossier(write_mission(tmp_path_factory.mktemp("relay")))


class Costs:
    """Counts of timeline rows measured and drawn since the last `reset`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Count through `monkeypatch`, undone after the test."""
        self.measured = 0
        self.drawn = 0
        measure, draw = CountedLines.get_height, Visual.to_strips

        def counted_measure(content: CountedLines, rules, width: int) -> int:  # type: ignore[no-untyped-def]
            self.measured += 1
            return measure(content, rules, width)

        def counted_draw(cls, widget, visual, *args, **kwargs):  # type: ignore[no-untyped-def]
            if widget.id == "timeline-list":
                self.drawn += 1
            return draw(widget, visual, *args, **kwargs)

        monkeypatch.setattr(CountedLines, "get_height", counted_measure)
        monkeypatch.setattr(Visual, "to_strips", classmethod(counted_draw))

    def reset(self) -> None:
        """Start counting again."""
        self.measured = self.drawn = 0


@pytest.fixture
def costs(monkeypatch: pytest.MonkeyPatch) -> Iterator[Costs]:
    """Counting of the timeline's measuring and drawing."""
    yield Costs(monkeypatch)


def shown_lines(pane: TimelinePane) -> list[str]:
    """The timeline list's lines on screen, as text."""
    listing = pane.query_one("#timeline-list", ScrollView)
    return [listing.render_line(y).text.rstrip() for y in range(listing.scrollable_content_region.height)]


def set_clock(screen: DashboardScreen, moment: datetime) -> None:
    """Move the (frozen) clock to `moment`, as a tick that reads it there would."""
    # The screen's own timer reads the clock too: it must find the same moment there.
    screen.clock.jump(moment)
    screen.now = moment


async def test_large_mission_tick_does_not_rebuild_timeline(large: Dossier, costs: Costs) -> None:
    app = test_app(large, at="2031-03-05T12:00Z")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "j", "j")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        pane = screen.query_one(TimelinePane)
        on_screen = pane.query_one("#timeline-list", ScrollView).scrollable_content_region.height // 2
        assert shown_lines(pane)[8].startswith("▶ 2031-03-05")  # milestone 4, on its day

        # Ticks within a day change no event's state: nothing is measured or drawn.
        costs.reset()
        for hours in (1, 2, 3):
            set_clock(screen, datetime(2031, 3, 5, 12, tzinfo=UTC) + timedelta(hours=hours))
            await pilot.pause()
        assert (costs.measured, costs.drawn) == (0, 0)

        # The next day begins: every day-5 milestone is over and every day-6 one current,
        # some 70 events; only the two rows of them on screen are drawn, nothing measured.
        set_clock(screen, datetime(2031, 3, 6, tzinfo=UTC))
        await pilot.pause()
        assert costs.measured == 0
        assert 0 < costs.drawn <= 2 < on_screen
        lines = shown_lines(pane)
        assert lines[8].startswith("✓ 2031-03-05") and lines[10].startswith("▶ 2031-03-06")
        assert pane.query_one("#timeline-list", RowList).cursor == 2, "the selection stays where it was"


async def test_large_mission_zone_change_measures_each_row_once(large: Dossier, costs: Costs) -> None:
    app = test_app(large, at="2031-03-05T12:00Z")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "end")
        await pilot.pause()
        listing = app.screen.query_one("#timeline-list", RowList)
        costs.reset()
        await pilot.press("t")
        await pilot.pause()
        assert costs.measured <= EVENTS
        assert costs.drawn <= listing.scrollable_content_region.height // 2
        assert listing.cursor == EVENTS - 1
        assert listing.row_top(EVENTS - 1) >= listing.scroll_offset.y, "the selected row is still in view"


async def test_palette_event_puts_the_cursor_on_it(large: Dossier) -> None:
    app = test_app(large, at="2031-03-05T12:00Z")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        screen.go_to_event("m700")
        await pilot.pause()
        listing = screen.query_one("#timeline-list", RowList)
        assert listing.cursor == 700 and listing.has_focus
        assert screen.now == datetime(2031, 3, 1 + 700 % 28, tzinfo=UTC)
        top = listing.row_top(700) - listing.scroll_offset.y
        assert 0 <= top < listing.scrollable_content_region.height
        assert "Relay milestone 700" in shown_lines(screen.query_one(TimelinePane))[top + 1]
