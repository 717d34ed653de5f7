"""Screens: the dashboard, the evidence view, and help."""

from soyuztui.tui.screens.dashboard import DashboardScreen
from soyuztui.tui.screens.evidence import EvidenceScreen
from soyuztui.tui.screens.help import HelpScreen

__all__ = ["DashboardScreen", "EvidenceScreen", "HelpScreen"]
