"""Shared fixtures: the bundled dossier, built once per test session."""

from __future__ import annotations

import pytest

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.resources import default_mission


@pytest.fixture(scope="session")
def dossier() -> Dossier:
    """The bundled Soyuz MS-19 dossier."""
    return build_dossier(default_mission())
