"""An undated tabloid's landing: its day from what it tells as done, its bare clock from the place named.

Every article here is invented for the test (the flight and its crew are made up).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.dossier.sources import spec as s
from tests.draft.drafted import drafted_spec

WIRE = (
    " date 2036-10-17 Orbiter glides home at dawn\n\n"
    "CAPE CANAVERAL, Fla., Oct 17 (Wire) - The space shuttle Endeavour touched down at 6:02 a.m. EDT (1002 GMT)"
    " on Friday after a nine-day flight that lifted off at 3:15 p.m. EDT (1915 GMT) on Oct. 8.\n"
)
TABLOID = (
    "HOME SWEET HOME!\n\n"
    "Endeavour swooped out of the dark early Friday and touched down on the runway at the Kennedy Space Center"
    " at 6:01 a.m.\n\n"
    "Skipper Wanda Ferrel grinned as she climbed down the steps.\n"
)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> s.MissionFile:
    """The two articles drafted, checked unedited."""
    folder: Path = tmp_path_factory.mktemp("tabloid")
    return drafted_spec(folder, WIRE, TABLOID)


def test_an_undated_page_is_not_written_before_what_it_tells_as_done(drafted: s.MissionFile) -> None:
    tabloid = next(item for item in drafted.documents if item.id == "001")
    assert str(tabloid.published) == "2036-10-17"  # not the Thursday before its "early Friday" landing


def test_a_bare_clock_at_a_named_place_is_that_places_clock(drafted: s.MissionFile) -> None:
    landing = next(event for event in drafted.events if event.id == "return")
    times = {claim.evidence[-1].doc: str(claim.time) for claim in landing.claims}
    assert times["001"] == "2036-10-17T10:01Z"  # 6:01 a.m. at Kennedy: EDT, a minute off the wire's
