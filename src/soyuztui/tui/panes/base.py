"""What every pane shares: a border title, the dossier, and a list to focus."""

from __future__ import annotations

from typing import Self

from textual.containers import Vertical
from textual.content import Content
from textual.events import DescendantFocus
from textual.widget import Widget

from soyuztui.dossier.model import Dossier
from soyuztui.present.legend import key_phrases
from soyuztui.tui.widgets import FactList, RowList
from soyuztui.tui.widgets.keyline import KeyLine


class Pane(Vertical):
    """A titled region of the dashboard; it is marked while focus is inside it.

    While focused it shows its one-line key to the marks at its bottom. The key is made
    the first time the pane takes focus, so panes never visited cost nothing.
    """

    def __init__(self, dossier: Dossier, *, title: str | Content, id: str) -> None:
        """A pane showing part of `dossier` under `title` (Content for text from the mission: never markup)."""
        super().__init__(id=id, classes="pane")
        self.dossier = dossier
        self.border_title = title
        self.has_key = False

    def with_key(self) -> Self:
        """The pane with its key line from the start: for the pane focus starts in.

        Mounted with the pane, the key line is laid out in the first frame instead of
        mounted, styled and laid out again when the first focus arrives.
        """
        if key := self._key_line():
            self.compose_add_child(key)
        return self

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """Focus came inside: add the key line once; the stylesheet shows it only while focused."""
        if key := self._key_line():
            self.mount(key)

    def _key_line(self) -> KeyLine | None:
        """The pane's key line the first time it is asked for (None after, or if it has no key)."""
        if self.has_key or self.id is None:
            return None
        self.has_key = True
        phrases = key_phrases(self.id, drafted=self.dossier.unreviewed() > 0)
        return KeyLine(phrases, lines=2, classes="pane-key") if phrases else None

    def focus_target(self) -> Widget | None:
        """The widget that takes focus when the pane is chosen."""
        # The list, not a hidden filter box: a hidden Input would swallow the keys.
        for widget in self.query("*"):
            if widget.focusable and widget.display and isinstance(widget, (FactList, RowList)):
                return widget
        return None
