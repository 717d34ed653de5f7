"""The words of a landing as outlets write them, and the landings that are not the crew's.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from tests.draft.drafted import timed_values

DAY = date(2033, 9, 2)


def test_a_runway_landing_ends_when_the_wheels_stop() -> None:
    text = "WHEELS STOP. The orbiter came to rest on runway 33 at 6:41 a.m. EDT (1041 GMT) on Friday."
    assert timed_values(text, DAY)["return"] == ["2033-09-02T10:41Z"]


def test_touching_down_is_a_landing() -> None:
    text = "The capsule drifted down under two parachutes, touching down in the desert at 8:47 a.m. CDT."
    assert timed_values(text, DAY)["return"] == ["2033-09-02T13:47Z"]


def test_a_booster_landing_is_not_the_crews_return() -> None:
    text = "The first stage landed on its pad at 8:44 a.m. CDT, three minutes before the capsule."
    assert "return" not in timed_values(text, DAY)


def test_what_a_thing_can_only_do_is_no_event() -> None:
    text = (
        "The logistics module was stowed in the bay on Monday, packed with worn-out pumps that can only come home"
        " on a winged orbiter."
    )
    assert "return" not in timed_values(text, DAY)
