"""A clock time and its equivalent in another zone are one instant, each with the day of its own zone.

"1:10 a.m. Saturday Beijing time (1710 GMT Friday)" names two calendar days, one per zone: the
day belongs to the zone it is written with, so the phrase is read once, as one instant, however the
equivalent is joined ("(…)", "[…]", "/ …") and wherever its day stands in it. A pair whose two
readings disagree stays two readings, and `check` refuses a claim of either one alone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from soyuztui.dossier.errors import Problems
from soyuztui.dossier.model import Evidence
from soyuztui.dossier.sources.spec import TimeClaimSpec
from soyuztui.dossier.sources.tomlines import LineIndex
from soyuztui.dossier.times.base import TimeRefused
from soyuztui.dossier.times.reader import read_times
from soyuztui.dossier.verify.timeclaims import TimeClaimChecker
from tests.unit.test_time_reader_roundtrip import REGION_WORDS, _local, clock

ZONED = [("GMT", "UTC"), ("UTC", "UTC"), *REGION_WORDS]
#: How a day is written beside its clock time, as outlets write it.
DAY_FORMS = ["{d:%A}", "on {d:%A}", "{d:%B %-d}", "{d:%A}, {d:%B %-d}"]
#: An equivalent with its day: the day after the clock, before it, or after a slash.
JOINS = [
    "({clock} {zone} {day})",
    "({day} {clock} {zone})",
    "({day}, {clock} {zone})",
    "({day} at {clock} {zone})",
    "[{clock} {zone} {day}]",
    "/ {clock} {zone} {day}",
]
PUBLISHED = date(2031, 4, 11)  # a Friday


def _day(form: str, local: datetime) -> str:
    return form.format(d=local)


@st.composite
def pairs(draw: st.DrawFn) -> tuple[str, date, datetime]:
    """An instant near midnight written in two zones, each clock with the day of its own zone."""
    instant = datetime.combine(PUBLISHED, datetime.min.time(), UTC) + timedelta(
        minutes=draw(st.integers(-36 * 60, 36 * 60))
    )
    (word, name), (other_word, other_name) = draw(st.sampled_from(ZONED)), draw(st.sampled_from(ZONED))
    local, other = _local(instant, name), _local(instant, other_name)
    assume(local is not None and other is not None)
    assert local is not None and other is not None
    main_day = _day(draw(st.sampled_from(DAY_FORMS)), local).removeprefix("on ")
    other_day = _day(draw(st.sampled_from(DAY_FORMS)), other)
    equivalent = draw(st.sampled_from(JOINS)).format(
        clock=clock(other, draw(st.integers(0, 4)), True), zone=other_word, day=other_day
    )
    main = f"{clock(local, draw(st.integers(0, 4)), True)} {main_day} {word}"
    return f"The crew landed at {main} {equivalent} after a calm descent", PUBLISHED, instant


@settings(max_examples=300, deadline=None)
@given(pairs())
def test_a_zoned_pair_on_two_calendar_days_is_one_instant(case: tuple[str, date, datetime]) -> None:
    text, published, instant = case
    readings = read_times(text, published=published, zone=None)
    assert [reading.time for reading in readings] == [instant], text


def test_the_day_inside_the_parentheses_is_the_equivalents_not_the_main_clocks() -> None:
    # Friday is written with GMT; read with the Beijing clock, it put the landing a day early.
    for text in (
        "The capsule came down at 1:10 a.m. Beijing time (Friday 1710 GMT) on the steppe",
        "The capsule came down at 1:10 a.m. Beijing time (on Friday at 1710 GMT) on the steppe",
        "On Saturday the capsule came down at 1:10 a.m. Beijing time (Friday 1710 GMT)",
    ):
        readings = read_times(text, published=PUBLISHED, zone=None)
        assert [reading.time for reading in readings] == [datetime(2031, 4, 11, 17, 10, tzinfo=UTC)], text


def test_four_digits_after_a_weekday_and_before_a_zone_word_are_a_clock_not_a_year() -> None:
    readings = read_times("Docking came on Friday 1710 GMT, the agency said", published=PUBLISHED, zone=None)
    assert [(reading.time, reading.precision) for reading in readings] == [
        (datetime(2031, 4, 11, 17, 10, tzinfo=UTC), "minute")
    ]
    # After a month and a day, four digits are the year, even with a zone word after them.
    readings = read_times("The hatch opened at 09:00 Saturday, January 1, 2000, GMT", published=None, zone=None)
    assert [reading.time for reading in readings] == [datetime(2000, 1, 1, 9, 0, tzinfo=UTC)]


def test_a_pair_without_a_day_across_midnight_is_still_refused() -> None:
    # The page's date is the 11th somewhere: the 11th in Beijing or the 11th in GMT, a day apart.
    with pytest.raises(TimeRefused, match="falls on two dates"):
        read_times("The crew landed at 1:10 a.m. Beijing time (1710 GMT)", published=PUBLISHED, zone=None)


def _check(time: str, excerpt: str) -> list[str]:
    found = Problems(Path("mission.toml"), LineIndex(""))
    checker = TimeClaimChecker(found, {"a": PUBLISHED}, {"a": None})
    spec = TimeClaimSpec(time=time, evidence=[{"doc": "a", "text": excerpt}])
    evidence = [Evidence(doc="a", text=excerpt, start=0, end=len(excerpt))]
    checker.claim(("events", 0, "claims", 0), "return", spec, evidence, {})
    return [problem.message for problem in found.found]


def test_check_accepts_an_agreeing_pair_and_refuses_one_that_disagrees() -> None:
    agreeing = "landed at 1:10 a.m. Saturday Beijing time / 1710 GMT Friday"
    assert _check("2031-04-11T17:10Z", agreeing) == []
    assert _check("2031-04-10T17:10Z", agreeing) != []
    # Thursday in GMT is a day before Saturday 1:10 a.m. in Beijing: two instants, no claim holds.
    disagreeing = "landed at 1:10 a.m. Saturday Beijing time (1710 GMT Thursday)"
    assert len(read_times(disagreeing, published=PUBLISHED, zone=None)) == 2
    assert _check("2031-04-11T17:10Z", disagreeing) != []
    assert _check("2031-04-10T17:10Z", disagreeing) != []
