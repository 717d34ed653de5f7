"""Mentions of people and organisations in an article: names, aliases, titles, pronouns.

One compiled pattern per registry of speakers (names match in their own case,
descriptions in any), laid out as a tree of words so a search costs about one pass.

Descriptions that name several entries ("the agency" for every agency) stand, in each
article, for the one of them named alone in this sentence or the one before ("According
to X, … . The state corporation said"), else the one named most often before (the
article's subject), the one named last on a tie; with none named before, for no one:
never a guess. A name several people share (two brothers' surname, "Marshburn" for two
people the draft could not tell apart) follows how outlets write (`_SharedNames`): the
bare surname is the story's main figure, not the relative it introduced ("his brother
Max Doe") nor whoever was named last.

A description after "a" or "an" ("as a NASA astronaut") says what someone is and stands
for no one, so a pronoun after it goes back to the person the sentence is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from soyuztui.dossier.model import Organisation, Person

TITLES = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Dr": "", "Prof": "", "Professor": ""}
_TITLE_GAP = re.compile(r"\s*(?:[A-Z][\w.-]*\s+){0,4}")
_START = attrgetter("start")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers)\b")
#: Between a name and a description of their post in an appositive: "Doe, the agency's deputy
#: <description>", "Doe, ESA's <description>": a comma, a determiner, a few owners and modifiers.
_APPOSITIVE_GAP = re.compile(
    r",\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!(?:and|or|but|nor|who|which)\s)[A-Za-z][\w.&-]*(?:[’']s)?\s+){0,4}"
)
_POSSESSIVE = ("’s", "'s")
#: An indefinite article and up to three words before a description: "a NASA", "an ESA".
_INDEFINITE = re.compile(
    r"(?<![\w’'-])[Aa]n?\s+(?:(?!(?:the|of|about|for|to|in|on|at|with|by|from|and|or|who|which)\s)[\w’'.&-]+\s+){0,2}$"
)
_SENTENCE_END = re.compile(r"[.!?…][”’\"']*\s+|\n\s*\n")
#: Kinship words and the gender each says ("" for none): "his brother Max Doe" is a man.
KIN = {
    **dict.fromkeys("brother son husband father uncle nephew grandson grandfather widower".split(), "m"),
    **dict.fromkeys("sister daughter wife mother aunt niece granddaughter grandmother widow".split(), "f"),
    **dict.fromkeys("twin cousin".split(), ""),
}
#: How far back "this sentence or the one before" is looked for.
_RECENT_REACH = 600


@dataclass(slots=True)
class Mention:
    """A person named (person set) or a pronoun (pronoun set) in a document.

    Not frozen: an article has hundreds of them, and a plain slotted class is made
    several times faster than a frozen one; nothing changes one once made.
    """

    start: int
    end: int
    text: str
    person: str | None = None
    pronoun: str | None = None


@dataclass(frozen=True, slots=True)
class Registry:
    """The speakers' mention pattern, who each phrase names, and who shares a phrase with another.

    `owners` maps folded words to every entry they name, in a stable order; `shared`
    holds the entries named by words that also name another (only they need counting);
    `described` holds the folded words that are descriptions ("the commander"), not names.
    """

    pattern: re.Pattern[str]
    owners: dict[str, tuple[str, ...]]
    shared: frozenset[str]
    described: frozenset[str] = frozenset()


@lru_cache(maxsize=32)
def _people_pattern(entries: tuple[tuple[str, str, bool], ...]) -> Registry:
    """One regex for every name, alias and description; names match in their own case.

    The phrases are laid out as a tree of words, so the engine tries a few first words
    at each offset rather than every phrase: the cost stays near one pass of the text.
    """
    owners: dict[str, list[str]] = {}
    names: list[str] = []
    descriptions: list[str] = []
    for phrase, person, is_name in entries:
        key = " ".join(phrase.split()).casefold()
        if key in owners:
            if person not in owners[key]:
                owners[key].append(person)  # the same words for several: resolved per article
            continue
        owners[key] = [person]
        (names if is_name else descriptions).append(phrase if is_name else key)
    # A look-ahead on the first letters lets the engine pass most offsets at once.
    parts = [f"(?={_first_letters(names)}){_words_regex(_tree(names))}"] if names else []
    if descriptions:
        parts.append(f"(?i:(?={_first_letters(descriptions)}){_words_regex(_tree(descriptions))})")
    pattern = r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])" if parts else r"(?!x)x"
    shared = frozenset(item for ids in owners.values() if len(ids) > 1 for item in ids)
    named = {" ".join(name.split()).casefold() for name in names}
    described = frozenset(key for key in descriptions if key not in named)
    return Registry(re.compile(pattern), {key: tuple(ids) for key, ids in owners.items()}, shared, described)


_Tree = dict[str, "_Tree"]


def _first_letters(phrases: Sequence[str]) -> str:
    """A character class of the phrases' first characters."""
    return "[" + "".join(sorted({re.escape(phrase[0]) for phrase in phrases})) + "]"


