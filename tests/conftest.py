"""Shared fixtures: the bundled dossier, a copy of the mission that tests may change,
a dossier with a hostile quote, and a deterministic app."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import textual._wait

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.dossier.model import Quote, QuoteSource
from soyuztui.resources import default_mission, seeds_dir
from soyuztui.tui.app import SoyuzApp, make_app
from soyuztui.tui.clock import MissionClock, frozen_now, parse_at
from soyuztui.tui.themes import DEFAULT_THEME

SEEDS = seeds_dir()
MISSION = default_mission()

REAL_NOW = datetime(2030, 1, 1, tzinfo=UTC)
"""The frozen 'real' time tests run at: replays never move on their own."""

# Pilot waits for the app to go idle after every key and pause by sleeping in slices
# until one passes with under 5 % of it spent on the CPU. Textual's slice is 20 ms,
# and a key costs two waits of at least one slice each, so a test of forty keys slept
# for over a second doing nothing. Slices of 5 ms keep the same 5 % rule and wait a
# quarter as long; the suite's app and snapshot tests spend about a third less time.
# `tests/app/test_wall.py` checks both names still exist in the installed Textual.
PILOT_IDLE_SLICE = 0.005
textual._wait.SLEEP_GRANULARITY = PILOT_IDLE_SLICE
textual._wait.SLEEP_IDLE = PILOT_IDLE_SLICE / 20


def with_quotes(dossier: Dossier) -> Dossier:
    """`dossier` plus a quote whose text would break a markup parser (textual#6155)."""
    start = dossier.document("000").text.index("Films")
    hostile = Quote(
        text="[/] [bold]not bold[/bold] [/",
        speaker=None,
        sources=(QuoteSource(doc="000", start=start, end=start + 5, text="Films"),),
    )
    return dossier.model_copy(update={"quotes": (*dossier.quotes, hostile)})


SnapCompare = Callable[..., bool]
"""pytest-textual-snapshot's `snap_compare` fixture: an app (and keys, a size) against its saved SVG."""


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test (and every process it starts) keeps its dossier cache in a temporary
    folder, never the user's; `--no-cache` settings from the environment do not apply."""
    patch = pytest.MonkeyPatch()
    folder = tmp_path_factory.mktemp("xdg-cache")
    patch.setenv("XDG_CACHE_HOME", str(folder))
    # Nor the user's config file (theme, zone, speed): one of the tests' own, empty.
    patch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))
    patch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("xdg-state")))  # crash logs too
    patch.delenv("SOYUZ_NO_CACHE", raising=False)
    yield folder
    patch.undo()


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own; returns the folder the cache files go in."""
    from soyuztui.dossier import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    monkeypatch.setattr(cache, "_warned", False)  # each test sees the cache's one warning
    return tmp_path / "xdg" / "soyuz-tui"


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The mission files built from the sources during the test (not loaded from the cache)."""
    from soyuztui.dossier import build as build_module

    built: list[Path] = []
    real = build_module.build_dossier

    def counting(path: Path | str) -> Dossier:
        built.append(Path(path))
        return real(path)

    monkeypatch.setattr(build_module, "build_dossier", counting)
    return built


@pytest.fixture(scope="session")
def dossier() -> Dossier:
    """The dossier built from the bundled seeds, once per session."""
    return build_dossier(MISSION)


@pytest.fixture(scope="session")
def quoted(dossier: Dossier) -> Dossier:
    """The bundled dossier with its quotes and one hostile quote."""
    return with_quotes(dossier)


@pytest.fixture
def mission_copy(tmp_path: Path) -> Path:
    """A copy of the bundled mission folder; returns the copied mission file."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target / MISSION.name


def test_app(dossier: Dossier, at: str | None = None, zone: str = "utc", theme: str = DEFAULT_THEME) -> SoyuzApp:
    """A deterministic app: frozen clock at `at` (default: the replay start), no blink."""
    clock = MissionClock.for_dossier(dossier, at=parse_at(at) if at else None, now=frozen_now(REAL_NOW))
    return make_app(dossier, clock=clock, zone=zone, theme=theme, animate=False, blink=False)


test_app.__test__ = False  # type: ignore[attr-defined]
