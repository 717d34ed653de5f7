"""The mission dossier: pure data built from a mission file and its articles.

This package imports no Textual; a test keeps it that way.
"""

from soyuztui.dossier.build import build_dossier
from soyuztui.dossier.errors import MissionError, Problem
from soyuztui.dossier.model import Dossier

__all__ = ["Dossier", "MissionError", "Problem", "build_dossier"]
