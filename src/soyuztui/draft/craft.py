"""Which spacecraft, rocket and mission the articles are about, as outlets write them.

Outlets name a crewed spacecraft in three ways: a family with a serial ("Soyuz MS-19",
"Shenzhou-13"), a family with the capsule's own name ("Crew Dragon Endurance", "the
capsule Endurance", a craft "dubbed “Calypso”"), or the family alone ("Starliner").
The rocket ("Falcon 9", "Long March 2F") is never the spacecraft. A mission's own name
("Crew-3", "Ax-1", "Artemis II") is the name written before "mission", "crew" or
"astronauts". The craft most articles name is the mission's vehicle; another craft
named beside people coming home is the craft they come home in.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from soyuztui.dossier.firsts import quick
from soyuztui.dossier.times.days import WEEKDAYS
from soyuztui.draft import lexicon as lx
from soyuztui.draft.events import all_triggers, headline_triggers, says_a_plan
from soyuztui.draft.text import Article, Sentence

_FAMILY_ALT = "|".join(re.escape(name) for name in sorted(lx.SPACECRAFT, key=len, reverse=True))
# Each family, rocket and operator pattern opens with a lookahead of its words' first letters (speed).
_FAMILY_FIRST = lx.first_letters(lx.SPACECRAFT)
_ROCKET_ALT = "|".join(sorted(lx.ROCKETS, key=len, reverse=True))
_OWN = r"[A-Z][a-z]{2,}"
#: "Soyuz MS-19", "Shenzhou-13", "Shenzhou 13", "Gaganyaan G1", "Orion" + "Artemis II" is not a serial.
_SERIAL = re.compile(
    rf"{_FAMILY_FIRST}\b(?P<family>{_FAMILY_ALT})[- ](?P<serial>(?:[A-Z]{{1,3}}-?)?\d{{1,3}}[A-Z]?)\b(?![.,:]\d)"
)
#: "Crew Dragon Endurance", "Dragon capsule Endurance", "Starliner spacecraft Calypso".
_NAMED = re.compile(
    rf"{_FAMILY_FIRST}\b(?P<family>{_FAMILY_ALT})(?: (?:capsule|spacecraft|spaceship|vehicle))? (?P<own>{_OWN})\b"
)
#: "the capsule Endurance", "spacecraft named Resilience", "the spaceship dubbed “Calypso”", and set off
#: by commas: "the spacecraft, named Resilience", "the capsule, Endurance, docked" (an apposition: a
#: capitalised word after a bare comma is the craft's name only when a comma or a stop closes it,
#: not "the capsule, Boeing said").
_NOUN_NAMED = quick(
    rf"\b(?:capsule|spacecraft|spaceship)"
    rf"(?:,? (?:dubbed|named|called|christened) [“\"‘]?(?P<own>{_OWN})[”\"’]?| [“\"‘]?(?P<bare>{_OWN})[”\"’]?"
    rf"|, (?P<set_off>{_OWN})(?=[,.]))"
)
_FAMILY = re.compile(rf"{_FAMILY_FIRST}\b(?P<family>{_FAMILY_ALT})\b")
_ROCKET = re.compile(rf"{lx.first_letters(lx.ROCKETS)}\b(?P<rocket>{_ROCKET_ALT})\b")
#: A mission's own name: "Crew-3", "Ax-1", "Crew9", "Artemis II", "Polaris Dawn", "Inspiration4".
_MISSION = quick(
    r"\b(?P<name>[A-Z][a-z]+-?\d{1,2}|[A-Z][a-z]+ [IVX]{1,4}|[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+\d)"
    # One describing word may stand between ("the Ax-2 private mission"), not a joining one.
    r"(?:[’']s)? (?:(?!(?:and|or|with|of|the|to|in|on|for|as|by|from|at)\b)[a-z]+ )?"
    r"(?:mission|crew|astronauts|flight|team)\b"
)
_OPERATOR = re.compile(
    rf"{lx.first_letters(lx.OPERATORS)}\b(?P<org>{'|'.join(lx.OPERATORS)})(?:[’']s)?\s+(?:[\w-]+\s+){{0,3}}?(?:{_FAMILY_ALT})\b"
)


@dataclass(slots=True)
class Craft:
    """The mission's spacecraft and what else the articles say about the flight."""

    #: The spacecraft as named ("Crew Dragon Endurance"), or None when no craft is named.
    vehicle: str | None = None
    #: Other words that name the same craft ("Endurance", "Shenzhou 13").
    words: list[str] = field(default_factory=list)
    #: (field, value, doc, start, end) for the mission's facts.
    facts: list[tuple[str, str, str, int, int]] = field(default_factory=list)
    #: Every craft named: value -> the words that name it.
    named: dict[str, list[str]] = field(default_factory=dict)

    def kin(self, value: str) -> bool:
        """Whether `value` is another craft of the mission's own family ("Shenzhou-17" beside "Shenzhou-18")."""
        if self.vehicle is None or value == self.vehicle:
            return False
        first = [_family(name.split()[0].split("-")[0]) for name in (value, self.vehicle)]
        return first[0] == first[1]

    def in_text(self, text: str) -> list[str]:
        """The crafts `text` names, the mission's own first."""
        found = [value for value, words in self.named.items() if _written_in(text, words)]
        return sorted(found, key=lambda value: value != self.vehicle)


