"""A possessive inside a list of names ("cosmonauts A and B, NASA's C and D") opens a list of its own.

Every sentence here is invented for the test (the people are made up).
"""

from __future__ import annotations

from datetime import date

from soyuztui.draft.attributes import person_findings
from soyuztui.draft.names import find_mentions, group_people
from soyuztui.draft.text import Article

TEXT = (
    "Waiting aboard the station were cosmonauts Pavel Orlin and Gleb Sorokov, NASA's Dana Whitt and Omar Keel,"
    " and Japanese astronaut Ken Arata. Dana Whitt said the crew was ready; Omar Keel said he was glad."
)


def _occupations() -> dict[str, set[str]]:
    article = Article("000", TEXT, 0, date(2038, 8, 1)).prepare()
    people = group_people(find_mentions(article))
    return {
        person.name: {
            str(item.value) for item in person_findings(article, person, person.mentions) if item.field == "occupation"
        }
        for person in people
    }


def test_the_word_before_a_list_stops_at_an_owners_name() -> None:
    jobs = _occupations()
    assert jobs["Gleb Sorokov"] == {"cosmonaut"}
    assert "cosmonaut" not in jobs["Omar Keel"]
    assert "cosmonaut" not in jobs["Dana Whitt"]
