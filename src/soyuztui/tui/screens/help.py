"""Help: every key binding with its description, read from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from soyuztui.present.wording import UNREVIEWED_MARK


class HelpScreen(ModalScreen[None]):
    """A table of keys and what they do; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, sections: list[tuple[str, list[Binding]]]) -> None:
        """Help for `sections`: (heading, bindings) pairs."""
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        """A bordered box with one table."""
        with Vertical(id="help-box") as box:
            box.border_title = "Keys"
            box.border_subtitle = "Esc closes"
            # rich Text cells: DataTable sizes its columns from them.
            table: DataTable[Text] = DataTable(cursor_type="none", show_header=False, id="help-table")
            table.add_columns("key", "does")
            for heading, bindings in self.sections:
                table.add_row(Text(heading, style="bold"), Text(""))
                for binding in bindings:
                    table.add_row(
                        Text(self.app.get_key_display(binding), style="bold"),
                        Text(binding.description or binding.action),
                    )
            yield table
            yield Static(
                Content(
                    "Tab / Shift+Tab move between panes; Enter opens evidence. "
                    f"{UNREVIEWED_MARK} marks a drafted entry no one has reviewed yet."
                )
            )

    async def action_dismiss(self, result: None = None) -> None:
        """Close help."""
        self.dismiss(result)
