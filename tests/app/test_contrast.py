"""Every theme keeps the app's text readable: WCAG contrast of at least 4.5:1.

The colours checked are read from the app's own styles, not listed by hand: every
variable a stylesheet sets as a text colour (`color:`, `border-title-color:`...) and
every variable in a Python-side style string (`Content.styled(text, "bold $accent")`).
Each is resolved as the app resolves it for each theme Textual offers in the palette,
and measured on each ground the app draws text on (the screen, boxes, bars).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from textual.color import Color
from textual.theme import BUILTIN_THEMES

from soyuztui.dossier import Dossier
from soyuztui.resources import styles_dir
from soyuztui.tui.themes import GROUNDS, WCAG_TEXT, contrast, readable, resolve, theme_names
from tests.conftest import test_app

TUI = Path(__file__).resolve().parents[2] / "src" / "soyuztui" / "tui"
VARIABLE = re.compile(r"\$([a-z][a-z0-9-]*)")
TEXT_COLOUR = re.compile(r"(?:^|[;{\s])(?:border-title-|border-subtitle-)?color:\s*\$([a-z][a-z0-9-]*)")

NOT_ON_A_GROUND = {
    "panel-lighten-2": "the timeline's progress track: a bar, not text",
    "block-cursor-foreground": "drawn on the cursor's own background",
    "block-cursor-blurred-foreground": "drawn on the cursor's own background",
}
"""Variables used as a colour that is not text on the screen, a box or a bar."""

TERMINAL_THEMES = {name for name in BUILTIN_THEMES if name.startswith("ansi-")}
"""Themes drawn in the terminal's own 16 colours: how they look is the terminal's choice."""


def _css_text_colours(css: str) -> set[str]:
    return set(TEXT_COLOUR.findall(css))


def text_colour_variables() -> set[str]:
    """Every variable the app draws text in, read from its stylesheets and style strings."""
    found: set[str] = set()
    for sheet in styles_dir().glob("*.tcss"):
        found |= _css_text_colours(sheet.read_text(encoding="utf-8"))
    for module in TUI.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "$" in node.value:
                is_css = "{" in node.value and ":" in node.value
                found |= _css_text_colours(node.value) if is_css else set(VARIABLE.findall(node.value))
    return found - set(NOT_ON_A_GROUND)


def test_the_scan_finds_the_colours_in_use() -> None:
    """The scan sees stylesheet and Python-side colours, and leaves backgrounds out."""
    found = text_colour_variables()
    assert {"text-muted", "soyuz-accent-text", "soyuz-warning-text", "soyuz-error-text"} <= found
    assert not {"panel", "surface", "background"} & found


def test_contrast_formula_matches_wcag() -> None:
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21)
    assert contrast(Color(119, 119, 119), Color(255, 255, 255)) == pytest.approx(4.48, abs=0.01)


def test_readable_keeps_a_readable_colour_and_darkens_amber_on_light_grey() -> None:
    light_grey, amber = Color.parse("#E0E0E0"), Color.parse("#FFA62B")
    assert readable(amber, [Color.parse("#121212")]) == amber
    darker = readable(amber, [light_grey])
    assert contrast(darker, light_grey) >= WCAG_TEXT
    assert darker.hsl.l < amber.hsl.l and abs(darker.hsl.h - amber.hsl.h) < 0.02


@pytest.mark.parametrize("theme", [name for name in theme_names() if name not in TERMINAL_THEMES])
def test_text_is_readable_in_every_theme(dossier: Dossier, theme: str) -> None:
    app = test_app(dossier, theme=theme)
    variables = app.get_css_variables()
    grounds = {name: Color.parse(variables[name]) for name in GROUNDS}
    failures = []
    for name in sorted(text_colour_variables()):
        for ground_name, ground in grounds.items():
            ink = resolve(variables[name], ground)
            assert ink is not None, f"${name} = {variables[name]!r} in {theme}"
            ratio = contrast(ink, ground)
            if ratio < WCAG_TEXT:
                failures.append(f"${name} on ${ground_name}: {ratio:.1f}:1")
    assert not failures, f"{theme}: {', '.join(failures)}"


OWN_GROUNDS = [
    ("footer-key-foreground", "footer-background"),
    ("block-cursor-foreground", "block-cursor-background"),
    ("block-cursor-blurred-foreground", "block-cursor-blurred-background"),
]
"""Text drawn on a background of its own: the footer's keys, a list's highlighted row."""


@pytest.mark.parametrize("theme", [name for name in theme_names() if name not in TERMINAL_THEMES])
def test_keys_and_highlighted_rows_are_readable(dossier: Dossier, theme: str) -> None:
    variables = test_app(dossier, theme=theme).get_css_variables()
    screen = Color.parse(variables["background"])
    for ink_name, ground_name in OWN_GROUNDS:
        ground = resolve(variables[ground_name], screen)  # a translucent cursor over the screen
        assert ground is not None
        assert not variables[ink_name].startswith("auto"), "Textual resolves `auto` against the list, not the cursor"
        ink = resolve(variables[ink_name], ground)
        assert ink is not None and contrast(ink, ground) >= WCAG_TEXT, f"{theme}: ${ink_name} on ${ground_name}"


async def test_switching_theme_recolours_the_text(dossier: Dossier) -> None:
    """The header's clock is drawn in the readable accent of the theme chosen while running."""
    app = test_app(dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = "textual-light"
        await pilot.pause(0.1)
        accent = app.theme_variables["soyuz-accent-text"]
        assert accent.lower() != str(app.current_theme.accent).lower()  # the theme's own amber is too pale
        assert f"fill: {accent.lower()}" in app.export_screenshot().lower()


def test_readable_reaches_white_or_black_when_only_they_will_do() -> None:
    """Pale blue text on a mid blue reaches 4.5:1 only as white: white it becomes, not a dark blue."""
    cursor = Color.parse("#0178D4")
    ink = readable(Color.parse("#DDEDF9"), [cursor])
    assert contrast(ink, cursor) >= WCAG_TEXT and ink.hsl.l > 0.9
