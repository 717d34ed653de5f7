"""Help: every key binding of every screen (read from the bindings themselves), then the legend of every mark.

The one help screen: `?` anywhere and the palette's "Keys" open it. The keys are read
from the `BINDINGS` of the screens and widgets listed in `SECTIONS`, so a new binding
shows here by itself (a test checks every binding of the app is listed). The body
scrolls (arrows, j/k, PageUp/PageDown, Home/End), so it fits any terminal the app runs
in, 80×24 included; a long line wraps under its meaning, not at the left edge.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widget import Widget

from soyuztui.present.legend import MARKS
from soyuztui.tui.lines import hang

KEY_WIDTH = 18
"""Width of the first column (key or mark)."""

Section = tuple[str, Sequence[type]]
"""A heading and the classes whose bindings it lists, in order."""


class HelpScroll(VerticalScroll):
    """The help text, scrolled by the keyboard as well as the mouse."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="help.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="help.up"),
    ]


class HangingText(Widget):
    """Lines of text, each wrapped under its own start (or under a column given per line)."""

    DEFAULT_CSS = """
    HangingText {
        height: auto;
    }
    """

    def __init__(self, lines: Sequence[tuple[Content, int]], *, id: str | None = None) -> None:
        """`lines`: each line and the column its wrapped part starts at."""
        super().__init__(id=id)
        self.lines = tuple(lines)

    def wrapped(self, width: int) -> Content:
        """The text at `width` cells."""
        return Content("\n").join(hang(line, width, indent) for line, indent in self.lines)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many lines as the text takes at `width`."""
        return self.wrapped(width).plain.count("\n") + 1

    def render(self) -> Content:
        """The text wrapped at the widget's width."""
        return self.wrapped(self.content_region.width)


class HelpScreen(ModalScreen[None]):
    """Keys and what they do, then what every mark means; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(self, sections: Sequence[Section]) -> None:
        """Help for `sections`: a heading and the classes whose bindings it lists."""
        super().__init__()
        self.sections = tuple(sections)

    def compose(self) -> ComposeResult:
        """A bordered box with one scrolling text."""
        with Vertical(id="help-box") as box:
            box.border_title = "Keys and marks"
            box.border_subtitle = "↑↓ PgUp PgDn scroll · Esc closes"
            with HelpScroll(id="help-scroll"):
                yield HangingText(self._lines(), id="help-text")

    def on_mount(self) -> None:
        """Focus the text, so the keys scroll it."""
        self.query_one(HelpScroll).focus()

    def _lines(self) -> list[tuple[Content, int]]:
        lines: list[tuple[Content, int]] = []
        for heading, rows in key_rows(self.app, self.sections):
            lines.append((Content.styled(heading, "bold $soyuz-accent-text"), 0))
            lines += [(_line(keys, meaning), KEY_WIDTH) for keys, meaning in rows]
            lines.append((Content(""), 0))
        lines.append((Content.styled("Marks", "bold $soyuz-accent-text"), 0))
        for mark in MARKS:
            lines.append((_line(mark.mark, f"{mark.meaning} ({', '.join(mark.places)})"), KEY_WIDTH))
        return lines

    def text(self) -> str:
        """Everything the help says, as plain text (one line per entry)."""
        return "\n".join(line.plain for line, _ in self._lines())

    async def action_dismiss(self, result: None = None) -> None:
        """Close help."""
        self.dismiss(result)


def key_rows(app: App[object], sections: Iterable[Section]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each section's heading and its (keys, what they do) rows, read from the classes' bindings.

    Keys doing the same thing share a row (`Esc / c`); a key listed in an earlier section
    with the same meaning is not listed again.
    """
    seen: set[tuple[str, str]] = set()
    result: list[tuple[str, list[tuple[str, str]]]] = []
    for heading, owners in sections:
        rows: dict[str, list[str]] = {}
        for owner in owners:
            for binding in Binding.make_bindings(getattr(owner, "BINDINGS", [])):
                # The footer's short words may stand for several keys ("1–5 Panes"): the help
                # names each key itself, with its tooltip when it has one.
                meaning = binding.tooltip or binding.description or binding.action
                if (binding.key, meaning) in seen:
                    continue
                seen.add((binding.key, meaning))
                shown = app.get_key_display(replace(binding, key_display=None))
                keys = rows.setdefault(meaning, [])
                if shown not in keys:
                    keys.append(shown)
        if rows:
            result.append((heading, [(" / ".join(keys), meaning) for meaning, keys in rows.items()]))
    return result


def _line(key: str, meaning: str) -> Content:
    """One entry: the key or mark in bold, padded to its column, then what it does."""
    shown = Content.styled(key, "bold")
    if shown.cell_length >= KEY_WIDTH:  # a long key takes its own line, the meaning under the column
        return Content.assemble(shown, "\n", " " * KEY_WIDTH, meaning)
    return Content.assemble(shown.pad_right(KEY_WIDTH - shown.cell_length), meaning)
