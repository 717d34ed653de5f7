"""The mission card: vehicle, destination, duration, the film, training — what the mission file's facts hold."""

from __future__ import annotations

from textual.widgets.option_list import Option

from soyuztui.dossier.model import Dossier
from soyuztui.tui.screens.card import CardScreen, fact_lines, heading, note


def mission_lines(dossier: Dossier) -> list[Option]:
    """The card's lines: one per mission fact, disputed values set apart by "≠"."""
    mission = dossier.mission
    lines: list[Option] = [heading("The story")]
    facts = list(fact_lines(dossier, "mission", mission.title, mission.facts))
    lines += facts or [note("The mission file records no facts about the mission itself.")]
    return lines


class MissionScreen(CardScreen):
    """The mission's own facts, opened with `m` or from the palette."""

    def __init__(self, dossier: Dossier) -> None:
        """The mission card of `dossier`."""
        super().__init__(dossier, f"Mission: {dossier.mission.title}", mission_lines(dossier))
