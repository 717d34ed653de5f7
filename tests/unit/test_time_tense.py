"""The tense of an excerpt decides which weekday it means: irregular past verbs count as past.

A page dated Sunday that says "a voyage that began with a liftoff on Wednesday" means the
Wednesday before it, not the one after. The phrases are invented.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from soyuztui.dossier.times.days import PAST_VERBS, WEEKDAYS, find_days

_SUNDAY = date(2031, 6, 8)


def _day(text: str, published: date = _SUNDAY) -> date:
    (found,) = find_days(text, published)
    return found.day


def test_irregular_past_verbs_put_a_weekday_before_the_page() -> None:
    assert _day("a voyage that began with a liftoff on Wednesday") == date(2031, 6, 4)
    assert _day("the booster rose over the marshes on Thursday") == date(2031, 6, 5)
    assert _day("the pair stepped outside the cabin on Wednesday") == date(2031, 6, 4)
    assert _day("the four came back from orbit on Thursday") == date(2031, 6, 5)


def test_the_past_of_an_events_own_verb_puts_a_weekday_before_the_page() -> None:
    assert _day("the rocket roared off the pad before dawn on Thursday") == date(2031, 6, 5)
    assert _day("the capsule latched onto the port on Wednesday") == date(2031, 6, 4)
    assert _day("the craft plunged into the sea on Thursday") == date(2031, 6, 5)


def test_the_future_still_points_forward() -> None:
    assert _day("the pair will step outside the cabin on Wednesday") == date(2031, 6, 11)


@given(verb=st.sampled_from(PAST_VERBS), index=st.integers(min_value=1, max_value=5))
def test_a_past_verb_never_places_a_weekday_after_the_page(verb: str, index: int) -> None:
    # Tuesday to Saturday of a Sunday page: a Monday is the day after it (a zone ahead), see days.py.
    found = _day(f"the crew {verb} the work on {WEEKDAYS[index]}")
    assert _SUNDAY - timedelta(days=6) <= found < _SUNDAY
