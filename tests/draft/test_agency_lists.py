"""A list of names an agency's possessive begins: every name in it is a person of that agency.

Every sentence and person here is invented for the test.
"""

from __future__ import annotations

from soyuztui.draft.attributes import person_findings
from soyuztui.draft.names import find_mentions, group_people
from tests.draft.test_crew_people import _described
from tests.draft.test_rules import article, people_in

LIST = "Still aboard are ESA's Nora Falk, Pieter Wouda and Ilse Marn, and Roscosmos cosmonaut Gleb Sorin."
PLURAL = "They join NASA's Nora Falk and Pieter Wouda, Roscosmos' Gleb Sorin and Ivo Kask, and JAXA's Rin Abe."


def test_every_name_of_a_list_after_an_agency_s_possessive_is_a_person() -> None:
    assert people_in(LIST) == ["Nora Falk", "Pieter Wouda", "Ilse Marn", "Gleb Sorin"]
    # One capitalised pair after the possessive alone is as likely a project's name.
    assert people_in("NASA's Lunar Gateway took shape.") == []


def test_the_agency_is_given_to_every_name_of_the_list() -> None:
    said = _described(LIST)
    for name in ("Nora Falk", "Pieter Wouda", "Ilse Marn"):
        assert ("agency", "ESA") in said[name], name
    assert ("agency", "Roscosmos") in said["Gleb Sorin"]
    assert ("agency", "ESA") not in said["Gleb Sorin"]


def test_a_possessive_written_after_an_s_begins_a_list_too() -> None:
    # A list goes on past another agency's possessive, even to one name after it.
    assert people_in(PLURAL) == ["Nora Falk", "Pieter Wouda", "Gleb Sorin", "Ivo Kask", "Rin Abe"]
    said = _described(PLURAL)
    assert ("agency", "Roscosmos") in said["Ivo Kask"] and ("agency", "NASA") in said["Pieter Wouda"]
    assert ("agency", "NASA") not in said["Gleb Sorin"]
    assert said["Rin Abe"] == {("agency", "JAXA")}


def test_the_agency_s_excerpt_runs_from_the_possessive_to_the_name() -> None:
    prepared = article(PLURAL)
    excerpts = {
        person.name: [
            prepared.text[item.start : item.end]
            for item in person_findings(prepared, person, person.mentions)
            if item.field == "agency"
        ]
        for person in group_people(find_mentions(prepared))
    }
    assert excerpts["Pieter Wouda"] == ["NASA's Nora Falk and Pieter Wouda"]
    assert excerpts["Ivo Kask"] == ["Roscosmos' Gleb Sorin and Ivo Kask"]
