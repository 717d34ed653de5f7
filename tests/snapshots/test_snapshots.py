"""SVG snapshots of the dashboard: frozen clock, fixed size and theme, no blink, no animation.

Update with `pytest tests/snapshots --snapshot-update`, then look at every changed SVG.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from soyuztui.dossier import Dossier
from soyuztui.tui.app import make_app
from soyuztui.tui.clock import MissionClock, frozen_now
from tests.conftest import SnapCompare, test_app

KESTREL = Path(__file__).resolve().parent.parent / "missions" / "kestrel-4" / "kestrel-4.toml"

BEFORE_LAUNCH = None  # the default replay start: 10 minutes before launch
AFTER_DOCKING = "2021-10-05T13:00Z"
AFTER_RETURN = "2021-10-17T06:00Z"


@pytest.mark.parametrize("key", ["1", "2", "3", "4", "5"])
def test_pane_focused(snap_compare: SnapCompare, quoted: Dossier, key: str) -> None:
    """Each pane focused, after docking, with quotes."""
    assert snap_compare(test_app(quoted, at=AFTER_DOCKING), press=[key], terminal_size=(120, 40))


@pytest.mark.parametrize(
    ("name", "at"),
    [
        ("before_launch", BEFORE_LAUNCH),
        ("after_docking", AFTER_DOCKING),
        ("after_return", AFTER_RETURN),
    ],
)
def test_mission_moments(snap_compare: SnapCompare, dossier: Dossier, name: str, at: str | None) -> None:
    """Before launch (7 aboard), after docking (10), after the return (7)."""
    assert snap_compare(test_app(dossier, at=at), terminal_size=(120, 40))


def test_moscow_time(snap_compare: SnapCompare, dossier: Dossier) -> None:
    """Times in Moscow time, labelled MSK."""
    assert snap_compare(test_app(dossier, at=AFTER_DOCKING, zone="moscow"), terminal_size=(120, 40))


def test_conflict_evidence_small(snap_compare: SnapCompare, dossier: Dossier) -> None:
    """A conflict's evidence at 80×24."""
    assert snap_compare(test_app(dossier), press=["5", "end", "enter"], terminal_size=(80, 24))


def test_quotes_filter(snap_compare: SnapCompare, quoted: Dossier) -> None:
    """/ filters the quotes; markup-like text shows as typed."""
    assert snap_compare(test_app(quoted), press=["slash", *"not"], terminal_size=(120, 40))


def test_soyuz_theme(snap_compare: SnapCompare, quoted: Dossier) -> None:
    """The app's own mission-control theme, timeline focused, after docking."""
    assert snap_compare(test_app(quoted, at=AFTER_DOCKING, theme="soyuz"), press=["3"], terminal_size=(120, 40))


def test_light_theme(snap_compare: SnapCompare, quoted: Dossier) -> None:
    """Textual's light theme: amber, green and red text darkened until readable, timeline focused."""
    assert snap_compare(test_app(quoted, at=AFTER_DOCKING, theme="textual-light"), press=["3"], terminal_size=(120, 40))


def test_mission_over_in_days(snap_compare: SnapCompare, dossier: Dossier) -> None:
    """After the day of the return: the mission lasted 12 days, as the articles say."""
    assert snap_compare(test_app(dossier, at="2021-10-18T06:00Z"), terminal_size=(120, 40))


def test_live_years_after(snap_compare: SnapCompare, dossier: Dossier) -> None:
    """Live in 2026: no crew claimed aboard, the last reported crew, how long ago it ended."""
    clock = MissionClock(None, now=frozen_now(datetime(2026, 11, 22, 5, 0, tzinfo=UTC)))
    app = make_app(dossier, clock=clock, animate=False, blink=False)
    assert snap_compare(app, terminal_size=(120, 40))


def test_new_york_in_october(snap_compare: SnapCompare, dossier: Dossier) -> None:
    """Times in New York in October 2021 are EDT; the return counts down in days."""
    assert snap_compare(test_app(dossier, at=AFTER_DOCKING, zone="America/New_York"), terminal_size=(120, 40))


