"""Where the bundled mission and stylesheet live, installed or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _bundled(name: str) -> Path:
    """Return the folder `name` from the wheel, or from the repository in a checkout."""
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"bundled folder {name!r} is missing from the installation")


def seeds_dir() -> Path:
    """The folder holding the bundled articles and mission file."""
    return _bundled("seeds")


def styles_dir() -> Path:
    """The folder holding the app's stylesheet."""
    return _bundled("styles")


def default_mission() -> Path:
    """The bundled Soyuz MS-19 mission file."""
    return seeds_dir() / "soyuz-ms-19.toml"
