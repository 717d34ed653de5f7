"""Locating excerpts and reading values from them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soyuztui.dossier.verify.evidence import NotFound, fold, locate, mentions, states

TEXT = "The crew plans to shoot clips from a new movie called “The Challenge,” which tells"


def test_exact_excerpt_gives_exact_offsets() -> None:
    start, end = locate(TEXT, "a new movie called")
    assert TEXT[start:end] == "a new movie called"


def test_straight_quotes_and_spaces_are_forgiven_but_offsets_are_exact() -> None:
    start, end = locate(TEXT, 'called  "The Challenge,"')
    assert TEXT[start:end] == "called “The Challenge,”"


def test_missing_excerpt_raises() -> None:
    with pytest.raises(NotFound):
        locate(TEXT, "The Challenger")


def test_offset_must_match_when_given() -> None:
    start, _ = locate(TEXT, "movie")
    assert locate(TEXT, "movie", start) == (start, start + 5)
    with pytest.raises(NotFound):
        locate(TEXT, "movie", start + 1)


def test_mentions_are_whole_words_ignoring_case_and_plurals() -> None:
    assert mentions("Roscosmos cosmonauts Oleg Novitskiy", ["cosmonaut"])
    assert mentions("Kremlin spokesman Dmitry Peskov", ["kremlin SPOKESMAN"])
    assert not mentions("Novitskiy", ["Novitsky"])
    assert not mentions("spokesmanship", ["spokesman"])


def test_numbers_are_stated_in_digits_or_words_but_not_inside_other_numbers() -> None:
    assert states("The 37-year-old added", 37, {})
    assert states("participated in three space missions", 3, {})
    assert not states("The 137-year-old", 37, {})
    assert not states("the 3.7 figure", 7, {})


def test_terms_state_a_value_in_other_words() -> None:
    terms = {"Commander": ["led by"]}
    assert states("led by veteran cosmonaut Anton Shkaplerov", "Commander", terms)
    assert not states("with veteran cosmonaut Anton Shkaplerov", "Commander", terms)


_PHRASE_CHARS = "aes _-’'\"“ \n\tXé1."


@given(st.text(alphabet=_PHRASE_CHARS, max_size=12).filter(str.strip), st.text(alphabet=_PHRASE_CHARS, max_size=30))
def test_mentions_matches_whole_words_as_the_regular_expression_did(phrase: str, excerpt: str) -> None:
    # `mentions` once compiled `(?<!\w)word\s+word(?:s|es)?(?!\w)` per phrase; it now searches.
    words = [re.escape(word) for word in fold(phrase).split()]
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?:s|es)?(?!\w)")
    assert mentions(excerpt, [phrase]) == bool(pattern.search(fold(excerpt)))


def test_locating_forgives_spaces_and_quotes_and_maps_offsets_back() -> None:
    from soyuztui.dossier.verify.evidence import locate

    text = "Intro.\n\n  He  said,\t\u201cWe\n   fly  at dawn\u201d  today.\r\n  End."
    start, end = locate(text, 'said, "We fly at dawn"')
    assert text[start:end] == "said,\t\u201cWe\n   fly  at dawn\u201d"
    assert locate(text, 'said, "We fly at dawn"', start) == (start, end)
    with pytest.raises(NotFound):
        locate(text, 'said, "We fly at dawn"', start + 1)
    assert locate(text, "End.") == (len(text) - 4, len(text))


def test_locating_a_long_excerpt_in_a_long_article_is_quadratic() -> None:
    """A 10 KB excerpt of a repetitive 1 MB article: found where it is, near the end."""
    from soyuztui.dossier.verify.evidence import locate

    text = "a  a\n" * 200_000 + "b"
    excerpt = "a a " * 2_500 + "b"
    start, end = locate(text, excerpt)
    assert text[start:end].split() == excerpt.split()
    assert end == len(text)
