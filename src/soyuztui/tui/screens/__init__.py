"""Screens: the dashboard, the evidence view, help, the person and mission cards, the too-small message.

Loaded on first use, so starting the app (which shows the dashboard) does not import
the screens that only open later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from soyuztui.lazy import lazy_attributes

if TYPE_CHECKING:
    from soyuztui.tui.screens.dashboard import DashboardScreen
    from soyuztui.tui.screens.evidence import EvidenceScreen
    from soyuztui.tui.screens.help import HelpScreen
    from soyuztui.tui.screens.mission import MissionScreen
    from soyuztui.tui.screens.person import PersonScreen
    from soyuztui.tui.screens.too_small import TooSmallScreen

__all__ = ["DashboardScreen", "EvidenceScreen", "HelpScreen", "MissionScreen", "PersonScreen", "TooSmallScreen"]

_HOMES = {
    "DashboardScreen": "soyuztui.tui.screens.dashboard",
    "EvidenceScreen": "soyuztui.tui.screens.evidence",
    "HelpScreen": "soyuztui.tui.screens.help",
    "MissionScreen": "soyuztui.tui.screens.mission",
    "PersonScreen": "soyuztui.tui.screens.person",
    "TooSmallScreen": "soyuztui.tui.screens.too_small",
}

__getattr__ = lazy_attributes(__name__, _HOMES)