def _written_in(text: str, words: Sequence[str]) -> bool:
    """Whether `text` holds one of `words` as a whole word."""
    # The substring test first: most words are not in most texts, and the pattern is built per word.
    return any(word in text and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) for word in words)


#: A capitalised word after a craft's would-be own name ("New Shepard Completes First", "Shuttle Landing Facility").
_NEXT_CAPITAL = re.compile(r" (?P<word>[A-Z][a-z]+)\b")
#: Capitalised words that may follow a craft's own name in running text ("Crew Dragon Endurance Sunday").
_CALENDAR_WORDS = frozenset([*WEEKDAYS, *calendar.month_name[1:]])


def _in_longer_name(text: str, end: int) -> bool:
    """Whether the word before `end` runs on into another capitalised word: a headline's or a place's name.

    A headline capitalises every word ("New Shepard Completes First Human Flight") and a
    facility is named after its craft ("Shuttle Landing Facility"); neither word after the
    family is the craft's own name.
    """
    following = _NEXT_CAPITAL.match(text, end)
    return following is not None and following["word"] not in _CALENDAR_WORDS


def _serial_name(match: re.Match[str]) -> str:
    return f"{match.group('family')}-{match.group('serial')}" if match.group("serial").isdigit() else match.group(0)


@dataclass(slots=True)
class _Scan:
    """What one text names: crafts (value, span, forms), own names by family, and family words."""

    seen: list[tuple[str, int, int, tuple[str, ...]]] = field(default_factory=list)
    owns: list[tuple[str, str]] = field(default_factory=list)
    families: list[tuple[str, str]] = field(default_factory=list)


def _scan(article: Article) -> _Scan:
    """The crafts, own names and families one article writes, in the order `find_craft` counts them."""
    scan = _Scan()
    text, body = article.text, article.body_start
    rocket_spans = [m.span() for m in _ROCKET.finditer(text, body)]
    for match in _SERIAL.finditer(text, body):
        if article.in_quote(match.start()):
            continue
        scan.seen.append((_serial_name(match), *match.span(), (match.group(0), _serial_name(match))))
    for match in _NAMED.finditer(text, body):
        own, family = match.group("own"), _family(match.group("family"))
        if (
            own in lx.NOT_NAMES
            or own.lower() in lx.CRAFT_WORDS
            or article.in_quote(match.start())
            or _in_longer_name(text, match.end())
        ):
            continue
        scan.owns.append((family, own))
        scan.seen.append((f"{family} {own}", *match.span(), (own, match.group(0))))
    for match in _NOUN_NAMED.finditer(text, body):
        group = next(name for name in ("own", "bare", "set_off") if match.group(name))
        own = match.group(group)
        if own in lx.NOT_NAMES or own in lx.SPACECRAFT or own.lower() in lx.CRAFT_WORDS:
            continue
        family = _family_near(article, match.start()) or own
        value = own if family == own else f"{family} {own}"
        if family != own:
            scan.owns.append((family, own))
        scan.seen.append((value, match.start(group), match.end(group), (own,)))
    for match in _FAMILY.finditer(text, body):
        if any(start <= match.start() < end for start, end in rocket_spans):
            continue
        scan.families.append((_family(match.group("family")), match.group("family")))
    return scan


