"""Who said it: people mentioned around a quote, cue verbs, pronouns.

Everything works on *masked* text (quote contents hidden, see marks.mask), so
a name inside a quote is never taken for its speaker.

The rules, in the order they are tried (see `Attributor.attribute`):

1. After the quote, in the same sentence: `“…,” Peskov said`, `“…,” said the spokesman`,
   `“…,” he said`. Not after a quote ending with a full stop: what follows is a new
   sentence (`“….” The project will…, according to Roscosmos` is not Roscosmos); after
   one ending with ? or ! only when the cue ends the sentence (`“…?” Okafor asked.`, but
   not `“…?” Quintero replied that they did`).
2. Before the quote, in its sentence: the last cue verb, and its subject: the nearest
   person mentioned before it (`Shipenko, 38, said:`), the one opening an appositive
   when the verb follows a comma (`Peresild, who …, said`), the sentence's first
   person for a participle (`…, adding, “…”`), or the person right after the verb
   (`according to the director, “…”`). Of several people before a comma, the one an
   appositive is about (`Oyelaran, who leads the agency, has argued`); a possessive
   never speaks (`Quintero’s mum told us` is not Quintero).
3. No cue at all: a quote continues the previous speech quote (in its paragraph, or
   the paragraph before when it opens its own) if no other person is named as a
   subject in between (an organisation in the cue, "NASA's Beasley said", a
   possessive, or a name in the appositive of the cue that splits the quotation,
   "“…,” said X, who met Y. “…”", does not count); or it follows a paragraph whose
   last sentence names a speaker (`Peskov told reporters:`), or reports what someone
   said (the next paragraph goes on in their words).

A cue whose subject is no declared name or description but an epithet after the verb
("…,” beamed the proud former nurse") stands for the one person the paragraph before and
this one name up to the cue; with two or none it is no one (`Attributor.epithet`).

Of several cues, the first one naming a speaker wins: a later cue with no subject of
its own ("…, but still said that …") never overrides a named one. A cue naming no one
known leaves the quote to an unknown speaker: it is never handed to the speaker before.

Speakers joined by "and" or commas ("the agency and the company said", "Wang, Zhai
and Ye each told") are all credited: a joint statement has several speakers.

Pronouns (he, she) stand for the nearest person (never an organisation) named before
them whose gender is compatible. Genders are only what the texts say: a person followed by "she"/"her"
with no one else named in between counts a vote for female, "he"/"him"/"his" for
male; the majority over the corpus wins, a tie or no vote leaves it unknown.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from soyuztui.dossier.quotes.marks import Layout, Span
from soyuztui.dossier.quotes.mentions import KIN, TITLES, Mention, kin_before

# Cue verbs are matched in lower case only: "States" in "United States" is no verb.
SPEECH_VERBS = (
    "said says say saying added adds adding acknowledged acknowledges acknowledging stated states"
    " stating told tells telling explained explains explaining noted notes noting asked asks asking"
    " replied replies answered answers wrote writes writing declared declares insisted insists"
    " argued argues arguing clarified clarifies clarifying recalled recalls recalling remarked"
    " continued continues described describes describing called calls calling announced announces"
    " admitted admits warned warns claimed claims claiming joked jokes joking quipped urged confirmed"
    " confirms commented comments mentioned mentions concluded predicted promised boasted exclaimed"
    " shouted whispered spoke speaks speaking tweeted tweets tweeting posted posts posting complained"
    " complains complaining revealed reveals assured conceded observed suggested stressed emphasised"
    " emphasized recounted laughed radioed radios grumbled muttered responded reflected wondered"
    " cautioned countered snapped sighed pleaded greeted greets beamed gushed gasped yelled screamed enthused"
    " marvelled marveled"
).split()
_CUE = re.compile(
    r"\b(?:[Aa]ccording to|in the words of|[Ii]n (?:his|her) (?:own )?words|[Ii]n an? (?:statement|interview|video message|video"
    r"|press release|post|tweet|message|briefing|speech)|pointed out|(?:" + "|".join(SPEECH_VERBS) + r"))\b"
)
#: Titles before a surname: "Ms Okafor" names Adaeze Okafor; the title votes for a gender.
_CLOSES_SENTENCE = re.compile(r"(?:\s+(?!that\b)[\w’'-]+){0,4}[\s.,;!?]*$")
_OBJECT_OF = re.compile(r"\b(?:of|for|at|from|with|by)\s+(?:the\s+)?$")
_THAT_NEXT = re.compile(r"\s+(?:that|how|why|whether|if)\b")
_APPOSITIVE = re.compile(r",\s+(?:who|whose|which|\d)")
_POSSESSIVE = ("’s", "'s", "’ ", "' ")
_POSSESSIVE_WORD = ("’s", "'s", "s’", "s'")
_AUXILIARIES = frozenset("has had have also later then once again previously would will did".split())
_FEMALE = frozenset({"she", "her", "hers"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_SENTENCE_BREAK = re.compile(r"[.!?…][”’\"']*\s|\n")
#: What joins the speakers of a joint statement: "X and Y", "X, Y and Z", "X & Y".
#: The longest join between two speakers ("X, and the Y") that `_JOINED` can match.
_JOIN_REACH = 16
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")
#: How far after the closing mark a cue verb may stand, and a name after its verb.
POST_CUE_REACH = 80
NAME_AFTER_VERB_REACH = 45
#: How far before the opening mark a cue may stand (bounds the work in run-on text).
PRE_CUE_REACH = 400
#: How many cue verbs before a quote are tried for one naming a speaker.
MAX_CUES = 3
#: How far back a pronoun looks for the person it stands for.
PRONOUN_REACH = 1200
#: An unclosed quotation's own cue: at most this many words after a comma, to its sentence's end.
OWN_CUE_WORDS = 16
_OWN_CUE_REACH = 160
_COMMA = re.compile(r",\s+")
#: A description the mission file does not declare, written as an epithet after an inverted
#: cue: "the", one to three words, its noun, then the clause's end or a preposition
#: ("beamed the brave former patient in a video"). A bare role ("said the official") may be
#: someone the article never names, so one word before the noun is needed.
_EPITHET_AFTER = re.compile(
    r"\s+the\s+(?:[a-z][\w’'-]*\s+){1,3}(?P<noun>[a-z][\w-]*)"
    r"(?=[,.;:!?]|$|\s(?:in|on|at|as|after|before|during|from|to|while|when|with)\b)"
)
#: Words no epithet holds: a clause ("said the lessons had been …") is not a description.
_NOT_EPITHET = frozenset("had has have been was were is are be would will could should may might that".split())
#: Nouns for people an article may leave unnamed (officials' posts above all: "said the
#: mission's lead flight director" is rarely the astronaut named before), or for groups: an
#: epithet with one is no one's.
_UNNAMED = frozenset(
    "official spokesman spokeswoman spokesperson source controller reporter expert analyst witness"
    " engineer employee worker representative insider observer director manager administrator chief"
    " head officer president executive minister secretary crew team group family pair trio".split()
)
#: The same epithet as the subject before its cue verb ("“…!” the veteran flyer told a TV crew").
_EPITHET_BEFORE = re.compile(r"\s*[Tt]he\s+(?:[\w’'&.-]+\s+){1,3}(?P<noun>[a-z][\w-]*)")
#: Posts an organisation has one holder of: "the <organisation> boss" is a person, named just
#: before if the article names them ("X got involved. The company's boss claimed …"), unlike its
#: many spokesmen and engineers.
LEADER_POSTS = frozenset("boss chief head founder co-founder owner chairman chairwoman".split())
_LEADER_AFTER = re.compile(r"(?:[’']s?)?\s+(?P<noun>[a-z][\w-]*)")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def own_cue(text: str, span: Span) -> Span:
    """An unclosed quotation cut before its own cue, if it swallowed one.

    `“We saw it, the commander wrote in a post.` with no closing mark: the words up to
    the comma are the quote, the rest is the reporter's cue. The cue is a comma, then
    at most OWN_CUE_WORDS words holding a cue verb, then the sentence's end.
    """
    for comma in _COMMA.finditer(text, span.start, span.end):
        tail = text[comma.end() : min(span.end, comma.end() + _OWN_CUE_REACH)]
        stop = _SENTENCE_BREAK.search(tail + "\n")
        assert stop is not None  # the added line end always stops it
        words = tail[: stop.start()].split()
        if 0 < len(words) <= OWN_CUE_WORDS and _CUE.search(tail, 0, stop.start()) and words[0][:1].isalpha():
            cut = comma.start() + 1
            return replace(span, end=cut, close=cut)
    return span


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quote (no one, one id, or several for a joint statement), and the words that say so."""

    speakers: tuple[str, ...]
    cue: str | None

    @property
    def speaker(self) -> str | None:
        """The one speaker, or None when there is none or several."""
        return self.speakers[0] if len(self.speakers) == 1 else None


