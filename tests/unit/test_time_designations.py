"""A day needs a day number standing on its own: a designation with a month's name in it is no date.

Rockets, capsules and missions carry names like "Long March 5B" or "Ares 4-A"; a month
word before a number glued to a letter ("March 2F") is part of that name. The phrases
are invented; `check` reads with the same reader, so it refuses what the draft skips.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from soyuztui.dossier.times.days import find_days
from tests.unit.test_time_claims import check

_PUBLISHED = date(2031, 6, 10)
_MONTHS = ("January", "March", "May", "June", "August", "October", "December", "Oct.", "Dec")


def test_a_rocket_named_after_a_month_is_no_date() -> None:
    assert find_days("A Long March 7A booster rose from the coast", _PUBLISHED) == []
    assert find_days("The Long March 2F rocket and its capsule", _PUBLISHED) == []
    assert find_days("the March 3-B upper stage", _PUBLISHED) == []


def test_a_day_number_beside_a_designation_is_still_a_day() -> None:
    (day,) = find_days("The capsule docked on March 2, hours after launch", _PUBLISHED)
    assert day.day == date(2031, 3, 2)
    (day,) = find_days("The crew arrive on 2nd March", _PUBLISHED)
    assert day.day == date(2031, 3, 2)
    (day,) = find_days("Tests ran from May 30-31 at the pad", _PUBLISHED)
    assert day.day == date(2031, 5, 30)


def test_a_number_glued_to_a_designation_before_a_month_is_no_day() -> None:
    assert find_days("the crew of Orbiter-12 May head home soon", _PUBLISHED) == []


@given(
    month=st.sampled_from(_MONTHS),
    number=st.integers(min_value=1, max_value=28),
    letter=st.sampled_from("ABCDFGHKMX"),
    hyphen=st.booleans(),
)
def test_month_number_letter_is_never_a_day(month: str, number: int, letter: str, hyphen: bool) -> None:
    name = f"The {month} {number}{'-' if hyphen else ''}{letter} rocket lifted off"
    assert find_days(name, _PUBLISHED) == []


@given(month=st.sampled_from(_MONTHS), number=st.integers(min_value=1, max_value=28))
def test_month_and_a_lone_number_is_always_a_day(month: str, number: int) -> None:
    (day,) = find_days(f"It lifted off on {month} {number}, as planned", _PUBLISHED)
    assert day.day.day == number


def test_check_refuses_a_day_read_from_a_designation() -> None:
    _, problems = check("2031-03-02", "A Long March 2F rocket lifted off", published=_PUBLISHED)
    assert problems and "2031-03-02" in problems[0]
