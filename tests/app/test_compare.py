"""The compare-outlets screen: the matrix, its cells, and Enter on a cell."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.tui.screens import EvidenceScreen
from soyuztui.tui.screens.compare import CompareScreen
from soyuztui.tui.screens.help import HelpScreen
from tests.conftest import test_app

KESTREL = Path(__file__).resolve().parent.parent / "missions" / "kestrel-4" / "kestrel-4.toml"


async def _open_compare(pilot: Pilot[None]) -> CompareScreen:
    """Press `c` and return the compare screen it opens."""
    await pilot.press("c")
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    return screen


async def test_c_opens_the_matrix_and_enter_opens_a_cells_evidence() -> None:
    app = test_app(build_dossier(KESTREL))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_compare(pilot)
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


async def test_help_lists_the_marks_and_scrolls_at_80x24(dossier: Dossier) -> None:
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


async def test_d_shows_the_disputed_rows_alone_and_the_articles_scroll_sideways(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        matrix = screen.matrix
        await pilot.press("d")
        assert len(matrix.items) == 4 and all(row.conflict for row in matrix.items)
        assert "(only those shown; d: all)" in str(screen.query_one("#compare-title").render())
        await pilot.press("d")
        assert len(matrix.items) == len(screen.rows) > 4
        assert matrix.column_layout().first == 0
        await pilot.press("right", "right", "right")  # to article 003, out of view at 80 columns
        layout = matrix.column_layout()
        assert layout.first <= 3 < layout.last and layout.first > 0
        assert "003" in str(screen.query_one("#compare-header").render())
        assert "articles 4–4" in str(screen.query_one("#compare-title").render())


def test_an_article_naming_an_event_without_its_time_states_no_time(dossier: Dossier) -> None:
    from soyuztui.present.coverage import coverage

    untimed = [(event, claim) for event in dossier.events for claim in event.claims if claim.when is None]
    assert untimed, "the seeds have an article naming an event without its time"
    rows = {row.subject: row for row in coverage(dossier)}
    for event, claim in untimed:
        row = rows[f"{event.id}.time"]
        docs = {item.doc for item in claim.evidence}
        for cell in row.cells:
            assert "no time given" not in cell.text()
            if cell.doc in docs and not cell.values:
                assert cell.state == "silent" and cell.text() == "·" and cell.evidence


async def test_a_quotes_row_names_its_speaker_and_whom_each_article_credits() -> None:
    app = test_app(build_dossier(KESTREL))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_compare(pilot)
        title = str(screen.query_one("#compare-title").render())
        assert "and 5 quotes × 3 articles" in title  # mission controllers report with no one named
        await pilot.press("end")  # the last row: the reported clause, carried by article c alone
        detail = str(screen.query_one("#compare-detail").render())
        assert detail.startswith("Talia Brenner — ≈ the crew would stay aboard") and "does not carry it" in detail
        await pilot.press("left")
        assert "1 of 3 articles name its speaker" in str(screen.query_one("#compare-detail").render())
        await pilot.press("right", "right", "right")
        assert "newsroom credits Talia Brenner" in str(screen.query_one("#compare-detail").render())
