"""The mission's own facts, not a crew member's career: its length, and where it goes.

Every sentence is invented, about invented flights.
"""

from __future__ import annotations

from datetime import date

import pytest

from soyuztui.draft import facts as mf
from soyuztui.draft.text import Article


def _articles(*texts: str) -> list[Article]:
    return [Article(f"{index:03d}", text, 0, date(2033, 4, 3)).prepare() for index, text in enumerate(texts)]


def test_ten_day_and_10_day_are_one_length_with_both_wordings_as_terms() -> None:
    found, terms = mf.duration(_articles("The 10-day flight loops the Moon.", "The ten-day flight loops the Moon."))
    assert {value for _, value, *_ in found} == {"10 days"}
    assert terms == {"10 days": ["10-day", "ten-day"]}


def test_a_crew_members_earlier_record_is_not_the_missions_length() -> None:
    found, _ = mf.duration(
        _articles(
            "Vera Lind, who spent 289 days aboard the station, flies again.",
            "She holds a record 289 days aboard the outpost. The 9-day mission starts soon.",
        )
    )
    assert [value for _, value, *_ in found] == ["9 days"]


def test_the_days_of_the_approach_are_not_the_missions_length() -> None:
    found, _ = mf.duration(
        _articles(
            "The capsule caught the outpost after a two-day chase. The crew will spend a 14-day mission aboard.",
            "Docking follows a two-day rendezvous scheme; the 14-day mission ends in May.",
        )
    )
    assert {value for _, value, *_ in found} == {"14 days"}


@pytest.mark.parametrize(
    ("texts", "station"),
    [
        (
            (
                "The Heron crew will fly around the Moon. Lind once flew to the International Space Station.",
                "The four will loop around the Moon and come home.",
                "A lunar flyby is planned for the Heron crew.",
            ),
            "none",
        ),
        (
            (
                "The Kite crew docked with the International Space Station.",
                "Kite reached the International Space Station on Friday.",
                "An agency chief said a future crew may fly around the Moon.",
            ),
            "International Space Station",
        ),
    ],
    ids=["a lunar flight with a station in a bio", "a station flight with the Moon in passing"],
)
def test_the_destination_is_what_most_articles_say(texts: tuple[str, ...], station: str) -> None:
    assert {value for _, value, *_ in mf.destination(_articles(*texts))} == {station}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The capsule will reach the station on Friday.", True),
        ("Ground stations in Chile tracked the capsule, and a weather station logged the wind.", False),
        ("The capsule will not dock with the space station.", False),
    ],
)
def test_a_station_on_the_ground_or_in_a_negation_is_none_the_flight_visits(text: str, named: bool) -> None:
    assert mf.names_a_station(_articles(text)) is named
