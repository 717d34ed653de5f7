"""Who the articles name: candidate names, the signs that one is a person, and grouping.

A run of capitalised words is a candidate; words that are never names (months,
agencies, places, titles) cut it into pieces. A piece of two words or more becomes
a person when something around it says so: a role before it ("cosmonaut Anton
Shkaplerov"), an age or a speech verb after it, a list of people it stands in, or
its surname used alone elsewhere. Spellings that differ by a letter or two under the
same given name ("Novitskiy", "Novitsky") are one person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from soyuztui.dossier.firsts import quick
from soyuztui.dossier.quotes.attribution import LEADER_POSTS
from soyuztui.draft import lexicon as lx
from soyuztui.draft.text import Article

_CAP = r"(?:O[’'])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[A-ZÀ-Þ][a-zà-öø-ÿ]+)?(?:-[A-ZÀ-Þ][a-zà-öø-ÿ]+)?"
_PARTICLE = "|".join(sorted(lx.PARTICLES))
# Every name begins with a capital: the lookahead lets the scans pass other characters at once.
_CAPITAL = "(?=[A-ZÀ-ÖØ-Þ])"
_RUN = re.compile(rf"{_CAPITAL}(?<![\w’'-]){_CAP}(?:[ ](?:(?:{_PARTICLE})[ ])?{_CAP})*(?![\w-])")
_TOKEN = re.compile(rf"{_CAP}|(?:{_PARTICLE})(?=[ ])")
_ROLE_WORDS = sorted(
    {word for words in lx.OCCUPATIONS.values() for word in words}
    | set(lx.POSITIONS)
    | set(lx.CREW_ROLES)
    | {"head", "chief", "man", "woman", "crewmate", "colleague"}
    # posts officials are named with: "communications officer Jane Doe", "Jane Doe, deputy manager"
    | {"officer", "manager", "director", "engineer", "scientist", "president", "vice president"},
    key=len,
    reverse=True,
)
_ROLE_ALT = "|".join(re.escape(word) for word in _ROLE_WORDS)
_ROLE_BEFORE = quick(rf"(?:{_ROLE_ALT})s?\s*,?\s*$", re.IGNORECASE)
#: How far before its end a `_ROLE_BEFORE` match can begin (white space and a comma aside).
_ROLE_REACH = max(len(word) for word in _ROLE_WORDS) + 1
#: What a text ends in when `_ROLE_BEFORE` finds a role word at its end: each word and its plural, folded.
_ROLE_ENDINGS = lx.folded_endings(_ROLE_WORDS)
_AFTER_SIGNS = re.compile(
    r"^(?:,\s*\d{1,3}\b|[’']s\b|,?\s+(?:also\s+)?(?:of|from|with)\s+(?:the\s+)?[“\"‘]?[A-Z]"
    r"|,\s+(?:a|an|the|who|head|chief|director|spokes\w+)\b"
    # an appositive that is a post: "…, program manager for the agency's …"
    rf"|,\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_ROLE_ALT})\b"
    # a crew list giving each role after the name: "A, commander; B, pilot; and C"
    rf"|,\s+(?:{'|'.join(lx.CREW_ROLES)})\b"
    # an appositive naming a post: "…, NASA's station manager, said"
    rf"|,\s+[A-Z][\w.-]*[’']s\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_ROLE_ALT}|manager|director|head|chief)\b)"
)
#: A post one person holds, opening the next sentence and speaking ("X got involved. The company's
#: boss claimed …"): the quote reader credits the description to X, so X is a person.
_LEADER_NEXT = re.compile(
    r"[^.!?\n]{0,80}?[.!?]\s+The\s+(?:[A-Z][\w&.-]*(?:[’']s)?\s+){1,3}(?:" + "|".join(sorted(LEADER_POSTS)) + r")(?=\s)"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|according to|told)\s+(?:[A-Z]+\s+)?$")
# "the four astronauts they are replacing — A, B, C and D": a group of people, then its list.
_GROUP_BEFORE = re.compile(
    r"\b(?:astronauts|cosmonauts|taikonauts|crew members|crewmates)\b(?:\s+[\w’'-]+){0,4}\s*(?:[—–:]|\s-)\s*$"
)
# "Barry “Butch” Wilmore": a given name, a nickname in quotation marks, a surname.
_NICKNAMED = re.compile(
    rf"{_CAPITAL}(?<![\w’'-])(?P<given>{_CAP}) [“\"‘](?P<nick>{_CAP})[”\"’] (?P<surname>{_CAP})(?![\w-])"
)
# "Royal Saudi Air Force": the capitalised words before an organisation's last word name it.
_ORG_FOLLOWS = re.compile(rf"(?:\s+[A-Z][\w’'-]*){{0,3}}\s+{lx.ORG_END}\b")
_GAP = r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)"
_LIST_GAP = re.compile(rf"^{_GAP}$")
#: An agency's possessive before a list of names: "NASA's A, B and C", "Roscosmos' D" are its astronauts.
AGENCY_OWNER = re.compile(rf"\b(?P<agency>{'|'.join(lx.AGENCY_WORDS)})(?:[’']s|(?<=s)[’'])\s+")
#: A list going on with another agency's people: "A and B, and JAXA's C".
_OWNED_GAP = re.compile(rf"^{_GAP}{AGENCY_OWNER.pattern}$")
#: The possessive just before a name, and how far back it can begin.
AGENCY_OWNS = re.compile(AGENCY_OWNER.pattern + "$")
_OWNER_REACH = max(map(len, lx.AGENCY_WORDS)) + 3


# The same few names are folded and compared thousands of times in a large draft; the caches are
# bounded because a long-lived process (the app, the web server) drafts many folders.
_CACHED = 1 << 16


@lru_cache(maxsize=_CACHED)
def ascii_fold(text: str) -> str:
    """Lower case with accents removed: "Joaquín" and "Joaquin" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@dataclass(slots=True)
