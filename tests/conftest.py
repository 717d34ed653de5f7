"""Shared fixtures: the bundled mission, and a copy of it that tests may change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.resources import default_mission, seeds_dir

SEEDS = seeds_dir()
MISSION = default_mission()


@pytest.fixture(scope="session")
def dossier() -> Dossier:
    """The dossier built from the bundled seeds, once per session."""
    return build_dossier(MISSION)


@pytest.fixture
def mission_copy(tmp_path: Path) -> Path:
    """A copy of the bundled mission folder; returns the copied mission file."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target / MISSION.name
