"""The mission dossier: pure data built from a mission file and its articles.

This package imports no Textual; a test keeps it that way. Its names are loaded on
first use, so importing one module of the package (the model, say) does not import
the builder and everything it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from soyuztui.lazy import lazy_attributes

if TYPE_CHECKING:
    from soyuztui.dossier.build import build_dossier
    from soyuztui.dossier.errors import MissionError, Problem
    from soyuztui.dossier.model import Dossier

__all__ = ["Dossier", "MissionError", "Problem", "build_dossier"]

_HOMES = {
    "Dossier": "soyuztui.dossier.model",
    "MissionError": "soyuztui.dossier.errors",
    "Problem": "soyuztui.dossier.errors",
    "build_dossier": "soyuztui.dossier.build",
}

__getattr__ = lazy_attributes(__name__, _HOMES)
