"""Screens: the dashboard, the evidence view, and help."""

from soyuztui.tui.screens.dashboard import DashboardScreen
from soyuztui.tui.screens.evidence import EvidenceScreen
from soyuztui.tui.screens.help import HelpScreen
from soyuztui.tui.screens.too_small import TooSmallScreen

__all__ = ["DashboardScreen", "EvidenceScreen", "HelpScreen", "TooSmallScreen"]