def cue_words(chosen: Mention, verb: str, verb_start: int) -> str:
    """How the text names the speaker: "Peskov said", "said Dmitry Peskov", "Rogozin … told"."""
    if chosen.start < verb_start:
        gap = " " if verb_start - chosen.end <= 2 else " … "
        cue = f"{chosen.text}{gap}{verb}"
    else:
        cue = f"{verb} {chosen.text}"
    return " ".join(cue.split())


def before_verb(text: str) -> str:
    """The words before a verb without its auxiliaries: "X, who …, has" ends with the comma."""
    words = text.rstrip().split(" ")
    while words and words[-1] in _AUXILIARIES:
        words.pop()
    return " ".join(words).rstrip()


def aside(masked: str, mention: Mention) -> bool:
    """Whether a name is no clause's subject: a possessive ("Y's flight"), a preposition's object ("from Y")."""
    return masked.startswith(_POSSESSIVE, mention.end) or bool(
        _OBJECT_OF.search(masked, max(0, mention.start - 12), mention.start)
    )


def gender_votes(masked: str, mentions: Sequence[Mention], votes: Counter[tuple[str, str]]) -> None:
    """Count, for each pronoun, a vote for the person named last before it in its sentence.

    A title ("Ms") or a kinship word ("his brother") before a name votes too.

    Only within a sentence: across sentences "he" may as well be someone else, and a
    quote's own "she said" must not vote for whoever was named last.
    """
    named: list[Mention] = []
    for mention in mentions:
        if mention.person:
            named.append(mention)
            title = TITLES.get(mention.text.split(None, 1)[0].rstrip("."), "")
            kin = kin_before(masked, mention.start)
            for said in (title, KIN[kin] if kin else ""):
                if said:
                    votes[mention.person, said] += 1
        elif named and mention.pronoun and not _SENTENCE_BREAK.search(masked, named[-1].end, mention.start):
            votes[
                _subject_before(masked, named, mention.start).person or "", "f" if mention.pronoun in _FEMALE else "m"
            ] += 1


