"""The app's own theme and the names `--theme` accepts.

`soyuz` is a mission-control palette: the deep blue-black of a control room at night,
console amber for what has focus, telemetry green for what went well, and the cyan of
a status display. It is registered next to Textual's built-in themes, so it shows in
the palette's theme picker (Ctrl+P, "Theme") like any other.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from textual.color import Color, ColorParseError
from textual.theme import BUILTIN_THEMES, Theme

DEFAULT_THEME = "textual-dark"
"""The theme used when none is chosen; the snapshot tests use it too."""

SOYUZ_THEME = Theme(
    name="soyuz",
    primary="#2F7FB8",  # instrument-panel blue
    secondary="#1B4F72",
    accent="#FFB000",  # console amber: the focused pane
    warning="#FF8C1A",
    error="#F0665C",  # light enough to read on the panel (4.5:1 or more)
    success="#3DDC84",  # telemetry green
    foreground="#D6E4F0",
    background="#0A1420",
    surface="#0F1D2C",
    panel="#16293D",
    dark=True,
    variables={
        "footer-key-foreground": "#FFB000",
        "text-secondary": "#7FB3D9",  # the derived one is too dark on the panel
        "block-cursor-background": "#FFB000",
        "block-cursor-foreground": "#0A1420",
        "input-selection-background": "#2F7FB860",
    },
)
"""The app's own theme: a mission-control palette."""

APP_THEMES: tuple[Theme, ...] = (SOYUZ_THEME,)
"""Themes of the app's own, registered on every `SoyuzApp`."""


def theme_names() -> list[str]:
    """Every theme name `--theme` accepts: the app's own first, then Textual's, sorted."""
    own = [theme.name for theme in APP_THEMES]
    return own + sorted(name for name in BUILTIN_THEMES if name not in own)


WCAG_TEXT = 4.5
"""WCAG 2 AA: the least contrast ratio for body text."""

GROUNDS = ("background", "surface", "panel")
"""The theme colours the app draws its text on: the screen, boxes (help, cards), bars (header, footer)."""

TEXT_COLOURS = {
    "soyuz-accent-text": "accent",
    "soyuz-warning-text": "warning",
    "soyuz-success-text": "success",
    "soyuz-error-text": "error",
    "soyuz-secondary-text": "text-secondary",
}
"""The app's own text colours (CSS variables) and the theme colour each is made from."""


CURSORS = (
    ("block-cursor-foreground", "block-cursor-background"),
    ("block-cursor-blurred-foreground", "block-cursor-blurred-background"),
)
"""A list's highlighted row: its text colour and the background it is drawn on."""


def _channel(value: int) -> float:
    scaled = value / 255
    return scaled / 12.92 if scaled <= 0.03928 else ((scaled + 0.055) / 1.055) ** 2.4


def luminance(colour: Color) -> float:
    """WCAG relative luminance of an opaque colour, 0 (black) to 1 (white)."""
    return 0.2126 * _channel(colour.r) + 0.7152 * _channel(colour.g) + 0.0722 * _channel(colour.b)


def contrast(one: Color, other: Color) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def as_drawn(ink: Color, ground: Color) -> Color:
    """`ink` as it shows on `ground`: a translucent colour is blended over it."""
    return ground.blend(ink.with_alpha(1), ink.a)


def readable(ink: Color, grounds: Sequence[Color], ratio: float = WCAG_TEXT) -> Color:
    """`ink` with its lightness moved as little as it takes to reach `ratio` on every ground.

    Hue and saturation stay, so amber stays amber (a darker one on a light theme). If no
    lightness reaches the ratio on all grounds, the lightness that comes closest is used.
    """
    ink = ink.with_alpha(1)
    if min(contrast(ink, ground) for ground in grounds) >= ratio:
        return ink
    hue, saturation, lightness = ink.hsl

    def worst(level: float) -> float:
        shade = Color.from_hsl(hue, saturation, level)
        return min(contrast(shade, ground) for ground in grounds)

    # Lightness steps of 1%: fine enough to stay close to the theme's colour, and
    # luminance grows with lightness, so the nearest passing step is the one wanted.
    steps = [lightness + sign * step / 100 for step in range(1, 101) for sign in (1, -1)]
    # Clamped, not dropped: 0.92 + 0.08 may come out a hair above 1, and white is a candidate.
    levels = list(dict.fromkeys(min(1.0, max(0.0, level)) for level in steps))
    best, best_score = levels[0], worst(levels[0])
    for level in levels:  # nearest first: the first that passes is the answer
        score = worst(level)
        if score >= ratio:
            return Color.from_hsl(hue, saturation, level)
        if score > best_score:
            best, best_score = level, score
    return Color.from_hsl(hue, saturation, best)


