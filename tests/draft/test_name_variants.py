"""One person written several ways: a middle name inside, an initial, a short given name spelt two ways.

Every article here is invented for the test (the flight and the people are made up).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.dossier.model import Dossier
from soyuztui.draft.names import respelt
from tests.draft.drafted import draft_and_check, numbered

FIRST = (
    " date 2033-04-02 Soyuz MS-44 lifts off\n\n"
    "BAIKONUR, Kazakhstan, April 2 (Wire) - The Soyuz MS-44 spacecraft lifted off at 09:10 GMT on Saturday"
    " carrying commander Pavel Orlik, 50, and NASA's Mara Quentin Holloway, 47.\n\n"
    "Quentin Holloway will stay aboard the International Space Station for six months. Agency chief Ilya Varga"
    " watched the launch.\n"
)
SECOND = (
    " date 2033-04-04 Soyuz MS-44 docks\n\n"
    "The Soyuz MS-44 docked with the International Space Station at 10:40 GMT on Monday with Pavel Orlik and"
    " NASA astronaut Mara Q. Holloway aboard.\n\n"
    "Agency chief Ilja Varga said the flight went well.\n"
)
THIRD = (
    " date 2033-10-01 Soyuz MS-44 lands\n\n"
    "The Soyuz MS-44 capsule landed in Kazakhstan at 04:20 GMT on Saturday with Pavel Orlik and Mara Holloway"
    " aboard.\n"
)


@pytest.fixture
def dossier(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Dossier:
    """The dossier of the launch, docking and landing articles, drafted and checked."""
    return draft_and_check(tmp_path, capsys, numbered(FIRST, SECOND, THIRD))[0]


def test_a_middle_name_and_an_initial_are_one_person(dossier: Dossier) -> None:
    holloways = [person for person in dossier.people if person.name.endswith("Holloway")]
    assert len(holloways) == 1
    assert holloways[0].name.startswith("Mara ")  # her given name, not her middle one
    assert {"Mara Holloway", "Quentin Holloway"} <= set(holloways[0].aliases) | {holloways[0].name}
    assert {seat.leg for seat in dossier.crew if seat.person == holloways[0].id} == {"launch", "landing"}


def test_a_short_given_name_spelt_two_ways_is_one_person_with_a_conflict(dossier: Dossier) -> None:
    vargas = [person for person in dossier.people if person.name.endswith("Varga")]
    assert len(vargas) == 1
    spellings = {str(fact.value) for fact in vargas[0].facts if fact.field == "given name spelling"}
    assert spellings == {"Ilya", "Ilja"}


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [("Ilya", "Ilja", True), ("Prasanth", "Prashanth", True), ("Ivan", "Ilya", False), ("Ana", "Ann", False)],
)
def test_respelt_given_names(one: str, other: str, same: bool) -> None:
    assert respelt(one, other) is same
