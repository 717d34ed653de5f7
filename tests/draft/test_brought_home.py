"""A Crew Dragon that brings home two people who came up on another craft, beside a Soyuz crew that stays.

Invented articles: the two who flew up months before on a Starliner are written beside the
launch ("two seats were left empty for A and B, who arrived ... aboard a Starliner"), the
Soyuz crew as having "met" the newcomer and "arrived ... on February 20 aboard" their Soyuz,
one of them spelt with a V in one outlet and a W in another, and "Left behind" at the end; a
crew named by its flight ("Crew-30 ... left in April"); a given name written with "ks" and "x".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.sources import spec as s
from tests.draft.drafted import aboard, drafted_spec

LAUNCH = """ date 2040-03-11 Crew Dragon Valiant lifts off

A Falcon 9 rocket launched the Crew Dragon Valiant from Florida at 14:05 GMT on Sunday with NASA astronaut Rhea Morland, the commander, and Roscosmos cosmonaut Aleksandr Zhelnin aboard, the crew of NASA's Crew-31 mission. Two seats were left empty for NASA astronauts Cal Brisbane and Ona Velasquez, who arrived at the station in January aboard a Starliner spacecraft and will return with them.
"""
DOCKING = """ date 2040-03-12 Crew Dragon Valiant docks

The Crew Dragon Valiant docked with the International Space Station at 16:40 GMT on Monday. On board the station, Alexander Zhelnin was met by cosmonauts Oleg Vostrin and Ilya Wachenko and NASA astronauts Cal Brisbane, Ona Velasquez, Tess Ambrook, Ida Farrow and Ben Solano.

Farrow and Solano, the Crew-30 mission's two astronauts, are due to leave in early April.

Vostrin, Wachenko and Ambrook arrived at the station on February 20 aboard the Soyuz MS-40 spacecraft.
"""
SPLASHDOWN = """ date 2040-08-20 Crew Dragon Valiant home

The Crew Dragon Valiant splashed down off Florida at 09:12 GMT on Monday with Rhea Morland, Aleksandr Zhelnin, Cal Brisbane and Ona Velasquez aboard.

Left behind on the station are cosmonauts Oleg Vostrin and Ilya Vachenko and NASA astronaut Tess Ambrook. Crew-30, who were aboard when Crew-31 arrived, left in April.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[s.MissionFile, Dossier]:
    folder: Path = tmp_path_factory.mktemp("brought-home")
    spec = drafted_spec(folder, LAUNCH, DOCKING, SPLASHDOWN)
    return spec, build_dossier(folder / "mission.toml")  # `check` accepts the draft unedited


SOYUZ = {"vostrin", "wachenko", "ambrook"}  # the spelling most outlets use names the person


def test_who_came_up_on_another_craft_rides_home_but_did_not_launch(drafted: tuple[s.MissionFile, Dossier]) -> None:
    spec, _dossier = drafted
    assert {seat.person for seat in spec.crew if seat.leg == "launch"} == {"morland", "zhelnin"}
    assert {seat.person for seat in spec.crew if seat.leg == "landing"} == {
        "morland",
        "zhelnin",
        "brisbane",
        "velasquez",
    }


def test_the_residents_are_aboard_before_the_launch_and_the_soyuz_crew_stays(
    drafted: tuple[s.MissionFile, Dossier],
) -> None:
    _spec, dossier = drafted
    assert aboard(dossier, "2040-03-10T00:00") == {"brisbane", "velasquez", "farrow", "solano", *SOYUZ}
    assert aboard(dossier, "2040-08-21T00:00") == SOYUZ


def test_a_crew_named_by_its_flight_is_gone_by_the_month_it_left(drafted: tuple[s.MissionFile, Dossier]) -> None:
    _spec, dossier = drafted
    assert {"farrow", "solano"} <= aboard(dossier, "2040-04-30T12:00")
    assert not {"farrow", "solano"} & aboard(dossier, "2040-05-01T00:00")


def test_a_surname_transliterated_with_v_or_w_is_one_person_spelt_two_ways(
    drafted: tuple[s.MissionFile, Dossier],
) -> None:
    spec, dossier = drafted
    (person,) = [person for person in spec.people if person.name.endswith("achenko")]
    assert any(conflict.subject == f"{person.id}.spelling" for conflict in dossier.conflicts)


def test_a_given_name_written_with_ks_or_x_is_a_spelling_conflict(drafted: tuple[s.MissionFile, Dossier]) -> None:
    spec, dossier = drafted
    assert [person.id for person in spec.people if person.name.endswith("Zhelnin")] == ["zhelnin"]
    assert any(conflict.subject == "zhelnin.given name spelling" for conflict in dossier.conflicts)
