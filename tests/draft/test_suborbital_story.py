"""A suborbital hop as outlets write one: no station, a company that is no one, a booster that is not the crew.

Every article here is invented for the test (the passengers and the flight are made up; the
company and its rocket are real).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.dossier.sources import spec as s
from tests.draft.drafted import drafted_spec

WIRE = (
    " date 2032-04-13 Four tourists touch the edge of space\n\n"
    "VAN HORN, Texas, April 13 (Wire) - Four paying passengers flew to the edge of space on Tuesday aboard a"
    " New Shepard capsule built by Blue Origin, floating for a few minutes before falling back to the desert.\n\n"
    "The rocket lifted off at 9:02 a.m. CDT (1402 GMT) carrying retired surgeon Pilar Essien, 66, her son"
    " Kofi Essien, 31, software founder Bram Oosterhuis, 44, and pilot-turned-teacher Wen Jiaming, 58.\n\n"
    "Besides Oosterhuis, 44, the passengers had trained for only two days. Blue Origin said it hoped to fly"
    " again within weeks, and that the state of New Mexico had asked for a second launch site.\n"
)
LIVE = (
    " date 2032-04-13 Live: four tourists ride New Shepard\n\n"
    "10:20 a.m. ET - All four are out of the capsule and waving to their families.\n\n"
    "10:13 a.m. ET - TOUCHDOWN. The capsule touched down under its parachutes in a puff of desert dust.\n\n"
    "10:09 a.m. ET - The booster has landed on its pad, seven minutes into the flight.\n\n"
    "10:02 a.m. ET - LIFTOFF. New Shepard clears the tower with Pilar Essien, Kofi Essien, Bram Oosterhuis"
    " and Wen Jiaming aboard.\n"
)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> s.MissionFile:
    """The articles drafted, checked unedited."""
    folder: Path = tmp_path_factory.mktemp("hop")
    return drafted_spec(folder, WIRE, LIVE)


def test_a_company_a_state_and_a_sentence_opener_are_not_people(drafted: s.MissionFile) -> None:
    names = {person.name for person in drafted.people}
    assert names == {"Pilar Essien", "Kofi Essien", "Bram Oosterhuis", "Wen Jiaming"}


def test_nobody_is_aboard_a_station_on_a_hop_to_the_edge_of_space(drafted: s.MissionFile) -> None:
    assert drafted.occupants == []
    assert {str(fact.value) for fact in drafted.mission.facts if fact.field == "destination"} == {"none"}


def test_the_capsule_lands_the_crew_not_the_booster(drafted: s.MissionFile) -> None:
    times = {event.id: {str(claim.time) for claim in event.claims} for event in drafted.events}
    assert times["return"] == {"2032-04-13T14:13Z"}  # the capsule's "TOUCHDOWN." entry, not the booster's
    assert times["launch"] == {"2032-04-13T14:02Z"}


def test_every_passenger_comes_home_in_the_capsule(drafted: s.MissionFile) -> None:
    landing = {seat.person for seat in drafted.crew if seat.leg == "landing"}
    assert landing == {"essien", "kofi-essien", "oosterhuis", "jiaming"}