def word_choice(words: Sequence[str]) -> str:
    """A regex matching any of `words`, as a tree of letters (faster than a flat list)."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _letters_regex(tree)


def _letters_regex(node: _Tree) -> str:
    pieces = [re.escape(char) + _letters_regex(child) for char, child in sorted(node.items()) if char]
    if not pieces:
        return ""
    body = pieces[0] if len(pieces) == 1 else "(?:" + "|".join(pieces) + ")"
    return f"(?:{body})?" if "" in node else body


def _tree(phrases: Sequence[str]) -> _Tree:
    """The phrases as a tree of words; "" marks a phrase ending at a node."""
    root: _Tree = {}
    for phrase in phrases:
        node = root
        for word in phrase.split():
            node = node.setdefault(word, {})
        node[""] = {}
    return root


def _words_regex(node: _Tree) -> str:
    """A regex for the phrases continuing from `node`: longer ones first, words joined by spaces."""
    pieces = []
    for word in sorted((word for word in node if word), key=lambda word: (-len(word), word)):
        child = node[word]
        rest = _words_regex(child) if any(child) else ""
        if not rest:
            pieces.append(re.escape(word))
        elif "" in child:
            pieces.append(rf"{re.escape(word)}(?:\s+{rest})?")
        else:
            pieces.append(rf"{re.escape(word)}\s+{rest}")
    return "(?:" + "|".join(pieces) + ")"


def people_pattern(people: Sequence[Person | Organisation]) -> Registry:
    """The compiled mention pattern for `people` and organisations (cached per registry).

    A person's surname names them too, alone or after a title ("Okafor", "Ms Okafor",
    "Dr. Okafor"), and so does their stated age ("the 41-year-old").
    """
    entries = set()
    for person in people:
        for name in (person.name, *person.aliases):
            if name.strip():
                entries.add((name.strip(), person.id, True))
        surname = person.name.split()[-1] if isinstance(person, Person) and person.name.split() else ""
        if surname[:1].isupper() and len(person.name.split()) > 1:
            entries.add((surname, person.id, True))
            for title in TITLES:
                entries.add((f"{title} {surname}", person.id, True))
                entries.add((f"{title}. {surname}", person.id, True))
        for description in person.descriptions:
            if description.strip():
                entries.add((description.strip(), person.id, False))
        if isinstance(person, Person):
            for fact in person.facts_for("age"):
                entries.add((f"{fact.value}-year-old", person.id, False))
    return _people_pattern(tuple(sorted(entries)))


def find_mentions(masked: str, registry: Registry) -> list[Mention]:
    """People and pronouns in `masked`, in order.

    A description or an organisation right before a name, or separated from it only by
    capitalised words ("director Doug Liman", "Kremlin spokesman Dmitry Peskov", "ASA
    Director General Marcus Oyelaran") is a title of that name, not a mention of its own;
    so is a description in an appositive right after a name ("Jane Doe, the agency's
    deputy flight director, said": her post, even when another is the flight director).
    """
    people: list[Mention] = []
    named: dict[str, tuple[int, int]] = {}  # entry -> (times named, where last named)
    owners, shared = registry.owners, registry.shared
    matches = [(match, " ".join(match.group().split()).casefold()) for match in registry.pattern.finditer(masked)]
    names = _SharedNames(masked, registry, matches) if shared else None
    for match, key in matches:
        if key in registry.described and _names_post(masked, people, match.start(), registry.described):
            continue
        candidates = owners.get(key, ())
        if key in registry.described and not key.startswith("the ") and _indefinite(masked, match.start()):
            continue  # "as a NASA astronaut" says what someone is; it stands for no one
        if len(candidates) > 1:
            if names is not None and key not in registry.described:
                candidates = names.owner(key, match.start(), candidates, named)
            else:
                candidates = _shared_owner(masked, match.start(), candidates, named)
        if not candidates:
            continue
        person = candidates[0]
        if person in shared:
            # "European Space Agency (ESA)": one naming, not two
            again = bool(people) and people[-1].person == person and match.start() - people[-1].end <= 3
            named[person] = (named.get(person, (0, 0))[0] + (not again), match.start())
            if names is not None:
                names.note(key, person, match.start())
        mention = Mention(match.start(), match.end(), match.group(), person)
        if people and _TITLE_GAP.fullmatch(masked[people[-1].end : mention.start]):
            people.pop()
        people.append(mention)
    pronouns = [
        Mention(match.start(), match.end(), match.group(), None, match.group().lower())
        for match in _PRONOUN.finditer(masked)
    ]
    return sorted(people + pronouns, key=_START)


def _indefinite(masked: str, start: int) -> bool:
    """Whether a description at `start` follows "a" or "an" (with a few words between)."""
    return _INDEFINITE.search(masked, max(0, start - 40), start) is not None


def _shared_owner(
    masked: str, start: int, candidates: Sequence[str], named: dict[str, tuple[int, int]]
) -> tuple[str, ...]:
    """Which of several entries words shared by them stand for at `start`.

    The one alone named in this sentence or the one before ("According to X, … . The
    state corporation said"); else the one named most often before, the last on a tie;
    none named before: no one.
    """
    since = _previous_sentence(masked, start)
    near = [item for item in candidates if item in named and named[item][1] >= since]
    if len(near) == 1:
        return (near[0],)
    before = [(named[item], item) for item in candidates if item in named]
    return (max(before)[1],) if before else ()


def kin_before(masked: str, start: int) -> str | None:
    """The kinship word right before a name at `start`, if any: "his brother Max Doe", "Doe's wife, Ana Doe".

    The word before is split off a short slice, not searched for: this runs for every name.
    """
    if not start or masked[start - 1] != " ":
        return None
    word = masked[max(masked.rfind(" ", max(0, start - 20), start - 1), 0) : start].strip(" ,").lower()
    if word in KIN:
        return word
    return word[:-1] if word.endswith("s") and word[:-1] in KIN else None


def _previous_sentence(masked: str, start: int) -> int:
    """Where the sentence before the one holding `start` begins (looking back at most _RECENT_REACH)."""
    recent = max(start - _RECENT_REACH, 0)
    breaks = [match.end() for match in _SENTENCE_END.finditer(masked, recent, start)]
    return breaks[-2] if len(breaks) >= 2 else recent


class _SharedNames:
    """Who a name several people share (a surname: two brothers) stands for, in one article.

    Outlets call the story's main figure by the bare surname and a relative by given or
    full name ("Jeff Doe … his brother Max Doe … Doe said" is Jeff). So a shared name
    stands for, in this order, leaving out whoever the article introduces as someone's
    relative ("his brother Max Doe") or calls by given name alone ("Max said") while
    another remains:

    1. the one alone named in full in this sentence or the one before;
    2. the one this word already stood for in the article;
    3. the one named most often before, the first named on a tie (the article's subject,
       never the other just because he was named last); none named before: no one.
    """

    def __init__(self, masked: str, registry: Registry, matches: Sequence[tuple[re.Match[str], str]]) -> None:
        """Find, once per article, who it introduces as a relative (among those who share a name).

        `matches` are the article's mentions, each with its folded words.
        """
        self.masked = masked
        self.owners = registry.owners
        self.relatives: set[str] = set()
        self.in_full: dict[str, int] = {}  # entry -> where last named by a name of its own
        self.stood_for: dict[str, str] = {}  # shared word -> the entry it stood for
        self.first: dict[str, int] = {}  # entry -> where first named
        for match, key in matches:
            ids = self.owners.get(key, ())
            if len(ids) != 1 or ids[0] not in registry.shared:
                continue
            # introduced by kinship, or called by a one-word name of their own (a given name)
            given = " " not in key and key not in registry.described
            if given or kin_before(masked, match.start()):
                self.relatives.add(ids[0])

    def note(self, key: str, person: str, start: int) -> None:
        """`key` was read as `person` at `start`."""
        self.first.setdefault(person, start)
        if len(self.owners.get(key, ())) == 1:
            self.in_full[person] = start
        else:
            self.stood_for.setdefault(key, person)

    def owner(
        self, key: str, start: int, candidates: Sequence[str], named: dict[str, tuple[int, int]]
    ) -> tuple[str, ...]:
        """Which of `candidates`, who share the name `key`, it stands for at `start`."""
        kept = [item for item in candidates if item not in self.relatives] or list(candidates)
        since = _previous_sentence(self.masked, start)
        near = [item for item in kept if self.in_full.get(item, -1) >= since]
        if len(near) == 1:
            return (near[0],)
        if self.stood_for.get(key) in kept:
            return (self.stood_for[key],)
        before = [(named[item][0], -self.first[item], item) for item in kept if item in named]
        return (max(before)[2],) if before else ()


def _names_post(masked: str, people: Sequence[Mention], start: int, described: frozenset[str]) -> bool:
    """Whether a description at `start` stands in the appositive of the name before it.

    An owner's name in between ("Doe, NASA's …") is skipped: it says whose post it is.
    """
    for mention in reversed(people[-2:]):
        if " ".join(mention.text.split()).casefold() in described:
            return False
        if _APPOSITIVE_GAP.fullmatch(masked, mention.end, start):
            # an appositive ends with its sentence ("X, the crew rested on Sunday. The agency …")
            return _SENTENCE_END.search(masked, mention.end, start) is None
        if not masked.startswith(_POSSESSIVE, mention.end):
            return False
    return False
