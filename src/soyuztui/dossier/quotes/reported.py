"""Reported (indirect) speech: what someone said, in the reporter's words.

Three forms are read, each in one sentence (a sentence may also quote words directly:
`“…,” Stich told reporters, explaining that …` reports the clause after "that"; the
quote itself is direct speech, found by extract.py, never a reported clause; a clause
may hold a few quoted words: `told CCTV they were “feeling good” after …`):

1. `X said (that) CLAUSE.`: a reporting verb, optionally a short gap ("on Tuesday",
   "in a statement", "told reporters"), then "that" (or, after asked/wondered,
   "whether" or "if") and the clause, to the sentence's end or to a participle
   that opens a second report (`…, saying CLAUSE`). Without "that", after
   said/told/wrote and the like when the clause opens with a subject (he, it, the,
   …), but "added a day to the mission" adds a thing (no verb of its own follows);
   after verbs such as confirmed, insisted or denied only when the clause also has an
   auxiliary (`insisted the crew was never at risk`; "confirmed the date" is no report).
2. `According to X, CLAUSE.` and `CLAUSE, according to X.`
3. `CLAUSE, X said.` and `CLAUSE, said X.` at the sentence's end ("According to X, Y
   confirmed that …" holds no such clause: a source is not what was said).

The speaker must be a known person or organisation (a pronoun resolved to one), or
several joined by "and" (a joint statement), or a sentence's opening subject for a
verb joined to it by "and" (`NASA and SpaceX staff spoke … and said …`), or the crew
as a group ("the astronauts said"), or a subject the file need not declare: a group,
a body or a post ("Officials at X said that", "Mission bosses insisted", "The
mission's commander added", "A spokesman for X near Y told …", "An X spokeswoman on
the webcast said", after a short opener: "On Monday, a company spokesman told …") or
a bare proper name ("Chile has said that"), credited to the one organisation it names
(or calls by its kind: "a company spokesman" is the article's "the company"), else to
no one in particular. "The report said that" is left out: a document is no speaker.
`said that A, and that B` reports two clauses; a headline or a comparison ("later
than X had said") none. A speaker is the mention
right before the verb (at most three words between, or an appositive between
commas): "Okafor's doctor said" is not Okafor. Negated verbs ("did not say that")
and questions are no report.

Each verb's work is bounded (a few words around it; the sentence's bounds are read
once per sentence), so a sentence of thousands of verbs reads in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from soyuztui.dossier.quotes.attribution import Attributor, before_verb, cue_words
from soyuztui.dossier.quotes.marks import Span
from soyuztui.dossier.quotes.mentions import Mention, word_choice

REPORT_VERBS = [
    *(
        "said says say told tells added adds explained explains mentioned mentions noted notes stated states"
        " insisted insists acknowledged acknowledges admitted admits claimed claims announced announces"
        " confirmed confirms warned warns wrote writes posted tweeted argued argues recalled recalls"
        " revealed reveals suggested suggests stressed emphasised emphasized complained complains"
        " conceded agreed assured promised predicted reported reports replied replies answered"
        " stating saying adding noting explaining insisting warning claiming arguing"
        " denied denies denying asked asks wondered joked jokes cautioned cautions"
    ).split(),
    *("played down", "plays down", "downplayed", "downplays"),
]
_NO_THAT = frozenset("said says added adds told tells saying adding".split())
#: Verbs reporting a clause without "that" only when the clause has an auxiliary of its own.
_NO_THAT_AUXILIARY = frozenset(
    "insisted insists confirmed confirms denied denies stated states announced announces reported reports"
    " claimed claims admitted admits warned warns explained explains noted notes argued argues stressed"
    " acknowledged acknowledges insisting confirming explaining noting warning claiming arguing"
    " wrote writes posted tweeted".split()
)
#: Verbs that also act on a thing ("added a day to the mission"): with no "that", words after
#: them opening with "a" or "an" are their object unless a verb of their own follows, as after
#: confirmed ("added a scene would be shot in orbit" reports).
_ALSO_ACTS = frozenset("added adds adding".split())
_INDEFINITE = re.compile(r"an?\s", re.IGNORECASE)
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|had|has|have|would|will|could|can|should|may|might|must|did|does|do)\b")
#: What opens an article's first paragraphs and is nobody's words: the file's date marker
#: (" date 2031-03-14 "), a dateline ("PARIS (Atlantic Wire) -", "Beijing, Oct 16 CGTN –").
_DATELINE = re.compile(
    r"\s*(?:date \d{4}-\d{2}-\d{2}\s+)?"
    r"(?:[A-Z][\w.’'-]*(?:[ ,]+[A-Z0-9][\w.’'/-]*){0,6}\s*"
    r"(?:\([^()\n]{1,80}\)\s*(?:(?:--|[–—-])\s+)?|(?:--|[–—-])\s+))?"
)
#: Datelines stand in an article's first paragraphs only.
_DATELINE_PARAGRAPHS = 3
_RELATIVE = re.compile(r"\s*(?:which|who|whom|whose|that|as|what|where|when)\b", re.IGNORECASE)
_OPENS_QUOTE = re.compile(r"[\s,:]*[“„«‘\"']")
_JOIN = re.compile(r"(?:,\s+(?:and|but|while|whereas|though|although)|;)\s+")
#: A second clause reported by the same verb: "said that A, and that B".
_AND_THAT = re.compile(r"[,;]\s+and\s+that\s+")
_COORDINATED = re.compile(
    r"(?:,?\s+(?:and|but)|,\s+(?:though|although)\s+(?:they|it))(?:\s+(?:still|then|also|later))?\s*$"
)
_CONJUNCTION = re.compile(r"(?:and|or|but|nor)\b")
_QUESTION_VERBS = frozenset({"asked", "asks", "wondered"})
#: A participle opening a second report ends the first one's clause: "…, saying …".
_SECOND_REPORT = re.compile(r",\s+(?:saying|adding|explaining|noting|insisting|stressing|warning)\b")
#: The crew as a group: "the astronauts said", "the three astronauts each told".
_CREW_NOUN = r"astronauts|cosmonauts|taikonauts|crew|crewmates|crew members|spacefliers|spaceflyers"
_GROUP = re.compile(
    rf"\b(?:the|all|both)\s+(?:[\w-]+\s+){{0,5}}?(?:{_CREW_NOUN})(?:\s+(?:each|both|all|also|later))?\s*$",
    re.IGNORECASE,
)
#: What an organisation is, written after its name: "…, the Ardent space corporation said."
_BODY_NOUN = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}(?:corporation|agency|company|administration|ministry|office|service"
    r"|cent(?:er|re)|firm|operator|authority|institute)\s*"
)
#: A subject the mission file need not declare, the whole of the words before the verb: a group,
#: a body or a post ("Officials at the X agency", "X officials", "Mission bosses", "China's space
#: agency", "mission control in Moscow", "The crew that stays aboard, commanded by X,", "The
#: mission's commander"). Its speaker is the one organisation it names, else no one in particular:
#: a post the file gives no one may be anyone's.
_SUBJECT_NOUN = (
    r"commander|pilot|director|spokes(?:man|woman|person)|official|administrator|manager|minister"
    r"|officials|bosses|managers|controllers|engineers|spokes(?:people|persons)|leaders|authorities"
    r"|scientists|researchers|organi[sz]ers|planners|executives|chiefs|team|agency|administration"
    r"|corporation|company|ministry|government|(?:mission|ground|flight) control|" + _CREW_NOUN
)
#: A body named only by its kind, as a modifier of the subject's noun: "a company spokesman",
#: "agency officials". It is the organisation the article last called "the company".
_BODY_KIND = re.compile(
    r"\b(corporation|agency|company|administration|ministry|firm|operator)\s+(?=[a-z])", re.IGNORECASE
)
#: A short opening phrase before a sentence's subject: "Later, ", "On Monday, "; never a
#: source ("According to AP, NASA confirmed that …" is the agency's report of NASA's words).
_OPENER = re.compile(r"(?![Aa]ccording\b)(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+")
_AUX_WORDS = r"(?:\s+(?:has|have|had|also|previously|later|then|again|repeatedly|once|now|on \w+))*\s*"
_DESCRIBED = re.compile(
    rf"(?!(?:and|but|or|nor|while|though|although|whereas|as|than|which|who)\s)(?:(?:the|all|both)\s+)?"
    rf"(?:[\w’'.&-]+\s+){{0,4}}?(?:{_SUBJECT_NOUN})"
    r"(?:\s+(?:that|who)\s+[^,.;]{1,60}?)?"  # a relative clause: "that stays aboard"
    # "at the X agency", "for the X centre near Y", "on the webcast"
    r"(?:\s+(?:at|of|from|for|in|on|near)\s+(?:[\w’'.&()-]+\s+){0,5}?[\w’'.&()-]+){0,2}"
    r"(?:\s*,[^,.;]{1,80},)?" + _AUX_WORDS,  # an appositive: ", commanded by X,"
    re.IGNORECASE,
)
#: A bare proper name as the subject ("China has said that …"), the pronouns aside.
_PROPER = re.compile(
    r"(?!(?:He|She|It|They|We|I|You|This|That|There|These|Those)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}" + _AUX_WORDS
)
_COMPARISON = re.compile(r"\bthan\b")
_OBJECT_FIRST = frozenset({"told", "tells", "assured", "promised", "warned"})
_VERB = re.compile(r"\b" + word_choice(REPORT_VERBS) + r"\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_GAP_START = frozenset(
    "on in at to during after before last this earlier later via from for yesterday today tonight"
    " afterwards recently repeatedly also again once".split()
)
_THAT = re.compile(r"((?:[\s,]+[\w’'-]+){0,6}?)[\s,]+(?:that\s+|(?=how\s|why\s)|(?P<whether>whether\s+|if\s+))")
_SUBJECT = re.compile(r"(?:he|she|it|they|we|I|there|the|his|her|its|their|this|these|those|a|an)\s", re.ASCII)
_WORDS = re.compile(r"[\w’'-]+")
_NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever|\bdeclined to|\brefused to)\s+(?:\w+\s+)?$")
_TAIL_WORDS = 6
_SENTENCE_ENDS = (".", "!", "?", "…", "”", '"', "’", "'")
MIN_CLAUSE_WORDS = 3
#: How far around a verb its speaker is looked for.
_REACH = 400
#: How far after a verb its "that" and its clause's first words are looked for.
_FORWARD_REACH = 160


@dataclass(frozen=True, slots=True)
class Reported:
    """A reported clause `text[start:end]`, its speakers (none for the crew as a group) and its cue."""

    start: int
    end: int
    speakers: tuple[str, ...]
    cue: str


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


_A_WORD = r"[^\w’'-]*+[\w’'-]++"  # possessive: a word is never split in two
_MORE_THAN = {
    count: re.compile(f"(?:{_A_WORD}){{{count + 1}}}")
    for count in (1, MIN_CLAUSE_WORDS - 1, _TAIL_WORDS - 3, _TAIL_WORDS)
}
_AT_LEAST = re.compile(f"(?:{_A_WORD}){{{MIN_CLAUSE_WORDS}}}")


def _more_words_than(text: str, count: int, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds more than `count` words (reads no further than it needs)."""
    return _MORE_THAN[count].match(text, start, end) is not None


