"""Quotations and reported speech found in the documents, attributed to who said them.

Every quoted span is found (marks.py) and given a kind: "speech" (direct speech),
"title" or "other" (not speech, with one reason from notspeech.py: a listed question
or topic, a word mentioned as a word, a title, a name, a scare quote). Short
lower-case spans count as speech only with a cue naming a speaker: in “…what he
called Western efforts to “humiliate” Russia’s…” the word is Rogozin's own.
Reported speech (reported.py) is kind "reported"; it is read first, so that a quote
with no cue in the paragraph after reported speech goes on in its speaker's words.
A title-case sentence in quotation marks ("Glad You Made It!") is speech, not a name,
unless it is introduced as a title. A quotation whose closing mark never comes ends
before its own cue ("…, the commander wrote in a post."), not at the paragraph's end.

Speech and reported speech become Quotes (attributed in attribution.py). The same
words in several documents (ignoring case, punctuation and spacing) are one Quote
with one source each; so are words quoted whole in one article and trimmed in another
(one cuts the start, the other adds a sentence): the longest text is kept, and every
source keeps its own span.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from soyuztui.dossier.model import Document, Organisation, Person, Quote, QuoteSource
from soyuztui.dossier.quotes import notspeech
from soyuztui.dossier.quotes.attribution import Attribution, Attributor, gender_votes, genders, own_cue
from soyuztui.dossier.quotes.marks import Layout, Span, find_spans, layout, mask
from soyuztui.dossier.quotes.mentions import Mention, find_mentions, people_pattern
from soyuztui.dossier.quotes.reported import ReportedReader

Kind = Literal["speech", "reported", "title", "other"]

_NOT_KEY = re.compile(r"[\W_]+")
_REOPEN = re.compile(r"\s*\n\s*[“„«‘\"']?\s*")
#: A trimmed quote merges into a longer one only when it has at least this many words.
MIN_MERGE_WORDS = 5
#: Two quotes neither of which holds the other merge when they share this many words in a row.
OVERLAP_WORDS = 8


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quoted span or a reported clause, with its kind and, for speech, its attribution.

    `reason` says why a span is not speech (one of notspeech.REASONS); `unbalanced`
    marks a quotation whose closing mark never comes.
    """

    doc: str
    start: int
    end: int
    text: str
    kind: Kind
    speakers: tuple[str, ...] = ()
    cue: str | None = None
    reason: str | None = None
    unbalanced: bool = False

    @property
    def speaker(self) -> str | None:
        """The one speaker; None when unknown or when several spoke together."""
        return self.speakers[0] if len(self.speakers) == 1 else None


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


def _prepare(documents: Sequence[Document], speakers: Sequence[Person | Organisation]) -> list[_Doc]:
    registry = people_pattern(speakers)
    prepared = []
    for document in documents:
        spans = [own_cue(document.text, span) if span.unbalanced else span for span in find_spans(document.text)]
        masked = mask(document.text, spans)
        mentions = find_mentions(masked, registry)
        prepared.append(_Doc(document, spans, masked, layout(masked), mentions))
    return prepared


def quoted_spans(
    documents: Sequence[Document],
    people: Sequence[Person],
    organisations: Sequence[Organisation] = (),
) -> list[QuotedSpan]:
    """Every quoted span in `documents`, speech or not, and every reported clause, in document order."""
    prepared = _prepare(documents, (*people, *organisations))
    organisation_ids = frozenset(item.id for item in organisations)
    votes: Counter[tuple[str, str]] = Counter()
    for doc in prepared:
        gender_votes(doc.masked, doc.mentions, votes)
    gender = genders(votes)
    titles = set()
    for doc in prepared:
        for span in doc.spans:
            text = doc.document.text[span.start : span.end]
            if notspeech.is_title_case(text) and notspeech.introduced_as_title(doc.masked, span.open, span.close):
                titles.add(quote_key(text))
    found: list[QuotedSpan] = []
    for doc in prepared:
        attributor = Attributor(doc.masked, doc.layout, doc.mentions, gender, organisation_ids)
        here: list[QuotedSpan] = []
        reports = ReportedReader(doc.masked, doc.spans, attributor).read()
        # "According to X, …" names a source, not someone a quote after it goes on from
        said = [report for report in reports if not report.cue.casefold().startswith("according")]
        attributor.note_reports([(report.start, report.end, report.speakers) for report in said])
        for report in reports:
            text = doc.document.text[report.start : report.end]
            here.append(
                QuotedSpan(doc.document.id, report.start, report.end, text, "reported", report.speakers, report.cue)
            )
        topic_close: int | None = None
        for span in doc.spans:
            text = doc.document.text[span.start : span.end]
            kind, reason, who = _classify(doc, span, text, titles, attributor, topic_close)
            topic_close = span.close if reason == notspeech.TOPIC else None
            speakers, cue = (who.speakers, who.cue) if who and kind == "speech" else ((), None)
            item = QuotedSpan(doc.document.id, span.start, span.end, text, kind, speakers, cue, reason, span.unbalanced)
            here.append(item)
        found += sorted(here, key=lambda item: item.start)
    return found


