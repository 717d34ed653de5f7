"""Small widgets the panes share: lists with vi keys."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.screen import Screen
from textual.strip import Strip
from textual.style import Style
from textual.widgets import DataTable, Footer, OptionList
from textual.widgets._footer import FooterKey
from textual.widgets.option_list import Option

VI_KEYS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False, id="list.down"),
    Binding("k", "cursor_up", "Up", show=False, id="list.up"),
]


class FactList(OptionList):
    """An OptionList (renders only visible lines) that also moves with j/k."""

    BINDINGS: ClassVar[list[BindingType]] = VI_KEYS

    def on_focus(self) -> None:
        """Arriving with nothing highlighted: highlight the first fact, so Enter works."""
        if self.highlighted is None and self.option_count:
            self.action_first()

    # OptionList pages by looking up the highlighted option's line, and it lays out no
    # lines while it has no room (a pane squeezed to nothing): PageUp/PageDown then raised
    # KeyError (found by the key storm). With no room there is no page to move by.
    def action_page_down(self) -> None:
        """Down a page, if the list has room to show any line."""
        if self.scrollable_content_region:
            super().action_page_down()

    def action_page_up(self) -> None:
        """Up a page, if the list has room to show any line."""
        if self.scrollable_content_region:
            super().action_page_up()


class FactTable(DataTable[object]):
    """A DataTable (renders only visible rows) that also moves with j/k."""

    BINDINGS: ClassVar[list[BindingType]] = VI_KEYS


class FixedRowList(FactList):
    """A FactList whose every option is exactly `ROW_HEIGHT` lines, for lists that can be long.

    An OptionList wraps every prompt to learn its height, and does it again for all of
    them whenever its width changes (focus moving between panes does that): with 10,000
    quotes that is seconds. Here heights are known without looking at the options, so
    only the rows on screen are ever rendered. Prompts longer than a row are cut (the
    stylesheet sets `text-wrap: nowrap; text-overflow: ellipsis` for such lists).
    """

    ROW_HEIGHT = 2

    def _update_lines(self) -> None:
        if not self.scrollable_content_region:
            return
        cache = self._line_cache
        height = self.ROW_HEIGHT
        first = len(cache.heights)
        count = len(self.options)
        if first < count:
            for index in range(first, count):
                cache.index_to_line[index] = index * height
                cache.heights[index] = height
            cache.lines.extend((index, line) for index in range(first, count) for line in range(height))
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        virtual_size = Size(width, len(cache.lines))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        strips = super()._get_option_render(option, style)
        if len(strips) == self.ROW_HEIGHT:
            return strips
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        blank = Strip.blank(width, style.rich_style)
        return [*strips[: self.ROW_HEIGHT], *[blank] * (self.ROW_HEIGHT - len(strips))]


class SteadyFooter(Footer):
    """A Footer that rebuilds its keys only when the keys it shows change.

    Textual's Footer recomposes on every change of bindings, i.e. on every focus move,
    and restyles each new key: that was most of the cost of moving between panes, whose
    lists all show the same keys.
    """

    def __init__(self) -> None:
        """A footer with nothing shown yet."""
        super().__init__()
        self._shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        """Textual's keys, made in the footer's compact setting.

        A FooterKey starts compact and is then bound to the footer's setting: each key
        was styled, restyled with `-compact`, and restyled again without it. (The command
        palette's key is not bound: it stays as Textual makes it.)
        """
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)
                widget.set_class(self.compact, "-compact", update=False)
            yield widget

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Recompose only if the shown keys (or whether they are enabled) changed."""
        shown = tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for (_, binding, enabled, tooltip) in screen.active_bindings.values()
            if binding.show or binding.key == self.app.COMMAND_PALETTE_BINDING
        )
        if shown == self._shown and self._bindings_ready:
            return
        self._shown = shown
        super().bindings_changed(screen)
