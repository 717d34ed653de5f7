"""Direct quotations found in the documents and attributed to the people who said them.

Every quoted span is found (quotemarks.py) and given a kind:

- "title": a work's name: short, in Title Case, and either introduced as one
  (film “Salot-7”, movie called “The Challenge,”, “Mission Impossible” fame) or
  the same words as a span called a title elsewhere in the corpus
  (‘The Challenge’ will tell the story…).
- "other": a name in Title Case that is not introduced as a title (“Roscosmos”), or
  a scare quote: a short (≤ 3 words) lower-case span with no cue naming who said it
  (a string of ‘firsts’).
- "speech": everything else. Short lower-case spans count as speech only with a cue
  naming a speaker: in “…what he called Western efforts to “humiliate” Russia’s…”
  the word is Rogozin's own, reported as his (“he called”), so it is a (partial)
  speech quote by him, like “elevate the nation’s standing in space.” after
  “He described … as an opportunity to”.

Only speech becomes a Quote (attributed in attribution.py). The same words in several
documents (ignoring case, punctuation and spacing) are one Quote with one source each.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from soyuztui.dossier.model import Document, Person, Quote, QuoteSource
from soyuztui.dossier.quotes.attribution import (
    Attributor,
    Mention,
    find_mentions,
    gender_votes,
    genders,
    people_pattern,
)
from soyuztui.dossier.quotes.marks import Layout, Span, find_spans, layout, mask

Kind = Literal["speech", "title", "other"]

_SMALL_WORDS = frozenset("a an and at by de for from in la le of on or the to with".split())
_WORD = re.compile(r"[^\W_][\w’'.-]*")
_TITLE_BEFORE = re.compile(
    r"(?i:\b(?:films?|movies?|pictures?|series|shows?|books?|novels?|songs?|albums?"
    r"|documentar(?:y|ies)|plays?|called|titled|entitled|named|dubbed))\W*$"
)
_TITLE_AFTER = re.compile(r"^\W*(?i:fame)\b")
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s")
_NOT_KEY = re.compile(r"[\W_]+")
_REOPEN = re.compile(r"\s*\n\s*[“„«‘\"']?\s*")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One quoted span of a document, with its kind and, for speech, its attribution."""

    doc: str
    start: int
    end: int
    text: str
    kind: Kind
    speaker: str | None = None
    cue: str | None = None


@dataclass
class _Doc:
    document: Document
    spans: list[Span]
    masked: str
    layout: Layout
    mentions: list[Mention]


def quote_key(text: str) -> str:
    """What makes two quotes the same: their words, ignoring case and punctuation."""
    return " ".join(_NOT_KEY.sub(" ", text.casefold()).split())


def _is_title_case(text: str) -> bool:
    stripped = text.rstrip(",.;:").strip()
    if not stripped or "," in stripped or _SENTENCE_INSIDE.search(stripped):
        return False
    words = _WORD.findall(stripped)
    if not 1 <= len(words) <= 8:
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def _is_scare(text: str) -> bool:
    words = _WORD.findall(text)
    return 1 <= len(words) <= 3 and text[:1].islower() and not _SENTENCE_INSIDE.search(text)


def _introduced_as_title(doc: _Doc, span: Span) -> bool:
    before = doc.masked[max(0, span.open - 40) : span.open]
    after = doc.masked[span.close + 1 : span.close + 20]
    return bool(_TITLE_BEFORE.search(before) or _TITLE_AFTER.search(after))


def _prepare(documents: Sequence[Document], people: Sequence[Person]) -> list[_Doc]:
    pattern, owners = people_pattern(people)
    prepared = []
    for document in documents:
        spans = find_spans(document.text)
        masked = mask(document.text, spans)
        mentions = find_mentions(masked, pattern, owners)
        prepared.append(_Doc(document, spans, masked, layout(masked), mentions))
    return prepared


def quoted_spans(documents: Sequence[Document], people: Sequence[Person]) -> list[QuotedSpan]:
    """Every quoted span in `documents`, speech or not, in document order."""
    prepared = _prepare(documents, people)
    votes: Counter[tuple[str, str]] = Counter()
    for doc in prepared:
        gender_votes(doc.masked, doc.mentions, votes)
    gender = genders(votes)
    titles = set()
    for doc in prepared:
        for span in doc.spans:
            text = doc.document.text[span.start : span.end]
            if _is_title_case(text) and _introduced_as_title(doc, span):
                titles.add(quote_key(text))
    found: list[QuotedSpan] = []
    for doc in prepared:
        attributor = Attributor(doc.masked, doc.layout, doc.mentions, gender)
        for span in doc.spans:
            text = doc.document.text[span.start : span.end]
            kind: Kind = "speech"
            who = None
            if _is_title_case(text):
                if quote_key(text) in titles:
                    kind = "title"
                else:
                    who = attributor.attribute(span, cue_only=True)
                    kind = "speech" if who.speaker else "other"
            elif _is_scare(text):
                who = attributor.attribute(span, cue_only=True)
                kind = "speech" if who.speaker else "other"
            else:
                who = attributor.attribute(span)
            speaker, cue = (who.speaker, who.cue) if who and kind == "speech" else (None, None)
            item = QuotedSpan(doc.document.id, span.start, span.end, text, kind, speaker, cue)
            found.append(item)
    return found


def _clean(text: str) -> str:
    """The quote's words on one line, without a paragraph's reopening mark or a trailing comma."""
    return " ".join(_REOPEN.sub(" ", text).split()).rstrip(",;: ")


def extract_quotes(documents: Sequence[Document], people: Sequence[Person]) -> list[Quote]:
    """Every speech quote in `documents`, attributed to one of `people` where possible.

    Quotes come in order of first appearance; the same words in several documents make
    one Quote. Its speaker is the one its sources name; None when they name none or
    disagree (each source keeps its own).
    """
    groups: dict[str, list[QuotedSpan]] = {}
    for item in quoted_spans(documents, people):
        if item.kind == "speech":
            groups.setdefault(quote_key(item.text), []).append(item)
    quotes = []
    for items in groups.values():
        speakers = {item.speaker for item in items if item.speaker}
        speaker = speakers.pop() if len(speakers) == 1 else None
        cue = next((item.cue for item in items if speaker and item.speaker == speaker), None)
        sources = tuple(
            QuoteSource.model_construct(
                doc=item.doc,
                start=item.start,
                end=item.end,
                text=item.text,
                speaker=item.speaker,
                cue=item.cue,
            )
            for item in items
        )
        quotes.append(Quote.model_construct(text=_clean(items[0].text), speaker=speaker, cue=cue, sources=sources))
    return quotes