def _classify(
    doc: _Doc,
    span: Span,
    text: str,
    titles: set[str],
    attributor: Attributor,
    topic_close: int | None,
) -> tuple[Kind, str | None, Attribution | None]:
    """The kind of one quoted span, why it is not speech, and who said it."""
    reason = notspeech.mentioned_not_said(doc.masked, span.open, topic_close)
    if reason is not None:
        return "other", reason, None
    if notspeech.given_as_name(doc.masked, span.open):
        who = attributor.attribute(span, cue_only=True)
        return ("speech", None, who) if who.speakers else ("other", notspeech.WORD, None)
    if notspeech.is_title_case(text):
        if quote_key(text) in titles:
            return "title", notspeech.TITLE, None
        if notspeech.is_sentence(text):
            return "speech", None, attributor.attribute(span)
        who = attributor.attribute(span, cue_only=True)
        return ("speech", None, who) if who.speakers else ("other", notspeech.NAME, None)
    if notspeech.is_scare(text):
        if notspeech.names_a_kind(doc.masked, span.open):
            return "other", notspeech.WORD, None
        who = attributor.attribute(span, cue_only=True)
        return ("speech", None, who) if who.speakers else ("other", notspeech.SCARE, None)
    return "speech", None, attributor.attribute(span)


def _clean(text: str) -> str:
    """The quote's words on one line, without a paragraph's reopening mark or a trailing comma."""
    return " ".join(_REOPEN.sub(" ", text).split()).rstrip(",;: ")


def extract_quotes(
    documents: Sequence[Document],
    people: Sequence[Person],
    organisations: Sequence[Organisation] = (),
) -> list[Quote]:
    """Every direct and reported quote in `documents`, attributed where possible.

    Quotes come in order of first appearance; the same words in several documents make
    one Quote, and so do trimmed copies of a longer quote. Its speakers are the ones its
    sources name (several for a joint statement; `speaker` is set for one); none when
    they name none or disagree (each source keeps its own).
    """
    organisation_ids = {item.id for item in organisations}
    groups: dict[tuple[str, str], list[QuotedSpan]] = {}
    keys: dict[int, int] = {}  # id(item) -> the length of its key, for the longest text
    for item in quoted_spans(documents, people, organisations):
        if item.kind in ("speech", "reported"):
            key = quote_key(item.text)
            keys[id(item)] = len(key)
            groups.setdefault((item.kind, key), []).append(item)
    quotes = []
    for items in _merge_trimmed(groups):
        named = {item.speakers for item in items if item.speakers}
        speakers = named.pop() if len(named) == 1 else ()
        speaker = speakers[0] if len(speakers) == 1 else None
        cue = next((item.cue for item in items if speakers and item.speakers == speakers), None)
        kinds = {"organisation" if item in organisation_ids else "person" for item in speakers}
        sources = tuple(
            QuoteSource.model_construct(
                doc=item.doc,
                start=item.start,
                end=item.end,
                text=item.text,
                speaker=item.speaker,
                speakers=item.speakers,
                cue=item.cue,
                unbalanced=item.unbalanced,
            )
            for item in items
        )
        longest = max(items, key=lambda item: keys[id(item)])
        quotes.append(
            Quote.model_construct(
                text=_clean(longest.text),
                kind="direct" if items[0].kind == "speech" else "reported",
                speaker=speaker,
                speakers=speakers,
                # a joint statement of people and organisations counts as people's
                speaker_type=None if not kinds else "person" if "person" in kinds else "organisation",
                cue=cue,
                sources=sources,
            )
        )
    return quotes


def _merge_trimmed(groups: dict[tuple[str, str], list[QuotedSpan]]) -> list[list[QuotedSpan]]:
    """The groups, each trimmed copy folded into the longest group sharing its words.

    Longest first, a group of at least MIN_MERGE_WORDS words joins a longer one of its
    kind that holds its words whole, or that shares a run of at least OVERLAP_WORDS
    words with it (one article cut the start, the other added a sentence), when their
    speakers agree or one side names none. Runs of MIN_MERGE_WORDS words index the
    longer groups, so the work stays linear in the words quoted.
    """
    order = {key: index for index, key in enumerate(groups)}
    roots: dict[tuple[str, str], list[QuotedSpan]] = {}
    runs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in sorted(groups, key=lambda key: -len(key[1])):
        kind, words = key
        mine = _runs(words.split())
        target = None
        if mine:
            speakers = {item.speakers for item in groups[key] if item.speakers}
            shared: Counter[tuple[str, str]] = Counter()
            for run in mine:
                for longer in runs.get((kind, run), ()):
                    shared[longer] += 1
            for longer, count in shared.most_common():
                theirs = {item.speakers for item in roots[longer] if item.speakers}
                whole = f" {words} " in f" {longer[1]} "
                if (whole or count > OVERLAP_WORDS - MIN_MERGE_WORDS) and len(speakers | theirs) <= 1:
                    target = longer
                    break
        if target is not None:
            roots[target] += groups[key]
            order[target] = min(order[target], order[key])
            continue
        roots[key] = list(groups[key])
        for run in mine:
            runs.setdefault((kind, run), []).append(key)
    merged = sorted(roots, key=lambda key: order[key])
    return [sorted(roots[key], key=lambda item: (item.doc, item.start)) for key in merged]


def _runs(words: list[str]) -> set[str]:
    """Every run of MIN_MERGE_WORDS consecutive words."""
    return {" ".join(words[i : i + MIN_MERGE_WORDS]) for i in range(len(words) - MIN_MERGE_WORDS + 1)}
