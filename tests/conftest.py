"""Shared fixtures: the bundled dossier, a dossier with quotes, and a deterministic app."""

from __future__ import annotations

import asyncio
import inspect
from datetime import UTC, datetime

import pytest

from soyuztui.clock import MissionClock, frozen_now, parse_at
from soyuztui.dossier import Dossier, build_dossier
from soyuztui.dossier.model import Quote, QuoteSource
from soyuztui.resources import default_mission
from soyuztui.tui.app import SoyuzApp, make_app

REAL_NOW = datetime(2030, 1, 1, tzinfo=UTC)
"""The frozen 'real' time tests run at: replays never move on their own."""

# (speaker, document ids, quoted text): real quotes from the bundled articles.
QUOTES = (
    ("peskov", ("001", "003"),
     "We have been pioneers in space and maintained a confident position,"),
    ("peresild", ("004",), "Space is appealing, hospitable, and has no limitations."),
    ("peresild", ("003",), "It was psychologically, physically and morally hard,"),
    ("shipenko", ("004",),
     "We need to not only make a film, but we also need to return to Earth alive,"),
    ("rogozin", ("003",),
     "I expect the project to help draw attention to our space program, "
     "to the cosmonaut profession."),
    (None, ("000",), "Films have long become a powerful propaganda tool,"),
)  # fmt: skip


def with_quotes(dossier: Dossier) -> Dossier:
    """`dossier` with a few real quotes (quote extraction lands on another branch)."""
    quotes = []
    for speaker, docs, text in QUOTES:
        sources = []
        for doc in docs:
            start = dossier.document(doc).text.index(text)
            sources.append(QuoteSource(doc=doc, start=start, end=start + len(text), text=text))
        quotes.append(Quote(text=text, speaker=speaker, sources=tuple(sources)))
    # Text that would break a markup parser (textual#6155) must show as typed.
    start = dossier.document("000").text.index("Films")
    quotes.append(
        Quote(
            text="[/] [bold]not bold[/bold] [/",
            speaker=None,
            sources=(QuoteSource(doc="000", start=start, end=start + 5, text="Films"),),
        )
    )
    return dossier.model_copy(update={"quotes": tuple(quotes)})


@pytest.fixture(scope="session")
def dossier() -> Dossier:
    """The bundled Soyuz MS-19 dossier."""
    return build_dossier(default_mission())


@pytest.fixture(scope="session")
def quoted(dossier: Dossier) -> Dossier:
    """The bundled dossier with quotes."""
    return with_quotes(dossier)


def test_app(dossier: Dossier, at: str | None = None, zone: str = "utc") -> SoyuzApp:
    """A deterministic app: frozen clock at `at` (default: the replay start), no blink."""
    clock = MissionClock.for_dossier(
        dossier, at=parse_at(at) if at else None, now=frozen_now(REAL_NOW)
    )
    return make_app(dossier, clock=clock, zone=zone, animate=False, blink=False)  # type: ignore[arg-type]


test_app.__test__ = False  # type: ignore[attr-defined]


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no pytest-asyncio needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True
