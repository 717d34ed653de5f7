"""Themes: the app's own `soyuz` theme next to Textual's, chosen by factory, palette or CLI;
and NO_COLOR, which Textual honours by drawing in greys."""

from __future__ import annotations

import re

import pytest
from rich.terminal_theme import SVG_EXPORT_THEME
from textual.pilot import Pilot
from textual.theme import BUILTIN_THEMES

from soyuztui.dossier import Dossier
from soyuztui.tui.themes import DEFAULT_THEME, SOYUZ_THEME, theme_names
from tests.conftest import test_app

SIZE = (120, 40)
COLOUR = re.compile(r"#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})\b")
WINDOW_CHROME = re.compile(r'<circle[^>]*>|<text class="terminal-[0-9-]*title"[^>]*>')
"""Rich's SVG draws a window around the terminal: three coloured buttons and a title."""


DEFAULTS = {tuple(SVG_EXPORT_THEME.foreground_color), tuple(SVG_EXPORT_THEME.background_color)}
"""The SVG's stand-ins for the terminal's own default colours (text with no colour set)."""


def colours(svg: str) -> set[tuple[int, int, int]]:
    """Every #rrggbb colour the app sets in an SVG screenshot (not the window, not defaults)."""
    svg = WINDOW_CHROME.sub("", svg)
    found = {(int(r, 16), int(g, 16), int(b, 16)) for r, g, b in COLOUR.findall(svg)}
    return found - DEFAULTS


def test_theme_names() -> None:
    names = theme_names()
    assert names[0] == "soyuz"
    assert set(BUILTIN_THEMES) <= set(names)
    assert DEFAULT_THEME in names and len(names) == len(set(names))


async def test_default_theme_is_unchanged_and_soyuz_is_registered(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE):
        assert app.theme == DEFAULT_THEME == "textual-dark"
        assert app.available_themes["soyuz"] is SOYUZ_THEME


async def test_factory_applies_a_theme(dossier: Dossier) -> None:
    app = test_app(dossier, theme="soyuz")
    async with app.run_test(size=SIZE):
        assert app.theme == "soyuz"
        assert app.current_theme.accent == SOYUZ_THEME.accent


async def choose(pilot: Pilot[None], typed: str) -> None:
    """Type into the open palette, let its search finish, take the top hit."""
    await pilot.press(*typed)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_textual_theme_picker_offers_soyuz(dossier: Dossier) -> None:
    """Ctrl+P → Theme (Textual's picker) lists the app's theme with the built-ins."""
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await choose(pilot, "theme")
        await choose(pilot, "soyuz")
        assert app.theme == "soyuz"


async def test_app_command_sets_soyuz(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await choose(pilot, "theme: soyuz")
        assert app.theme == "soyuz"


async def test_no_color_draws_in_greys(dossier: Dossier, monkeypatch: pytest.MonkeyPatch) -> None:
    """With NO_COLOR set, every colour on screen is a grey (r = g = b)."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = test_app(dossier, theme="soyuz")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.no_color
        drawn = colours(app.export_screenshot())
    assert drawn and all(r == g == b for r, g, b in drawn), sorted(c for c in drawn if len(set(c)) > 1)[:5]


async def test_colour_without_no_color(dossier: Dossier, monkeypatch: pytest.MonkeyPatch) -> None:
    """The control for the test above: without NO_COLOR the same screen has colours."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = test_app(dossier, theme="soyuz")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.no_color
        drawn = colours(app.export_screenshot())
    assert any(len({r, g, b}) > 1 for r, g, b in drawn)