def find_craft(articles: Sequence[Article]) -> Craft:
    """The spacecraft, rocket, mission name and operator the articles name most."""
    counts: Counter[str] = Counter()
    words: dict[str, set[str]] = {}
    spans: dict[str, list[tuple[str, int, int]]] = {}
    families: Counter[str] = Counter()
    family_forms: dict[str, set[str]] = {}
    own_by_family: dict[str, set[str]] = {}

    def seen(value: str, doc: str, start: int, end: int, *forms: str) -> None:
        words.setdefault(value, set()).update(forms)
        if all(doc != item[0] for item in spans.get(value, [])):
            counts[value] += 1
        spans.setdefault(value, []).append((doc, start, end))

    # Syndicated copies repeat whole texts: each text is scanned once, its findings replayed per article.
    scans: dict[str, _Scan] = {}
    for article in articles:
        scan = scans.get(article.text)
        if scan is None:
            scan = scans[article.text] = _scan(article)
        for value, start, end, forms in scan.seen:
            seen(value, article.id, start, end, *forms)
        for family, own in scan.owns:
            own_by_family.setdefault(family, set()).add(own)
        for family, form in scan.families:
            families[family] += 1
            family_forms.setdefault(family, set()).add(form)
    # A family with one own name (or one serial) in the story stands for that craft; with none, for itself.
    own_values = {f"{family} {own}" for family, owns in own_by_family.items() for own in owns}
    for family in families:
        owns = own_by_family.get(family, set())
        serials = [
            value for value in counts if value.startswith((family + "-", family + " ")) and value not in own_values
        ]
        if not owns and len(serials) == 1:  # "the Gaganyaan capsule" is the one Gaganyaan of the story
            words[serials[0]].update(family_forms[family])
        elif len(owns) == 1:
            words[f"{family} {next(iter(owns))}"].update(family_forms[family])
        elif not owns and not serials:
            words[family] = set(family_forms[family])
    craft = Craft()
    craft.named = {value: sorted(forms, key=len, reverse=True) for value, forms in words.items()}
    _merge_serials(craft)
    _merge_own_names(craft)
    _mission_words(articles, craft)
    written = _written(articles, craft)
    flown = _flown(articles, craft)
    # The craft the most articles name as it launches or docks (a handover story names the
    # other crew's craft as often, or more), then the one the most articles name, then the
    # one named most often.
    ranked = sorted(craft.named, key=lambda value: (-len(flown[value]), -len(written[value]), -counts[value], value))
    if ranked:
        craft.vehicle = ranked[0]
        craft.words = [word for word in craft.named[craft.vehicle] if word != craft.vehicle]
        craft.facts += [
            ("vehicle", craft.vehicle, doc, start, end) for doc, (start, end) in written[craft.vehicle].items()
        ]
    craft.facts += _most("rocket", articles, _ROCKET, "rocket")
    craft.facts += _mission_names(articles, craft)
    craft.facts += _most("operator", articles, _OPERATOR, "org")
    return craft


#: The events that a story's own craft does: its launch and its docking.
_FLIES = ("launch", "docking")


