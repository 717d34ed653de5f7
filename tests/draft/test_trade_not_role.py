"""A trade set after a name ("a pilot who flew airliners") is not the person's seat on the flight.

Every article here is invented for the test (the flight and its crew are made up).
"""

from __future__ import annotations

from pathlib import Path

from tests.draft.drafted import drafted_spec

STORY = (
    " date 2037-03-03 Four ride a capsule to the edge of space\n\n"
    "The New Shepard capsule lifted off at 8:05 a.m. CST (1405 GMT) on Tuesday carrying Ada Quist, 50; Bo Lind, 61, a pilot"
    " who flew airliners for thirty years; and the flight's pilot, Rui Mendes, 33.\n\n"
    "All three landed at 8:16 a.m. CST (1416 GMT) under parachutes.\n"
)


def test_a_pilot_by_trade_gets_no_flight_role_but_the_flights_pilot_does(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path, STORY)
    roles = {seat.person: seat.role for seat in spec.crew if seat.leg == "launch"}
    assert roles["lind"] is None
    assert roles["mendes"] == "Pilot"