class Mention:
    """A name as one article writes it."""

    doc: str
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    signs: int = 0
    given: bool = False
    #: The nickname written in quotation marks inside the name: "Barry “Butch” Wilmore".
    nickname: str | None = None

    @property
    def full(self) -> bool:
        """Whether the mention has a given name and a surname."""
        return len(self.tokens) >= 2


@dataclass(slots=True)
class Person:
    """A person the articles name, with every mention of them."""

    given: str
    surnames: list[str]
    mentions: list[Mention] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        """Full names as written, most used first (ties: first written)."""
        counts: dict[str, int] = {}
        for mention in self.mentions:
            if mention.full:
                counts[mention.text] = counts.get(mention.text, 0) + 1
        return sorted(counts, key=lambda form: -counts[form])

    @property
    def name(self) -> str:
        """The name most articles use."""
        return self.forms[0]

    def given_used(self) -> bool:
        """Whether an article calls the person by the given name alone."""
        return any(mention.given for mention in self.mentions)

    def family_first(self) -> bool:
        """Whether the name is written family name first ("Zhai Zhigang", later "Zhai").

        Then the first word is used alone and the last never is.
        """
        first, last = ascii_fold(self.given), {ascii_fold(word.split()[-1]) for word in self.surnames}
        alone = {ascii_fold(m.text) for m in self.mentions if not m.full}
        return first in alone and not alone & last

    def nicknames(self) -> list[str]:
        """Nicknames written in quotation marks inside the name, in the order first written."""
        return list(dict.fromkeys(m.nickname for m in self.mentions if m.nickname is not None))

    def surname_forms(self) -> list[str]:
        """Every spelling of the surname, in the order first written."""
        return list(dict.fromkeys(self.surnames))


