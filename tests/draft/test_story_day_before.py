"""A day-less clock time in a paper dated the day after: read on the day its story opens with.

Every article here is invented for the test (the town, the pilot and the flight are made up).
"""

from __future__ import annotations

from pathlib import Path

from tests.draft.drafted import drafted_spec

WIRE = (
    " date 2035-05-08 Glider pilot rides a rocket to the edge of space\n\n"
    "VAN HORN, Texas, May 8 (Wire) - A New Shepard rocket lifted off at 8:40 a.m. CDT (1340 GMT) on Tuesday"
    " with retired glider pilot Ines Calloway aboard. The capsule touched down at 8:51 a.m. CDT (1351 GMT).\n"
)
REGIONAL = (
    " date 2035-05-09 Hometown cheers its flier\n\n"
    "Half of Sandoval Springs was up before sunrise on Tuesday, crowded around a screen in the square.\n\n"
    "Ines Calloway, who learned to fly at the town airstrip, was in the capsule when it lifted off at 7:40 a.m."
    " Mountain time.\n"
)


def test_a_clock_time_is_read_on_the_day_the_paragraph_before_tells_of(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path, WIRE, REGIONAL)
    launch = next(event for event in spec.events if event.id == "launch")
    assert {str(claim.time) for claim in launch.claims} == {"2035-05-08T13:40Z"}
    cited = [item.text for claim in launch.claims for item in claim.evidence if item.doc == "001"]
    assert any("Tuesday" in text for text in cited)  # the day is cited, so `check` reads the same minute
