"""The mission card: what the flight is (spacecraft, rocket, name, operator, destination), then the story's facts."""

from __future__ import annotations

from textual.widgets.option_list import Option

from soyuztui.dossier.model import Dossier
from soyuztui.present.flight import FLIGHT_LABELS, flight_facts, no_station_text, story_facts
from soyuztui.tui.screens.card import CardScreen, fact_lines, heading, note


def mission_lines(dossier: Dossier) -> list[Option]:
    """The card's lines: the flight's facts in a fixed order, then every other fact; "≠" sets disputed values apart."""
    mission = dossier.mission
    lines: list[Option] = [heading("The flight")]
    lines += list(fact_lines(dossier, "mission", mission.title, flight_facts(mission), FLIGHT_LABELS)) or [
        note("The articles name no spacecraft, rocket or destination.")
    ]
    if mission.is_free_flyer:
        lines.append(note(no_station_text(mission)))
    lines.append(heading("The story"))
    facts = list(fact_lines(dossier, "mission", mission.title, story_facts(mission)))
    lines += facts or [note("The mission file records no other facts about the mission.")]
    return lines


class MissionScreen(CardScreen):
    """The mission's own facts, opened with `m` or from the palette."""

    def __init__(self, dossier: Dossier) -> None:
        """The mission card of `dossier`."""
        super().__init__(dossier, f"Mission: {dossier.mission.title}", mission_lines(dossier))
