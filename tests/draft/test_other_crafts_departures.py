"""A handover story told before its own crew comes home: the residents' craft leaving is that craft's event.

Every article and person here is invented for the test (the flights are made up).
"""

from __future__ import annotations

from pathlib import Path

from soyuztui.draft.memory import load_draft
from soyuztui.tui.panes.timeline import TimelineStatus
from tests.conftest import test_app
from tests.draft.drafted import drafted_spec, numbered

LAUNCH = """ date 2041-04-20 Shenzhou-61 lifts off for the station

JIUQUAN, April 20 (Wire) - The Shenzhou-61 spacecraft lifted off at 8:59 p.m. Beijing time (1259 GMT) on Saturday
with commander Gao Renjie, Xu Minghao and Lu Fanghua on board.

They will share the station for a few days with the Shenzhou-60 crew, Wen Qiaoling, Shi Haoran and Yue Jianping,
who have lived aboard since October.
"""
DOCKING = """ date 2041-04-21 Shenzhou-61 docks

The Shenzhou-61 capsule docked with the Tianhe module at 3:32 a.m. Beijing time on Sunday (1932 GMT Saturday).
Wen Qiaoling, Shi Haoran and Yue Jianping opened the hatch and welcomed Gao Renjie, Xu Minghao and Lu Fanghua.
"""
LANDING = """ date 2041-04-26 LIVE: Shenzhou-60 astronauts are home

17:46 Beijing time (0946 GMT) - TOUCHDOWN! The Shenzhou-60 return capsule has landed at the Dongfeng site.

05:30 Beijing time - The Shenzhou-60 spacecraft undocked from the station overnight after the handover.
"""


def test_the_residents_craft_leaving_is_its_own_event_not_the_missions_return(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path, LAUNCH, DOCKING, LANDING)
    events = {event.id: event for event in spec.events}
    assert spec.mission.ends_with == "return"
    # The mission's own return is not in these articles: no time, and none of the residents' claims.
    assert all(claim.time is None for claim in events["return"].claims)
    assert not any("Shenzhou-60" in item.text for claim in events["return"].claims for item in claim.evidence)
    landed = events["return-shenzhou-60"]
    assert landed.title == "Return to Earth of Shenzhou-60"
    assert [claim.time for claim in landed.claims] == ["2041-04-26T09:46Z"]
    assert "undocking" not in events or all(claim.time is None for claim in events["undocking"].claims)
    people = {person.id: person.name for person in spec.people}
    leaving = {people[item.person]: item.leaves_with for item in spec.occupants}
    assert {leaving[name] for name in ("Wen Qiaoling", "Shi Haoran", "Yue Jianping")} <= {
        "return-shenzhou-60",
        "undocking-shenzhou-60",
    }
    assert {leaving[name] for name in ("Gao Renjie", "Xu Minghao", "Lu Fanghua")} == {None}


async def test_a_flight_whose_return_is_not_told_yet_counts_its_time_in_flight(tmp_path: Path) -> None:
    for name, text in numbered(LAUNCH, DOCKING, LANDING).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    app = test_app(load_draft(tmp_path), at="2041-04-27T12:00Z")
    async with app.run_test(size=(120, 40)):
        status = str(app.screen.query_one(TimelineStatus).render())
    assert status.startswith("MET 6d 23:01:00 elapsed\nreturn not reported\n")
