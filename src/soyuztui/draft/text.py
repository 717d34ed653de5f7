"""Sentences, quoted stretches and excerpts of an article, all as offsets into its text.

The draft cites every fact by an excerpt; the excerpts are cut here so that they
never cross a sentence and always start and end on whole words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from soyuztui.dossier.sources.bounds import MAX_EXCERPT
from soyuztui.dossier.times.zones import ZONE_PATTERN

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col capt lt sgt st jr sr inc ltd co corp no vs approx est dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9À-Þ])|\n\s*\n|\n(?=\s*[A-Z0-9“\"])")
_OPENERS = {"“": "”", "‘": "’", '"': '"', "«": "»"}
# The headline line and a byline paragraph ("By Ann Lee") may stand before the dateline.
_DATELINE = re.compile(
    r"(?:[^\n]{1,150}\n\s*(?=By |[A-Z]{2}))?\s*(?:By [A-Z][^\n]{0,60}\n\s*)?[A-Z][A-Z .'’-]+,[^()\n]{0,40}\([^)\n]{1,40}\)\s*[-—–]"
)
_OPENER = re.compile('[“‘"«]')
_CLOCK_END = re.compile(r"\d\s?(?i:[ap]\.m\.)$")
_CLOCK_GOES_ON = re.compile(
    rf"(?:{ZONE_PATTERN}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\()"
)
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: `text` is `document[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Article:
    """One article prepared for extraction: its text, sentences and quoted spans."""

    id: str
    text: str
    body_start: int
    published: object  # date | None; kept loose so the draft can infer it later
    sentences: list[Sentence] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    #: What the draft reads from the text alone (its triggers, live-blog entries, zones): copies share it.
    cache: dict[str, object] = field(default_factory=dict)
    _quote_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)

    def prepare(self) -> Article:
        """Split sentences and find quoted stretches; returns self."""
        self.sentences = split_sentences(self.text, self.body_start)
        self.quoted = quoted_spans(self.text)
        self._quote_starts = [start for start, _ in self.quoted]
        self._sentence_starts = [sentence.start for sentence in self.sentences]
        return self

    def prepared_as(self, other: Article) -> Article:
        """Prepared as `other`, a copy of the same text: its sentences, quotations and cache shared; returns self."""
        assert (self.text, self.body_start) == (other.text, other.body_start)
        self.sentences, self.quoted, self.cache = other.sentences, other.quoted, other.cache
        self._quote_starts, self._sentence_starts = other._quote_starts, other._sentence_starts
        return self

    def in_dateline(self, offset: int) -> bool:
        """Whether `offset` lies in a wire dateline ("MOSCOW, June 2 (Novosti Orbita) -")."""
        match = _DATELINE.match(self.text, self.body_start)
        return match is not None and offset < match.end()

    def dateline_end(self) -> int:
        """Where the wire dateline ends; the body's start when there is none."""
        match = _DATELINE.match(self.text, self.body_start)
        return match.end() if match is not None else self.body_start

    def in_quote(self, offset: int) -> bool:
        """Whether `offset` lies inside quotation marks."""
        index = bisect_right(self._quote_starts, offset) - 1
        return index >= 0 and self.quoted[index][0] <= offset < self.quoted[index][1]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding `offset`."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences of `text[start:]`, trimmed of white space, with their offsets."""
    sentences: list[Sentence] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start):
        before = text[begin : match.start()]
        words = before.rstrip("\"”’')]").split()
        last = words[-1] if words else ""
        if last.endswith(".") and last[:-1].lower().lstrip("(") in _ABBREVIATIONS and "\n" not in match.group(0):
            continue
        if "\n" not in match.group(0) and _CLOCK_GOES_ON.match(text, match.end()) and _CLOCK_END.search(before):
            continue  # "at 6:32 p.m. EST", "at 12:23 a.m. Saturday": the time phrase goes on
        _add(sentences, text, begin, match.start())
        begin = match.end()
    _add(sentences, text, begin, len(text))
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > MAX_EXCERPT:
        # Text with no sentence ends: cut at a space, so every excerpt fits a mission file.
        cut = text.rfind(" ", start + 1, start + MAX_EXCERPT)
        cut = cut if cut > start else start + MAX_EXCERPT
        _add(sentences, text, start, cut)
        _add(sentences, text, cut, end)
        return
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Stretches between matching quotation marks (curly, or straight pairs on one paragraph)."""
    spans: list[tuple[int, int]] = []
    index = 0
    length = len(text)
    while index < length:
        opener = _OPENER.search(text, index)
        if opener is None:
            break
        index = opener.start()
        char = text[index]
        closer = _OPENERS[char]
        if char == "‘" and index + 1 < length and not text[index + 1].isalnum():
            index += 1
            continue
        if char in "‘'" and index > 0 and text[index - 1].isalnum():
            index += 1  # an apostrophe, not a quotation mark
            continue
        limit = text.find("\n\n", index)
        limit = length if limit < 0 else limit
        end = _closing(text, index + 1, limit, closer)
        if end < 0:
            index += 1
            continue
        spans.append((index, end + 1))
        index = end + 1
    return spans


def _closing(text: str, start: int, limit: int, closer: str) -> int:
    position = text.find(closer, start, limit)
    while position >= 0 and closer == "’" and position + 1 < len(text) and text[position + 1].isalpha():
        position = text.find(closer, position + 1, limit)  # "Shipenko’s": an apostrophe
    return position


def clean_excerpt(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space and dangling punctuation (but closing quotes and full stops) from a span."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-("):
        end -= 1
    return start, end
