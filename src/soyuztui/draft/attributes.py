"""What the articles say about each person: age, occupation, position, agency, nationality.

Every finding is a `Finding`: a field, a value and the excerpt that names the
person and states the value, so that `check` accepts it as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from soyuztui.dossier.firsts import quick
from soyuztui.draft import lexicon as lx
from soyuztui.draft.names import AGENCY_OWNER, AGENCY_OWNS, Mention, Person
from soyuztui.draft.text import Article

_OCC_WORDS = sorted({word for words in lx.OCCUPATIONS.values() for word in words}, key=len, reverse=True)
_OCC_ALT = "|".join(re.escape(word) for word in _OCC_WORDS)
_POS_ALT = "|".join(re.escape(word) for word in lx.POSITIONS)
_ROLE_ALT = "commander|pilot|flight engineer|mission specialist|payload specialist"
_ADJ_ALT = "|".join(sorted(lx.ADJECTIVES))
_DEM_ALT = "|".join(sorted(lx.DEMONYMS))
_AGENCY_ALT = "|".join(lx.AGENCY_WORDS)
# "veteran Russian cosmonaut ", "Nasa astronauts ", "A Russian actor, ", "Kremlin spokesman "
_BEFORE = quick(
    rf"(?P<phrase>(?:\b(?:[Aa]n?|[Tt]he)\s+)?(?:(?P<agency>{_AGENCY_ALT})\s+)?"
    rf"(?:(?:{_ADJ_ALT})\s+|(?i:(?P<demonym>{_DEM_ALT}))\s+|(?P<modifier>[A-Z][a-z]+)\s+)*"
    rf"(?i:(?P<word>{_OCC_ALT}|{_POS_ALT}|{_ROLE_ALT}))s?)\s*,?\s*$"
)
#: A past employer: "former NASA astronaut", "ex-ESA astronaut", "retired NASA astronaut".
_FORMER = re.compile(r"\b(?:former|ex-|retired|one-time|onetime)\s*$", re.IGNORECASE)
# Words that join a phrase to the role word after them, never a trade: "and", "are", "its".
_GLUE = (
    "a|an|the|and|or|but|as|of|for|with|by|to|from|at|on|in|its|his|her|their|our|is|are|was|were|be|been"
    "|will|named|including|include|includes|new|now|then|also|two|three|four|both"
)
# "fighter pilot", "Navy pilot", "test pilot": a word naming a trade before a role word makes
# it the person's background, not their role on this flight ("mission commander" stays one).
_BACKGROUND = re.compile(
    rf"(?:\b(?!(?:{_ADJ_ALT}|{_GLUE}|mission|spacecraft|capsule|crew|flight|station|expedition|deputy|co)\b)"
    # "returning commander", "appointed pilot": a participle says what the person does, not a trade.
    r"(?![a-z-]+(?:ing|ed)\b)[a-z][a-z-]+"
    r"|\b(?:Navy|Naval|Army|Marine|Marines|Air Force|Coast Guard))\s+$"
)
_AFTER_ROLE = re.compile(
    rf"^(?:,\s*\d{{1,3}})?,\s+(?:a|an|the)\s+(?:(?:{_ADJ_ALT}|(?P<demonym>{_DEM_ALT}))\s+)*"
    rf"(?:(?:mission|spacecraft)\s+)?(?P<word>{_OCC_ALT}|{_POS_ALT}|{_ROLE_ALT})s?\b"
)
# "A, 82, a pilot who trained ...": "a pilot" or "a commander" set after a name is the person's
# trade (a pilot's licence, a Navy rank), not a seat on this flight; "the pilot" is one.
_A_TRADE = re.compile(r"^(?:,\s*\d{1,3})?,\s+an?\s+(?:\w+\s+)*?(?:pilot|commander)s?$", re.IGNORECASE)
# "The crew are A, commander; B, pilot; and C, mission specialist": the role alone after the name.
_BARE_ROLE = re.compile(rf"^,\s+(?P<word>{_ROLE_ALT})(?=\s*[;.)]|,\s+and\b|\s*$)")
# "Nair, 49, commands the flight": the person the sentence begins with commands it.
_COMMANDS = re.compile(
    r"^(?:,\s*\d{1,3},)?\s+(?:will\s+)?command(?:s|ed)?\s+(?:the\s+)?(?:flight|mission|crew|spacecraft|capsule)\b"
)
# "Krishnan, 48, and Pratap, 43, fly as mission specialists": the role of every name in the list.
_AS_ROLE = re.compile(
    r"^(?:,\s*\d{1,3},?)?(?:,?\s*(?:and\s+)?[A-Z][\w’'-]+(?:,\s*\d{1,3},?)?)*\s+(?:will\s+)?"
    rf"(?:fly|flies|flew|serve|serves|served|(?:is|are) flying|(?:is|are) serving)\s+as\s+(?:the\s+|a\s+)?"
    rf"(?:mission\s+(?=commander))?(?P<word>{_ROLE_ALT})s?\b"
    # "Robert Rusk is the pilot", "Kole will be the mission commander"
    rf"|^\s+(?:is|was|will be)\s+(?:the\s+)?(?:(?:mission|spacecraft)\s+(?=commander|pilot))?(?P<own>{_ROLE_ALT})\b"
)
# "Mission Specialist and Medical Officer Anna Lee": a flight role and a capitalised title joined.
#: Characters before a name that hold a role and title pair.
_TITLE_PAIR = 80
_ROLE_AND_TITLE = re.compile(rf"\b(?i:(?P<word>{_ROLE_ALT}))\s+and\s+(?:[A-Z][a-z]+\s+){{1,3}}$")
_HEAD = re.compile(r"^,\s+(?P<word>head|chief)\s+of\s+(?:the\s+)?")
_AGE_AFTER = re.compile(r"^,\s*(\d{1,3})(?:,|(?=[.;)]|$))")
#: Characters read either side of a name for what describes it (ages, roles, agencies).
_NEAR = 300
# "61-year-old Dr. Thomas Marshburn", "51-year-old Germany’s Matthias Maurer", "44-year-old mission commander X".
# "18-year-old Dutch student Oliver Daemen": a nationality may stand among the describing words.
_DESCRIBING = rf"(?:(?:[a-z]+|(?i:{_DEM_ALT}))\s+){{0,2}}"
_AGE_BEFORE = re.compile(
    rf"\b(\d{{1,3}})-year-old\s+(?:[A-Z][a-z]+[’']s,?\s+)?{_DESCRIBING}(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$"
)
# "44-year-old mission commander Raja Chari": the age is read with the name that follows. (No
# "^": `match` starts at the age's end, where "^" would never match.)
_NAME_FOLLOWS = re.compile(rf"\s+(?:[A-Z][a-z]+[’']s,?\s+)?{_DESCRIBING}(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z]")
# A profile's list line under a name heading: "- Age: 61".
_AGE_LINE = re.compile(r"(?im)^[ \t]*(?:[-•*][ \t]*)?Age[ \t]*[:—–-][ \t]*(\d{1,3})\b")
_AGE_ALONE = quick(rf"\b(?:[Tt]he\s+)?(\d{{1,3}})-year-old(?:\s+(?:(?P<role>{_ROLE_ALT})|(?P<word>{_OCC_ALT})))?\b")
_AGENCY_AFTER = re.compile(rf"^,?\s+(?:also\s+)?(?:of|from|with)\s+(?:the\s+)?(?P<org>{_AGENCY_ALT}|{lx.ORG.pattern})")
# After "the 58-year-old commander": which commander is said there, or the name itself follows.
_OTHER_HOLDER = re.compile(r"\s+of\b|,\s+[A-Z]")
# "The crew, commanded by Fei Lan": the person commands the flight.
_COMMANDED_BY = re.compile(r"\b(?:commanded|captained) by\s+$")
_APPOSITION_AGENCY = re.compile(
    rf"^(?:,\s*\d{{1,3}})?,\s+(?:a|an|the)\s[^,.;“”\"]{{0,40}}?\b(?:with|of|at)\s+the\s+(?P<org>{lx.ORG.pattern})"
)


#: A role or occupation word (maybe plural), folded: what every `_BEFORE` match ends with.
_WORD_ENDINGS = lx.folded_endings([*_OCC_WORDS, *lx.POSITIONS, *_ROLE_ALT.split("|")])
_LONGEST_WORD = max(len(word) for word in [*_OCC_WORDS, *lx.POSITIONS, *_ROLE_ALT.split("|")]) + 1


def _described_before(before: str) -> re.Match[str] | None:
    """`_BEFORE` searched in `before`, with an early out when it cannot end in a role word.

    `_BEFORE` is anchored at the end, so a search tries it from every character: the
    cheap look at the last word spares that for most names, which no role word precedes.
    """
    tail = before.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    if not lx.ends_in(tail[-_LONGEST_WORD:], _WORD_ENDINGS):
        return None
    return _BEFORE.search(before)


@dataclass(frozen=True, slots=True)
class Finding:
    """A field and value about a person, with its excerpt."""

    field: str
    value: str | int
    doc: str
    start: int
    end: int
    description: str | None = None


def occupation_of(word: str) -> tuple[str, str]:
    """(field, canonical value) for a role or occupation word."""
    lowered = word.lower()
    if lowered in lx.POSITIONS:
        return "position", lowered
    for role in ("commander", "pilot", "flight engineer", "mission specialist", "payload specialist"):
        if lowered == role:
            return "role", role
    return "occupation", lowered


# The words of one occupation ("businessman", "tycoon") are one family, as those of one
# position ("spokesman", "spokeswoman") are; the first table to name a word wins.
_FAMILIES: dict[str, str] = {}
for _family_name, _words in (*lx.SAME_OCCUPATION.items(), *lx.OCCUPATIONS.items()):
    for _word in _words:
        _FAMILIES.setdefault(_word, _family_name)


def _family(value: str) -> str:
    return _FAMILIES.get(value, value)


@dataclass(frozen=True, slots=True)
class Described:
    """What the articles say beside each person's name, indexed once for the readers that ask."""

    #: Person (by `id`) -> the occupation families said of them.
    occupations: dict[int, set[str]]
    #: Document -> (start, person `id`, role) of every flight role said there, in text order.
    roles: dict[str, list[tuple[int, int, str]]]

    def roles_between(self, doc: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The roles said in `doc` between `start` and `end`, in text order."""
        said = self.roles.get(doc, [])
        return said[bisect_left(said, (start,)) : bisect_left(said, (end,))]


def described(findings: Mapping[int, Sequence[Finding]]) -> Described:
    """The findings indexed: occupations by person, roles by document and place."""
    occupations = {
        key: {_family(str(item.value)) for item in items if item.field == "occupation"}
        for key, items in findings.items()
    }
    roles: dict[str, list[tuple[int, int, str]]] = {}
    for key, items in findings.items():
        for item in items:
            if item.field == "role":
                roles.setdefault(item.doc, []).append((item.start, key, str(item.value)))
    for said in roles.values():
        said.sort()
    return Described(occupations, roles)


#: The words after a demonym that make it the start of an organisation's name ("European Space Agency").
_ORG_NAME = re.compile(rf"\s+(?:[A-Z][\w’'-]*\s+){{0,4}}?{lx.ORG_END}\b")


def _nationality(match: re.Match[str]) -> bool:
    """Whether the description `match` gives a nationality: a country's demonym
    ("Danish pilot A"), not a region's ("European") nor the first word of an organisation's name
    ("European Space Agency astronaut A", "Indian Space Research Organisation engineer B")."""
    demonym = match.group("demonym")
    if demonym is None or demonym.title() in lx.REGIONAL_DEMONYMS:
        return False
    return _ORG_NAME.match(match.string, match.end("demonym")) is None


def person_findings(article: Article, person: Person, mentions: list[Mention]) -> list[Finding]:
    """Everything the article says about the person next to their name."""
    text = article.text
    found: list[Finding] = []
    for mention in mentions:
        sentence = article.sentence_at(mention.start)
        # What is read next to a name is a few words long: reading only `_NEAR` characters
        # either side (within the sentence) keeps each mention's work bounded, where the
        # whole sentence made a long one without full stops quadratic.
        floor = max(sentence.start if sentence else article.body_start, mention.start - _NEAR)
        ceiling = min(sentence.end if sentence else len(text), mention.end + _NEAR)
        before = text[floor : mention.start]
        after = text[mention.end : ceiling]
        if match := _AGE_AFTER.match(after):
            found.append(_age(article, mention.start, mention.end + match.end(), match.group(1)))
        if "-year-old" in before and (match := _AGE_BEFORE.search(before)):
            found.append(_age(article, floor + match.start(), mention.end, match.group(1)))
        own = _AGENCY_AFTER.match(after)
        start = mention.start if own else _list_head(article, mention, floor)
        if owner := AGENCY_OWNS.search(text, floor, start):
            # "NASA's A, B and C": the agency of every name in the list it begins.
            found.append(Finding("agency", owner.group("agency"), article.id, owner.start(), mention.end))
        if match := _described_before(text[floor:start]):
            phrase_start = floor + match.start("phrase")
            field, value = occupation_of(match.group("word"))
            # "fighter pilot A": what A did before, neither A's seat nor A's trade now.
            background = field == "role" and _BACKGROUND.search(text, floor, floor + match.start("word"))
            described = text[floor + match.start("phrase") : floor + match.end("word")]
            # "commander A, pilot B, C and D": one role word is the next name's alone; a plural
            # ("mission specialists C and D") is the whole list's.
            singular = field == "role" and start < mention.start and text[floor + match.end("word")] != "s"
            if not background and not singular:
                found.append(Finding(field, value, article.id, phrase_start, mention.end, _description(described)))
            if match.group("agency") and not _FORMER.search(text, max(0, phrase_start - 12), phrase_start):
                # "former NASA astronaut A": the agency A worked for once, not the one A flies for now.
                found.append(Finding("agency", match.group("agency"), article.id, phrase_start, mention.end))
            if _nationality(match):
                found.append(
                    Finding("nationality", match.group("demonym").title(), article.id, phrase_start, mention.end)
                )
            if match.group("modifier") and field == "position":
                found.append(Finding(field, value, article.id, phrase_start, mention.end, _description(described)))
        # The title pair is a few words before the name: a cheap look for its "and" first.
        tail = before[-_TITLE_PAIR:]
        if " and " in tail and (match := _ROLE_AND_TITLE.search(tail)) and not _described_before(text[floor:start]):
            # "Mission Specialist and Medical Officer A": the flight role of a title pair.
            role = occupation_of(match.group("word"))[1]
            found.append(Finding("role", role, article.id, mention.start - len(tail) + match.start(), mention.end))
        if match := _BARE_ROLE.match(after):
            found.append(Finding("role", match.group("word"), article.id, mention.start, mention.end + match.end()))
        if (match := _AFTER_ROLE.match(after)) and not _A_TRADE.match(match.group(0)):
            field, value = occupation_of(match.group("word"))
            end = mention.end + match.end()
            found.append(Finding(field, value, article.id, mention.start, end))
            if _nationality(match):
                found.append(Finding("nationality", match.group("demonym"), article.id, mention.start, end))
        if match := _COMMANDED_BY.search(before):
            found.append(Finding("role", "commander", article.id, floor + match.start(), mention.end))
        if match := _COMMANDS.match(after):
            found.append(Finding("role", "commander", article.id, mention.start, mention.end + match.end()))
        if match := _AS_ROLE.match(after):
            word = (match.group("word") or match.group("own")).lower()
            found.append(Finding("role", word, article.id, mention.start, mention.end + match.end()))
        if match := _HEAD.match(after):
            end = mention.end + match.end("word")
            found.append(Finding("position", "head", article.id, mention.start, end))
        if match := (_AGENCY_AFTER.match(after) or _APPOSITION_AGENCY.match(after)):
            org = match.group("org").strip()
            end = mention.end + match.end("org")
            if not article.in_quote(end - 1):
                found.append(Finding("agency", org, article.id, mention.start, end))
    return found


def _description(phrase: str) -> str:
    words = phrase.split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    return " ".join(words)


def _list_head(article: Article, mention: Mention, floor: int) -> int:
    """Where the list holding the mention begins: "Nasa astronauts A, B and C" for C.

    A list already closed by its own "and" ends there: in "Roscosmos cosmonauts A and B,
    and C of the UAE" the agency is A's and B's, and C is a list of one.
    """
    text = article.text
    start = mention.start
    gaps: list[str] = []
    for _ in range(6):
        match = _LIST_ITEM.search(text, floor, start)
        if match is None or match.end() != start:
            break
        gaps.append(match.group("gap"))
        start = match.start()
        if owner := AGENCY_OWNER.match(text, start):
            # "ESA's A, B and C": the possessive reads as a capitalised word; the list begins after it.
            start = owner.end()
            break
    closed = next((index for index, gap in enumerate(gaps[1:], 1) if "and" in gap), None)
    if gaps and _LATE_AND.fullmatch(gaps[0]) and closed is not None:
        return mention.start
    return start


# A capitalised name, maybe its role ("A, commander; B, pilot; and C") or its age ("A, 46, and B"),
# and the comma, semicolon or "and" after it, in a list of names.
_LIST_ITEM = re.compile(
    rf"(?:[A-Z][\w’'-]*\s){{1,3}}?[A-Z][\w’'-]*(?:,\s+(?:{_ROLE_ALT})|,\s*\d{{1,3}})?"
    r"(?P<gap>\s*,\s*|\s*;\s*(?:and\s+)?|\s+and\s+|,\s+and\s+)$"
)
#: A possessive that opens a list item ("NASA's Ron Garan and ..."): whose the names after it are.
_LATE_AND = re.compile(r",\s+and\s+")


def _age(article: Article, start: int, end: int, number: str) -> Finding:
    return Finding("age", int(number), article.id, start, end)


def family(value: str) -> str:
    """The occupation family a value belongs to: "actor" and "actress" are one."""
    return _family(value)


def unattached_ages(
    article: Article, named: list[tuple[Mention, Person]], said: Described
) -> list[tuple[Person, Finding]]:
    """Ages said of "the 37-year-old actor": given to the one person in view who fits.

    `said` is what is said beside each person's name. "The 58-year-old commander" is the
    one the article last called commander before it, else nobody: a role word names whom
    it means where the person named just before may be another.
    """
    text = article.text
    found: list[tuple[Person, Finding]] = []
    occupations = said.occupations
    for match in _AGE_ALONE.finditer(text, article.body_start):
        if _NAME_FOLLOWS.match(text, match.end()) and not match.group("word") and not match.group("role"):
            continue  # "37-year-old Peresild", "44-year-old mission commander X": read with the name
        if article.in_quote(match.start()):
            continue
        sentence = article.sentence_at(match.start())
        if sentence is None:
            continue
        index = article.sentences.index(sentence)
        window_start = article.sentences[max(0, index - 1)].start
        word = match.group("word")
        if match.group("role") and _OTHER_HOLDER.match(text, match.end()):
            continue  # "the 61-year-old pilot of an earlier flight", "the 52-year-old commander, A B,"
        if match.group("role"):
            candidates = _last_called(article, named, said, match.group("role").lower(), match.start())
        elif word:
            wanted = _family(occupation_of(word)[1])
            in_view = [p for m, p in named if window_start <= m.start < sentence.end]
            candidates = {id(p): p for p in in_view if wanted in occupations.get(id(p), set())}
        else:
            # The person the sentence is about: the last one named before it in the sentence,
            # else the one person the sentence before names ("Peresild acknowledged ... The
            # 37-year-old added"); when that sentence names several, the age is nobody's.
            before_here = [p for m, p in named if sentence.start <= m.start < match.start()]
            if not before_here:
                before_here = [p for m, p in named if window_start <= m.start < sentence.start]
                before_here = before_here if len({id(p) for p in before_here}) == 1 else []
            candidates = {id(p): p for p in before_here[-1:]}
        if len(candidates) != 1:
            continue
        person = next(iter(candidates.values()))
        description = _description(match.group(0)).lower()
        found.append((person, Finding("age", int(match.group(1)), article.id, match.start(), match.end(), description)))
    return found


def _last_called(
    article: Article, named: list[tuple[Mention, Person]], said: Described, role: str, before: int
) -> dict[int, Person]:
    """The person the article last called by `role` before `before`, if any (by `id`)."""
    people = {id(person): person for _mention, person in named}
    called = [key for _start, key, value in said.roles_between(article.id, 0, before) if value == role]
    return {called[-1]: people[called[-1]]} if called and called[-1] in people else {}


def listed_ages(article: Article, named: list[tuple[Mention, Person]]) -> list[tuple[Person, Finding]]:
    """Ages in a profile's list ("- Age: 61") under a line that names one person alone."""
    text = article.text
    found: list[tuple[Person, Finding]] = []
    for match in _AGE_LINE.finditer(text, article.body_start):
        # The heading is the nearest line above that names someone and is not a list item.
        for mention, person in reversed([pair for pair in named if pair[0].start < match.start()]):
            line_start = text.rfind("\n", 0, mention.start) + 1
            line_end = text.find("\n", mention.start)
            heading = text[line_start:line_end]
            between = text[line_end : match.start()].strip("\n").split("\n")
            if heading.lstrip()[:1] in "-•*" or heading.rstrip().endswith(".") or len(heading.split()) > 6:
                break
            if len(between) > 4 or any(line.strip()[:1] not in "-•*" for line in between if line.strip()):
                break
            found.append((person, Finding("age", int(match.group(1)), article.id, line_start, match.end())))
            break
    return found
