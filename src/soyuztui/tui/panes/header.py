"""The top line: mission title, mission clock with its zone, countdown, clock mode."""

from __future__ import annotations

from datetime import datetime

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from soyuztui.dossier.model import When
from soyuztui.present.times import ZoneName, clock_text, countdown_text
from soyuztui.present.wording import unreviewed_note
from soyuztui.tui.clock import EPOCH


class MissionHeader(Widget):
    """Title and clock; only this line redraws when the clock ticks."""

    now: reactive[datetime] = reactive(EPOCH)
    zone: reactive[ZoneName] = reactive("utc")
    mode: reactive[str] = reactive("")

    def __init__(self, title: str, launch: When | None, unreviewed: int = 0) -> None:
        """A header for the mission `title`, counting down to `launch`; `unreviewed` drafted entries."""
        super().__init__(id="header")
        self.mission_title = title
        self.launch = launch
        self.draft_note = unreviewed_note(unreviewed)

    def render(self) -> Content:
        """One line: title · clock · T∓ · mode."""
        countdown = countdown_text(self.now, self.launch)
        title = self.mission_title
        if self.size.width < 100:
            title = title.split(" → ")[0]
        return Content.assemble(
            (f" {title} ", "bold"),
            "  ",
            (clock_text(self.now, self.zone), "bold $soyuz-accent-text"),
            "  ",
            (countdown, "bold"),
            "  ",
            (self.mode, "$text-muted"),
            *((("  " + self.draft_note), "bold $soyuz-warning-text"),) if self.draft_note else (),
        )
