"""A flight whose craft has no serial (a shuttle orbiter, a suborbital capsule) and a suborbital hop's destination.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from soyuztui.draft import facts as mf
from soyuztui.draft.craft import find_craft
from soyuztui.draft.text import Article


def _articles(*texts: str) -> list[Article]:
    return [Article(f"d{number}", text, 0, date(2030, 3, 4)).prepare() for number, text in enumerate(texts)]


def test_an_orbiter_named_in_every_article_is_the_vehicle_not_the_residents_capsule() -> None:
    articles = _articles(
        "The space shuttle Discovery lifted off from Florida at dawn with five astronauts aboard.",
        "Shuttle Discovery docked at the space station on Thursday. The three residents had arrived in March"
        " aboard Soyuz TMA-9, which stays docked as their lifeboat.",
        "Discovery undocked on Sunday and its crew prepared for a landing at the Shuttle Landing Facility.",
    )
    craft = find_craft(articles)
    assert craft.vehicle == "Space Shuttle Discovery"
    assert "Discovery" in craft.words
    assert "Space Shuttle Landing" not in craft.named  # a facility named after the craft is not a craft


def test_a_headline_in_title_case_gives_no_own_name() -> None:
    articles = _articles(
        "New Shepard Completes Second Crewed Hop\n\nThe New Shepard capsule carried three passengers past the"
        " boundary of space on Friday.",
        "A New Shepard booster lifted off from the Texas desert with three people in its capsule.",
    )
    assert find_craft(articles).vehicle == "New Shepard"


def test_an_own_name_before_a_weekday_is_kept() -> None:
    articles = _articles("The crew boarded Crew Dragon Tenacity Monday before the launch was called off.")
    assert find_craft(articles).vehicle == "Crew Dragon Tenacity"


def test_a_suborbital_hop_visits_no_station() -> None:
    articles = _articles(
        "The capsule climbed past the Karman line and fell back to the desert after eleven minutes.",
        "Passengers on the suborbital flight floated for three minutes of weightlessness.",
        "Unlike the crews who live on the International Space Station, they were home for lunch.",
    )
    assert {value for _field, value, *_ in mf.destination(articles)} == {"none"}
