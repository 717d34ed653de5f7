"""A crew line-up with ages between the names, and a whole crew home when only its commander is named there.

Every article here is invented for the test (the crew are made up; the orbiter flew for real).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.dossier.sources import spec as s
from tests.draft.drafted import drafted_spec

LAUNCH = (
    " date 2030-06-02 Orbiter climbs away on its last flight\n\n"
    "The space shuttle Discovery lifted off from Florida at 9:14 a.m. EDT (1314 GMT) on Sunday for a week-long"
    " visit to the space station.\n\n"
    "Commander Noor Halvorsen, 51, and pilot Tomas Brandvik, 45, fly with mission specialists Idris Okonkwo,"
    " 39, and Lyle Petrasek, 42.\n"
)
LANDING = (
    " date 2030-06-09 Discovery home after a week aloft\n\n"
    "Discovery touched down in Florida at 6:02 a.m. EDT (1002 GMT) on Sunday, ending the flight.\n\n"
    "Halvorsen landed the orbiter in a light crosswind. The crew landed tired but smiling, NASA said.\n\n"
    '"She flew like a dream," Halvorsen said after climbing out.\n'
)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> s.MissionFile:
    """The two articles drafted, checked unedited."""
    folder: Path = tmp_path_factory.mktemp("shuttle")
    return drafted_spec(folder, LAUNCH, LANDING)


def test_a_listed_role_reaches_every_name_past_their_ages(drafted: s.MissionFile) -> None:
    launch = {(seat.person, seat.role) for seat in drafted.crew if seat.leg == "launch"}
    assert ("petrasek", "Mission specialist") in launch
    assert ("okonkwo", "Mission specialist") in launch


def test_the_whole_crew_lands_when_a_sentence_brings_it_home_and_one_is_named(drafted: s.MissionFile) -> None:
    landing = {seat.person for seat in drafted.crew if seat.leg == "landing"}
    assert landing == {"halvorsen", "brandvik", "okonkwo", "petrasek"}
    assert {seat.vehicle for seat in drafted.crew} == {"Space Shuttle Discovery"}
