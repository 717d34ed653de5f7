"""Quotes extracted from the five seed articles, scored against a hand-made gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import tomli

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.quotes.extract import QuotedSpan, quoted_spans
from soyuztui.export.json import to_json

ROOT = Path(__file__).resolve().parents[2]
GOLD = tomli.loads((ROOT / "tests" / "data" / "quotes_gold.toml").read_text("utf-8"))["span"]


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return build_dossier(ROOT / "seeds" / "soyuz-ms-19.toml")


@pytest.fixture(scope="module")
def found(dossier: Dossier) -> list[QuotedSpan]:
    return quoted_spans(dossier.documents, dossier.people)


def _match(found: list[QuotedSpan]) -> list[tuple[dict, QuotedSpan | None]]:
    """Pair each gold span with the extracted span of the same doc and text, in order."""
    pool: dict[tuple[str, str], list[QuotedSpan]] = {}
    for item in found:
        pool.setdefault((item.doc, item.text), []).append(item)
    pairs = []
    for gold in GOLD:
        candidates = pool.get((gold["doc"], gold["text"]), [])
        pairs.append((gold, candidates.pop(0) if candidates else None))
    return pairs


def test_gold_is_true_to_the_articles(dossier: Dossier) -> None:
    for gold in GOLD:
        assert gold["text"] in dossier.document(gold["doc"]).text, gold
        assert gold["kind"] in {"speech", "title", "other"}
        assert ("speaker" in gold) == (gold["kind"] == "speech")
        if "speaker" in gold:
            dossier.person(gold["speaker"])


def test_scores(found: list[QuotedSpan]) -> None:
    pairs = _match(found)
    gold_speech = [(gold, item) for gold, item in pairs if gold["kind"] == "speech"]
    extracted_speech = [item for item in found if item.kind == "speech"]
    matched = [item for gold, item in gold_speech if item is not None and item.kind == "speech"]
    right = [gold for gold, item in gold_speech if item is not None and item.speaker == gold["speaker"]]
    spans_found = sum(item is not None for _, item in pairs)
    kinds_right = sum(item is not None and item.kind == gold["kind"] for gold, item in pairs)
    precision = len(matched) / len(extracted_speech)
    recall = len(matched) / len(gold_speech)
    attribution = len(right) / len(gold_speech)
    print(
        f"\nquoted spans: {spans_found}/{len(GOLD)} found, {len(found)} extracted, "
        f"kind right {kinds_right}/{len(GOLD)}"
        f"\nspeech: precision {precision:.2f}, recall {recall:.2f}, "
        f"attribution {attribution:.2f} ({len(right)}/{len(gold_speech)})"
    )
    # Every span found, nothing extra, every speech quote with its right speaker.
    assert spans_found == len(GOLD) == len(found)
    for gold, item in gold_speech:
        assert item is not None and item.kind == "speech", gold
        assert item.speaker == gold["speaker"], (gold, item)
    for gold, item in pairs:
        if gold["kind"] == "title":
            assert item is not None and item.kind == "title", gold
    assert precision == recall == attribution == 1.0


def test_every_source_slices_back(dossier: Dossier, found: list[QuotedSpan]) -> None:
    assert dossier.quotes
    for quote in dossier.quotes:
        for source in quote.sources:
            assert dossier.document(source.doc).text[source.start : source.end] == source.text
    for item in found:
        assert dossier.document(item.doc).text[item.start : item.end] == item.text


def test_only_speech_becomes_a_quote(dossier: Dossier) -> None:
    titles = {gold["text"].rstrip(",") for gold in GOLD if gold["kind"] != "speech"}
    assert not titles & {quote.text for quote in dossier.quotes}
    speech = {(gold["doc"], gold["text"]) for gold in GOLD if gold["kind"] == "speech"}
    sources = {(s.doc, s.text) for quote in dossier.quotes for s in quote.sources}
    assert sources == speech


def test_one_quote_in_two_articles_is_one_quote(dossier: Dossier) -> None:
    [quote] = [q for q in dossier.quotes if q.text.startswith("We have been pioneers")]
    assert quote.speaker == "peskov"
    assert [source.doc for source in quote.sources] == ["001", "003"]
    assert [source.cue for source in quote.sources] == ["Peskov said", "the spokesman said"]
    assert quote.text == "We have been pioneers in space and maintained a confident position"
    assert len(dossier.quotes) == 14


def test_json_export_carries_the_quotes(dossier: Dossier) -> None:
    exported = json.loads(to_json(dossier))["quotes"]
    assert len(exported) == len(dossier.quotes)
    for quote in exported:
        assert {"text", "speaker", "sources"} <= quote.keys()
        for source in quote["sources"]:
            assert {"doc", "start", "end"} <= source.keys()
    assert {quote["speaker"] for quote in exported} == {
        "peresild",
        "rogozin",
        "peskov",
        "shipenko",
        "shkaplerov",
    }
