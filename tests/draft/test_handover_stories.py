"""A handover story names two craft as often: the flight is the one that launches and docks.

Every article is invented for the test (the flights and people are made up).
"""

from __future__ import annotations

from pathlib import Path

from soyuztui.dossier.sources import spec as s
from tests.draft.drafted import drafted_spec

LAUNCH = """ date 2037-04-25 Shenzhou-41 lifts off

JIUQUAN, April 25 (Wire) - The Shenzhou-41 spacecraft left the pad at 8:59 p.m. Beijing time (1259 GMT) with
commander Zhao Peng, 43, and Qian Yuhang, 34, strapped in side by side.

They will spend a week with the Shenzhou-40 crew of Gao Feng and Lu Qing before the Shenzhou-40 crew fly home.
"""
DOCKING = """ date 2037-04-26 Shenzhou-41 docks

The Shenzhou-41 capsule docked with the Tianhe module at 3:32 a.m. Beijing time (1932 GMT Friday), and Zhao Peng
and Qian Yuhang were greeted by the Shenzhou-40 crew.
"""
LANDING = """ date 2037-05-02 LIVE: Shenzhou-40 crew home

18:40 - Zhao Peng and Qian Yuhang are now alone on the station and will stay until the autumn.

18:21 - Both are out of the capsule. Medical staff say the crew are in good health.

17:46 Beijing time (0946 GMT) - TOUCHDOWN! The Shenzhou-40 return capsule has landed at Dongfeng.

09:10 - The Shenzhou-40 spacecraft undocked from the station overnight.
"""


def _seats(spec: s.MissionFile) -> set[tuple[str, str]]:
    names = {person.id: person.name for person in spec.people}
    return {(names[seat.person], seat.leg) for seat in spec.crew}


def test_the_flight_is_the_craft_that_launches_and_docks_and_its_crew_stay(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path, LAUNCH, DOCKING, LANDING)
    vehicle = [fact.value for fact in spec.mission.facts if fact.field == "vehicle"]
    assert vehicle == ["Shenzhou-41"]
    # "left the pad" is the launch, and the sentence seats the crew it names.
    assert _seats(spec) == {("Zhao Peng", "launch"), ("Qian Yuhang", "launch")}
    # "Both are out of the capsule", just after the other craft's landing is named, is not
    # this crew's homecoming: they stay, with no landing seat.
    assert not any(leg == "landing" for _person, leg in _seats(spec))


def test_the_mission_is_the_number_the_story_s_events_are_written_of(tmp_path: Path) -> None:
    """The relieved crew's mission is named as a mission as often; the launch and homecoming are the other's."""
    spec = drafted_spec(
        tmp_path,
        """ date 2038-08-26 Crew-41 Launches Four to the Station

A Falcon 9 lifted off at 07:27 GMT on Saturday with commander Ines Varga and pilot Theo Lund aboard the Crew
Dragon Endurance. They replace the Crew-40 mission, which has been aboard since March.
""",
        """ date 2038-08-27 Endurance arrives

The Crew Dragon Endurance docked at 13:16 GMT on Sunday, and Ines Varga and Theo Lund joined the Crew-40 team.
""",
        """ date 2038-09-04 Crew-40 mission home

The four astronauts of the Crew-40 mission have returned to Earth, ending six months in orbit.
""",
        """ date 2039-03-12 Live: Crew-41 splashes down after 199 days

The Crew Dragon Endurance splashed down at 09:47 GMT on Tuesday with Ines Varga and Theo Lund aboard.
""",
    )
    names = [fact.value for fact in spec.mission.facts if fact.field == "mission_name"]
    assert names == ["Crew-41"] and spec.mission.title == "Crew-41"
