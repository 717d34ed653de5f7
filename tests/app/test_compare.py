"""The compare-outlets screen: the matrix, its cells, and Enter on a cell."""

from __future__ import annotations

from pathlib import Path

from soyuztui.dossier import build_dossier
from soyuztui.tui.screens import EvidenceScreen
from soyuztui.tui.screens.compare import CompareScreen
from soyuztui.tui.screens.help import HelpScreen
from tests.conftest import test_app

KESTREL = Path(__file__).resolve().parent.parent / "missions" / "kestrel-4" / "kestrel-4.toml"


async def test_c_opens_the_matrix_and_enter_opens_a_cells_evidence() -> None:
    app = test_app(build_dossier(KESTREL))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert screen.rows[0].subject == "docking.time"
        detail = str(screen.query_one("#compare-detail").render())
        assert "a Meridian Wire" in detail and "does not state it" in detail
        await pilot.press("right")  # to article b, which states 20:05
        detail = str(screen.query_one("#compare-detail").render())
        assert "states 2031-03-11 20:05 UTC" in detail
        await pilot.press("enter")
        assert isinstance(app.screen, EvidenceScreen)
        assert {item.evidence.doc for item in app.screen.items} == {"b"}
        await pilot.press("escape", "escape")
        assert not isinstance(app.screen, CompareScreen)


async def test_help_lists_the_marks_and_scrolls_at_80x24(dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "director*" in text and "(date inferred)" in text and "[000 001]" in text
        scroll = app.screen.query_one("#help-scroll")
        assert scroll.max_scroll_y > 0
        await pilot.press("end")
        for _ in range(40):  # the scroll to the end happens after a refresh: wait for it, a busy machine is slow
            if scroll.scroll_y == scroll.max_scroll_y:
                break
            await pilot.pause(0.05)
        assert scroll.scroll_y == scroll.max_scroll_y
