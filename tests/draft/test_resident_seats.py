"""The station's residents named beside a visiting crew's launch are not seated on it.

Every article here is invented for the test (the flights, craft and people are made up).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from soyuztui.dossier.model import Dossier
from tests.draft.drafted import draft_and_check, numbered

LAUNCH = (
    " date 2032-09-08 Soyuz MS-40 heads for the station\n\n"
    "BAIKONUR, Kazakhstan, Sept 8 (Wire) - The Soyuz MS-40 spacecraft lifted off from Baikonur at 12:00 GMT on"
    " Wednesday carrying commander Ivan Petrenko, 49, cosmonaut Sasha Lebed, 36, and NASA astronaut Nora Kell, 45.\n\n"
    "Petrenko and Lebed will return on the older Soyuz capsule that is already docked there, taking NASA's Olga"
    " Frost home with them after half a year in orbit.\n"
)
DOCKING = (
    " date 2032-09-10 Soyuz MS-40 crew reaches the station\n\n"
    "The Soyuz MS-40 docked with the International Space Station at 13:30 GMT on Friday. The crew was greeted by"
    " station commander Gleb Morozov and NASA astronaut Olga Frost, who have lived aboard since March.\n\n"
    "The older Soyuz MS-39 had carried Frost up with Gleb Morozov in March, while the new Soyuz MS-40, in which"
    " Petrenko launched with Lebed and Kell, will stay for the long crew.\n"
)
LANDING = (
    " date 2032-09-22 Soyuz MS-39 brings three home\n\n"
    "The Soyuz MS-39 capsule landed in Kazakhstan at 07:45 GMT on Wednesday with Ivan Petrenko, Sasha Lebed"
    " and Olga Frost aboard. Nora Kell, who flew up with them on Soyuz MS-40, stays on the station with Gleb"
    " Morozov.\n"
)


@pytest.fixture
def drafted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Dossier, str]:
    """The launch, docking and landing articles drafted and checked."""
    return draft_and_check(tmp_path, capsys, numbered(LAUNCH, DOCKING, LANDING))


def test_residents_named_beside_the_launch_are_not_on_its_leg(drafted: tuple[Dossier, str]) -> None:
    dossier, _notes = drafted
    launch = {seat.person for seat in dossier.crew if seat.leg == "launch"}
    assert launch == {"petrenko", "lebed", "kell"}


def test_residents_are_aboard_before_the_visitors_arrive(drafted: tuple[Dossier, str]) -> None:
    dossier, _notes = drafted
    before = {occupant.person for occupant in dossier.occupants_at(datetime(2032, 9, 9, tzinfo=UTC))}
    assert before == {"morozov", "frost"}


def test_a_resident_said_to_stay_does_not_leave_with_the_craft_they_came_in(drafted: tuple[Dossier, str]) -> None:
    dossier, _notes = drafted
    after = {occupant.person for occupant in dossier.occupants_at(datetime(2032, 9, 23, tzinfo=UTC))}
    assert after == {"kell", "morozov"}


def test_residents_waiting_where_the_crew_flies_are_not_on_its_leg(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    waiting = (
        " date 2032-09-08 Soyuz MS-40 heads for the station\n\n"
        "Ivan Petrenko, Sasha Lebed and Nora Kell lifted off in the Soyuz MS-40 spacecraft at 12:00 GMT on"
        " Wednesday, bound for the International Space Station, where Gleb Morozov and Olga Frost are waiting.\n"
    )
    dossier, _notes = draft_and_check(tmp_path, capsys, numbered(waiting, DOCKING, LANDING))
    assert {seat.person for seat in dossier.crew if seat.leg == "launch"} == {"petrenko", "lebed", "kell"}
