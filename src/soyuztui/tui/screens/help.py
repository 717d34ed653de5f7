"""Help: every key binding (read from the bindings themselves), then the legend of every mark.

The body scrolls (arrows, j/k, PageUp/PageDown, Home/End), so it fits any terminal the
app runs in, 80×24 included.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from soyuztui.present.legend import MARKS

KEY_WIDTH = 16
"""Width of the first column (key or mark)."""


class HelpScroll(VerticalScroll):
    """The help text, scrolled by the keyboard as well as the mouse."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
    ]


class HelpScreen(ModalScreen[None]):
    """Keys and what they do, then what every mark means; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, sections: list[tuple[str, list[Binding]]]) -> None:
        """Help for `sections`: (heading, bindings) pairs."""
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        """A bordered box with one scrolling text."""
        with Vertical(id="help-box") as box:
            box.border_title = "Keys and marks"
            box.border_subtitle = "↑↓ scroll · Esc closes"
            with HelpScroll(id="help-scroll"):
                yield Static(self._text(), id="help-text")

    def on_mount(self) -> None:
        """Focus the text, so the keys scroll it."""
        self.query_one(HelpScroll).focus()

    def _text(self) -> Content:
        lines: list[Content] = []
        for heading, bindings in self.sections:
            lines.append(Content.styled(heading, "bold $soyuz-accent-text"))
            for binding in bindings:
                lines.append(_line(self.app.get_key_display(binding), binding.description or binding.action))
            lines.append(Content(""))
        lines.append(Content.styled("Marks", "bold $soyuz-accent-text"))
        for mark in MARKS:
            lines.append(_line(mark.mark, f"{mark.meaning} ({', '.join(mark.places)})"))
        lines.append(Content(""))
        lines.append(Content("Tab / Shift+Tab move between panes; Enter opens the evidence of a fact."))
        return Content("\n").join(lines)

    async def action_dismiss(self, result: None = None) -> None:
        """Close help."""
        self.dismiss(result)


def _line(key: str, meaning: str) -> Content:
    """One entry: the key or mark in bold, padded to its column, then what it does."""
    shown = Content.styled(key, "bold").truncate(KEY_WIDTH - 1, ellipsis=True)
    shown = shown.pad_right(KEY_WIDTH - 1 - shown.cell_length)
    return Content.assemble(shown, " ", meaning)
