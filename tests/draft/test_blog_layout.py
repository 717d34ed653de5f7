"""A live blog laid out as many outlets lay it out: the posting time alone on a line, the entry on the next,
and a note on the page's clock ("All times are Beijing time") above the first entry.

Invented articles about an invented Shenzhou handover: the crew found aboard go home in a feature's
round-up ("undocked and landed ... on May 19"), and the newcomers' own homecoming is told only by a
live blog whose entries give bare clock times.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.sources import spec as s
from soyuztui.draft.entries import entries
from soyuztui.draft.header import read_header
from soyuztui.draft.text import Article
from tests.draft.drafted import aboard, drafted_spec, timed_values

LAUNCH = """ date 2041-05-14 Shenzhou-40 lifts off

A Long March 2F rocket carrying the Shenzhou-40 spacecraft lifted off from Jiuquan at 02:10 GMT on Tuesday with commander Jia Kangming, flight engineer Yin Douyu and payload specialist Kong Peirong aboard.

The Shenzhou-40 spacecraft docked with Tiangong at 09:05 GMT on Tuesday. Hao Jinwu, Lu Xiaotian and Qiao Benmin, who have been aboard the station since November, greeted the newcomers at the hatch.
"""
FEATURE = """ date 2041-06-02 Settling in on Tiangong

Their predecessors did not linger: Hao Jinwu, Lu Xiaotian and Qiao Benmin undocked and landed at Dongfeng on May 19, leaving the newcomers in sole charge.
"""
BLOG = """ date 2041-11-02 Live: the Shenzhou-40 crew heads home

Rolling coverage from our desk. All times are Beijing time (GMT+8).

08:50
The Shenzhou-40 capsule has undocked from Tiangong, the agency says. Separation happened at 08:41. Jia Kangming, Yin Douyu and Kong Peirong are on their way home.

12:30
The weather at the landing site is calm and the recovery teams are in place.

17:46
Touchdown! The capsule has landed at Dongfeng.
"""


def _entries(text: str) -> dict[str, str]:
    article = Article("a", text, 0, None).prepare()
    return {text[entry.start : entry.stamp_end]: text[entry.body : entry.end].strip() for entry in entries(article)}


def test_a_posting_time_alone_on_its_line_opens_the_entry_on_the_next_line() -> None:
    found = _entries(BLOG)
    assert list(found) == ["08:50", "12:30", "17:46"]
    assert found["17:46"] == "Touchdown! The capsule has landed at Dongfeng."


def test_a_schedule_of_timed_lines_is_still_no_live_blog() -> None:
    schedule = "Key times:\n\n05:40 GMT\nFuelling begins\n06:12 GMT - Launch\n\n09:50 GMT\nOrbit raising\n09:58 GMT - Docking\n"
    assert _entries(schedule) == {}


@pytest.mark.parametrize(
    ("note", "zone"),
    [
        ("All times are Beijing time (GMT+8).", "Asia/Shanghai"),
        ("Times are Eastern (EST).", "America/New_York"),
        ("Follow along (all times EDT) as the crew comes home.", "America/New_York"),
        ("All times are local.", None),  # which clock "local" is, the note does not say
        ("He has flown three times are we sure.", None),  # no note: no zone word follows
    ],
)
def test_a_note_on_the_pages_clock_gives_its_zone(note: str, zone: str | None) -> None:
    text = f" date 2041-11-02 Live coverage\n\n{note}\n\n08:50\nThe capsule has undocked.\n"
    assert read_header(text, 1).zone == zone


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[s.MissionFile, Dossier]:
    folder: Path = tmp_path_factory.mktemp("blog-layout")
    spec = drafted_spec(folder, LAUNCH, FEATURE, BLOG)
    return spec, build_dossier(folder / "mission.toml")  # `check` accepts the draft unedited


def test_the_blogs_announced_landing_is_timed_in_the_zone_its_note_gives(
    drafted: tuple[s.MissionFile, Dossier],
) -> None:
    _spec, dossier = drafted
    landing = dossier.event("return").when
    assert landing is not None and landing.time.strftime("%Y-%m-%dT%H:%M") == "2041-11-02T09:46"


def test_residents_leave_with_their_own_dated_homecoming_not_with_an_undocking_timed_elsewhere(
    drafted: tuple[s.MissionFile, Dossier],
) -> None:
    # The round-up's "undocked and landed on May 19" cites the residents in an untimed undocking
    # claim; the blog times another undocking (the newcomers'): the residents do not leave with it.
    _spec, dossier = drafted
    residents = {"jinwu", "xiaotian", "benmin"}
    assert residents <= aboard(dossier, "2041-05-18T00:00")
    assert not residents & aboard(dossier, "2041-05-20T00:00")


def test_a_separation_told_after_an_undocking_times_it_over_the_entrys_posting_time(
    drafted: tuple[s.MissionFile, Dossier],
) -> None:
    _spec, dossier = drafted
    undocking = dossier.event("undocking")
    assert undocking.when is not None and undocking.when.time.strftime("%Y-%m-%dT%H:%M") == "2041-11-02T00:41"
    assert not [conflict for conflict in dossier.conflicts if conflict.subject.startswith("undocking")]


def test_a_separation_after_a_launch_is_no_undocking() -> None:
    text = (
        " date 2041-05-14 Lift-off\n\nThe rocket lifted off at 02:10 GMT. Separation of the capsule from the"
        " upper stage happened at 02:19 GMT.\n"
    )
    assert "undocking" not in timed_values(text, date(2041, 5, 14))


def test_a_crew_on_its_way_home_is_on_the_landing_leg(drafted: tuple[s.MissionFile, Dossier]) -> None:
    spec, _dossier = drafted
    assert {seat.person for seat in spec.crew if seat.leg == "landing"} == {"kangming", "douyu", "peirong"}
