"""The app's own theme keeps its text colours readable: WCAG contrast of at least 4.5:1."""

from __future__ import annotations

import pytest
from textual.color import Color

from soyuztui.tui.themes import SOYUZ_THEME

TEXT_COLOURS = ("foreground", "accent", "warning", "success", "error", "text-secondary", "footer-key-foreground")
"""Colours the app draws text in (headings, countdowns, disputes, key hints)."""
BACKGROUNDS = ("background", "surface", "panel")


def _channel(value: int) -> float:
    scaled = value / 255
    return scaled / 12.92 if scaled <= 0.03928 else ((scaled + 0.055) / 1.055) ** 2.4


def luminance(colour: Color) -> float:
    """WCAG relative luminance."""
    return 0.2126 * _channel(colour.r) + 0.7152 * _channel(colour.g) + 0.0722 * _channel(colour.b)


def contrast(one: Color, other: Color) -> float:
    """WCAG contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag() -> None:
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21)
    assert contrast(Color(119, 119, 119), Color(255, 255, 255)) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("background", BACKGROUNDS)
@pytest.mark.parametrize("text", TEXT_COLOURS)
def test_soyuz_text_is_readable(text: str, background: str) -> None:
    variables = {**SOYUZ_THEME.to_color_system().generate(), **SOYUZ_THEME.variables}
    ground = Color.parse(variables[background])
    ink = Color.parse(variables[text])
    ink = ground.blend(ink.with_alpha(1), ink.a)  # a translucent colour as drawn
    assert contrast(ink, ground) >= 4.5, f"{text} on {background}"
