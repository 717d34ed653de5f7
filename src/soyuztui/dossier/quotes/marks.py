"""Finding quoted spans: pairing quotation marks, paragraphs, sentences, masking.

Pairing is done for double marks (“ ” „ « » ") and single marks (‘ ’ ') separately,
each in one pass over its marks, so the work grows linearly with the text. Then only
top-level spans are kept: a single-quoted span inside a double-quoted one is part of
that quote, not a quote of its own.

Decisions about malformed text (tested in tests/unit/test_quote_marks.py):

- An opening double mark (or ‘) that is not closed before its paragraph ends makes
  an *unbalanced* span that ends with the paragraph (a tweet quoted to the end of the
  paragraph): no quotation runs on into the next paragraph. A straight ' left open
  yields nothing: it is far more often an elision ('90s) than a quote.
- The one exception is the news convention for a quotation running over several
  paragraphs: the paragraph ends with no closing mark and the next paragraph *starts*
  with an opening mark. That is one span, from the first opening mark to the final
  closing mark (at most `MAX_PARAGRAPHS` paragraphs).
- An opening mark while another of its family is open abandons the earlier one
  (treated as unclosed): nested marks of one family are far rarer than typos.
- Empty or blank quotes (“”) yield nothing.
- ’ and ' between letters (don’t, Russia’s) are apostrophes; ’ never opens a quote;
  a ’ after a letter closes a single quote only when one is open.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

#: A quotation may run over at most this many paragraphs.
MAX_PARAGRAPHS = 6

_DOUBLE = '“”„‟"«»'
_SINGLE = "‘’‚‛'"
_OPEN_GLYPHS = "“„‟«‘‚‛"
_CLOSE_GLYPHS = "”»’"
_MARK = re.compile(f"[{re.escape(_DOUBLE + _SINGLE)}]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_NEWLINE = re.compile(r"\n\s*")
_LEFT_BOUNDARY = frozenset("([{—–-/" + _DOUBLE + _SINGLE)
_RIGHT_BOUNDARY = frozenset(".,;:!?…)]}—–-/" + _DOUBLE + _SINGLE)
_SENTENCE_END = re.compile(r"[.!?…]+[”’\"'»)\]]*(?=\s)")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Prof|Lt|Col|Capt|Sgt|vs|No|Nos|approx"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[ap]\.m)"
    r"|(?<![\w.])[A-Z])\.$"
)
_NOT_NEWLINE = re.compile(r"[^\n]")
_TRAILING_PUNCT = re.compile(r"[.,;:!?…]+$")


@dataclass(frozen=True, slots=True)
class Span:
    """A top-level quoted span: `text[start:end]` is what stands between the marks."""

    start: int
    end: int
    open: int
    close: int
    family: str
    paragraphs: int = 1
    unbalanced: bool = False


@dataclass(frozen=True, slots=True)
class Layout:
    """Where paragraphs and sentences of a text start, for quick look-ups."""

    paragraphs: tuple[tuple[int, int], ...]
    sentence_ends: tuple[int, ...]
    paragraph_starts: tuple[int, ...]

    def paragraph_index(self, offset: int) -> int:
        """Index of the paragraph holding `offset` (the one before it, between paragraphs)."""
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` starts (never before its paragraph)."""
        start, _ = self.paragraphs[self.paragraph_index(offset)]
        index = bisect_right(self.sentence_ends, offset) - 1
        return max(start, self.sentence_ends[index]) if index >= 0 else start

    def sentence_end(self, offset: int) -> int:
        """Where the sentence holding `offset` ends (never after its paragraph)."""
        _, end = self.paragraphs[self.paragraph_index(offset)]
        index = bisect_right(self.sentence_ends, offset)
        return min(end, self.sentence_ends[index]) if index < len(self.sentence_ends) else end


def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph: split at blank lines, or at lines if there are none."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    spans, start = [], 0
    for match in splitter.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return tuple(spans)


def layout(masked: str) -> Layout:
    """Paragraphs and sentence ends of a masked text (quote contents hidden)."""
    ends = []
    for match in _SENTENCE_END.finditer(masked):
        if not _ABBREVIATION.search(masked, max(0, match.start() - 6), match.start() + 1):
            ends.append(match.end())
    paras = paragraphs(masked)
    return Layout(paras, tuple(ends), tuple(start for start, _ in paras))


