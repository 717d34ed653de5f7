"""The work before the dashboard's first frame: each widget styled once, the size classes first."""

from __future__ import annotations

from collections import Counter

import pytest
from textual import events
from textual.css.stylesheet import Stylesheet

from soyuztui.dossier import Dossier
from soyuztui.tui.app import SoyuzApp
from soyuztui.tui.screens import DashboardScreen
from soyuztui.tui.widgets import WrappedRowList
from soyuztui.tui.widgets.entries import EntryList
from tests.conftest import test_app


async def _styled_until_first_frame(
    dossier: Dossier, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> Counter[str]:
    """How many times each node was styled from the app's start to its Ready event."""
    styled: Counter[str] = Counter()
    ready = False
    apply = Stylesheet.apply

    def counting_apply(self: Stylesheet, node, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not ready:
            styled[f"{type(node).__name__}#{node.id}"] += 1
        return apply(self, node, *args, **kwargs)

    app_on_ready = SoyuzApp.on_ready

    def on_ready(app: SoyuzApp) -> None:
        nonlocal ready
        ready = True
        app_on_ready(app)

    monkeypatch.setattr(Stylesheet, "apply", counting_apply)
    monkeypatch.setattr(SoyuzApp, "on_ready", on_ready)
    app = test_app(dossier)
    async with app.run_test(size=size):
        assert ready
    return styled


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_widgets_are_styled_once_before_the_first_frame(
    dossier: Dossier, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    styled = await _styled_until_first_frame(dossier, monkeypatch, size)
    # Mounting styles every widget; the panes' and lists' own styling before the frame
    # is that once, and again only where focus arrived (the crew pane and its list).
    assert styled["CrewPane#crew"] == 2
    assert styled["RowList#crew-list"] <= 3
    for node in ("OccupantsPane#occupants", "TimelinePane#timeline", "QuotesPane#quotes", "SourcesPane#sources"):
        assert styled[node] == 1, node
    for node in ("EntryList#occupants-list", "WrappedRowList#timeline-list", "EntryList#sources-list"):
        assert styled[node] == 1, node
    assert styled["DashboardScreen#None"] == 1


async def test_later_resumes_restyle(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=(120, 40)):
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        resume = events.ScreenResume()
        screen.on_screen_resume(resume)
        assert resume.refresh_styles


@pytest.mark.parametrize(
    ("size", "classes"),
    [((120, 40), {"-wide", "-tall"}), ((80, 24), {"-narrow", "-short"}), ((100, 30), {"-wide", "-tall"})],
)
async def test_size_classes_from_the_start(dossier: Dossier, size: tuple[int, int], classes: set[str]) -> None:
    app = test_app(dossier)
    async with app.run_test(size=size):
        assert classes <= set(app.screen.classes)
        panes = app.screen.query_one("#panes").styles
        assert panes.layout is not None
        if "-narrow" in classes:
            assert panes.layout.name == "vertical"
        else:
            assert panes.layout.name == "grid"
            assert panes.grid_rows is not None
            assert [str(row) for row in panes.grid_rows] == ["10", "1fr", "1fr"]


async def test_the_first_frame_draws_rows_measured_at_its_widths(
    dossier: Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual draws a list at its size before the list's Resize: rows are measured where drawn."""
    drawn: list[tuple[str, int, int]] = []
    render_line = WrappedRowList.render_line

    def recording_render_line(self: WrappedRowList, y: int):  # type: ignore[no-untyped-def,type-arg]
        strip = render_line(self, y)
        drawn.append((str(self.id), self.measured_width, self.scrollable_content_region.width))
        return strip

    monkeypatch.setattr(WrappedRowList, "render_line", recording_render_line)
    app = test_app(dossier, at="2021-10-05T12:00Z")
    async with app.run_test(size=(120, 40)):
        assert {name for name, _, _ in drawn} >= {"occupants-list", "timeline-list", "sources-list"}
        assert all(measured == width for _, measured, width in drawn)
        # The timeline's disputed docking takes its two lines from the first frame on.
        timeline = app.screen.query_one("#timeline-list", WrappedRowList)
        assert max(timeline.row_lines(index) for index in range(len(timeline.items))) >= 3
        # The sources start at their first heading, the cursor on the first article below it.
        sources = app.screen.query_one("#sources-list", EntryList)
        assert sources.scroll_offset.y == 0
        assert sources.cursor == 1
        assert sources.render_line(0).text.strip() == "Articles"