def _flown(articles: Sequence[Article], craft: Craft) -> dict[str, set[str]]:
    """By craft, the articles that name it in a sentence where a craft launches or docks."""
    found: dict[str, set[str]] = {value: set() for value in craft.named}
    for article in articles:
        for index, triggers in all_triggers(article).items():
            if any(trigger.kind in _FLIES for trigger in triggers):
                for value in craft.in_text(article.sentences[index].text):
                    found[value].add(article.id)
    return found


def _written(articles: Sequence[Article], craft: Craft) -> dict[str, dict[str, tuple[int, int]]]:
    """Craft -> article id -> where that article first names it (outside quotations)."""
    written: dict[str, dict[str, tuple[int, int]]] = {value: {} for value in craft.named}
    for value, forms in craft.named.items():
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(form) for form in forms) + r")(?![\w-])")
        for article in articles:
            if not any(form in article.text for form in forms):
                continue  # a plain search first: a pattern that opens with a lookbehind scans slowly
            for match in pattern.finditer(article.text, article.body_start):
                if not article.in_quote(match.start()):
                    written[value][article.id] = match.span()
                    break
    return written


def _mission_words(articles: Sequence[Article], craft: Craft) -> None:
    """A mission's name written beside one craft only ("hoist Dragon with the Crew-9 crew") names it."""
    owners: dict[str, set[str]] = {}
    for article in articles:
        for match in _MISSION.finditer(article.text, article.body_start):
            name = match.group("name")
            sentence = article.sentence_at(match.start())
            if sentence is None or " " in name or article.in_quote(match.start()):
                continue
            owners.setdefault(name, set()).update(craft.in_text(sentence.text))
    for name, crafts in owners.items():
        if len(crafts) == 1:
            owner = next(iter(crafts))
            craft.named[owner] = [*craft.named[owner], name]


def _merge_own_names(craft: Craft) -> None:
    """ "the capsule Endurance" in one article and "Crew Dragon Endurance" in another are one craft."""
    for value in list(craft.named):
        if " " in value:
            continue
        owners = [other for other in craft.named if other.endswith(" " + value)]
        if len(owners) == 1:
            craft.named[owners[0]] = sorted({*craft.named[owners[0]], *craft.named.pop(value)}, key=len, reverse=True)


def _merge_serials(craft: Craft) -> None:
    """ "Shenzhou 13" and "Shenzhou-13" are one craft."""
    for value in list(craft.named):
        if value not in craft.named:
            continue
        for other in list(craft.named):
            if other != value and other.replace(" ", "-") == value:
                craft.named[value] = sorted({*craft.named[value], *craft.named.pop(other)}, key=len, reverse=True)


def _family(word: str) -> str:
    return lx.SPACECRAFT.get(word, word)


def _family_near(article: Article, offset: int) -> str | None:
    """The craft family written in the sentence at `offset`, or else in the one before."""
    sentence = article.sentence_at(offset)
    if sentence is None:
        return None
    index = article.sentences.index(sentence)
    for item in (sentence, *article.sentences[max(0, index - 1) : index]):
        match = _FAMILY.search(item.text)
        if match:
            return _family(match.group("family"))
    return None


def _most(
    field_name: str,
    articles: Sequence[Article],
    pattern: re.Pattern[str],
    group: str,
    keep: Callable[[Article, re.Match[str]], bool] | None = None,
) -> list[tuple[str, str, str, int, int]]:
    """The value of `group` the most articles write (ties: first written), where each first writes it."""
    counts: Counter[str] = Counter()
    first: dict[str, dict[str, tuple[int, int]]] = {}
    for article in articles:
        for match in pattern.finditer(article.text, article.body_start):
            if article.in_quote(match.start()) or (keep is not None and not keep(article, match)):
                continue
            value = " ".join(match.group(group).split())
            where = first.setdefault(value, {})
            if article.id not in where:
                where[article.id] = match.span(group)
                counts[value] += 1
    if not counts:
        return []
    best = counts.most_common(1)[0][0]
    return [(field_name, best, doc, start, end) for doc, (start, end) in first[best].items()]


