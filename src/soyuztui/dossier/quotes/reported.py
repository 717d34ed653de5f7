"""Reported (indirect) speech: what someone said, in the reporter's words.

Three forms are read, each in one sentence with no quotation marks in it (a sentence
quoting someone's words is direct speech, found by extract.py):

1. `X said (that) CLAUSE.`: a reporting verb, optionally a short gap ("on Tuesday",
   "in a statement", "told reporters"), then "that" and the clause to the sentence's
   end. Without "that", only after said/says/added/told/wrote/posted/tweeted and
   when the clause opens with a subject (he, it, the, …): "explained the plan" is
   no report.
2. `According to X, CLAUSE.` and `CLAUSE, according to X.`
3. `CLAUSE, X said.` and `CLAUSE, said X.` at the sentence's end.

The speaker must be a known person or organisation (a pronoun resolved to one): "the
report said that" and "officials said that" are left out, since nothing on screen
could say who spoke. A speaker is the mention right before the verb (at most three
words between, or an appositive between commas): "Okafor's doctor said" is not
Okafor. Negated verbs ("did not say that") and questions are no report.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from soyuztui.dossier.quotes.attribution import Attributor, before_verb, cue_words
from soyuztui.dossier.quotes.marks import Span
from soyuztui.dossier.quotes.mentions import Mention, word_choice

REPORT_VERBS = (
    "said says told tells added adds explained explains mentioned mentions noted notes stated states"
    " insisted insists acknowledged acknowledges admitted admits claimed claims announced announces"
    " confirmed confirms warned warns wrote writes posted tweeted argued argues recalled recalls"
    " revealed reveals suggested suggests stressed emphasised emphasized complained complains"
    " conceded agreed assured promised predicted reported reports replied replies answered"
    " stating saying adding noting explaining insisting warning claiming arguing"
).split()
_NO_THAT = frozenset("said says added adds told tells wrote writes posted tweeted".split())
_OBJECT_FIRST = frozenset({"told", "tells", "assured", "promised", "warned"})
_VERB = re.compile(r"\b" + word_choice(REPORT_VERBS) + r"\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_GAP_START = frozenset(
    "on in at to during after before last this earlier later via from for yesterday today tonight"
    " afterwards recently repeatedly also again once".split()
)
_THAT = re.compile(r"((?:[\s,]+[\w’'-]+){0,6}?)[\s,]+(?:that\s+|(?=how\s|why\s))")
_SUBJECT = re.compile(r"(?:he|she|it|they|we|I|there|the|his|her|its|their|this|these|those|a|an)\s", re.ASCII)
_WORDS = re.compile(r"[\w’'-]+")
_NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever|\bdeclined to|\brefused to)\s+(?:\w+\s+)?$")
_TAIL_WORDS = 6
MIN_CLAUSE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Reported:
    """A reported clause `text[start:end]`, its speaker and the words naming them."""

    start: int
    end: int
    speaker: str
    cue: str


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


class ReportedReader:
    """Finds the reported speech of one document (masked text, its quotes, its attributor)."""

    def __init__(self, masked: str, spans: Sequence[Span], attributor: Attributor) -> None:
        """Read `masked`, whose quoted `spans` are hidden; `attributor` knows who is named."""
        self.masked = masked
        self.opens = [span.open for span in spans]
        self.attributor = attributor
        self.layout = attributor.layout

    def read(self) -> list[Reported]:
        """Every reported clause, in document order, one per sentence."""
        found: dict[int, Reported] = {}
        for match in _ACCORDING.finditer(self.masked):
            item = self._according(match.start(), match.end())
            if item is not None:
                found.setdefault(self.layout.sentence_start(match.start()), item)
        for match in _VERB.finditer(self.masked):
            item = self._verb(match.start(), match.end(), match.group())
            if item is not None:
                found.setdefault(self.layout.sentence_start(match.start()), item)
        return sorted(found.values(), key=lambda item: item.start)

    # -- a sentence ----------------------------------------------------------

    def _sentence(self, offset: int) -> tuple[int, int] | None:
        """The sentence around `offset`, if it quotes no one and asks nothing."""
        start = self.layout.sentence_start(offset)
        end = self.layout.sentence_end(offset)
        index = bisect_left(self.opens, start)
        if index < len(self.opens) and self.opens[index] < end:
            return None
        body = self.masked[start:end].rstrip()
        if body.endswith("?") or "_" in body:
            return None
        return start, start + len(body)

    def _clause(self, start: int, end: int) -> tuple[int, int] | None:
        """`[start, end)` trimmed of spaces and end punctuation, if long enough to report."""
        while start < end and self.masked[start] in " \t,":
            start += 1
        while end > start and self.masked[end - 1] in " \t.,;:!…":
            end -= 1
        if len(_words(self.masked[start:end])) < MIN_CLAUSE_WORDS:
            return None
        return start, end

    def _speaker(self, mention: Mention | None) -> str | None:
        return self.attributor.resolve(mention) if mention is not None else None

    # -- the forms -------------------------------------------------------------

    def _according(self, cue_start: int, cue_end: int) -> Reported | None:
        bounds = self._sentence(cue_start)
        if bounds is None:
            return None
        start, end = bounds
        comma = self.masked.find(",", cue_end, end)
        limit = comma if comma >= 0 else end
        named = self.attributor._speakers(cue_end, min(limit, cue_end + 45))
        speaker = self._speaker(named[0]) if named else None
        if speaker is None:
            return None
        cue = cue_words(named[0], self.masked[cue_start:cue_end], cue_start)
        lead = self.masked[start:cue_start]
        if not lead.strip():
            clause = self._clause(comma + 1, end) if comma >= 0 else None
        elif lead.rstrip().endswith(",") and len(_words(self.masked[named[0].end : end])) <= _TAIL_WORDS - 3:
            clause = self._clause(start, len(lead.rstrip()) + start - 1)
        else:
            clause = self._clause(start, end)
        return Reported(*clause, speaker, cue) if clause else None

    def _verb(self, verb_start: int, verb_end: int, verb: str) -> Reported | None:
        bounds = self._sentence(verb_start)
        if bounds is None:
            return None
        start, end = bounds
        if _NEGATED.search(self.masked, max(start, verb_start - 20), verb_start):
            return None
        return self._forward(start, end, verb_start, verb_end, verb) or self._postposed(
            start, end, verb_start, verb_end, verb
        )

    def _forward(self, start: int, end: int, verb_start: int, verb_end: int, verb: str) -> Reported | None:
        """`X said (that) CLAUSE.`"""
        rest = self.masked[verb_end:end]
        match = _THAT.match(rest)
        clause_at = None
        if match is not None:
            gap = _words(match.group(1))
            if not gap or gap[0].lower() in _GAP_START or verb in _OBJECT_FIRST:
                clause_at = verb_end + match.end()
        elif verb in _NO_THAT:
            words = list(re.finditer(r"[\w’'-]+", rest[:80]))
            skip = 0
            if verb in ("told", "tells") and words:
                # the one told ("told reporters"); "told about" tells a topic, not a clause
                skip = 1 if words[0].group().lower() not in ("about", "of", "on") else -1
            elif words and words[0].group().lower() in _GAP_START:
                comma = rest.find(",", 0, 60)
                skip = -1 if comma < 0 else len(_words(rest[:comma]))
            if 0 <= skip < len(words) and _SUBJECT.match(rest, words[skip].start()):
                clause_at = verb_end + words[skip].start()
        if clause_at is None:
            return None
        mention = self._subject_before(start, verb_start, verb_end, verb)
        speaker = self._speaker(mention)
        clause = self._clause(clause_at, end)
        if speaker is None or clause is None or mention is None:
            return None
        return Reported(*clause, speaker, cue_words(mention, verb, verb_start))

    def _postposed(self, start: int, end: int, verb_start: int, verb_end: int, verb: str) -> Reported | None:
        """`CLAUSE, X said.` or `CLAUSE, said X.`"""
        if len(_words(self.masked[verb_end:end])) > _TAIL_WORDS:
            return None
        comma = self.masked.rfind(",", start, verb_start)
        if comma < 0:
            return None
        between = self.masked[comma + 1 : verb_start]
        if between.strip():
            named = self.attributor._speakers(comma + 1, verb_start)
            if not named or len(_words(self.masked[named[-1].end : verb_start])) > 1:
                return None
            mention = named[-1]
        else:
            named = self.attributor._speakers(verb_end, end)
            if not named:
                return None
            mention = named[0]
        speaker = self._speaker(mention)
        clause = self._clause(start, comma)
        if speaker is None or clause is None:
            return None
        return Reported(*clause, speaker, cue_words(mention, verb, verb_start))

    def _subject_before(self, start: int, verb_start: int, verb_end: int, verb: str) -> Mention | None:
        """The subject of a reporting verb: named right before it, or in an appositive."""
        mention = self.attributor.choose(verb_start, verb_end, start, verb, verb_end)
        if mention is None or mention.start > verb_start:
            return None
        gap = self.masked[mention.end : verb_start]
        appositive = gap.lstrip().startswith(",") and before_verb(gap).endswith(",")
        if appositive or (len(_words(gap)) <= 3 and not gap.startswith(("’s", "'s"))):
            return mention
        return None
