"""Pairing quotation marks, apostrophes, and malformed text (see quotemarks.py for the rules)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from soyuztui.dossier.quotes.extract import extract_quotes, quoted_spans
from soyuztui.dossier.quotes.marks import find_spans
from tests.unit.quote_helpers import PEOPLE, document, spans


def texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_spans(text)]


def test_apostrophes_are_not_quotes() -> None:
    assert texts("Peresild’s film isn’t done; the cosmonauts’ training, rock’n’roll.") == []


def test_single_quotes_around_apostrophes() -> None:
    assert texts("a film named ‘The Challenge’s Return’. Then ‘we’re here’ he said") == [
        "The Challenge’s Return",
        "we’re here",
    ]


def test_nested_single_inside_double_is_part_of_the_quote() -> None:
    text = "“He told me ‘go now’ and I went,” Peresild said."
    [item] = spans(text)
    assert (item.text, item.speaker) == ("He told me ‘go now’ and I went,", "peresild")


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "Peskov said: “We were first. Nothing closes this.\n\nNext paragraph is narration."
    assert texts(text) == ["We were first. Nothing closes this."]
    assert [span.unbalanced for span in find_spans(text)] == [True]
    assert texts("“No closing mark at the very end") == ["No closing mark at the very end"]
    [item] = spans(text)
    assert (item.speaker, item.unbalanced) == ("peskov", True)


def test_a_straight_single_mark_left_open_is_no_quote() -> None:
    assert texts("Back in the '90s nobody flew.") == []


def test_unclosed_quote_does_not_hide_a_later_quote() -> None:
    text = "“Broken start. Then “Real words here,” Peskov said."
    [item] = spans(text)
    assert (item.text, item.speaker) == ("Real words here,", "peskov")


def test_quote_running_over_paragraphs() -> None:
    text = "“First paragraph of the quote.\n\n“Second paragraph,” Peskov said."
    [item] = spans(text)
    assert item.text == text[1 : text.index("”")]
    assert item.speaker == "peskov"
    [quote] = extract_quotes([document(text)], PEOPLE)
    assert quote.text == "First paragraph of the quote. Second paragraph"


def test_quote_left_open_does_not_run_into_the_next_paragraph() -> None:
    text = "“Left open.\n\nNarration here, then “a real one,” Peskov said."
    assert texts(text) == ["Left open.", "a real one,"]
    assert [span.unbalanced for span in find_spans(text)] == [True, False]


def test_empty_and_blank_quotes_yield_nothing() -> None:
    assert texts("He said “” and then “   ” and left.") == []


def test_stray_and_repeated_marks() -> None:
    assert texts("It ended” badly.") == []
    assert texts("“““") == []
    assert texts("”””") == []
    assert texts("''''") == []


def test_nested_doubles_keep_the_innermost_closed_pair() -> None:
    # “a “b” c”: the second opening mark abandons the first (typos beat nesting).
    assert texts("x “a “b” c” y") == ["b"]


def test_straight_quotes_by_context() -> None:
    assert texts('He said "yes" and "no" then 5" of rain.') == ["yes", "no"]


# -- any text at all -------------------------------------------------------------

_ALPHABET = st.sampled_from([*"ab cZ.,!?\n\t—-:;’‘“”„«»\"'", "’s ", " he said", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_any_text_never_raises_and_offsets_slice_back(text: str) -> None:
    doc = document(text)
    found = quoted_spans([doc], PEOPLE)
    last_end = -1
    for item in found:
        assert text[item.start : item.end] == item.text
        assert item.text.strip()
        assert item.start > last_end  # spans never overlap
        last_end = item.end
    for quote in extract_quotes([doc], PEOPLE):
        for source in quote.sources:
            assert text[source.start : source.end] == source.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_never_raises(text: str) -> None:
    for quote in extract_quotes([document(text)], PEOPLE):
        for source in quote.sources:
            assert text[source.start : source.end] == source.text
