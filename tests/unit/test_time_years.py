"""The year of a day written without one: "last year", "next year", and the tense of the excerpt.

A page reports what happened before it was written and announces what comes after:
"launched on November 29" on a June page is last November, "will launch on January 3"
next January; within a few months of the page the nearest year stands. The phrases are invented.
"""

from __future__ import annotations

from datetime import date

from soyuztui.dossier.times.days import find_days

_JUNE = date(2031, 6, 3)


def _day(text: str, published: date = _JUNE) -> date:
    (found,) = find_days(text, published)
    return found.day


def test_last_year_and_next_year_move_the_year() -> None:
    assert _day("The first crew flew on November 29 last year") == date(2030, 11, 29)
    assert _day("The lander goes up on February 2 next year") == date(2032, 2, 2)


def test_a_past_report_of_a_day_after_the_page_is_last_years() -> None:
    assert _day("The earlier crew launched on November 29") == date(2030, 11, 29)
    # A page updated after its date line may report a few weeks on: the nearest year stands.
    assert _day("The capsule landed on June 4") == date(2031, 6, 4)
    assert _day("The capsule returned on July 20") == date(2031, 7, 20)


def test_a_plan_for_a_day_before_the_page_is_next_years() -> None:
    assert _day("The next crew will launch on January 3") == date(2032, 1, 3)


def test_without_tense_the_nearest_year_stands() -> None:
    assert _day("The crew photo from November 29") == date(2031, 11, 29)
    assert _day("Crew day: January 3") == date(2031, 1, 3)
