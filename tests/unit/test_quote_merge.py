"""The same quote across outlets: identical, cut at the start, or with a sentence added."""

from __future__ import annotations

from soyuztui.dossier.quotes.extract import extract_quotes
from tests.unit.quote_helpers import ORGANISATIONS, PEOPLE, document


def quotes(*texts: str):  # type: ignore[no-untyped-def]
    docs = [document(text, doc_id=f"d{index}") for index, text in enumerate(texts)]
    return extract_quotes(docs, PEOPLE, ORGANISATIONS)


def test_a_trimmed_copy_joins_the_longest() -> None:
    found = quotes(
        "“We have trained for every bad day we could imagine, and the capsule is ready,” Peskov said.",
        "Peskov said the crew “trained for every bad day we could imagine.”",
    )
    # the second article's clause is reported speech too, holding the quoted words
    [quote] = [quote for quote in found if quote.kind == "direct"]
    assert quote.text == "We have trained for every bad day we could imagine, and the capsule is ready"
    assert [(source.doc, source.text) for source in quote.sources] == [
        ("d0", "We have trained for every bad day we could imagine, and the capsule is ready,"),
        ("d1", "trained for every bad day we could imagine."),
    ]


def test_overlapping_copies_merge_one_cut_one_extended() -> None:
    [quote] = quotes(
        "“The valve was small, and we were not going to fly with a doubt about it,” Peskov said.",
        "Peskov said: “We were not going to fly with a doubt about it. The capsule came home clean.”",
    )
    assert quote.speaker == "peskov" and len(quote.sources) == 2
    assert quote.text == "We were not going to fly with a doubt about it. The capsule came home clean."


def test_different_speakers_or_short_words_do_not_merge() -> None:
    def direct(*texts: str) -> int:
        return sum(quote.kind == "direct" for quote in quotes(*texts))

    longer = "“We trained for every bad day we could imagine, and more,” Peskov said."
    assert direct(longer, "Rogozin said they “trained for every bad day we could imagine.”") == 2
    short = "Rogozin said they want to “humiliate” Russia."
    assert direct("“They want to humiliate Russia and its film,” Rogozin said.", short) == 2


def test_reported_and_direct_stay_apart() -> None:
    found = quotes("“The crew had slept well,” Peskov said.", "Peskov said that the crew had slept well.")
    assert sorted(quote.kind for quote in found) == ["direct", "reported"]
