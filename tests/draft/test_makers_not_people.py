"""A company written only as the maker of a flight or a craft is no person, however it is capitalised.

Every sentence and name here is invented for the test.
"""

from __future__ import annotations

from soyuztui.draft.names import find_mentions, group_people, not_makers
from tests.draft.test_rules import article

TEXTS = (
    "Pilot Nora Falk flew to the edge of space last year on a Stellar Arc suborbital flight.",
    "Last summer Falk rode Stellar Arc's rocket plane for a few minutes of weightlessness.",
    "Her crewmate Gleb Sorin praised Nora Falk. A Gleb Sorin interview ran on Friday.",
)


def _people(*texts: str) -> list[str]:
    prepared = [article(text, doc=f"d{number}") for number, text in enumerate(texts)]
    mentions = [mention for item in prepared for mention in find_mentions(item)]
    people = group_people(mentions)
    return [person.name for person in not_makers(people, {item.id: item.text for item in prepared})]


def test_a_name_written_only_as_a_flights_or_crafts_maker_is_no_person() -> None:
    assert "Stellar Arc" not in _people(*TEXTS)


def test_a_person_named_so_once_but_otherwise_as_a_person_stays() -> None:
    assert {"Nora Falk", "Gleb Sorin"} <= set(_people(*TEXTS))