def text_variables(variables: Mapping[str, str]) -> dict[str, str]:
    """The app's text-colour variables for a theme whose CSS variables are `variables`.

    Made once per set of variables (`made_text_variables`): the app asks again on every
    refresh of its styles, and the theme rarely changes in between.
    """
    return dict(_made_for(tuple(sorted(variables.items()))))


@functools.lru_cache(maxsize=32)
def _made_for(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple(made_text_variables(dict(items)).items())


def made_text_variables(variables: Mapping[str, str]) -> dict[str, str]:
    """The app's text-colour variables for a theme whose CSS variables are `variables`.

    Each is the theme's own colour made readable (`readable`) on the grounds text is drawn
    on (the theme's foreground too); the footer's keys and a list's highlighted row are
    made readable on their own backgrounds. A theme whose colours
    are the terminal's (ANSI themes) keeps them: the terminal decides how they look.
    Textual's muted text is kept adaptive (`auto`: drawn against whatever is under it,
    a highlighted row too), made only as opaque as it takes to be readable.
    """
    own = {name: variables.get(source, "") for name, source in TEXT_COLOURS.items()}
    grounds = [_parse(variables.get(name, "")) for name in GROUNDS]
    footer = _parse(variables.get("footer-background", ""))
    if footer is None or any(ground is None for ground in grounds):
        return own  # ANSI colours: how they look is up to the terminal
    drawn = [ground for ground in grounds if ground is not None]
    made: dict[str, str] = {}
    for name, value in own.items():
        ink = resolve(value, drawn[0])
        made[name] = value if ink is None else readable(ink, drawn).hex
    # Plain text is the theme's foreground; a few themes set it too dim for their own panel.
    foreground = resolve(variables.get("foreground", ""), drawn[0])
    if foreground is not None:
        made["foreground"] = readable(foreground, drawn).hex
    made["text-muted"] = muted_text(variables.get("text-muted", ""), drawn)
    footer_key = resolve(variables.get("footer-key-foreground", ""), footer)
    if footer_key is not None:
        made["footer-key-foreground"] = readable(footer_key, [footer]).hex
    for ink_name, ground_name in CURSORS:
        # A concrete colour: Textual resolves a cursor's `auto` against the list under
        # it, not the cursor, and some themes' cursor text is dim on their cursor.
        cursor = resolve(variables.get(ground_name, ""), drawn[0])
        ink = resolve(variables.get(ink_name, ""), cursor) if cursor is not None else None
        if cursor is not None and ink is not None:
            made[ink_name] = readable(ink, [cursor]).hex
    return made


def muted_text(value: str, grounds: Sequence[Color]) -> str:
    """Textual's muted text (`auto 60%`: black or white, translucent) opaque enough for `grounds`."""
    words = value.split()
    if not words or words[0] != "auto":
        ink = resolve(value, grounds[0])
        return value if ink is None else readable(ink, grounds).hex
    least = int(words[1][:-1]) if len(words) == 2 and words[1].endswith("%") else 100
    for percent in range(least, 101):
        if all(
            contrast(as_drawn(ground.get_contrast_text(percent / 100), ground), ground) >= WCAG_TEXT
            for ground in grounds
        ):
            return f"auto {percent}%"
    return "auto 100%"


def resolve(value: str, ground: Color) -> Color | None:
    """A CSS colour value (`#hex`, a name, `auto 60%`, `#hex 50%`) as drawn on `ground`; None for ANSI."""
    words = value.split()
    if not words:
        return None
    alpha = 1.0
    if len(words) == 2 and words[1].endswith("%"):
        alpha = float(words[1][:-1]) / 100
    if words[0] == "auto":
        return as_drawn(ground.get_contrast_text(alpha), ground)
    colour = _parse(words[0])
    if colour is None:
        return None
    return as_drawn(colour.multiply_alpha(alpha), ground)


def _parse(value: str) -> Color | None:
    """An opaque, non-ANSI colour, or None."""
    try:
        colour = Color.parse(value)
    except ColorParseError:
        return None
    return colour if colour.ansi is None else None
