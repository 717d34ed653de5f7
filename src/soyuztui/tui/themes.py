"""The app's own theme and the names `--theme` accepts.

`soyuz` is a mission-control palette: the deep blue-black of a control room at night,
console amber for what has focus, telemetry green for what went well, and the cyan of
a status display. It is registered next to Textual's built-in themes, so it shows in
the palette's theme picker (Ctrl+P, "Theme") like any other.
"""

from __future__ import annotations

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
