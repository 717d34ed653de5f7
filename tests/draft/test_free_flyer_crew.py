"""A free flyer's people and seats: its own name and a zone are no one, nobody is aboard a station.

Every article here is invented for the test (the flight, its craft and its crew are made up).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from soyuztui.dossier.model import Dossier
from tests.draft.drafted import draft_and_check, numbered

LAUNCH = (
    " date 2031-05-06 Orion Dusk crew rockets toward a record orbit\n\n"
    "CAPE CANAVERAL, Fla., May 6 (Wire) - A Falcon 9 rocket lifted off with four private astronauts at 5:10 a.m."
    " EDT (0910 GMT) on Tuesday, sending the Crew Dragon Fortitude on a five-day flight higher than any crew has"
    " flown in decades.\n\n"
    "Strapped into the capsule as it lifted off were mission commander Dara Quill, 44; pilot Emeka Stone, 51;"
    " and mission specialists Ivo Lantern, 33, and Rhea Moss, 29.\n\n"
    "Orion Dusk launched from Launch Complex 39A, the Orion Program said. The crew are due back on Sunday.\n"
)
RETURN = (
    " date 2031-05-11 Orion Dusk crew home after record flight\n\n"
    "MIAMI, May 11 (Wire) - Four private astronauts of the Orion Dusk mission returned to Earth on Sunday, the"
    " Orion Program said. Laser links to ground stations carried the crew's video home.\n\n"
    "The Crew Dragon Fortitude splashed down off Florida at 3:20 a.m. Eastern Time (0720 GMT), the company"
    " said. Its recovery ship reached the capsule at 3:58 a.m. Eastern.\n"
)


@pytest.fixture
def drafted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Dossier, str]:
    """The two articles drafted and checked."""
    return draft_and_check(tmp_path, capsys, numbered(LAUNCH, RETURN))


def test_the_mission_name_and_a_zone_are_not_people(drafted: tuple[Dossier, str]) -> None:
    dossier, _notes = drafted
    names = {person.name for person in dossier.people}
    assert names == {"Dara Quill", "Emeka Stone", "Ivo Lantern", "Rhea Moss"}


def test_the_whole_crew_comes_home_in_the_craft_they_flew(drafted: tuple[Dossier, str]) -> None:
    dossier, _notes = drafted
    legs = {(seat.person, seat.leg) for seat in dossier.crew}
    crew = {"quill", "stone", "lantern", "moss"}
    assert legs == {(person, leg) for person in crew for leg in ("launch", "landing")}


def test_a_flight_naming_no_station_has_nobody_aboard_one(drafted: tuple[Dossier, str]) -> None:
    dossier, _notes = drafted
    assert dossier.occupants == ()
    assert dossier.mission.is_free_flyer  # "higher than any crew has flown": a flight on its own
    assert dossier.occupants_at(datetime(2031, 5, 8, tzinfo=UTC)) == ()
