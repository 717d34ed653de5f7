"""Other flights and other lengths in passing, and a "local time" off a named coast.

Invented articles about an invented Crew Dragon flight: the next crew, named by its mission's
number as an apposition, "reached the station on Sunday"; a Starliner "returned to Earth
without a crew"; a crew member's career total "across three flights"; the splashdown "off the
Florida coast at 4:44pm local time" in a story that also names Houston.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from tests.draft.drafted import drafted_spec

LAUNCH = """ date 2041-03-06 Crew-31 reaches the station

A Falcon 9 rocket launched the Crew Dragon Resolve from Florida at 15:20 GMT on Tuesday with commander Kim Ostrander and ESA astronaut Lars Wendling aboard. The Crew Dragon Resolve docked with the International Space Station at 11:02 GMT on Wednesday, opening the six-month Crew-31 mission.

Ostrander already has 223 days in space across two flights.
"""
SPLASHDOWN = """ date 2041-09-10 Crew-31 splashes down

The Crew Dragon Resolve splashed down off the Florida coast at 4:44pm local time on Tuesday with Kim Ostrander and Lars Wendling inside, after 189 days in space.

Their replacements, the four members of Crew-32, reached the station on Sunday.

The pair will fly to Houston tonight.

A Starliner spacecraft returned to Earth without a crew and landed in New Mexico on August 30.
"""


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    folder: Path = tmp_path_factory.mktemp("passing")
    drafted_spec(folder, LAUNCH, SPLASHDOWN)
    return build_dossier(folder / "mission.toml")  # `check` accepts the draft unedited


def test_local_time_is_the_clock_of_the_place_the_sentence_names(dossier: Dossier) -> None:
    splashdown = next(event for event in dossier.events if event.id == "return")
    # 4:44 p.m. in Florida in September is 20:44 UTC, not Houston's 21:44.
    assert splashdown.when is not None
    assert splashdown.when.time.isoformat() == "2041-09-10T20:44:00+00:00"


def test_other_flights_and_a_career_total_are_no_conflicts(dossier: Dossier) -> None:
    assert [conflict.subject for conflict in dossier.conflicts] == []
