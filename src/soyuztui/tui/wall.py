"""The one module that touches Textual's private names.

Everything else in `soyuztui.tui` uses Textual's public API only. What is here guards
against failures in Textual 8.2.8's command palette under keys that arrive faster than
the palette opens and closes, and keeps the footer from being rebuilt on every focus
move. Each depends on a name, a signature or a behaviour of Textual's that may change
without notice: `tests/app/test_wall.py` checks every one of them against the installed
Textual and fails loudly if one moved, instead of letting a guard stop guarding in silence.

It also holds the one change to rich's measure of text: spacing combining marks as wide as
terminals draw them (`measure_like_terminals`), checked against the installed rich the same way.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import rich.cells
from rich.cells import CellTable, cell_len
from textual.app import App, ComposeResult
from textual.await_complete import AwaitComplete
from textual.command import CommandList, CommandPalette
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# rich.cells takes `load_cell_table` from another module and does not list it as its own;
# the wall reads and replaces it through this untyped handle (test_wall checks the name).
rich_cells: Any = rich.cells

PALETTE_ID = "--command-palette"
"""The DOM id Textual gives its command palette screen (`App.action_command_palette`)."""


class SafeCommandPalette(CommandPalette):
    """Textual's command palette, safe under keys that arrive faster than it closes.

    Guarantees, each against a failure of the unguarded palette:
    - PageUp/PageDown while its list has no room to show a line do nothing (Textual's
      OptionList looks the highlighted option's line up and raises KeyError);
    - it is dismissed at most once (a second queued selection would pop the screen under it);
    - a command search finishing after the palette has closed and emptied changes
      nothing (it would fail looking for its list, NoMatches, and take the app down).
    """

    def _watch__list_visible(self) -> None:
        """Show or hide the command list, only while the palette still has it.

        Overrides the watcher Textual calls for the private reactive `_list_visible`.
        """
        if self.query(CommandList):
            super()._watch__list_visible()

    def dismiss(self, result: None = None) -> AwaitComplete:
        """Close the palette, once: a palette no longer on top has been dismissed already."""
        if self.app.screen is not self:
            nothing: AwaitComplete = AwaitComplete.nothing()  # type: ignore[no-untyped-call]  # unannotated in Textual
            return nothing
        return super().dismiss(result)

    def _action_command_list(self, action: str) -> None:
        """Pass a key's action to the command list, except paging a list with no room.

        Overrides the private action Textual's palette bindings name `command_list(...)`.
        """
        if action in ("page_up", "page_down") and not self.query_one(CommandList).scrollable_content_region:
            return
        super()._action_command_list(action)


def open_command_palette(app: App[Any]) -> None:
    """Open the guarded palette, as `App.action_command_palette` opens Textual's own.

    The same steps as Textual's action (a copy: it names its palette class inside its
    body, so it cannot be told to use another); the contract test holds the two together.
    """
    if app.use_command_palette and not CommandPalette.is_open(app):
        app.push_screen(SafeCommandPalette(id=PALETTE_ID))


def open_theme_palette(app: App[Any]) -> None:
    """Open the theme search (`App.search_themes`) in the guarded palette.

    The same step as Textual's method (a copy: it names its palette class inside its
    body); the contract test holds the two together.
    """
    from textual.theme import ThemeProvider

    app.push_screen(SafeCommandPalette(providers=[ThemeProvider], placeholder="Search for themes…"))


def footer_key_width(key_display: str, description: str, *, compact: bool, palette: bool = False) -> int:
    """Cells a footer key takes, as Textual's `FooterKey` styles draw it (margins included).

    Wide: ` key ` then `description `; compact: `key`, ` description` and a margin of one.
    The palette's key, docked right, is always drawn compact, with a bar on its left; in a
    compact footer nothing after it (the app's stylesheet), in a wide one a cell of padding.
    """
    text = cell_len(description)
    if palette:
        return 1 + cell_len(key_display) + 1 + text + (0 if compact else 1)
    if compact:
        return cell_len(key_display) + (1 + text if description else 0) + 1
    return cell_len(key_display) + 2 + (text + 1 if description else 0)


def footer_layout(keys: Sequence[tuple[str, str]], palette: Sequence[tuple[str, str]], width: int) -> tuple[bool, int]:
    """How a footer `width` cells wide shows `keys` (key, description) before the `palette` key.

    Returns (compact, count): wide if every key fits wide, else compact; and how many keys,
    taken in order, fit whole.
    """
    for compact in (False, True):
        room = width - sum(footer_key_width(*key, compact=compact, palette=True) for key in palette)
        used = count = 0
        for key in keys:
            used += footer_key_width(*key, compact=compact)
            if used > room:
                break
            count += 1
        if count == len(keys) or compact:
            return compact, count
    raise AssertionError("unreachable")  # pragma: no cover


class SteadyFooter(Footer):
    """Textual's Footer, showing the keys that fit whole, rebuilt only when they change.

    Textual's Footer rebuilds all its keys (new widgets, each styled) whenever the
    bindings may have changed, which is every focus move; between the dashboard's lists
    the keys shown are the same, and the rebuild would be most of the cost of a pane switch.
    On a terminal too narrow for all its keys, Textual's Footer lets the last ones run under
    the palette's key, cut in the middle; this one shows the keys in the screen's binding
    order (its order of priority) as far as they fit whole, and goes compact when that
    lets more of them in (`footer_layout`).

    Guarantees: the footer shows what Textual's would, because it is Textual's, asked
    to rebuild whenever the bindings it shows (keys with `show`, and the palette's key)
    differ from those it last rebuilt for, or a resize changes how many fit. Relies on
    `bindings_changed(screen)` being the footer's one way to learn of new bindings, on
    `compose` showing exactly those bindings as `FooterKey`s, and on `footer_key_width`
    matching Textual's `FooterKey` styles: the contract test checks all three.
    """

    def __init__(self) -> None:
        """A footer that has shown no keys yet."""
        super().__init__()
        self.shown_keys: tuple[object, ...] | None = None
        self.offered: tuple[tuple[str, str], ...] = ()
        """The keys the bindings offer, (key, description) in order, the palette's apart."""
        self.palette: tuple[tuple[str, str], ...] = ()
        self.layout_shown: tuple[bool, int] = (False, 0)
        """Compact or not, and how many of the offered keys are shown."""

    def compose(self) -> ComposeResult:
        """Textual's keys, without those that do not fit whole before the palette's key."""
        widgets = list(super().compose())
        keys = [w for w in widgets if isinstance(w, FooterKey) and not w.has_class("-command-palette")]
        self.offered = tuple((key.key_display, key.description) for key in keys)
        self.palette = tuple(
            (w.key_display, w.description)
            for w in widgets
            if isinstance(w, FooterKey) and w.has_class("-command-palette")
        )
        self.layout_shown = footer_layout(self.offered, self.palette, self.size.width or self.app.size.width)
        compact, count = self.layout_shown
        self.compact = compact  # the keys made above are bound to it
        dropped = set(map(id, keys[count:]))
        yield from (widget for widget in widgets if id(widget) not in dropped)

    def on_resize(self, event: Resize) -> None:
        """Rebuild if another layout suits the new width."""
        if self.offered and footer_layout(self.offered, self.palette, event.size.width) != self.layout_shown:
            self.refresh(recompose=True)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        """Rebuild the keys if the ones to show changed (or were never shown)."""
        palette = self.app.COMMAND_PALETTE_BINDING
        shown = tuple(
            (key, active.binding, active.enabled, active.tooltip)
            for key, active in screen.active_bindings.items()
            if active.binding.show or key == palette
        )
        if shown == self.shown_keys:
            return
        # The same conditions under which Textual's footer rebuilds: otherwise it waits,
        # and so must the record of what was shown.
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self.shown_keys = shown
        super().bindings_changed(screen)


# ------------------------------------------------------------------ cell widths

_SPACING_MARK = "Mc"
_WIDE = frozenset({"W", "F"})


def _spacing_mark_width(codepoint: int) -> int:
    """What wcwidth gives a codepoint rich's table calls zero-width: 1 or 2 for a spacing mark, else 0."""
    character = chr(codepoint)
    if unicodedata.category(character) != _SPACING_MARK:
        return 0
    return 2 if unicodedata.east_asian_width(character) in _WIDE else 1


def widths_like_terminals(widths: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """rich's width ranges with every spacing combining mark (category Mc) given its wcwidth.

    Only rich's zero-width ranges are looked at (a few thousand codepoints); the result is
    sorted and non-overlapping, as rich's binary search needs.
    """
    adjusted: list[tuple[int, int, int]] = []
    for start, end, width in widths:
        if width != 0:
            adjusted.append((start, end, width))
            continue
        run_start, run_width = start, _spacing_mark_width(start)
        for codepoint in range(start + 1, end + 1):
            codepoint_width = _spacing_mark_width(codepoint)
            if codepoint_width != run_width:
                adjusted.append((run_start, codepoint - 1, run_width))
                run_start, run_width = codepoint, codepoint_width
        adjusted.append((run_start, end, run_width))
    return adjusted


_RICH_LOAD: Callable[[str], CellTable] | None = None
"""rich's own table loader, kept when the wrapper is installed."""


@functools.cache
def load_cell_table_like_terminals(unicode_version: str = "auto") -> CellTable:
    """rich's cell table for `unicode_version`, spacing marks as wide as terminals draw them."""
    load = _RICH_LOAD if _RICH_LOAD is not None else rich_cells.load_cell_table
    table = load(unicode_version)
    return table._replace(widths=widths_like_terminals(table.widths))


def measure_like_terminals() -> None:
    """Make rich, and so Textual, measure text in cells as terminals do. Idempotent.

    rich 15's table gives spacing combining marks (Unicode category Mc: most vowel signs
    of Devanagari, Bengali, Tamil, Malayalam…) no width, where wcwidth (Markus Kuhn's
    rules, glibc's, and the terminals that follow them: xterm, VTE, tmux) gives them one
    cell: a name in those scripts drew wider than rich measured it and pushed the pane's
    border out. Every measure in rich and
    Textual (`cell_len`, `get_character_cell_size`, `set_cell_size`, `split_graphemes`,
    `chop_cells`) reads the table through the module global `rich.cells.load_cell_table`
    at call time: the wrapper goes there, and the caches of widths measured so far are
    emptied. The table is still loaded, and adjusted, only when text first needs it.
    `tests/app/test_wall.py` checks the names and fields this relies on.
    """
    global _RICH_LOAD
    if rich_cells.load_cell_table is load_cell_table_like_terminals:
        return
    _RICH_LOAD = rich_cells.load_cell_table
    rich_cells.load_cell_table = load_cell_table_like_terminals
    rich.cells.get_character_cell_size.cache_clear()
    rich.cells.cached_cell_len.cache_clear()
