"""A handover written as outlets write it: who waits aboard, whose craft leaves, who is left behind.

Invented articles about an invented Shenzhou flight: the crew it finds aboard are named as
"already on the station", as waiting "where" the newcomers enter, as greeting them; their own
capsule leaves "leaving" this crew aboard; at this crew's landing the next crew stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.sources import spec as s
from tests.draft.drafted import aboard, drafted_spec

LAUNCH = """ date 2041-05-14 Shenzhou-40 lifts off

A Long March 2F rocket carrying the Shenzhou-40 spacecraft lifted off from Jiuquan at 02:10 GMT on Tuesday with commander Jia Kangming, flight engineer Yin Douyu and payload specialist Kong Peirong aboard.

Already on the station: Hao Jinwu, Lu Xiaotian and Qiao Benmin of Shenzhou-39, who arrived in November.
"""
DOCKING = """ date 2041-05-14 Shenzhou-40 docks

The Shenzhou-40 spacecraft docked with Tiangong at 09:05 GMT on Tuesday. The three Shenzhou-40 astronauts later floated into the core module, where Shenzhou-39 astronauts Hao Jinwu, Lu Xiaotian and Qiao Benmin had been waiting for them. Television showed Hao Jinwu greeting the newcomers at the hatch.
"""
DEPARTURE = """ date 2041-05-19 Shenzhou-39 crew home

The Shenzhou-39 capsule came down in the desert at 23:40 GMT on Saturday with Hao Jinwu, Lu Xiaotian and Qiao Benmin.

The capsule undocked from the station on Saturday afternoon, leaving the new crew in charge: Jia Kangming, Yin Douyu and Kong Peirong.
"""
LANDING = """ date 2041-11-02 Shenzhou-40 crew home

The Shenzhou-40 capsule landed at Dongfeng at 01:15 GMT on Saturday with Jia Kangming, Yin Douyu and Kong Peirong.

They leave behind the Shenzhou-41 crew of Xu Tiannan, Bai Yuchen and Mo Lanqing, who docked on October 27.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[s.MissionFile, Dossier]:
    folder: Path = tmp_path_factory.mktemp("handover")
    spec = drafted_spec(folder, LAUNCH, DOCKING, DEPARTURE, LANDING)
    return spec, build_dossier(folder / "mission.toml")  # `check` accepts the draft unedited


RESIDENTS = {"jinwu", "xiaotian", "benmin"}
CREW = {"kangming", "douyu", "peirong"}
NEXT = {"tiannan", "yuchen", "lanqing"}


def test_the_crew_found_aboard_is_aboard_before_the_launch(drafted: tuple[s.MissionFile, Dossier]) -> None:
    _spec, dossier = drafted
    assert aboard(dossier, "2041-05-14T00:00") == RESIDENTS
    assert aboard(dossier, "2041-05-14T12:00") == RESIDENTS | CREW


def test_the_capsule_that_leaves_this_crew_aboard_is_the_residents(drafted: tuple[s.MissionFile, Dossier]) -> None:
    spec, dossier = drafted
    leaving = {item.person: item.leaves_with for item in spec.occupants}
    # Their own capsule's undocking, never this mission's return nor its undocking.
    assert {leaving[person] for person in RESIDENTS} == {"undocking-shenzhou-39"}
    assert aboard(dossier, "2041-05-20T00:00") == CREW
    assert not any(conflict.subject.startswith("undocking") for conflict in dossier.conflicts)


def test_the_crew_left_behind_stays_and_its_docking_is_its_own(drafted: tuple[s.MissionFile, Dossier]) -> None:
    spec, dossier = drafted
    assert aboard(dossier, "2041-11-02T06:00") == NEXT
    assert aboard(dossier, "2041-06-01T00:00") == CREW
    # "..., who docked on October 27" is the next crew's docking: no rival to this one's.
    docking = next(event for event in spec.events if event.id == "docking")
    assert all(claim.time is None or claim.time.startswith("2041-05-14") for claim in docking.claims)
