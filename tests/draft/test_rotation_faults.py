"""Faults a crew rotation's articles showed: a career's thousands of days read as a flight's length,
a middle name making a second person, and the other rules written from them.

Every article is invented, about an invented flight.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from soyuztui.draft import facts as mf
from soyuztui.draft.text import Article
from tests.draft.drafted import drafted_spec


def _durations(*texts: str) -> list[str]:
    """The mission lengths the duration rule finds in `texts`, one article each."""
    articles = [Article(f"{number:03d}", text, 0, date(2036, 8, 9)).prepare() for number, text in enumerate(texts)]
    found, _ = mf.duration(articles)
    return [value for _, value, *_ in found]


def test_a_number_with_a_thousands_separator_is_one_number() -> None:
    assert _durations("The Heron crew will live aboard the outpost for a 1,200-day mission.") == ["1200 days"]


def test_a_career_total_is_no_missions_length() -> None:
    assert _durations(
        "Their commander, Vera Lind, has accumulated more than 1,000 days in space.",
        "She racked up 412 days in space before this flight, and the crew began a 180-day mission.",
    ) == ["180 days"]


def test_a_short_given_name_and_a_middle_name_are_one_person(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path,
        " date 2036-03-02 Heron 4 lifts off\n\nThe Heron 4 capsule lifted off at 09:10 GMT on Monday carrying"
        " commander Vera Lind and flight engineer Len Corrow to the Gull outpost.\n",
        " date 2036-03-03 Heron 4 docks\n\nThe Heron 4 capsule docked with the Gull outpost at 11:41 GMT on"
        " Tuesday. Aboard were Vera Lind and Leonard Ames Corrow, a chemist by training.\n",
    )
    corrows = [person for person in spec.people if "Corrow" in person.name]
    assert [person.name for person in corrows] == ["Len Corrow"]
    assert "Leonard Ames Corrow" in corrows[0].aliases
