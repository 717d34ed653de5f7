"""A tabloid with no date line tells the residents' homecoming in its own words ("their capsule thumped
down"): its clock time is read, its day worked out against the dated articles, and the landing stays
the residents' craft's, never this crew's, though this crew's own landing is told too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.sources import spec as s
from tests.draft.drafted import drafted_spec, timed_values
from tests.draft.test_blog_layout import BLOG, FEATURE, LAUNCH

TABLOID = """HOME SWEET HOME! Three spacemen back on the sand

THREE space veterans are back on solid ground.

Their Shenzhou-39 capsule thumped down in the desert at 10:40 a.m. Beijing time on Sunday, swinging under a striped parachute.

Commander Hao Jinwu waved from his chair. Lu Xiaotian and Qiao Benmin followed him out.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "The capsule thumped down in the desert at 7:40 a.m. Beijing time on Sunday.",
        "The descent module came down on the steppe at 7:40 a.m. Beijing time on Sunday.",
    ],
)
def test_a_capsule_coming_down_is_a_landing(sentence: str) -> None:
    assert timed_values(sentence, date(2041, 5, 19)) == {"return": ["2041-05-18T23:40Z"]}


def test_a_capsule_slowing_or_powering_down_is_none() -> None:
    text = "The capsule slowed down at 7:40 a.m. Beijing time on Sunday and later powered down its heaters."
    assert "return" not in timed_values(text, date(2041, 5, 19))


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[s.MissionFile, Dossier]:
    folder: Path = tmp_path_factory.mktemp("undated-homecoming")
    spec = drafted_spec(folder, LAUNCH, FEATURE, BLOG, TABLOID)
    return spec, build_dossier(folder / "mission.toml")  # `check` accepts the draft unedited


def test_the_undated_articles_landing_is_timed_and_the_residents_crafts(
    drafted: tuple[s.MissionFile, Dossier],
) -> None:
    spec, dossier = drafted
    landed = {event.id: [claim.time for claim in event.claims] for event in spec.events}
    assert landed.get("return-shenzhou-39") == ["2041-05-19T02:40Z"]
    own = dossier.event("return").when
    assert own is not None and own.time.strftime("%Y-%m-%dT%H:%M") == "2041-11-02T09:46"
    assert not [conflict for conflict in dossier.conflicts if conflict.subject.startswith("return")]


SOYUZ_LAUNCH = """ date 2041-03-23 Soyuz MS-40 lifts off

A Soyuz rocket carrying the Soyuz MS-40 spacecraft lifted off from Baikonur at 12:36 GMT on Saturday with commander Gleb Sorin, Ivo Kask and Nora Falk aboard.

The Soyuz MS-40 spacecraft docked with the International Space Station at 15:03 GMT on March 25, where Pieter Wouda, who has been aboard the station since September, greeted them.
"""
SOYUZ_HOME = """ date 2041-04-06 Two come home in a sister ship

Gleb Sorin and Ivo Kask returned to Earth in the Soyuz MS-39 capsule, which landed on the steppe at 07:17 GMT on Saturday. Nora Falk and Pieter Wouda stay aboard until autumn.
"""
SOYUZ_FEATURE = """ date 2041-04-08 A long night on the steppe

The scorched Soyuz MS-39 capsule thumped down on the steppe at 3:17 a.m. Eastern time on Saturday.
"""


def test_a_sister_craft_the_crew_lands_in_keeps_its_landing(tmp_path: Path) -> None:
    # The crew comes home in another craft of its family: that craft's landing told elsewhere is theirs.
    spec = drafted_spec(tmp_path, SOYUZ_LAUNCH, SOYUZ_HOME, SOYUZ_FEATURE)
    landed = {event.id: [claim.time for claim in event.claims if claim.time] for event in spec.events}
    assert "return-soyuz-ms-39" not in landed
    assert set(landed["return"]) == {"2041-04-06T07:17Z"}
