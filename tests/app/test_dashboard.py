"""Driving the dashboard with Pilot: panes, clock keys, occupants, evidence, quotes filter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from textual.dom import DOMNode
from textual.widgets import Input

from soyuztui.dossier import Dossier
from soyuztui.dossier.model import Conflict
from soyuztui.tui.app import SoyuzApp
from soyuztui.tui.article import ArticleView
from soyuztui.tui.panes import OccupantsPane, QuotesPane
from soyuztui.tui.screens import DashboardScreen, EvidenceScreen, HelpScreen
from soyuztui.tui.screens.dashboard import PANES
from soyuztui.tui.widgets import RowList
from soyuztui.tui.widgets.entries import EntryList
from tests.conftest import test_app

LAUNCH = datetime(2021, 10, 5, 8, 55, tzinfo=UTC)
SIZE = (120, 40)


def focused_pane(app: SoyuzApp) -> str | None:
    """The id of the pane focus is in."""
    node: DOMNode | None = app.focused
    while node is not None:
        if "pane" in node.classes:
            return node.id
        node = node.parent
    return None


async def test_number_keys_reach_every_pane(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        assert focused_pane(app) == "crew"
        for number, pane in reversed(list(enumerate(PANES, start=1))):
            await pilot.press(str(number))
            assert focused_pane(app) == pane
            assert app.screen.query_one(f"#{pane}").has_pseudo_class("focus-within")


async def test_tab_and_shift_tab_cycle_panes(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        seen = [focused_pane(app)]
        for _ in PANES[1:]:
            await pilot.press("tab")
            seen.append(focused_pane(app))
        assert seen == list(PANES)
        await pilot.press("tab")
        assert focused_pane(app) == "crew"
        await pilot.press("shift+tab")
        assert focused_pane(app) == "sources"


async def test_clock_keys(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        assert screen.now == LAUNCH - timedelta(minutes=10)
        await pilot.press("greater_than_sign")
        assert app.clock.speed == 10
        await pilot.press("greater_than_sign", "less_than_sign", "less_than_sign")
        assert app.clock.speed == 1
        await pilot.press("space")
        assert app.clock.paused and "paused" in screen.mode
        await pilot.press("space")
        assert not app.clock.paused
        await pilot.press("n")
        assert screen.now == LAUNCH
        await pilot.press("n")
        assert screen.now == datetime(2021, 10, 5, 12, 12, tzinfo=UTC)
        await pilot.press("p")
        assert screen.now == LAUNCH
        await pilot.press("t")  # UTC → the mission's zone → local → UTC
        assert screen.zone == "Europe/Moscow"
        assert "MSK" in str(screen.query_one("#header").render())
        await pilot.press("t")
        assert screen.zone == "local"
        await pilot.press("t")
        assert screen.zone == "utc"
        await pilot.press("l")
        assert app.clock.live and "live" in screen.mode


@pytest.mark.parametrize(
    ("at", "aboard"),
    [
        ("2021-10-05T08:45Z", 7),
        ("2021-10-05T12:12Z", 10),
        ("2021-10-10T00:00Z", 10),
        # The return is known only to the day: on 17 October the three are leaving, not gone.
        ("2021-10-17T06:00Z", 10),
    ],
)
async def test_occupant_counts(dossier: Dossier, at: str, aboard: int) -> None:
    app = test_app(dossier, at=at)
    async with app.run_test(size=SIZE):
        pane = app.screen.query_one(OccupantsPane)
        assert pane.aboard_count() == aboard
        assert pane.border_subtitle == f"{aboard} aboard"


async def test_occupants_follow_the_clock(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.screen.query_one(OccupantsPane)
        assert pane.aboard_count() == 7
        await pilot.press("n", "n")  # launch, then docking
        await pilot.pause()
        assert pane.border_subtitle == "10 aboard"
        await pilot.press("n", "n")  # (filming starts with docking) then return
        await pilot.pause()
        # The return is known only to the day: at the start of 17 October no one is known to have left.
        assert pane.border_subtitle == "10 aboard"


@pytest.mark.parametrize("pane", ["crew", "occupants", "timeline", "sources"])
async def test_enter_opens_evidence_and_escape_returns(dossier: Dossier, pane: str) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        # A crew row opens the person's card first; its first fact opens the evidence.
        card = ("enter",) if pane == "crew" else ()
        await pilot.press(str(PANES.index(pane) + 1), "enter", *card)
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        article = app.screen.query_one(ArticleView)
        assert article.row_count > 1
        assert "outlet not given" in str(article.border_title)  # the seeds name no outlets
        await pilot.press("escape", *(("escape",) if card else ()))
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert focused_pane(app) == pane


async def test_evidence_highlights_the_span(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "down", "down", "enter")  # Anton Shkaplerov's card, then his seat
        await pilot.pause()
        lines = app.screen.query_one(ArticleView).span_lines()
        assert 1 <= len(lines) <= 3
        assert "led by veteran cosmonaut Anton Shkaplerov" in " ".join(line.strip() for line in lines)


async def test_conflict_evidence_shows_both_sides(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        sources = app.screen.query_one("#sources-list", EntryList)
        sources.move_cursor(
            next(index for index, entry in enumerate(sources.items) if isinstance(entry.item, Conflict))
        )
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        labels = {item.label for item in app.screen.items}
        assert labels == {"The Challenge", "Challenge"}


async def test_quotes_enter_and_filter(quoted: Dossier) -> None:
    app = test_app(quoted)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.screen.query_one(QuotesPane)
        listing = pane.query_one(RowList)
        assert len(listing.items) == len(quoted.quotes)
        await pilot.press("4", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        await pilot.press("escape")
        await pilot.press("slash")
        box = pane.query_one(Input)
        assert box.has_focus
        await pilot.press(*"peresild")
        hers = [quote for quote in quoted.quotes if quote.speaker == "peresild"]
        assert len(hers) == 8  # 5 direct, 3 reported ("acknowledged it was …" reads without "that")
        # a plain word matches the words too: Shipenko's report names her
        shown = [quote for quote in quoted.quotes if quote in hers or "peresild" in quote.text.casefold()]
        assert list(listing.items) == shown and len(shown) == len(hers) + 1
        assert pane.border_subtitle == f"{len(shown)}/{len(quoted.quotes)}"
        await pilot.press("enter")
        assert listing.has_focus
        await pilot.press("slash", "ctrl+a")
        box.value = "hospitable"
        await pilot.pause()
        assert len(listing.items) == 1
        box.value = "kind:reported speaker:peresild"
        await pilot.pause()
        assert len(listing.items) == 3
        box.value = "type:organisation"
        await pilot.pause()
        by_agency = [quote for quote in quoted.quotes if quote.speaker_type == "organisation"]
        assert len(listing.items) == len(by_agency) == 2
        await pilot.press("escape")
        assert len(listing.items) == len(quoted.quotes) and not box.display


async def test_quotes_filter_nothing_matches(quoted: Dossier) -> None:
    app = test_app(quoted)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"[b]zzz")
        pane = app.screen.query_one(QuotesPane)
        listing = pane.query_one(RowList)
        assert not listing.items
        # The first line says so, the words as typed (never markup), cut to the list's width.
        assert listing.render_line(0).text.rstrip() == "No quote matches “[b]zzz”."
        assert listing.render_line(1).text.strip() == ""
        pane.query_one(Input).value = "zzz and a great many more words than the list is wide"
        await pilot.pause()
        assert listing.render_line(0).text.endswith("…")
        assert len(listing.render_line(0).text) == listing.scrollable_content_region.width
        await pilot.press("escape")
        assert listing.items and "No quote" not in listing.render_line(0).text


async def test_no_quotes_says_so(dossier: Dossier) -> None:
    app = test_app(dossier.model_copy(update={"quotes": ()}))
    async with app.run_test(size=SIZE):
        listing = app.screen.query_one(QuotesPane).query_one(RowList)
        assert listing.render_line(0).text.rstrip() == "No quotes in this dossier yet."


async def test_list_keys_j_k(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        listing = app.screen.query_one("#timeline-list", RowList)
        start = listing.cursor or 0
        await pilot.press("j", "j")
        assert listing.cursor == start + 2
        await pilot.press("k")
        assert listing.cursor == start + 1


async def test_help_lists_the_bindings(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.text()
        for words in ("Pause", "Slower", "Faster", "Next event", "Zone", "Quit", "Go to crew"):
            assert words in shown
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)


async def test_palette_goes_to_event(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"go to event docking")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        assert screen.now == datetime(2021, 10, 5, 12, 12, tzinfo=UTC)
        assert focused_pane(app) == "timeline"


async def test_mouse_click_focuses_a_pane(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#sources-list")
        assert focused_pane(app) == "sources"


async def test_quit(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
    assert app.return_code == 0


async def test_the_focused_pane_stays_in_view_when_the_panes_stack(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        await pilot.resize_terminal(80, 24)  # the grid becomes a column of panes that scrolls
        await pilot.pause()
        await pilot.pause()
        panes = app.screen.query_one("#panes")
        sources = app.screen.query_one("#sources")
        assert panes.scroll_offset.y > 0
        assert panes.region.contains_region(sources.region)
        await pilot.resize_terminal(120, 40)  # and back: the grid, nothing to scroll
        await pilot.pause()
        assert focused_pane(app) == "sources"
