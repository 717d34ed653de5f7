"""The five panes of the dashboard, and the header."""

from soyuztui.tui.panes.crew import CrewPane
from soyuztui.tui.panes.header import MissionHeader
from soyuztui.tui.panes.occupants import OccupantsPane
from soyuztui.tui.panes.quotes import QuotesPane
from soyuztui.tui.panes.sources import SourcesPane
from soyuztui.tui.panes.timeline import TimelinePane

__all__ = [
    "CrewPane",
    "MissionHeader",
    "OccupantsPane",
    "QuotesPane",
    "SourcesPane",
    "TimelinePane",
]
