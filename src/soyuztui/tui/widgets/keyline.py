"""A one-line key to the marks of a pane or screen, shortened by whole phrases to its width."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from soyuztui.present.legend import fit_phrases


class KeyLine(Widget):
    """Phrases ("✓ over", "Enter: evidence"...) on up to `lines` lines, as many as fit whole, in order.

    Wrapping or cutting at the edge would split a phrase ("≠ other si…"); this breaks lines
    only between phrases, keeps the first phrases that fit and ends with "…" when some are
    left out (the help screen has them all).
    """

    DEFAULT_CSS = """
    KeyLine {
        height: auto;
    }
    """

    def __init__(
        self, phrases: Sequence[str], *, lines: int = 1, id: str | None = None, classes: str | None = None
    ) -> None:
        """A key of `phrases`, the most useful first, on at most `lines` lines."""
        super().__init__(id=id, classes=classes)
        self.phrases = tuple(phrases)
        self.lines = lines

    def fitted(self, width: int) -> str:
        """The text shown at `width` cells."""
        return fit_phrases(self.phrases, width, cell_len, self.lines)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many lines as the phrases that fit `width` take."""
        return self.fitted(width).count("\n") + 1

    def render(self) -> Content:
        """The phrases that fit the widget's width."""
        return Content(self.fitted(self.content_region.width))
