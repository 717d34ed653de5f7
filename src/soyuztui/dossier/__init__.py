"""The mission dossier: pure data built from a mission file and its articles.

This package imports no Textual; a test keeps it that way. Its names are loaded on
first use, so importing one module of the package (the model, say) does not import
the builder and everything it needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

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


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
