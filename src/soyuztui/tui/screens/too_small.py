"""Shown instead of everything else while the terminal is smaller than the layout needs."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import Static

MIN_SIZE = Size(60, 16)
"""The smallest terminal the dashboard and the evidence view are usable in (columns, lines)."""


def too_small(size: Size) -> bool:
    """Whether a terminal of `size` is below `MIN_SIZE` in either direction."""
    return size.width < MIN_SIZE.width or size.height < MIN_SIZE.height


def too_small_text(size: Size) -> str:
    """What the screen says, e.g. 'Terminal too small: need at least 60×16, have 40×10.'"""
    need = f"{MIN_SIZE.width}×{MIN_SIZE.height}"
    return f"Terminal too small: need at least {need}, have {size.width}×{size.height}. Enlarge it, or press q to quit."


class TooSmallScreen(Screen[None]):
    """A centred message naming the size needed; the app pops it once the terminal is big enough."""

    def __init__(self, size: Size) -> None:
        """The message for a terminal of `size`."""
        super().__init__()
        self._size_text = too_small_text(size)

    def compose(self) -> ComposeResult:
        """One message, centred."""
        yield Static(Content(self._size_text), id="too-small")

    def show_size(self, size: Size) -> None:
        """Say how big the terminal is now."""
        self.query_one("#too-small", Static).update(Content(too_small_text(size)))
