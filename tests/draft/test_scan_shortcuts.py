"""The draft's scan shortcuts find exactly what the plain patterns find, only sooner.

A lookahead of first letters before an alternation, and a look at the last word before a
search anchored at the end, are speed-ups: any text gives the same matches with them or without.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soyuztui.dossier.times import clocks, days
from soyuztui.draft import attributes, craft, lexicon, moments, names

# Pieces of news English near names and crafts, with odd spacing, commas and case.
PIECES = [
    "the", "The", "a", "veteran", "Russian", "cosmonaut", "Cosmonauts", "astronaut", "commander", "Flight engineer",
    "NASA", "spokesman", "head", "pilot", "director", ",", " ", "  ", "\n", "Soyuz", "Soyuz MS-22", "Shenzhou-13",
    "Crew Dragon", "Falcon 9", "Long March-2F", "SpaceX", "Boeing", "Ann", "Lee", "41", "s", "-year-old",
    "Friday", "last", "this", "today", "Tonight", "yesterday", "the next day", "earlier that day", "Oct.", "5",
    "2031", "10:05", "0855", "GMT", "noon", "Midnight", "a.m.", "Beijing", "Moscow", "Kazakhstan", "(", ")",
    "“Butch”", "Joaquín", "O’Brien", "Élodie", "de", "van", "-", "’", "PİLOT", "ſpokesman", "ENGİNEERS",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join) | st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_role_word_search_with_its_early_out_is_the_plain_search(text: str) -> None:
    plain = attributes._BEFORE.search(text)
    quick = attributes._described_before(text)
    assert (plain and plain.span()) == (quick and quick.span())


@settings(max_examples=300, deadline=None)
@given(texts.map(lambda text: text[-40:]))
def test_the_role_word_before_a_name_searched_near_the_end_is_the_plain_search(text: str) -> None:
    assert names._role_before(text) == (names._ROLE_BEFORE.search(text) is not None)


WORDS = ["pilot", "flight engineer", "spokesman", "commander", "kosmonavt"]
AT_END = re.compile(r"(?i:" + "|".join(WORDS) + r")s?\Z")


@settings(max_examples=300, deadline=None)
@given(texts | st.text(alphabet="pilotPILOTİıſKkfgh ensmadrvc", max_size=24))
def test_a_plain_look_at_the_end_never_misses_what_the_pattern_finds(text: str) -> None:
    if AT_END.search(text):
        assert lexicon.ends_in(text, lexicon.folded_endings(WORDS))


def test_a_role_word_before_a_name_is_found_at_the_end_only() -> None:
    assert names._role_before("the mission's flight engineers ,  ")
    assert names._role_before("Commander ")
    assert not names._role_before("a commander who said ")
    assert names._role_before("COMMANDER") and names._role_before("the PİLOT") and names._role_before("Pılots")


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_first_letters_lookahead_changes_no_match(text: str) -> None:
    lookahead_first = (craft._SERIAL, craft._NAMED, craft._FAMILY, craft._ROCKET, craft._OPERATOR, moments._PLACE)
    for pattern in (*lookahead_first, days._DAY, clocks._CLOCK, names._RUN, names._NICKNAMED):
        # The same pattern without its lookahead (the first group of the source).
        plain = re.compile(pattern.pattern.split("])", 1)[1], pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_first_letters_names_each_first_character_once() -> None:
    assert lexicon.first_letters(["Soyuz", "Shenzhou", "Falcon 9", r"Long March[- ]\d+"]) == "(?=[FLS])"
    with pytest.raises(ValueError, match="letter or digit"):
        lexicon.first_letters([r"(?:Atlas) V"])
