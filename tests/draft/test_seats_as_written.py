"""Crew seats as outlets write them: the mission's name for its crew, another craft's passengers.

Every article and person here is invented for the test (the flights are made up).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.dossier.sources import spec as s
from soyuztui.draft.crew import homecoming_words
from tests.draft.drafted import drafted_spec
from tests.draft.test_crew_people import _seated

LAUNCH = """ date 2041-05-06 Crew-52 heads for the station

CAPE CANAVERAL (Wire) - A Falcon 9 rocket lifted off at 07:12 GMT on Saturday carrying commander Rhea Okonjo,
pilot Tomas Lind and mission specialists Ayumi Sato and Pavel Orlik aboard the Crew Dragon Resolve on NASA's
Crew-52 mission.

NASA astronaut Gwen Pruitt will fly to the station on the Soyuz MS-40 spacecraft, whose launch is planned for
June 20 from Baikonur.
"""
DOCKING = """ date 2041-05-07 Resolve docks

The Crew Dragon Resolve docked with the International Space Station at 13:40 GMT on Sunday.
"""
SPLASHDOWN = """ date 2041-11-02 Live: Crew-52 splashes down off Florida

9:55 a.m. EDT - That is all from us. The recovery teams did a fine job.

9:12 a.m. EDT (1312 GMT) - SPLASHDOWN! Resolve is in the water off Jacksonville.

8:40 a.m. EDT - The deorbit burn went as planned.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> s.MissionFile:
    return drafted_spec(tmp_path_factory.mktemp("seats"), LAUNCH, DOCKING, SPLASHDOWN)


def _seats(spec: s.MissionFile) -> set[tuple[str, str]]:
    return {(seat.person, seat.leg) for seat in spec.crew}


def test_the_mission_s_name_splashing_down_brings_its_crew_home(drafted: s.MissionFile) -> None:
    crew = {"okonjo", "lind", "sato", "orlik"}
    assert {person for person, leg in _seats(drafted) if leg == "landing"} == crew
    # They leave the station with the homecoming, not stay aboard after it.
    leaving = {item.person: item.leaves_with for item in drafted.occupants}
    assert all(leaving[person] == drafted.mission.ends_with for person in crew)


def test_someone_announced_for_another_craft_is_not_this_flight_s_crew(drafted: s.MissionFile) -> None:
    assert not any(person == "pruitt" for person, _leg in _seats(drafted))
    assert not any(item.person == "pruitt" and item.arrives_with for item in drafted.occupants)


def test_a_craft_coming_home_empty_brings_no_one_home(tmp_path: Path) -> None:
    """The mission named by its craft's homecoming says nothing of the crew when the craft is empty."""
    empty = SPLASHDOWN.replace("Live: Crew-52 splashes down off Florida", "Crew-52 capsule returns empty")
    spec = drafted_spec(tmp_path, LAUNCH, DOCKING, empty)
    assert not any(leg == "landing" for _person, leg in _seats(spec))


def test_all_of_them_back_on_earth_is_the_crew_s_homecoming(tmp_path: Path) -> None:
    home = """ date 2041-11-02 Four astronauts end their stay

9:12 a.m. EDT (1312 GMT) - SPLASHDOWN! Resolve is in the water off Jacksonville. All four are back on Earth.
"""
    spec = drafted_spec(tmp_path, LAUNCH, DOCKING, home)
    assert {person for person, leg in _seats(spec) if leg == "landing"} == {"okonjo", "lind", "sato", "orlik"}
    assert homecoming_words("Engineers back on Earth watched the burn.") is None


def test_a_crew_going_home_in_another_craft_keeps_its_launch_seat(tmp_path: Path) -> None:
    stranded = LAUNCH.replace(
        "NASA astronaut Gwen Pruitt will fly",
        "Cosmonaut Lev Dorin, who launched with them, will come home on the Soyuz MS-40 spacecraft in winter.\n\n"
        "NASA astronaut Gwen Pruitt will fly",
    )
    spec = drafted_spec(tmp_path, stranded, DOCKING, SPLASHDOWN)
    assert ("dorin", "launch") in _seats(spec)
    assert not any(person == "pruitt" for person, _leg in _seats(spec))


def test_who_will_welcome_the_crew_aboard_does_not_fly_up() -> None:
    hosts = (
        "Once docked, the crew will be welcomed aboard by the station's crew, NASA astronauts Jo Ames and Carl Dunn."
    )
    assert _seated(hosts) == set()


CREW_LAUNCH = """ date 2048-02-27 SpaceX launches 4 astronauts to space station

CAPE CANAVERAL, Fla. (AP) — SpaceX launched four astronauts to the International Space Station on Thursday.

The Falcon 9 rocket blasted off at 10:53 p.m. with NASA's Nina Ruiz and Carl Bates, Japan's Koji Ando and Russia's \
Gleb Markov. Their Dragon capsule, Endeavour, should reach the station Friday.
"""
CREW_DOCKING = """ date 2048-02-28 Crew-55 docks at space station

The SpaceX Crew Dragon Endeavour docked at the International Space Station at 9:40 a.m. EST Friday (1440 GMT).

Crew-55 commander Nina Ruiz, pilot Carl Bates, Koji Ando and Gleb Markov were welcomed aboard by the astronauts \
they are replacing — Ella Frost, Bo Lindqvist and Yuki Tanaka.
"""
CREW_HOME = """ date 2048-08-30 Crew-55 returns home after 184 days

11:02 p.m. EDT - That's it from us tonight. Ruiz, Bates, Ando and Markov splashed down off the coast of Pensacola \
at 10:35 p.m. EDT Saturday.
"""


def test_the_craft_named_after_the_crew_s_launch_and_kept_for_their_homecoming(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path, CREW_LAUNCH, CREW_DOCKING, CREW_HOME)
    crew = {"ruiz", "bates", "ando", "markov"}
    # "... blasted off with A, B, C and D. Their Dragon capsule, Endeavour, ...": the next sentence names the craft.
    assert {person for person, leg in _seats(spec) if leg == "launch"} == crew
    # "A, B, C and D splashed down": their homecoming in the craft they flew up in.
    assert {person for person, leg in _seats(spec) if leg == "landing"} == crew
    roles = {seat.person: seat.role for seat in spec.crew if seat.leg == "launch"}
    # "commander A, pilot B, C and D": one role word is the next name's alone.
    assert roles == {"ruiz": "Commander", "bates": "Pilot", "ando": None, "markov": None}
    # "the astronauts they are replacing — A, B and C": the list after a group of people names people.
    assert {"frost", "lindqvist", "tanaka"} <= {person.id for person in spec.people}