class ReportedReader:
    """Finds the reported speech of one document (masked text, its quotes, its attributor)."""

    def __init__(self, masked: str, spans: Sequence[Span], attributor: Attributor) -> None:
        """Read `masked`, whose quoted `spans` are hidden; `attributor` knows who is named."""
        self.masked = masked
        self.spans = list(spans)
        self.opens = [span.open for span in spans]
        self.attributor = attributor
        self.layout = attributor.layout
        self._sentences: dict[int, tuple[int, int] | None] = {}
        # found once: searching each verb's sentence for them would cost a pass per verb
        self._seconds = [match.start() for match in _SECOND_REPORT.finditer(masked)]
        # where each organisation is called by its kind ("the company"), in order, by kind
        self._kinds: dict[str, list[tuple[int, str]]] = {}
        for mention in attributor.mentions:
            words = mention.text.casefold().split()
            if mention.person and attributor.is_organisation(mention) and len(words) == 2 and words[0] == "the":
                self._kinds.setdefault(words[1], []).append((mention.start, mention.person))

    def read(self) -> list[Reported]:
        """Every reported clause, in document order; clauses never overlap."""
        found: list[Reported] = []
        for match in _ACCORDING.finditer(self.masked):
            item = self._according(match.start(), match.end())
            if item is not None:
                found.append(item)
        for match in _VERB.finditer(self.masked):
            item = self._verb(match.start(), match.end(), match.group())
            if item is not None:
                found.append(item)
        kept: list[Reported] = []
        for item in sorted(
            (part for item in found for part in self._and_that(item)), key=lambda item: (item.start, -item.end)
        ):
            if kept and item.start < kept[-1].end:
                # "A said X, and B said Y": the first clause ends where the second report begins
                cut = self._second_report_at(kept[-1].start, item.start)
                if cut is None:
                    continue  # the same words read from two cues: the first one wins
                kept[-1] = replace(kept[-1], end=cut)
            kept.append(item)
        return kept

    def _and_that(self, item: Reported) -> list[Reported]:
        """`item`, or its two clauses when one verb reports both: "said that A, and that B"."""
        joined = _AND_THAT.search(self.masked, item.start, item.end)
        if joined is None:
            return [item]
        first = self._clause(item.start, joined.start())
        second = self._clause(joined.end(), item.end)
        if first is None or second is None:
            return [item]
        return [replace(item, start=first[0], end=first[1]), replace(item, start=second[0], end=second[1])]

    def _second_report_at(self, start: int, clause_start: int) -> int | None:
        """Where a clause starting at `start` gives way to a second report ("…, and Wang said …")."""
        joins = list(_JOIN.finditer(self.masked, start, clause_start))
        if not joins or not _VERB.search(self.masked, joins[-1].end(), clause_start):
            return None
        cut = joins[-1].start()
        return cut if _AT_LEAST.match(self.masked, start, cut) else None

    # -- a sentence ----------------------------------------------------------

    def _sentence(self, offset: int) -> tuple[int, int] | None:
        """The sentence around `offset`, if it asks nothing (read once per sentence)."""
        start = self.layout.sentence_start(offset)
        if start not in self._sentences:
            end = self.layout.sentence_end(offset)
            while end > start and self.masked[end - 1].isspace():
                end -= 1
            self._sentences[start] = None if self.masked.endswith("?", start, end) else (start, end)
        return self._sentences[start]

    def _quotes_between(self, start: int, end: int) -> bool:
        """Whether a quotation opens in `[start, end)`."""
        index = bisect_left(self.opens, start)
        return index < len(self.opens) and self.opens[index] < end

    def _clause(self, start: int, end: int) -> tuple[int, int] | None:
        """`[start, end)` trimmed of spaces and end punctuation, if long enough to report.

        A clause is the reporter's words: one made only of a quotation is direct speech,
        and an article's date marker and dateline are left out.
        """
        while start < end and self.masked[start] in " \t,":
            start += 1
        paragraph = self.layout.paragraph_index(start)
        opening, closing = self.layout.paragraphs[paragraph]
        if paragraph == 0 and not self.masked[opening:closing].rstrip().endswith(_SENTENCE_ENDS):
            return None  # a headline ("Fault no threat, officials say") sums up; the story reports
        if paragraph < _DATELINE_PARAGRAPHS and start - opening <= 8 and not self.masked[opening:start].strip():
            dateline = _DATELINE.match(self.masked, start, end)
            start = dateline.end() if dateline else start
        while end > start and self.masked[end - 1] in " \t.,;:!…":
            end -= 1
        if _AT_LEAST.match(self.masked, start, end) is None or _CONJUNCTION.match(self.masked, start):
            return None
        index = bisect_left(self.opens, start - 1)
        if index < len(self.opens) and self.opens[index] <= start and self.spans[index].close + 2 >= end:
            return None
        return start, end

    def _speakers(self, mention: Mention | None) -> tuple[str, ...]:
        return self.attributor.speakers_of(mention) if mention is not None else ()

    # -- the forms -------------------------------------------------------------

    def _according(self, cue_start: int, cue_end: int) -> Reported | None:
        bounds = self._sentence(cue_start)
        if bounds is None:
            return None
        start, end = bounds
        comma = self.masked.find(",", cue_end, min(end, cue_end + _REACH))
        limit = comma if comma >= 0 else end
        named = self.attributor._speakers(cue_end, min(limit, cue_end + 45))
        speakers = self._speakers(named[0]) if named else ()
        if not speakers:
            return None
        cue = cue_words(named[0], self.masked[cue_start:cue_end], cue_start)
        lead_end = cue_start
        while lead_end > start and self.masked[lead_end - 1].isspace():
            lead_end -= 1
        if lead_end == start:
            clause = self._clause(comma + 1, end) if comma >= 0 else None
        elif self.masked[lead_end - 1] == "," and not _more_words_than(self.masked, _TAIL_WORDS - 3, named[0].end, end):
            clause = self._clause(start, lead_end - 1)
        else:
            clause = self._clause(start, end)
        return Reported(*clause, speakers, cue) if clause and not self._quotes_between(*clause) else None

    def _verb(self, verb_start: int, verb_end: int, verb: str) -> Reported | None:
        bounds = self._sentence(verb_start)
        if bounds is None:
            return None
        start, end = bounds
        if not _more_words_than(self.masked, MIN_CLAUSE_WORDS - 1, verb_end, end) and self._quotes_between(
            start, verb_start
        ):
            return None  # a cue after a quote (“…,” Peskov said.): nothing is left to report
        if _OPENS_QUOTE.match(self.masked, verb_end) or _NEGATED.search(
            self.masked, max(start, verb_start - 20), verb_start
        ):
            return None  # "said: “…”" introduces direct speech; "did not say" reports nothing
        start = max(start, verb_start - _REACH)
        return self._forward(start, end, verb_start, verb_end, verb) or self._postposed(
            start, end, verb_start, verb_end, verb
        )

    def _forward(self, start: int, end: int, verb_start: int, verb_end: int, verb: str) -> Reported | None:
        """`X said (that) CLAUSE.`"""
        rest = self.masked[verb_end : min(end, verb_end + _FORWARD_REACH)]
        match = _THAT.match(rest)
        clause_at = None
        if match is not None:
            gap = _words(match.group(1))
            if match.group("whether") and verb not in _QUESTION_VERBS:
                pass  # "said if …" sets a condition; only a question is reported with "whether"
            elif not gap or gap[0].lower() in _GAP_START or verb in _OBJECT_FIRST:
                clause_at = verb_end + match.end()
        # A "that" a few words on may be the clause's own ("said the test was meant to show
        # that …"): the clause then starts right after the verb, as with no "that" at all.
        if (
            clause_at is None
            and (match is None or not match.group("whether"))
            and verb in _NO_THAT | _NO_THAT_AUXILIARY
        ):
            words = list(_WORDS.finditer(rest, 0, 80))
            skip = 0
            if verb in ("told", "tells") and words:
                # the one told ("told reporters"); "told about" tells a topic, not a clause
                skip = 1 if words[0].group().lower() not in ("about", "of", "on") else -1
            elif words and words[0].group().lower() in _GAP_START:
                comma = rest.find(",", 0, 60)
                skip = -1 if comma < 0 else len(_words(rest[:comma]))
            if 0 <= skip < len(words) and _SUBJECT.match(rest, words[skip].start()):
                at = words[skip].start()
                comma = rest.find(",", at, at + 60)
                free = verb in _NO_THAT and not (verb in _ALSO_ACTS and _INDEFINITE.match(rest, at))
                if free or _AUXILIARY.search(rest, at, comma if comma >= 0 else at + 60):
                    clause_at = verb_end + at
        if clause_at is None:
            return None
        index = bisect_left(self._seconds, clause_at)
        second = self._seconds[index] if index < len(self._seconds) and self._seconds[index] < end else None
        clause = self._clause(clause_at, end if second is None else second)
        if clause is None:
            return None
        speakers, cue = self._named(self._subject_before(start, verb_start, verb_end, verb), verb_start, verb)
        if not speakers:
            speakers, cue = self._opening_subject(start, verb_start, verb)
        if cue is None:
            subject_start = self.layout.sentence_start(verb_start)
            if subject_start < start:
                return None
            # "The veteran flyer said …": an epithet for the one person named before
            epithet = self.attributor.epithet(verb_start, verb_end, subject_start, verb, verb_end)
            speakers, cue = (
                (epithet.speakers, epithet.cue) if epithet else self._described(subject_start, verb_start, verb)
            )
        if cue is None:
            return None
        return Reported(*clause, speakers, cue)

    def _described(self, start: int, end: int, verb: str) -> tuple[tuple[str, ...], str | None]:
        """The speaker of a subject `masked[start:end]` that names a group, a body or a bare
        proper name: the one organisation it names (`Officials at X`), else no one; no cue
        when the words are no such subject."""
        words = self.masked[start:end].lstrip()
        opener = _OPENER.match(words)
        if opener is not None and not self.attributor._speakers(start, start + opener.end()):
            words = words[opener.end() :]  # "On Monday, a company spokesman said": the subject follows
        if not (_DESCRIBED.fullmatch(words) or _PROPER.fullmatch(words)):
            return (), None
        named = {mention.person for mention in self.attributor.organisations_between(start, end) if mention.person}
        if not named:
            named = {body for kind in _BODY_KIND.findall(words) if (body := self._called(kind, start))}
        return (tuple(named) if len(named) == 1 else ()), f"{' '.join(words.split())} {verb}"

    def _called(self, kind: str, offset: int) -> str | None:
        """The organisation the article last called "the `kind`" before `offset`, if any."""
        called = self._kinds.get(kind.casefold(), [])
        index = bisect_left(called, (offset, ""))
        return called[index - 1][1] if index else None

    def _opening_subject(self, start: int, verb_start: int, verb: str) -> tuple[tuple[str, ...], str | None]:
        """Who speaks when no one is named right before the verb: the crew as a group
        ("the astronauts said": no one in particular), or, for a verb joined by "and" or
        "but" to an earlier one, that verb's subject when the sentence names no one else
        ("NASA and SpaceX staff spoke … and said …", "…, Lindqvist joked, but still said …")."""
        lead = self.masked[max(start, verb_start - 80) : verb_start]
        group = _GROUP.search(lead)
        if group is not None:
            return (), f"{' '.join(group.group().split())} {verb}"
        if not _COORDINATED.search(lead):
            return (), None
        named = self.attributor._speakers(start, verb_start)
        if not named:
            return (), None
        # an organisation in a person's title ("X deputy director Y") is not a second speaker
        people = [mention for mention in named if not self.attributor.is_organisation(mention)]
        named = people or named
        speakers = self._speakers(named[0])
        if not speakers or any(self.attributor.resolve(mention) not in speakers for mention in named):
            return (), None  # someone else is named too: whose verb it is, is not certain
        return speakers, cue_words(named[0], verb, verb_start)

    def _postposed(self, start: int, end: int, verb_start: int, verb_end: int, verb: str) -> Reported | None:
        """`CLAUSE, X said.` or `CLAUSE, said X.`"""
        if _more_words_than(self.masked, _TAIL_WORDS, verb_end, end) or self._quotes_between(start, end):
            return None
        comma = self.masked.rfind(",", max(start, verb_start - 120), verb_start)
        if comma < 0:
            return None
        between = self.masked[comma + 1 : verb_start]
        if _RELATIVE.match(between):
            return None  # "…, which he said was minor": the clause is not what was said
        clause = self._clause(self.layout.sentence_start(comma), comma)
        if clause is None or self._quotes_between(clause[0], clause[1]) or _ACCORDING.match(self.masked, clause[0]):
            return None  # "According to X, Y confirmed that …": a source is not what was said
        if between.strip():
            named = self.attributor._speakers(comma + 1, verb_start)
            if (
                not named
                # "…, later than the agency had said": a comparison, not a cue
                or _COMPARISON.search(self.masked, comma + 1, named[0].start)
                or (
                    _more_words_than(self.masked, 1, named[-1].end, verb_start)
                    and not _BODY_NOUN.fullmatch(self.masked, named[-1].end, verb_start)
                )
            ):
                speakers, cue = self._described(comma + 1, verb_start, verb)
                return Reported(*clause, speakers, cue) if cue is not None else None
            mention = named[-1]
        else:
            named = self.attributor._speakers(verb_end, end)
            if not named:
                return None
            mention = named[0]
        speakers, cue = self._named(mention, verb_start, verb)
        if not speakers or cue is None:
            return None
        return Reported(*clause, speakers, cue)

    def _named(self, mention: Mention | None, verb_start: int, verb: str) -> tuple[tuple[str, ...], str | None]:
        """Who a cue's subject `mention` stands for, and the cue's words (none without a subject).

        "The <organisation> boss said" is the person the organisation's post stands for, not
        the organisation (`Attributor.leader`).
        """
        if mention is None:
            return (), None
        if self.attributor.is_organisation(mention):
            leader = self.attributor.leader(mention, verb_start, verb)
            if leader is not None:
                return leader.speakers, leader.cue
        return self._speakers(mention), cue_words(mention, verb, verb_start)

    def _subject_before(self, start: int, verb_start: int, verb_end: int, verb: str) -> Mention | None:
        """The subject of a reporting verb: named right before it, or in an appositive."""
        mention = self.attributor.choose(verb_start, verb_end, start, verb, verb_end)
        if mention is None or mention.start > verb_start:
            return None
        gap = self.masked[mention.end : verb_start]
        appositive = gap.lstrip().startswith(",") and before_verb(gap).endswith(",")
        # a participle after a comma ("…, saying …") shares the sentence's subject, however far
        participle = verb.endswith("ing") and before_verb(gap).endswith(",")
        if appositive or participle or (len(_words(gap)) <= 3 and not gap.startswith(("’s", "'s"))):
            return mention
        return None