def _context(text: str, pos: int) -> tuple[bool, bool, str, str]:
    prev = text[pos - 1] if pos > 0 else "\n"
    nxt = text[pos + 1] if pos + 1 < len(text) else "\n"
    can_open = (prev.isspace() or prev in _LEFT_BOUNDARY) and not nxt.isspace()
    can_close = not prev.isspace() and (nxt.isspace() or nxt in _RIGHT_BOUNDARY)
    return can_open, can_close, prev, nxt


def _pair(text: str, marks: list[int], family: str, paras: tuple[tuple[int, int], ...]) -> list[Span]:
    """Pair the marks of one family, paragraph by paragraph, in one pass."""
    spans: list[Span] = []
    para_starts = [start for start, _ in paras]
    first: int | None = None  # the opening mark of the span being read
    opened: int | None = None  # the latest opening mark (a later paragraph's, when continued)
    first_para = 0

    def run_to_paragraph_end() -> None:
        # An opening mark never closed: the quotation ends where its paragraph does.
        if first is None or opened is None or text[first] == "'":
            return
        para = bisect_right(para_starts, opened) - 1
        span = _span(text, first, paras[para][1], family, para - first_para + 1, unbalanced=True)
        if span is not None:
            spans.append(span)

    for pos in marks:
        glyph = text[pos]
        can_open, can_close, prev, nxt = _context(text, pos)
        if family == "'" and prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe
        para = bisect_right(para_starts, pos) - 1
        if opened is not None and para != bisect_right(para_starts, opened) - 1:
            continues = (
                para == bisect_right(para_starts, opened)
                and pos == paras[para][0]
                and glyph not in _CLOSE_GLYPHS
                and para - first_para < MAX_PARAGRAPHS
            )
            if continues:
                opened = pos
                continue
            run_to_paragraph_end()
            first = opened = None
        if opened is None:
            if can_open and glyph != "’" and (glyph not in _CLOSE_GLYPHS or not can_close):
                first = opened = pos
                first_para = para
            continue
        if can_close and (glyph not in _OPEN_GLYPHS or not can_open):
            assert first is not None
            span = _span(text, first, pos, family, para - first_para + 1)
            if span is not None:
                spans.append(span)
            first = opened = None
        elif can_open and glyph != "’" and glyph not in _CLOSE_GLYPHS:
            first = opened = pos  # the earlier one was never closed
            first_para = para
    run_to_paragraph_end()
    return spans


def _span(text: str, open_: int, close: int, family: str, paras: int, unbalanced: bool = False) -> Span | None:
    start, end = open_ + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return Span(start, end, open_, close, family, paras, unbalanced)


def find_spans(text: str) -> list[Span]:
    """Every top-level quoted span of `text`, in order."""
    paras = paragraphs(text)
    doubles: list[int] = []
    singles: list[int] = []
    for match in _MARK.finditer(text):
        (doubles if match.group() in _DOUBLE else singles).append(match.start())
    found = _pair(text, doubles, '"', paras) + _pair(text, singles, "'", paras)
    found.sort(key=lambda span: (span.open, span.family != '"'))
    kept: list[Span] = []
    for span in found:
        if kept and span.open < kept[-1].close:
            last = kept[-1]
            if span.close > last.close and last.family == "'" and span.family == '"':
                kept[-1] = span  # a double span crossing a single one wins
            continue  # nested (part of the outer quote) or crossing
        kept.append(span)
    return kept


def mask(text: str, spans: list[Span]) -> str:
    """`text` with the words inside each span hidden, keeping offsets and end punctuation.

    Names and verbs inside a quote are what the speaker said, not cues about who spoke;
    hiding them keeps attribution and sentence splitting to the reporter's words.
    """
    parts: list[str] = []
    last = 0
    for span in spans:
        inner = text[span.start : span.end]
        trailing = _TRAILING_PUNCT.search(inner)
        keep = len(trailing.group()) if trailing else 0
        words = inner[: len(inner) - keep]
        # most quotes hold no line break: one repeat is much cheaper than a substitution
        hidden = _NOT_NEWLINE.sub("_", words) if "\n" in words else "_" * len(words)
        parts += [text[last : span.start], hidden, inner[len(inner) - keep :]]
        last = span.end
    parts.append(text[last:])
    return "".join(parts)
