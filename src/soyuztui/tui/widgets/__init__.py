"""Widgets the panes share: short lists (`FactList`) and long lists drawn row by row (`RowList`, `WrappedRowList`)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from soyuztui.tui.widgets.keys import VI_KEYS
from soyuztui.tui.widgets.rows import RowList
from soyuztui.tui.widgets.wrapped import WrappedRowList

__all__ = ["VI_KEYS", "FactList", "RowList", "WrappedRowList"]


class FactList(OptionList):
    """An OptionList (renders only visible lines) that also moves with j/k."""

    BINDINGS: ClassVar[list[BindingType]] = VI_KEYS

    def on_focus(self) -> None:
        """Arriving with nothing highlighted: highlight the first fact, so Enter works."""
        if self.highlighted is None and self.option_count:
            self.action_first()

    # OptionList pages by looking up the highlighted option's line, and it lays out no
    # lines while it has no room (a pane squeezed to nothing): with no room there is no
    # page to move by, and asking for one raises KeyError.
    def action_page_down(self) -> None:
        """Down a page, if the list has room to show any line."""
        if self.scrollable_content_region:
            super().action_page_down()  # type: ignore[no-untyped-call]  # Textual's own is unannotated

    def action_page_up(self) -> None:
        """Up a page, if the list has room to show any line."""
        if self.scrollable_content_region:
            super().action_page_up()  # type: ignore[no-untyped-call]  # Textual's own is unannotated
