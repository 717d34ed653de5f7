"""Quotes extracted from the five seed articles, scored against a hand-made gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import tomli

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.quotes.extract import QuotedSpan, quoted_spans
from soyuztui.export.json import to_json
from tests.quote_scoring import score

ROOT = Path(__file__).resolve().parents[2]
GOLD = tomli.loads((ROOT / "tests" / "data" / "quotes_gold.toml").read_text("utf-8"))["span"]


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return build_dossier(ROOT / "seeds" / "soyuz-ms-19.toml")


@pytest.fixture(scope="module")
def found(dossier: Dossier) -> list[QuotedSpan]:
    return quoted_spans(dossier.documents, dossier.people, dossier.organisations)


def _match(found: list[QuotedSpan]) -> list[tuple[dict[str, Any], QuotedSpan | None]]:
    """Pair each gold span with the extracted span of the same doc and text, in order."""
    pool: dict[tuple[str, str], list[QuotedSpan]] = {}
    for item in found:
        pool.setdefault((item.doc, item.text), []).append(item)
    pairs = []
    for gold in (gold for gold in GOLD if gold["kind"] != "reported"):
        candidates = pool.get((gold["doc"], gold["text"]), [])
        pairs.append((gold, candidates.pop(0) if candidates else None))
    return pairs


def test_gold_is_true_to_the_articles(dossier: Dossier) -> None:
    for gold in GOLD:
        assert gold["text"] in dossier.document(gold["doc"]).text, gold
        assert gold["kind"] in {"speech", "reported", "title", "other"}
        assert ("speaker" in gold) == (gold["kind"] in ("speech", "reported"))
        if "speaker" in gold:
            dossier.speaker(gold["speaker"])


def test_scores(dossier: Dossier, found: list[QuotedSpan]) -> None:
    quoted = [item for item in found if item.kind != "reported"]
    gold_quoted = [gold for gold in GOLD if gold["kind"] != "reported"]
    pairs = _match(quoted)
    kinds_right = sum(item is not None and item.kind == gold["kind"] for gold, item in pairs)
    scores = score(dossier, GOLD, found)
    print(f"\nquoted spans: kind right {kinds_right}/{len(gold_quoted)}, {len(quoted)} extracted")
    for result in scores.values():
        print(result.line())
    # Every span found, nothing extra, every speech quote with its right speaker.
    assert len(gold_quoted) == len(quoted)
    for gold, item in pairs:
        assert item is not None and item.kind == gold["kind"], gold
        if gold["kind"] == "speech":
            assert item.speaker == gold["speaker"], (gold, item)
    for result in scores.values():
        assert not result.missed and not result.extra and not result.wrong, result
        assert result.precision == result.recall == result.attribution == 1.0


def test_no_title_or_name_is_speech(found: list[QuotedSpan]) -> None:
    reasons = {(item.text, item.reason) for item in found if item.kind in ("title", "other")}
    assert ("Salot-7", "title") in reasons and ("Roscosmos", "name") in reasons
    assert ("firsts", "scare quote") in reasons
    assert all(item.reason is None for item in found if item.kind in ("speech", "reported"))


def test_every_source_slices_back(dossier: Dossier, found: list[QuotedSpan]) -> None:
    assert dossier.quotes
    for quote in dossier.quotes:
        for source in quote.sources:
            assert dossier.document(source.doc).text[source.start : source.end] == source.text
    for item in found:
        assert dossier.document(item.doc).text[item.start : item.end] == item.text


def test_only_speech_becomes_a_quote(dossier: Dossier) -> None:
    titles = {gold["text"].rstrip(",") for gold in GOLD if gold["kind"] in ("title", "other")}
    assert not titles & {quote.text for quote in dossier.quotes}
    for kind, gold_kind in (("direct", "speech"), ("reported", "reported")):
        gold = {(item["doc"], item["text"]) for item in GOLD if item["kind"] == gold_kind}
        sources = {(s.doc, s.text) for quote in dossier.quotes if quote.kind == kind for s in quote.sources}
        assert sources == gold


def test_one_quote_in_two_articles_is_one_quote(dossier: Dossier) -> None:
    [quote] = [q for q in dossier.quotes if q.text.startswith("We have been pioneers")]
    assert quote.speaker == "peskov"
    assert [source.doc for source in quote.sources] == ["001", "003"]
    assert [source.cue for source in quote.sources] == ["Peskov said", "the spokesman said"]
    assert quote.text == "We have been pioneers in space and maintained a confident position"
    assert len([quote for quote in dossier.quotes if quote.kind == "direct"]) == 14
    assert len([quote for quote in dossier.quotes if quote.kind == "reported"]) == 12


def test_json_export_carries_the_quotes(dossier: Dossier) -> None:
    exported = json.loads(to_json(dossier))["quotes"]
    assert len(exported) == len(dossier.quotes)
    for quote in exported:
        assert {"text", "kind", "speaker", "speaker_type", "sources"} <= quote.keys()
        assert quote["kind"] in ("direct", "reported")
        assert quote["speaker_type"] == ("organisation" if quote["speaker"] == "roscosmos" else "person")
        for source in quote["sources"]:
            assert {"doc", "start", "end", "text"} <= source.keys()
    assert {quote["speaker"] for quote in exported} == {
        "peresild",
        "rogozin",
        "peskov",
        "shipenko",
        "shkaplerov",
        "roscosmos",
    }
    assert {quote["kind"] for quote in exported if quote["speaker"] == "roscosmos"} == {"reported"}