def _pieces(text: str, start: int, run: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
    """The run cut at words that are never names: (start, end, tokens, cut after a title)."""
    return [(start + left, start + right, tokens, titled) for left, right, tokens, titled in _run_pieces(run)]


# Cached: articles write the same runs of capitalised words ("The", a crew member's name) again and again.
@lru_cache(maxsize=_CACHED)
def _run_pieces(run: str) -> tuple[tuple[int, int, tuple[str, ...], bool], ...]:
    """`_pieces` of a run that starts at 0."""
    start = 0  # offsets within the run: `_pieces` moves them to the run's place
    pieces: list[tuple[int, int, tuple[str, ...], bool]] = []
    current: list[re.Match[str]] = []
    after_title = False
    for token in _TOKEN.finditer(run):
        word = token.group(0)
        if word in lx.NOT_NAMES or (word.endswith("s") and word[:-1] in lx.TITLES):
            title = word.lower() in _ROLE_WORDS or word in lx.AGENCY_WORDS
            if current:
                pieces.append(_piece(start, current, after_title))
                current = []
                after_title = title
            else:
                after_title = after_title or title
            continue
        if word.lower() in lx.PARTICLES and not current:
            continue
        current.append(token)
    if current:
        pieces.append(_piece(start, current, after_title))
    return tuple(piece for piece in pieces if piece[2] and piece[2][-1].lower() not in lx.PARTICLES)


def _piece(start: int, tokens: list[re.Match[str]], after_title: bool) -> tuple[int, int, tuple[str, ...], bool]:
    words = tuple(token.group(0) for token in tokens)
    return start + tokens[0].start(), start + tokens[-1].end(), words, after_title


def find_mentions(article: Article) -> list[Mention]:
    """Every candidate name in the article body, outside quotation marks."""
    text = article.text
    mentions: list[Mention] = []
    nicknamed: list[tuple[int, int]] = []
    for match in _NICKNAMED.finditer(text, article.body_start):
        given, nick, surname = match.group("given", "nick", "surname")
        if article.in_quote(match.start()) or {given, surname} & lx.NOT_NAMES:
            continue
        # The name without the nickname: the nickname is an alias of the person.
        mention = Mention(article.id, match.start(), match.end(), f"{given} {surname}", (given, surname))
        mention.nickname = nick
        mention.signs += 1  # a nickname in quotation marks is given to people
        mentions.append(mention)
        nicknamed.append(match.span())
    for match in _RUN.finditer(text, article.body_start):
        if article.in_quote(match.start()) or any(start <= match.start() < end for start, end in nicknamed):
            continue
        for start, end, tokens, titled in _pieces(text, match.start(), match.group(0)):
            if _ORG_FOLLOWS.match(text, end) or tokens[-1] in lx.DEMONYMS:
                continue  # "Royal Saudi Air Force", "the Saudi": an organisation's name, a nationality
            if len(tokens) > 2 and _title_case_line(text, start):
                # "Sunita Williams Make History": in a headline every word is capitalised; a
                # particle stays with the surname it begins ("Sultan Al Neyadi").
                tokens = tokens[:3] if tokens[1].lower() in lx.PARTICLES else tokens[:2]
                end = start + text[start:end].index(tokens[-1]) + len(tokens[-1])
            mention = Mention(article.id, start, end, text[start:end], tokens)
            if titled:
                mention.signs += 1
            mentions.append(mention)
    mentions.sort(key=lambda mention: mention.start)
    _score(article, mentions)
    return mentions


def _title_case_line(text: str, offset: int) -> bool:
    """Whether the line at `offset` capitalises nearly every long word, as headlines do."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    words = [word for word in text[start : end if end >= 0 else len(text)].split() if len(word) > 3]
    return len(words) >= 4 and sum(word[:1].isupper() for word in words) >= 0.8 * len(words)


def _score(article: Article, mentions: list[Mention]) -> None:
    text = article.text
    for mention in mentions:
        sentence = article.sentence_at(mention.start)
        floor = sentence.start if sentence else 0
        before = text[max(floor, mention.start - 40) : mention.start]
        after = text[mention.end : mention.end + 40]
        if (
            _role_before(before)
            or _SAID_BEFORE.search(before)
            or _GROUP_BEFORE.search(before)
            or _AFTER_SIGNS.match(after)
            or lx.SPEECH_VERBS.match(after)
            or _leader_speaks_next(text, mention.end)
        ):
            mention.signs += 1
    # Lists: a name next to a person's name, joined by a comma or "and", is a person too; so is
    # a list an agency's possessive begins (one name after it alone may be a project's).
    for _ in range(2):
        for previous, mention in pairwise(mentions):
            gap = text[previous.end : mention.start]
            owned = AGENCY_OWNS.search(text, max(0, previous.start - _OWNER_REACH), previous.start)
            listed = _LIST_GAP.match(gap) or _OWNED_GAP.match(gap)
            if listed and (previous.signs or mention.signs or (owned and _LIST_GAP.match(gap))):
                previous.signs = previous.signs or 1
                mention.signs = mention.signs or 1


def _role_before(before: str) -> bool:
    """Whether `before` ends in a role word ("flight engineer", "commanders,"): `_ROLE_BEFORE`.

    The pattern is anchored at the end, so a search tries it from every character; only the
    longest role word's length from the end, white space and a comma aside, can begin a match.
    """
    tail = before.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    if not lx.ends_in(tail[-_ROLE_REACH:], _ROLE_ENDINGS):
        return False  # a plain look at the end first: most names follow no role word
    return _ROLE_BEFORE.search(before, max(0, len(tail) - _ROLE_REACH)) is not None


#: First letters outlets transliterate from Cyrillic either way (В as V or W, Й/Ю as J or Y).
_TRANSLITERATED = frozenset({frozenset("vw"), frozenset("jy")})


def _leader_speaks_next(text: str, end: int) -> bool:
    """Whether the sentence after a name at `end` opens with "The <organisation> boss" and a speech verb."""
    found = _LEADER_NEXT.match(text, end)
    return found is not None and lx.SPEECH_VERBS.match(text[found.end() : found.end() + 20]) is not None


@lru_cache(maxsize=_CACHED)
def similar(one: str, other: str) -> bool:
    """Whether two spellings differ by a letter or two (same start, long enough to tell)."""
    one, other = ascii_fold(one), ascii_fold(other)
    if one == other:
        return True
    if min(len(one), len(other)) < 5:
        return False
    if one[:1] != other[:1]:
        # A Russian name's first letter written two ways ("Vagner", "Wagner"): the same name.
        return frozenset(one[0] + other[0]) in _TRANSLITERATED and one[1:] == other[1:]
    ratio = SequenceMatcher(None, one, other).ratio()
    # A letter added or lost in the second place ("Schoffner", "Shoffner") needs a closer match.
    return ratio >= 0.8 if one[:2] == other[:2] else ratio >= 0.9


def respelt(one: str, other: str) -> bool:
    """Whether two given names are one name spelt two ways.

    Long names a letter or two apart (`similar`), once "ks" and "x" are read alike ("Aleksandr",
    "Alexander"), and short ones of one length that begin alike and differ in one letter
    ("Ilya", "Ilja"): transliterations of one name.
    """
    if similar(one, other):
        return True
    one, other = ascii_fold(one), ascii_fold(other)
    # Cyrillic "кс" is written "ks" or "x" ("Aleksandr", "Alexander"): one name transliterated two ways.
    if one != other and "ks" in one + other and similar(one.replace("ks", "x"), other.replace("ks", "x")):
        return True
    return (
        len(one) == len(other) >= 4
        and one[:2] == other[:2]
        and sum(a != b for a, b in zip(one, other, strict=True)) == 1
    )


@dataclass(slots=True)
class _Register:
    """The people met so far, each found by their given name.

    A new full name is compared only with the people of the same given name, and with each of
    their spellings once: the surnames list keeps one entry per mention.
    """

    people: list[Person] = field(default_factory=list)
    by_given: dict[str, list[Person]] = field(default_factory=dict)
    #: id(person) -> each surname spelling, by its folded form (the first written kept).
    spellings: dict[int, dict[str, str]] = field(default_factory=dict)

    def named_alike(self, given: str, surname: str, besides: Person | None = None) -> Person | None:
        """The person (other than `besides`) with this given name and a surname spelt like `surname`, if any."""
        return next(
            (
                person
                for person in self.by_given.get(ascii_fold(given), [])
                if person is not besides
                and any(similar(surname, known) for known in self.spellings[id(person)].values())
            ),
            None,
        )

    def new_person(self, given: str) -> Person:
        """A person not met before, registered."""
        person = Person(given, [])
        self.people.append(person)
        self.by_given.setdefault(ascii_fold(given), []).append(person)
        self.spellings[id(person)] = {}
        return person

    def add_surname(self, person: Person, surname: str) -> None:
        """`surname` written for `person`."""
        person.surnames.append(surname)
        self.spellings[id(person)].setdefault(ascii_fold(surname), surname)


def _same_given(one: str, other: str) -> bool:
    return (
        similar(one, other)
        or lx.same_given_name(ascii_fold(one), ascii_fold(other))
        or (ascii_fold(one)[:1] == ascii_fold(other)[:1] and len(min(one, other, key=len)) <= 2)
    )


def _middle_name(tokens: tuple[str, ...], pairs: set[tuple[str, str]]) -> bool:
    """Whether the middle of three words is a middle name: a two-word name elsewhere has the
    same surname and the same given name (or a well-known short form of it)."""
    given, surname = ascii_fold(tokens[0]), ascii_fold(tokens[2])
    return (given, surname) in pairs or any(
        known_surname == surname and lx.same_given_name(known_given, given) for known_given, known_surname in pairs
    )


def group_people(mentions: list[Mention]) -> list[Person]:
    """People from the mentions: full names first, then surnames alone, then spellings merged."""
    register = _Register()
    people = register.people
    by_surname: dict[str, Person] = {}
    full = [mention for mention in mentions if mention.full]
    # "Beaming Prashanth Nair" at a sentence start: a capitalised word before a known name.
    pairs = {(ascii_fold(m.tokens[0]), ascii_fold(m.tokens[1])) for m in full if len(m.tokens) == 2}
    # "Tracy Caldwell Dyson" beside "Tracy Dyson": the middle word and the surname ("Caldwell
    # Dyson") are a double surname of hers, not a given name and a surname of someone else.
    doubled = {
        surname_key(" ".join(m.tokens[1:])): m.tokens[2]
        for m in full
        if len(m.tokens) == 3 and (ascii_fold(m.tokens[0]), ascii_fold(m.tokens[2])) in pairs
    }
    for mention in full:
        if len(mention.tokens) == 2 and surname_key(mention.text) in doubled:
            mention.tokens = (mention.text,)
    for mention in full:
        if len(mention.tokens) == 3 and surname_key(" ".join(mention.tokens[1:])) in doubled:
            continue  # a given name before a double surname, not a word before a name
        if len(mention.tokens) == 3 and any(
            surname == ascii_fold(mention.tokens[2]) and _same_given(given, mention.tokens[1])
            for given, surname in pairs
        ):
            mention.start += mention.text.index(mention.tokens[1])
            mention.text, mention.tokens = f"{mention.tokens[1]} {mention.tokens[2]}", mention.tokens[1:]
    # "Christina Hammock Koch" beside "Christina Koch" (or beside "Chris Koch": a short form of
    # the given name): a middle name; the name as written stays one of the person's forms.
    for mention in full:
        if len(mention.tokens) == 3 and _middle_name(mention.tokens, pairs):
            mention.tokens = (mention.tokens[0], mention.tokens[2])
    # A two-word piece that is the surname of a longer name ("Vande Hei") is that surname.
    long_surnames = {ascii_fold(" ".join(m.tokens[1:])) for m in full if len(m.tokens) >= 3}
    for mention in full:
        if ascii_fold(mention.text) in long_surnames:
            mention.tokens = (mention.text,)
    # "Barry “Butch” Wilmore": Barry and Butch are one given name for that surname.
    known_as: dict[str, set[str]] = {}
    for mention in full:
        if mention.nickname is not None:
            names = known_as.setdefault(ascii_fold(mention.tokens[-1]), set())
            names |= {ascii_fold(mention.tokens[0]), ascii_fold(mention.nickname)}
    # The articles that write each full name: two given names one article writes under one
    # surname are two people of that surname.
    written: dict[tuple[str, str], set[str]] = {}
    for mention in full:
        if mention.full:
            key = (surname_key(" ".join(mention.tokens[1:])), ascii_fold(mention.tokens[0]))
            written.setdefault(key, set()).add(mention.doc)
    for mention in full:
        if not mention.full:
            continue
        given, surname = mention.tokens[0], " ".join(mention.tokens[1:])
        person = by_surname.get(surname_key(surname))
        one = person is not None and {ascii_fold(person.given), ascii_fold(given)} <= known_as.get(
            ascii_fold(surname), set()
        )
        # Another given name under a known surname is someone else of that surname when an
        # article writes both; written in different articles ("Woody Hoburg" in one, "Warren
        # Hoburg" in another) it is one person called two ways.
        other = (
            person is not None
            and not one
            and not _same_given(person.given, given)
            and _written_together(written, surname, person.given, given)
        )
        if person is None or other:
            person = register.named_alike(given, surname, besides=person) or register.new_person(given)
        register.add_surname(person, surname)
        if not other:
            by_surname[surname_key(surname)] = person
        person.mentions.append(mention)
    for double, surname in doubled.items():
        if surname_key(surname) in by_surname:
            by_surname[double] = by_surname[surname_key(surname)]
    misspelt: dict[str, Person | None] = {}  # each word looked up once: the lookup scans every surname
    # A given name alone ("Siobhan") stands for the one person who has it, if only one does.
    givens: dict[str, list[Person]] = {}
    for person in people:
        givens.setdefault(ascii_fold(person.given), []).append(person)
    for mention in mentions:
        if mention.full:
            continue
        person = by_surname.get(surname_key(mention.text))
        if person is None:
            if mention.text not in misspelt:
                misspelt[mention.text] = _spelled_like(mention.text, by_surname)
            person = misspelt[mention.text]
        if person is None and len(givens.get(ascii_fold(mention.text), [])) == 1:
            person = givens[ascii_fold(mention.text)][0]
            mention.signs += 1
            mention.given = True
            person.mentions.append(mention)
            continue
        if person is not None:
            person.surnames.append(mention.text)
            mention.signs += 1
            person.mentions.append(mention)
    # A person needs one sign somewhere: a surname used alone counts as one.
    kept = []
    for person in people:
        alone = any(not mention.full for mention in person.mentions)
        if alone or any(mention.signs for mention in person.mentions):
            person.mentions.sort(key=lambda mention: (mention.doc, mention.start))
            kept.append(person)
    return kept


def not_things(people: list[Person], things: Iterable[str]) -> list[Person]:
    """`people` without those whose full name is also the name of a thing the draft found.

    A mission's own name ("Orion Dusk", written before "mission" or "crew") or a craft's is
    read as a name by the capitals alone, and a sentence listing it beside the crew ("the
    Orion Dusk crew and its pilot") then looks like a person's; what the draft takes as a
    flight's or a craft's name is never a person's.
    """
    names = {ascii_fold(thing) for thing in things}
    words = [f" {name} " for name in names]
    return [
        person
        for person in people
        if not any(
            ascii_fold(form) in names or any(f" {ascii_fold(form)} " in name for name in words) for form in person.forms
        )
    ]


#: A name used as a maker's: "on a Virgin Orbit suborbital flight" (an article before it, a noun
#: after), "Virgin Orbit's rocket plane" (a possessive on a craft's noun).
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_NOUN_AFTER = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,2}(?:flights?|missions?|rockets?|planes?|spaceplanes?|capsules?)\b")
_MAKERS_CRAFT = re.compile(
    r"^[’']s\s+(?:[a-z][\w-]*\s+){0,2}(?:rockets?|planes?|spaceplanes?|capsules?|spacecraft|spaceships?|vehicles?)\b"
)


def not_makers(people: list[Person], texts: dict[str, str]) -> list[Person]:
    """`people` without those every mention of whom names a maker of craft, not a person.

    "flew on a Virgin Orbit suborbital flight", "Virgin Orbit's rocket plane": a company is
    capitalised like a person, but no person is written with an article before and a
    flight's noun after, nor owns a rocket plane in every mention.
    """

    def maker(mention: Mention) -> bool:
        text = texts[mention.doc]
        before = text[max(0, mention.start - 6) : mention.start]
        after = text[mention.end : mention.end + 60]
        return bool((_ARTICLE_BEFORE.search(before) and _NOUN_AFTER.match(after)) or _MAKERS_CRAFT.match(after))

    return [person for person in people if not all(maker(mention) for mention in person.mentions)]


def surname_key(surname: str) -> str:
    """A surname folded for comparison: "AlQarni", "Al-Qarni" and "Al Qarni" are one spelling."""
    return _JOINERS.sub("", ascii_fold(surname))


_JOINERS = re.compile(r"[\s’'-]+")


def _written_together(written: dict[tuple[str, str], set[str]], surname: str, one: str, other: str) -> bool:
    """Whether an article writes both given names under this surname."""
    key = surname_key(surname)
    return bool(written.get((key, ascii_fold(one)), set()) & written.get((key, ascii_fold(other)), set()))


def _spelled_like(word: str, by_surname: dict[str, Person]) -> Person | None:
    """The one person whose surname this word misspells by a letter or two ("Willmore")."""
    found = {id(person): person for surname, person in by_surname.items() if similar(word, surname)}
    return next(iter(found.values())) if len(found) == 1 else None


_ID = re.compile(r"[^a-z0-9._-]+")


def slug(text: str) -> str:
    """An id from a name: lower case ASCII, words joined by hyphens."""
    value = _ID.sub("-", ascii_fold(text)).strip("-._")
    return value or "x"
