"""The mission's own name, not another flight named in passing.

Every sentence is invented, about invented flights.
"""

from __future__ import annotations

from datetime import date

from soyuztui.draft.craft import find_craft
from soyuztui.draft.text import Article


def _name(*texts: str) -> str | None:
    articles = [Article(f"{index:03d}", text, 0, date(2033, 5, 22)).prepare() for index, text in enumerate(texts)]
    names = [str(value) for field, value, *_ in find_craft(articles).facts if field == "mission_name"]
    return names[0] if names else None


def test_the_name_most_articles_give_the_crew_wins_over_a_residents_flight() -> None:
    assert (
        _name(
            "The Crew Dragon Valiant docked on Monday. The Zx-4 private mission carries four people.",
            "The Zx-4 crew is expected to stay ten days. One resident flew up aboard a Crew Dragon on the Crew-9 mission.",
            "The Zx-4 crew splashed down on Friday.",
        )
        == "Zx-4"
    )


def test_a_joining_word_does_not_make_a_name() -> None:
    assert _name("Commander Oleg Petrov and flight engineers boarded the Soyuz MS-40 capsule.") != "Oleg Petrov"


def test_another_number_of_the_crafts_family_is_another_flight() -> None:
    assert (
        _name(
            "The Shenzhou-40 spacecraft docked on Monday with the Shenzhou-40 crew aboard.",
            "The Shenzhou-40 spacecraft is at the station. The Shenzhou-39 crew met them.",
            "After the Shenzhou-40 spacecraft arrived, the Shenzhou-39 crew got ready to land next week.",
        )
        == "Shenzhou-40"
    )


def test_a_count_or_a_nationality_before_astronauts_names_no_mission() -> None:
    assert (
        _name("The Shenzhou-70 spacecraft docked at dawn. Three Chinese astronauts floated into the station.") is None
    )
    assert _name("The Crew Dragon Valiant docked. Four Private astronauts are aboard.") is None
    assert _name("The Crew Dragon Valiant docked. The Polaris Dawn crew are aboard.") == "Polaris Dawn"