def _mission_names(articles: Sequence[Article], craft: Craft) -> list[tuple[str, str, str, int, int]]:
    """The mission's own name: one written in a sentence that also names the mission's craft.

    A name written so once ("aboard a Crew Dragon on the X mission", another crew's flight in
    passing) gives way to a mission name more articles write ("the Y crew") that names no
    other craft: the mission is the flight most articles are about.
    """
    if craft.vehicle is None:
        return []
    own = craft.vehicle

    def a_mission(article: Article, match: re.Match[str]) -> bool:
        name = match.group("name")
        others = [value for value in craft.in_text(name) if value != own]
        return (
            not others
            and name.split()[0].split("-")[0] not in lx.NOT_MISSION
            and not lx.NOT_MISSION_WORDS.intersection(name.split())
            and not _ROCKET.fullmatch(name)
        )

    def about_the_craft(article: Article, match: re.Match[str]) -> bool:
        sentence = article.sentence_at(match.start())
        # "... and later as part of the X mission" beside another craft is that craft's; a
        # sentence naming no craft ("The Ax-2 crew is expected to ...") may name this one's.
        return (
            a_mission(article, match)
            and sentence is not None
            and craft.in_text(sentence.text) in ([own], [])
            and not lx.another_number(match.group("name"), [own])
        )

    beside = _most("mission_name", articles, _MISSION, "name", about_the_craft)
    written = _most("mission_name", articles, _MISSION, "name", a_mission)
    # `_most` gives one entry per article that writes the name.
    chosen = written if beside and len(written) > len(beside) else beside
    return _numbered_by_events(articles, chosen)


def _numbered_by_events(
    articles: Sequence[Article], chosen: list[tuple[str, str, str, int, int]]
) -> list[tuple[str, str, str, int, int]]:
    """`chosen`, or another number of its family that more articles write as the subject of the story's events.

    A story about Crew-7 names Crew-6 (the crew it relieves) as a mission as often; but the
    launches, dockings and homecomings it reports are written of the flight it follows
    ("Crew-7 launches", "Crew-7 splashes down"). Only a name of the same family with a
    different number can take the place of the one chosen.
    """
    if not chosen:
        return chosen
    name = chosen[0][1]
    family = lx.DESIGNATION.fullmatch(name)
    if family is None:
        return chosen
    told: dict[str, dict[str, tuple[int, int]]] = {}
    for article in articles:
        # The headline names the flight the story follows ("X lifts off"); a plan in the body
        # ("is expected to last five days before X undocks") reports no event of it.
        headline = Sentence(0, article.body_start, article.text[: article.body_start])
        reported = [
            (sentence, triggers)
            for index, triggers in all_triggers(article).items()
            if not says_a_plan((sentence := article.sentences[index]).text)
        ]
        for sentence, triggers in [(headline, headline_triggers(article)), *reported]:
            for match in lx.DESIGNATION.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                # The subject of an event: written before its verb ("Crew-7 splashes down"),
                # not after it ("docked and joined the Crew-6 team").
                subject = any(trigger.start >= end for trigger in triggers)
                if match[1] == family[1] and subject and not article.in_quote(start):
                    told.setdefault(match[0], {}).setdefault(article.id, (start, end))
    best = max(told, key=lambda value: (len(told[value]), value == name), default=name)
    if best == name or len(told[best]) <= len(told.get(name, {})):
        return chosen
    return [("mission_name", best, doc, start, end) for doc, (start, end) in told[best].items()]


def with_designated(craft: Craft, found: tuple[str | None, list[tuple[str, str, str, int, int]]]) -> Craft:
    """`craft`, or when it names no known family, the craft most written with a designator ("Kestrel 4")."""
    value, facts = found
    if craft.vehicle is not None or value is None or _ROCKET.fullmatch(value):
        return craft
    craft.vehicle = value
    craft.named[value] = [value]
    craft.facts = [*facts, *craft.facts]
    return craft
