"""The invented pages' gold: which sentences are the story (`data-gold`), and what metadata each states.

Shared by the tests and `benchmarks/bench_pages.py`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

PAGES = Path(__file__).parent / "osprey-6"
_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[“A-Z0-9])")


def expected() -> dict[str, dict[str, Any]]:
    """Page file name -> the metadata it states (None where it states none)."""
    data: dict[str, dict[str, Any]] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    return data


def sentences(text: str) -> list[str]:
    """The sentences of `text`, white space folded."""
    return [
        " ".join(part.split())
        for paragraph in text.split("\n")
        for part in _SENTENCE_END.split(paragraph)
        if part.strip()
    ]


def gold_sentences(page: bytes, paths: str = "//*[@data-gold]") -> list[str]:
    """The sentences of the story's own elements (those marked `data-gold`; `paths` can narrow them)."""
    from lxml import html

    tree = html.fromstring(page)
    return [sentence for element in tree.xpath(paths) for sentence in sentences(element.text_content())]


def scores(page: bytes, text: str, title: str | None, paths: str = "//*[@data-gold]") -> tuple[float, list[str]]:
    """The share of gold sentences found in `text`, and the sentences of `text` that are not the story's."""
    gold = gold_sentences(page, paths)
    every = gold_sentences(page)
    found = set(sentences(text))
    recall = sum(sentence in found for sentence in gold) / len(gold)
    extra = [sentence for sentence in sentences(text) if sentence not in every and sentence != title]
    return recall, extra
