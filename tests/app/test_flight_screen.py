"""The screen follows the flight: the station's own name, a free flyer said plainly, no invented role or agency.

Halcyon-2 (tests/missions/halcyon-2) is an invented free flyer with one stated role;
Heron 3 (tests/missions/heron-3) an invented flight to Tern Station, here with one
occupant's agency left out of its mission file.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.export import ExportOptions, export
from soyuztui.tui.app import SoyuzApp
from soyuztui.tui.panes import CrewPane, OccupantsPane
from soyuztui.tui.panes.crew import NO_SEATS
from soyuztui.tui.screens.person import person_lines
from soyuztui.tui.widgets.entries import EntryList
from tests.app.test_precision import HERON
from tests.conftest import test_app
from tests.unit.test_flight_model import HALCYON

SIZE = (120, 40)


@pytest.fixture(scope="module")
def halcyon() -> Dossier:
    return build_dossier(HALCYON)


def occupants_text(app: SoyuzApp) -> str:
    pane = app.screen.query_one(OccupantsPane)
    return "\n".join(str(entry.content) for entry in pane.query_one("#occupants-list", EntryList).items)


def title(app: SoyuzApp) -> str:
    return str(app.screen.query_one(OccupantsPane).border_title)


async def test_a_free_flyer_says_it_visits_no_station(halcyon: Dossier) -> None:
    app = test_app(halcyon, at="2032-05-15T12:00Z")
    async with app.run_test(size=SIZE):
        assert title(app) == "2 No station"
        assert occupants_text(app) == (
            "This flight visits no station: its crew stay aboard Cobalt Meridian from launch to landing."
        )
        assert "free flyer, no station" in str(app.screen.query_one("#header").render())


async def test_no_role_is_shown_where_the_articles_state_none(halcyon: Dossier) -> None:
    app = test_app(halcyon, at="2032-05-15T12:00Z")
    async with app.run_test(size=SIZE):
        crew = app.screen.query_one(CrewPane)
        rows = {seat.person: str(crew.row(seat)) for seat in halcyon.crew if seat.leg == "launch"}
        assert "Commander" in rows["ilves"]
        for person in ("brandt", "quist", "vantongeren"):
            assert "Commander" not in rows[person] and "—" in rows[person]
    card = [str(line.prompt) for line in person_lines(halcyon, "brandt")]
    assert "↑ flies up on Cobalt Meridian · launch" in card
    assert not any("Commander" in line for line in card)


async def test_the_seeds_occupants_are_the_iss_occupants(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE):
        assert title(app) == "2 ISS occupants"


@pytest.fixture(scope="module")
def agencyless(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    """Heron 3 with Paulo Reis's agency left out: the articles are taken not to say it."""
    folder = tmp_path_factory.mktemp("heron") / "heron-3"
    shutil.copytree(HERON.parent, folder)
    mission = folder / HERON.name
    text = mission.read_text(encoding="utf-8")
    reis = '[[occupants]]\nperson = "reis"\nagency = "Meridian Space Agency"\n'
    assert reis in text
    mission.write_text(text.replace(reis, '[[occupants]]\nperson = "reis"\n'), encoding="utf-8")
    return build_dossier(Path(mission))


async def test_no_agency_is_shown_where_the_articles_give_none(agencyless: Dossier) -> None:
    reis = next(occupant for occupant in agencyless.occupants if occupant.person == "reis")
    assert reis.agency is None
    exported = json.loads(export(agencyless, "json", ExportOptions()))
    assert next(item for item in exported["occupants"] if item["person"] == "reis")["agency"] is None
    app = test_app(agencyless, at="2031-12-08T06:00Z")
    async with app.run_test(size=SIZE):
        shown = occupants_text(app)
        assert "Agency not given (1)" in shown and "Paulo Reis" in shown
        assert "None" not in shown


async def test_a_roster_without_seats_says_so(halcyon: Dossier) -> None:
    seatless = halcyon.model_copy(update={"crew": ()})
    app = test_app(seatless, at="2032-05-15T12:00Z")
    async with app.run_test(size=SIZE):
        assert str(app.screen.query_one("#crew-header", Static).render()) == NO_SEATS


async def test_a_station_with_no_one_listed_aboard_says_so(dossier: Dossier) -> None:
    empty = dossier.model_copy(update={"occupants": ()})
    app = test_app(empty)
    async with app.run_test(size=SIZE):
        assert title(app) == "2 ISS occupants"
        assert occupants_text(app) == "The articles name no one aboard the International Space Station."
        assert app.screen.query_one(OccupantsPane).border_subtitle == ""
