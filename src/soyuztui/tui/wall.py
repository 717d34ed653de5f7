"""The one module that touches Textual's private names.

Everything else in `soyuztui.tui` uses Textual's public API only. What is here guards
against failures in Textual 8.2.8's command palette under keys that arrive faster than
the palette opens and closes. Each guard overrides a private method, so each depends on
a name and a signature Textual may change without notice: `tests/app/test_wall.py`
checks every one of them against the installed Textual and fails loudly if one moved,
instead of letting a guard stop guarding in silence.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.await_complete import AwaitComplete
from textual.command import CommandList, CommandPalette

PALETTE_ID = "--command-palette"
"""The DOM id Textual gives its command palette screen (`App.action_command_palette`)."""


class SafeCommandPalette(CommandPalette):
    """Textual's command palette, safe under keys that arrive faster than it closes.

    Guarantees, each against a failure of the unguarded palette:
    - PageUp/PageDown while its list has no room to show a line do nothing (Textual's
      OptionList looks the highlighted option's line up and raised KeyError);
    - it is dismissed at most once (a second queued selection popped the screen under it);
    - a command search finishing after the palette has closed and emptied changes
      nothing (it failed looking for its list, NoMatches, and took the app down).
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
            return AwaitComplete.nothing()
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
