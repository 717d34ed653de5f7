"""What every pane shares: a border title, the dossier, and a list to focus."""

from __future__ import annotations

from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget

from soyuztui.dossier.model import Dossier
from soyuztui.tui.widgets import FactList, RowList


class Pane(Vertical):
    """A titled region of the dashboard; it is marked while focus is inside it."""

    def __init__(self, dossier: Dossier, *, title: str | Content, id: str) -> None:
        """A pane showing part of `dossier` under `title` (Content for text from the mission: never markup)."""
        super().__init__(id=id, classes="pane")
        self.dossier = dossier
        self.border_title = title

    def focus_target(self) -> Widget | None:
        """The widget that takes focus when the pane is chosen."""
        # The list, not a hidden filter box: a hidden Input would swallow the keys.
        for widget in self.query("*"):
            if widget.focusable and widget.display and isinstance(widget, (FactList, RowList)):
                return widget
        return None