def _subject_before(masked: str, named: Sequence[Mention], offset: int) -> Mention:
    """Of the people named last before `offset` in its sentence, the last who is a subject, else the last.

    "X kept a card from Y in his locker": "his" is X's, not the name after "from".
    """
    last = named[-1]
    if not aside(masked, last):
        return last
    for index in range(len(named) - 2, -1, -1):
        earlier = named[index]
        if _SENTENCE_BREAK.search(masked, earlier.end, offset):
            break
        if not aside(masked, earlier):
            return earlier
    return last


def genders(votes: Counter[tuple[str, str]]) -> dict[str, str]:
    """Each person's gender where the votes say one clearly."""
    people = {person for person, _ in votes}
    result = {}
    for person in people:
        female, male = votes[person, "f"], votes[person, "m"]
        if female != male:
            result[person] = "f" if female > male else "m"
    return result


@dataclass
class Attributor:
    """Attributes the quotes of one document."""

    masked: str
    layout: Layout
    mentions: list[Mention]
    gender: dict[str, str]
    organisations: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._starts = [mention.start for mention in self.mentions]
        # people only ("he" and "she" are never organisations), for pronouns to look back through
        self._people = [m for m in self.mentions if m.person and m.person not in self.organisations]
        self._people_starts = [mention.start for mention in self._people]
        self.history: list[tuple[Span, tuple[str, ...]]] = []  # attributed speech quotes so far
        self.reports: list[tuple[int, int, tuple[str, ...]]] = []  # named reported speech, in order
        self._report_ends: list[int] = []

    # -- mentions ----------------------------------------------------------

    def _between(self, start: int, end: int) -> list[Mention]:
        return self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def is_organisation(self, mention: Mention) -> bool:
        """Whether `mention` names a declared organisation."""
        return mention.person in self.organisations

    def organisations_between(self, start: int, end: int) -> list[Mention]:
        """The organisations named between two offsets."""
        return [mention for mention in self._between(start, end) if self.is_organisation(mention)]

    def _speakers(self, start: int, end: int) -> list[Mention]:
        """People and subject pronouns between two offsets: who could be speaking.

        A possessive is not ("Quintero’s mum told us" is not Quintero speaking).
        """
        found = self._between(start, end)
        return [
            m
            for m in found
            if (m.person or m.pronoun in _SUBJECT_PRONOUNS) and not self.masked.startswith(_POSSESSIVE, m.end)
        ]

    def resolve(self, mention: Mention) -> str | None:
        """The person a mention stands for: itself, or a pronoun's antecedent."""
        if mention.person:
            return mention.person
        if mention.pronoun is None:
            return None
        wanted = "f" if mention.pronoun in _FEMALE else "m"
        first = bisect_left(self._people_starts, mention.start - PRONOUN_REACH)
        nearest: Mention | None = None
        floor = 0
        for earlier in reversed(self._people[first : bisect_left(self._people_starts, mention.start)]):
            if earlier.start < floor:
                break
            if not earlier.person or self.gender.get(earlier.person, wanted) != wanted:
                continue
            if not aside(self.masked, earlier):
                if nearest is None or self.gender.get(earlier.person) or not self.gender.get(nearest.person or ""):
                    return earlier.person
                continue  # a subject of unknown gender never displaces a name the pronoun's gender fits
            if nearest is None:
                # "X, …, taught there since Y's first flight. “…,” he said": the pronoun goes on
                # with the subject of Y's paragraph or the one before, not a name in a possessive
                # or after a preposition; with no such subject, it is Y after all
                nearest = earlier
                floor = self.layout.paragraphs[max(self.layout.paragraph_index(earlier.start) - 1, 0)][0]
        return nearest.person if nearest is not None else None

    # -- the rules ---------------------------------------------------------

    def joint(self, chosen: Mention) -> list[Mention]:
        """`chosen` with the speakers joined to it by "and" or commas: a joint statement."""
        index = bisect_left(self._starts, chosen.start)
        before = self.mentions[index - 1] if index > 0 else None
        after = self.mentions[index + 1] if index + 1 < len(self.mentions) else None
        if (before is None or chosen.start - before.end > _JOIN_REACH) and (
            after is None or after.start - chosen.end > _JOIN_REACH
        ):
            return [chosen]  # no one close enough to be joined: the common case, answered at once
        group, joined = [chosen], False
        for step in (-1, 1):
            here, at = chosen, index + step
            while 0 <= at < len(self.mentions):
                other = self.mentions[at]
                first, second = (other, here) if step < 0 else (here, other)
                link = _JOINED.fullmatch(self.masked, first.end, second.start)
                if not (other.person and link):
                    break
                joined = joined or "," not in link.group() or "and" in link.group()
                group.insert(0, other) if step < 0 else group.append(other)
                here, at = other, at + step
        # commas alone set off an appositive ("the agency's chief, Oyelaran, said"): one speaker
        return group if joined else [chosen]

    def speakers_of(self, chosen: Mention) -> tuple[str, ...]:
        """The ids `chosen` and the mentions joined to it stand for, in order, each once."""
        group = self.joint(chosen)
        if len(group) == 1:
            speaker = self.resolve(chosen)
            return (speaker,) if speaker else ()
        found = (self.resolve(mention) for mention in group)
        return tuple(dict.fromkeys(speaker for speaker in found if speaker))

    def attribute(self, span: Span, cue_only: bool = False) -> Attribution:
        """Who said `span`; with `cue_only`, only explicit cues count (no continuation)."""
        found = self._after(span)
        if found is None or not found.speakers:
            found = self._before(span) or found
        if found is None and not cue_only:
            found = self._continues(span) or self._paragraph_before(span)
        found = found or Attribution((), None)
        if found.speakers:
            self.history.append((span, found.speakers))
        return found

    def note_reports(self, reports: Sequence[tuple[int, int, tuple[str, ...]]]) -> None:
        """The document's reported speech (start, end, speakers): a quote after one may go on in their words."""
        self.reports = sorted(report for report in reports if report[2])
        self._report_ends = [end for _, end, _ in self.reports]

    def _report_before(self, offset: int) -> tuple[int, int, tuple[str, ...]] | None:
        index = bisect_left(self._report_ends, offset) - 1
        return self.reports[index] if index >= 0 else None

    def _after(self, span: Span) -> Attribution | None:
        inner = self.masked[span.start : span.end].rstrip()
        if inner.endswith((".", "…")):
            return None
        end = min(self.layout.sentence_end(span.close + 1), span.close + 1 + POST_CUE_REACH)
        post = self.masked[span.close + 1 : end]
        post = re.split(r"[“„«‘\"]", post, maxsplit=1)[0]  # up to the next quote
        verb = _CUE.search(post)
        if verb is None:
            return None
        if inner.endswith(("?", "!")) and not _CLOSES_SENTENCE.match(post, verb.end()):
            # “…?” Quintero replied that they did: a new sentence, not a cue; but
            # “…!” NASA tweeted alongside a video: the cue names who, right after the mark
            if _THAT_NEXT.match(post, verb.end()) or len(post[: verb.start()].split()) > 3:
                return None
        base = span.close + 1
        return self._subject(base + verb.start(), base + verb.end(), base, verb.group(), base + len(post))

    def _before(self, span: Span) -> Attribution | None:
        start = max(self.layout.sentence_start(span.open), span.open - PRE_CUE_REACH)
        verbs = list(_CUE.finditer(self.masked, start, span.open))
        found = None
        for verb in verbs[: -MAX_CUES - 1 : -1]:  # the nearest cue naming someone, of the last few
            found = self._subject(verb.start(), verb.end(), start, verb.group(), span.open)
            if found.speakers:
                break
        return found

    def choose(self, verb_start: int, verb_end: int, clause_start: int, verb: str, limit: int) -> Mention | None:
        """The mention governing a cue verb: before it in the clause, else right after it."""
        before = self._speakers(clause_start, verb_start)
        after = self._speakers(verb_end, min(limit, verb_end + NAME_AFTER_VERB_REACH))
        if verb.lower().startswith(("according", "in the words")):
            return after[0] if after else None
        if verb.lower().startswith(("in his", "in her")):
            return next((m for m in self._between(verb_start, verb_end) if m.pronoun), None)
        # "the head of the agency": the object of a preposition is not who speaks
        before = [m for m in before if not _OBJECT_OF.search(self.masked, max(0, m.start - 12), m.start)]
        if before:
            chosen = before[-1]
            if before_verb(self.masked[clause_start:verb_start]).endswith(","):
                if verb.endswith("ing"):
                    return before[0]  # a participle shares the sentence's subject
                opening = [m for m in before if self.masked.startswith(",", m.end)]
                # "X, who leads the agency, has argued": the one the appositive is about
                about = [m for m in opening if _APPOSITIVE.match(self.masked, m.end)]
                return about[0] if about else opening[-1] if opening else chosen
            return chosen
        return after[0] if after else None

    def _subject(self, verb_start: int, verb_end: int, clause_start: int, verb: str, limit: int) -> Attribution:
        """The speaker governing a cue verb, and the words that say so."""
        chosen = self.choose(verb_start, verb_end, clause_start, verb, limit)
        if chosen is None:
            return self.epithet(verb_start, verb_end, clause_start, verb, limit) or Attribution((), verb)
        if self.is_organisation(chosen):
            leader = self.leader(chosen, verb_start, verb)
            if leader is not None:
                return leader
        return Attribution(self.speakers_of(chosen), cue_words(chosen, verb, verb_start))

    def epithet(self, verb_start: int, verb_end: int, clause_start: int, verb: str, limit: int) -> Attribution | None:
        """An undeclared epithet as the cue's subject, standing for the one person named before.

        "“…,” beamed the brave former patient", "“…!” the veteran flyer told a TV crew":
        when the paragraph before and this one up to the cue name exactly one person, the
        epithet is them; with two, or none, it is no one (never a guess). Plural nouns and
        nouns for people articles leave unnamed ("the senior official") never resolve.
        """
        found = _EPITHET_AFTER.match(self.masked, verb_end, limit) or _EPITHET_BEFORE.fullmatch(
            before_verb(self.masked[clause_start:verb_start])
        )
        if found is None:
            return None
        noun, words = found.group("noun"), found.group().split()
        if (
            _NOT_EPITHET.intersection(words)
            or (noun.endswith("s") and not noun.endswith("ss"))
            # "the mission's commander" is a post, which the article may give no one
            or any(word[:1].islower() and word.endswith(_POSSESSIVE_WORD) for word in words)
        ):
            return None
        if noun in LEADER_POSTS and any(word[:1].isupper() for word in words[1:-1]):
            named = self._named_just_before(verb_start)  # "the Orbitex boss": see `leader`
        elif noun in _UNNAMED:
            return None
        else:
            here = self.layout.paragraph_index(verb_start)
            named = self._named_alone(self.layout.paragraphs[max(here - 1, 0)][0], verb_start)
        if named is None:
            return None
        epithet = " ".join(words)
        cue = f"{verb} {epithet}" if found.re is _EPITHET_AFTER else f"{epithet} {verb}"
        return Attribution((named,), f"{cue} (the one person named before)")

    def _named_alone(self, start: int, end: int) -> str | None:
        """The one person named between two offsets, or None for none or several."""
        people = self._people[bisect_left(self._people_starts, start) : bisect_left(self._people_starts, end)]
        named = {mention.person for mention in people if mention.person}
        return named.pop() if len(named) == 1 else None

    def _named_just_before(self, offset: int) -> str | None:
        """The one person named in the sentence before `offset`'s and in its own up to `offset`."""
        start = self.layout.sentence_start(max(self.layout.sentence_start(offset) - 2, 0))
        return self._named_alone(start, offset)

    def leader(self, organisation: Mention, verb_start: int, verb: str) -> Attribution | None:
        """ "The <organisation> boss said" right after a sentence naming one person: that person.

        An organisation has one boss, chief or founder, so outlets name them and then
        describe them ("X got involved. The company's boss claimed …"). The person must be
        the only one named in the sentence before and this one up to the cue; else the
        description is no one's (never the organisation: it is a person speaking).
        """
        post = _LEADER_AFTER.fullmatch(before_verb(self.masked[organisation.end : verb_start]))
        the = _THE_BEFORE.search(self.masked, max(0, organisation.start - 6), organisation.start)
        if post is None or post.group("noun") not in LEADER_POSTS or the is None:
            return None
        named = self._named_just_before(verb_start)
        if named is None:
            return Attribution((), verb)
        description = " ".join(self.masked[the.start() : verb_start].split())
        return Attribution((named,), f"{description} {verb} (the one person named before)")

    def _continues(self, span: Span) -> Attribution | None:
        last_report = self._report_before(span.open)
        if self.history and (last_report is None or self.history[-1][0].close > last_report[0]):
            previous, speakers = self.history[-1]
            end, cue = previous.close, "continues the quote before"
        elif last_report is not None:
            end, speakers = last_report[1], last_report[2]
            cue = "goes on from the reported speech before"
        else:
            return None
        here = self.layout.paragraph_index(span.open)
        there = self.layout.paragraph_index(end)
        opens_paragraph = self.layout.paragraphs[here][0] == span.open
        if not (here == there or (here == there + 1 and opens_paragraph)):
            return None
        # Another person named as a possible subject breaks the thread; an organisation
        # in the cue ("NASA's Beasley said") or a possessive does not, nor a name in the
        # quote's own cue that splits it ("“…,” said X, who met Y. “…”").
        mentions = self._speakers(end, span.open)
        named = {m.person for m in mentions if m.person and m.person not in self.organisations}
        if named - set(speakers) and not (here == there and self._splitting_cue(end, span.open, speakers, mentions)):
            return None
        return Attribution(speakers, cue)

    def _splitting_cue(self, close: int, open_: int, speakers: tuple[str, ...], mentions: list[Mention]) -> bool:
        """Whether the words between two quotes are one sentence, the first quote's cue naming its speaker.

        “…,” said X, 71, who met Y at school. “…”: the cue, however long, only splits one
        quotation; the names in its appositive do not speak.
        """
        stop = _SENTENCE_BREAK.search(self.masked, close + 1, open_)
        if (
            stop is None
            or self.masked[stop.end() : open_].strip()
            or not _CUE.search(self.masked, close + 1, stop.start())
        ):
            return False
        return any(self.resolve(mention) in speakers for mention in mentions if mention.start < stop.start())

    def _paragraph_before(self, span: Span) -> Attribution | None:
        here = self.layout.paragraph_index(span.open)
        start, _ = self.layout.paragraphs[here]
        if here == 0 or start != span.open:
            return None
        _, end = self.layout.paragraphs[here - 1]
        last = max(self.layout.sentence_start(max(end - 1, 0)), end - PRE_CUE_REACH)
        verbs = list(_CUE.finditer(self.masked, last, end))
        if not verbs:
            return None
        verb = verbs[-1]
        found = self._subject(verb.start(), verb.end(), last, verb.group(), end)
        if not found.speakers:
            return None
        return Attribution(found.speakers, f"{found.cue} (paragraph before)")
