"""The footer: help and quit stay in sight at every width the dashboard is shown at, the
other keys follow in order of priority as far as they fit whole (nothing cut, nothing
peeking out under the palette's key), and the palette's key sits flush with the right edge."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widget import Widget

from soyuztui.dossier import Dossier
from soyuztui.tui.screens.dashboard import DashboardScreen
from soyuztui.tui.screens.too_small import MIN_SIZE
from soyuztui.tui.wall import SteadyFooter, footer_key_width, footer_layout
from tests.conftest import test_app

PRIORITY = [b.key for b in DashboardScreen.BINDINGS if not isinstance(b, tuple) and b.show]
"""The dashboard's footer keys in order of priority (the order of its bindings)."""


async def footer_keys(pilot: Pilot[None], footer: SteadyFooter) -> list[Widget]:
    """The footer's keys left to right, once the footer has laid them out."""
    keys: list[Widget] = []
    for _ in range(100):  # the footer lays its keys out after the first frames
        await pilot.pause(0.05)
        keys = sorted(footer.query("FooterKey"), key=lambda key: key.region.x)
        if keys and all(key.region.width for key in keys):
            break
    return keys


@pytest.mark.parametrize(
    ("width", "shown"),
    [
        (MIN_SIZE.width, 4),  # through n Next event
        (80, 6),  # through c Compare
        (100, 8),  # through l Live
        (120, 10),
        (200, 13),  # and the pane keys (1–5), the card (m), the filter (/)
    ],
)
async def test_keys_in_priority_order_as_far_as_they_fit(dossier: Dossier, width: int, shown: int) -> None:
    app = test_app(dossier)
    async with app.run_test(size=(width, 24)) as pilot:
        footer = app.screen.query_one(SteadyFooter)
        keys = await footer_keys(pilot, footer)
        *offered, palette = keys
        assert palette.has_class("-command-palette") and palette.region.right == footer.region.right
        names = [key.key for key in offered]  # type: ignore[attr-defined]
        assert names == PRIORITY[:shown], f"at {width} columns"
        assert names[:2] == ["question_mark", "q"]
        for key, after in zip(offered, keys[1:], strict=True):
            assert key.region.right <= after.region.x, f"{key.key} overlaps what follows at {width} columns"  # type: ignore[attr-defined]
        assert offered[-1].region.right <= palette.region.x


async def test_resizing_brings_keys_back(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=(80, 24)) as pilot:
        footer = app.screen.query_one(SteadyFooter)
        assert len(await footer_keys(pilot, footer)) == 7
        await pilot.resize_terminal(120, 40)
        await pilot.pause(0.2)
        assert [key.key for key in await footer_keys(pilot, footer)][:-1] == PRIORITY[:10]  # type: ignore[attr-defined]
        assert footer.compact
        await pilot.resize_terminal(200, 40)
        await pilot.pause(0.2)
        assert [key.key for key in await footer_keys(pilot, footer)][:-1] == PRIORITY  # type: ignore[attr-defined]


@pytest.mark.parametrize("compact", [False, True])
async def test_key_widths_match_textual_s_footer(dossier: Dossier, compact: bool) -> None:
    """`footer_key_width` measures keys as Textual's FooterKey styles draw them."""
    app = test_app(dossier)
    async with app.run_test(size=(200 if not compact else 120, 24)) as pilot:
        footer = app.screen.query_one(SteadyFooter)
        *offered, palette = await footer_keys(pilot, footer)
        assert footer.compact == compact
        for key, after in zip(offered, [*offered[1:], None], strict=True):
            if after is None:
                break
            drawn = after.region.x - key.region.x
            assert footer_key_width(key.key_display, key.description, compact=compact) == drawn  # type: ignore[attr-defined]
        width = footer_key_width(palette.key_display, palette.description, compact=compact, palette=True)  # type: ignore[attr-defined]
        assert width == footer.region.right - palette.region.x


def test_layout_prefers_wide_then_compact_then_fewer() -> None:
    keys = [("?", "Help"), ("q", "Quit"), ("space", "Pause/resume")]
    palette = [("^p", "palette")]
    wide = sum(footer_key_width(*key, compact=False) for key in keys) + footer_key_width(
        *palette[0], compact=False, palette=True
    )
    assert footer_layout(keys, palette, wide) == (False, 3)
    assert footer_layout(keys, palette, wide - 1) == (True, 3)
    assert footer_layout(keys, palette, 30) == (True, 2)
    assert footer_layout(keys, palette, 5) == (True, 0)