def test_day_known_docking_in_december(snap_compare: SnapCompare) -> None:
    """An invented December flight in its own zone (EST): after launch, the crew still arriving 8 Dec."""
    from soyuztui.dossier import build_dossier
    from tests.app.test_precision import HERON

    assert snap_compare(test_app(build_dossier(HERON), at="2031-12-08T12:00Z", zone="mission"), terminal_size=(120, 40))


def test_free_flyer(snap_compare: SnapCompare) -> None:
    """An invented free flyer: no station pane pretending, no role where the articles state none."""
    from soyuztui.dossier import build_dossier
    from tests.unit.test_flight_model import HALCYON

    assert snap_compare(test_app(build_dossier(HALCYON), at="2032-05-15T12:00Z"), terminal_size=(120, 40))


SIZES = [(80, 24), (100, 30), (120, 40), (200, 60)]
SCREENS = {
    # screen: (quotes in the dossier, replay moment, keys pressed)
    "dashboard": ("quoted", AFTER_DOCKING, []),
    "help": ("dossier", BEFORE_LAUNCH, ["question_mark"]),
    "evidence": ("dossier", AFTER_DOCKING, ["3", "j", "j", "j", "j", "enter"]),  # the docking event
    "compare": ("kestrel", BEFORE_LAUNCH, ["c"]),  # the invented Kestrel 4 outlets, disputed rows first
    "compare-seeds": ("dossier", BEFORE_LAUNCH, ["c", "right", "right", "right"]),  # scrolled sideways to 003
}


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen_sizes(
    snap_compare: SnapCompare, request: pytest.FixtureRequest, screen: str, size: tuple[int, int]
) -> None:
    """The dashboard, help, evidence and compare-outlets screens at four terminal sizes."""
    fixture, at, press = SCREENS[screen]
    if fixture == "kestrel":
        from soyuztui.dossier import build_dossier

        dossier = build_dossier(KESTREL)
    else:
        dossier = request.getfixturevalue(fixture)
    assert snap_compare(test_app(dossier, at=at), press=press, terminal_size=size)


def test_person_card_small(snap_compare: SnapCompare, quoted: Dossier) -> None:
    """Enter on a crew row at 80×24: Yulia Peresild's card, facts, seats, time aboard, quotes."""
    assert snap_compare(test_app(quoted), press=["down", "enter"], terminal_size=(80, 24))


def test_mission_card_small(snap_compare: SnapCompare, dossier: Dossier) -> None:
    """`m` at 80×24: the mission's facts, the disputed film title with both sides."""
    assert snap_compare(test_app(dossier), press=["m"], terminal_size=(80, 24))


CARD_SIZES = [(100, 30), (120, 40), (200, 60)]
CARDS = {"person": ("quoted", ["down", "enter"]), "mission": ("dossier", ["m"])}


@pytest.mark.parametrize("size", CARD_SIZES, ids=[f"{w}x{h}" for w, h in CARD_SIZES])
@pytest.mark.parametrize("card", list(CARDS))
def test_card_sizes(
    snap_compare: SnapCompare, request: pytest.FixtureRequest, card: str, size: tuple[int, int]
) -> None:
    """The person card (Yulia Peresild) and the mission card at the larger terminal sizes."""
    fixture, press = CARDS[card]
    assert snap_compare(test_app(request.getfixturevalue(fixture)), press=press, terminal_size=size)


LOTUS = Path(__file__).resolve().parent.parent / "missions" / "lotus-7" / "lotus-7.toml"


@pytest.mark.parametrize(
    ("size", "press"),
    [((120, 40), ["4"]), ((80, 24), ["4"]), ((120, 40), ["4", "enter"])],
    ids=["dashboard-120x40", "dashboard-80x24", "quote-evidence-120x40"],
)
def test_wide_characters(snap_compare: SnapCompare, size: tuple[int, int], press: list[str]) -> None:
    """Lotus 7: Tamil, Devanagari, Bengali and Malayalam names, emoji sequences in names,
    titles and a quote; every pane border in its column."""
    from soyuztui.dossier import build_dossier

    assert snap_compare(test_app(build_dossier(LOTUS), at="2032-02-20T00:00Z"), press=press, terminal_size=size)
