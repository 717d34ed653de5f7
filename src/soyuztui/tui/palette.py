"""Textual's command palette, made safe to page while its list has no room."""

from __future__ import annotations

from textual.await_complete import AwaitComplete
from textual.command import CommandList, CommandPalette


class SafeCommandPalette(CommandPalette):
    """Textual's command palette, safe under keys that arrive faster than it closes.

    Two things the key storm found in Textual 8.2.8's palette:
    - its OptionList pages by looking up the highlighted option's line, and lays out no
      lines while the list has no room: PageUp/PageDown then raised KeyError (our own
      lists carry the same guard, see `widgets.FactList`);
    - two selections queued before it closes dismiss it twice, and the second dismissal
      popped whatever screen was under it;
    - its command-gathering worker can finish after the palette has closed and emptied,
      and then failed looking for its list (NoMatches), taking the app down.
    """

    def _watch__list_visible(self) -> None:
        if self.query(CommandList):  # still composed: not closed under a finishing search
            super()._watch__list_visible()

    def dismiss(self, result: None = None) -> AwaitComplete:
        """Close the palette, once: a palette no longer on top has been dismissed already."""
        if self.app.screen is not self:
            return AwaitComplete.nothing()
        return super().dismiss(result)

    def _action_command_list(self, action: str) -> None:
        if action in ("page_up", "page_down") and not self.query_one(CommandList).scrollable_content_region:
            return
        super()._action_command_list(action)
