"""The time reader on the Tern 2 corpus: each expression of its articles, with its reading or refusal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import tomli

from soyuztui.dossier.sources.documents import read_document
from soyuztui.dossier.sources.missionfile import load_mission_file
from soyuztui.dossier.times.reader import TimeRefused, read_times
from tests.unit.test_time_reader import show

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "tern-2"
Known = tuple[str, date | None, str | None]  # text, publication date, zone of each document
EXPRESSIONS = tomli.loads((CORPUS / "expressions.toml").read_text(encoding="utf-8"))["expression"]


@pytest.fixture(scope="module")
def documents() -> dict[str, Known]:
    spec, _ = load_mission_file(CORPUS / "tern-2.toml")
    found: dict[str, Known] = {}
    for item in spec.documents:
        document = read_document(CORPUS / item.path)
        found[item.id] = (document.text, document.published or item.published, item.zone)
    return found


@pytest.mark.parametrize("case", EXPRESSIONS, ids=lambda case: f"{case['doc']}: {case['text'][:40]}")
def test_expression(case: dict[str, object], documents: dict[str, Known]) -> None:
    text, published, zone = documents[str(case["doc"])]
    excerpt = str(case["text"])
    assert excerpt in text
    if "refused" in case:
        with pytest.raises(TimeRefused) as refusal:
            read_times(excerpt, published=published, zone=zone)
        assert str(refusal.value).startswith(str(case["refused"]))
    else:
        readings = read_times(excerpt, published=published, zone=zone)
        assert [show(reading) for reading in readings] == case["expect"]
