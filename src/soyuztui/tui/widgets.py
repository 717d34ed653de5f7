"""Small widgets the panes share: lists with vi keys."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import DataTable, OptionList

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


class FactTable(DataTable[object]):
    """A DataTable (renders only visible rows) that also moves with j/k."""

    BINDINGS: ClassVar[list[BindingType]] = VI_KEYS
