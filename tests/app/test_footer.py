"""The footer: help and quit stay in sight at every width the dashboard is shown at,
and the palette's key sits flush with the right edge (nothing peeks out after it)."""

from __future__ import annotations

import pytest
from textual.widget import Widget
from textual.widgets import Footer

from soyuztui.tui.screens.too_small import MIN_SIZE
from tests.conftest import test_app


@pytest.mark.parametrize("width", [MIN_SIZE.width, 80, 120])
async def test_help_and_quit_in_sight(dossier, width: int) -> None:
    app = test_app(dossier)
    async with app.run_test(size=(width, 24)) as pilot:
        footer = app.screen.query_one(Footer)
        keys: dict[str, Widget] = {}
        for _ in range(100):  # the footer lays its keys out after the first frames
            await pilot.pause(0.05)
            keys = {key.key: key for key in footer.query("FooterKey")}  # type: ignore[attr-defined]
            wanted = [keys.get(name) for name in ("question_mark", "q", "ctrl+p")]
            if all(key is not None and key.region.width for key in wanted):
                break
        assert {"question_mark", "q", "ctrl+p"} <= set(keys)
        for name in ("question_mark", "q"):
            region = keys[name].region
            assert region.width and footer.region.contains_region(region), f"{name} cut at {width} columns"
        palette = keys["ctrl+p"].region
        assert palette.right == footer.region.right, f"a gap after the palette key at {width} columns"
