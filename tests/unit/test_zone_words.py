"""Zone phrases grouped by first letter (for speed) match exactly as the plain alternation of them did."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from soyuztui.dossier.times.zones import _ONE_WORD, PHRASES, ZONE_PATTERN, _by_first_letter

ORDERED = [phrase for phrase in sorted(PHRASES, key=len, reverse=True) if phrase not in _ONE_WORD]
PLAIN = re.compile(r"(?i:" + "|".join(phrase.replace(" ", r"\s+") for phrase in ORDERED) + r")(?![A-Za-z])")
GROUPED = re.compile(r"(?i:" + _by_first_letter(ORDERED) + r")(?![A-Za-z])")

#: Text made of the phrases' own words, cut and joined anyhow: prefixes of one another, case changed.
PIECES = st.sampled_from([*ORDERED, *{word for phrase in ORDERED for word in phrase.split()}, "X", "9", "-"])
TEXTS = st.lists(st.tuples(PIECES, st.sampled_from([" ", "  ", "\n", "", ", "]), st.booleans()), max_size=8).map(
    lambda parts: "".join((piece.upper() if loud else piece) + gap for piece, gap, loud in parts)
)


def test_each_group_is_one_first_letter() -> None:
    assert _by_first_letter(["beijing time", "british time", "moscow time"]) == (
        r"b(?:eijing\s+time|ritish\s+time)|m(?:oscow\s+time)"
    )
    assert _by_first_letter(ORDERED) in ZONE_PATTERN


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_the_grouped_phrases_find_what_the_plain_alternation_finds(text: str) -> None:
    assert [m.span() for m in GROUPED.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


def test_every_phrase_is_found_whole() -> None:
    for phrase in ORDERED:
        found = GROUPED.search(f"at 9 a.m. {phrase.title()}.")
        assert found is not None and found.group(0).lower() == phrase
