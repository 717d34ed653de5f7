"""The invented Aster-6 corpus (wire, agency, broadsheet, tabloid, state news agency) scored
against its gold file: precision, recall and attribution per kind held as floors."""

from __future__ import annotations

import pytest

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.quotes.extract import QuotedSpan, quoted_spans
from tests.quote_scoring import GOLD_SETS, load_gold, report, score

FLOOR = 0.95
MISSION, GOLD_FILE = GOLD_SETS["corpus"]
GOLD = load_gold(GOLD_FILE)


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return build_dossier(MISSION)


@pytest.fixture(scope="module")
def found(dossier: Dossier) -> list[QuotedSpan]:
    return quoted_spans(dossier.documents, dossier.people, dossier.organisations)


def test_gold_is_big_enough_and_true_to_the_articles(dossier: Dossier) -> None:
    assert sum(entry["kind"] == "speech" for entry in GOLD) >= 40
    assert sum(entry["kind"] == "reported" for entry in GOLD) >= 20
    for entry in GOLD:
        assert entry["text"] in dossier.document(entry["doc"]).text, entry
        if entry.get("speaker"):
            dossier.speaker(entry["speaker"])


def test_scores_per_kind_hold_their_floors(dossier: Dossier, found: list[QuotedSpan]) -> None:
    scores = score(dossier, GOLD, found)
    print("\n" + report("Aster-6 corpus", scores, verbose=True))
    for result in scores.values():
        assert result.precision >= FLOOR, result.line()
        assert result.recall >= FLOOR, result.line()
        assert result.attribution >= FLOOR, result.line()


def test_what_is_not_speech_says_why(found: list[QuotedSpan]) -> None:
    reasons = {(item.doc, item.text): item.reason for item in found if item.kind in ("title", "other")}
    for entry in (entry for entry in GOLD if entry["kind"] == "other"):
        assert reasons.get((entry["doc"], entry["text"])) == entry["reason"], entry


def test_a_tweet_left_open_runs_to_its_paragraph_end(found: list[QuotedSpan]) -> None:
    [tweet] = [item for item in found if item.text.startswith("Goodnight from 400km")]
    assert tweet.unbalanced and tweet.speaker == "okafor"
    assert tweet.text.endswith("Then home")


def test_trimmed_copies_across_outlets_are_one_quote(dossier: Dossier) -> None:
    cut = next(quote for quote in dossier.quotes if "every bad day" in quote.text)
    assert [source.doc for source in cut.sources] == ["a", "e"]
    assert cut.text.startswith("We have a good vehicle")  # the longest text kept
    assert cut.sources[1].text == "trained for every bad day we could imagine."
    added = next(quote for quote in dossier.quotes if "fly with a doubt" in quote.text)
    assert [source.doc for source in added.sources] == ["a", "e"]
    assert added.speaker == "brandt" and added.text.endswith("The capsule came home clean.")
    for quote in (cut, added):
        for source in quote.sources:
            assert dossier.document(source.doc).text[source.start : source.end] == source.text


def test_organisations_speak_in_both_kinds(dossier: Dossier) -> None:
    by_agency = {(quote.kind, quote.speaker) for quote in dossier.quotes if quote.speaker_type == "organisation"}
    assert by_agency == {("direct", "asa"), ("direct", "halden"), ("reported", "asa"), ("reported", "halden")}
