"""Facts about the mission itself: vehicle, destination, length, and the film it carries.

Each finding is (field, value, doc, start, end); values that differ between articles
are kept apart, so the builder shows them as a conflict.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from soyuztui.dossier.firsts import quick
from soyuztui.dossier.times.durations import number_of
from soyuztui.draft import lexicon as lx
from soyuztui.draft.moments import in_an_earlier_year
from soyuztui.draft.text import Article

_DESIGNATOR = quick(
    r"\b(?P<name>(?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\s(?P<serial>(?:[A-Z]{1,3}-?)?\d{1,3}[A-Z]?)\b(?![:.,]\d|-[a-z])"
)
_NOT_VEHICLE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|Channel|Page|Chapter|Section|Room|Pad|Launch Complex|Platform|Article|Figure|"
    r"Expedition|Apollo|Vostok|Gemini)\b"
)
_NOT_FIRST = frozenset("The A An On In At After Before Since For To By With Of Its Their His Her".split())
_STATION = quick(
    r"\b((?:[A-Z][a-z]+\s){1,3}Station)\b|\b(" + "|".join(lx.STATIONS) + r")\b(?![- ]\d)(?!\s+(?:module|core))"
)
_DURATION = quick(
    r"(?:\b[Aa]fter\s+(?:spending\s+)?|\b[Ii]n\s+|\bfor\s+(?:a\s+)?)?"
    r"\b(?<![\d,.])(?P<number>\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty)"
    r"(?P<unit>[\s-]days?)\b(?:\s+(?:in space|on the [\w\s]*?outpost|mission|aboard))?"
)
#: What a count of days before it measures when it is the craft's way to the station, not the mission.
_APPROACH = re.compile(r"\s+(?:rendezvous\s+)?(?:scheme|chase|rendezvous|approach|pursuit|profile)\b")
_FILM = quick(
    r"\b(?:movie|film)\s+(?:(?:in space|in orbit)\s+)?(?:called|titled|named|entitled)\s+"
    r"(?:[“\"‘](?P<quoted>[^”\"’]{1,60}?)[,.]?[”\"’]|(?P<bare>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}))"
    r"|\b(?:the\s+(?:movie|film)|scenes\s+(?:for|from)|filming\s+of)\s+[“\"‘](?P<quoted2>[^”\"’]{1,60}?)[,.]?[”\"’]"
)

# A negation whose clause runs on to the station named after it ("not dock with", "never went near").
_NEGATION = re.compile(r"\b(?:not|never|n[’']t)\b(?=[^.;,]{0,40}$)")
_DELAYED = re.compile(r"[^.;]{0,30}\b(?:until|before|till)\b")

# A sentence about another crew ("Those crew members ... their 90-day stay", "the previous
# crew"): its durations are theirs. "The first crew to fly X" is this crew.
_OTHER_CREW = re.compile(
    r"\b(?:[Tt]hose|[Pp]revious|[Ee]arlier|[Pp]rior|[Ff]ormer|[Ll]ast|[Oo]utgoing|[Ff]irst(?!\s+\w+\s+to\b))\s+"
    r"(?:\w+\s+)?(?:crews?|missions?|flights?|expeditions?|astronauts|taikonauts|cosmonauts)\b(?!\s+to\b)"
)

# Someone's own record told in a relative clause ("Koch, who spent 328 days aboard") or
# called a record: not how long this mission lasts.
# A total gathered over a career ("to accumulate more than 1,000 days") is no flight's length either.
_CAREER = re.compile(
    r"(?:\bwho\s+(?:\w+\s+){0,2}(?:spent|logged|clocked|lived)\s+(?:\w+\s+)?|\brecord(?:-breaking)?\s+(?:of\s+)?"
    r"|\b(?:accumulat|amass|rack(?:ed|ing|s)?\s+up)\w*\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|nearly\s+|almost\s+)?)$",
    re.IGNORECASE,
)

#: A length counted over several flights, after it: "608 days in space across three trips", "... in total".
_CAREER_AFTER = re.compile(
    r"\s+(?:(?:across|over|on|during|in)\s+(?:\w+\s+){0,2}(?:trips|flights|missions|spaceflights|stays|visits)\b"
    r"|in total\b|altogether\b|all told\b)",
    re.IGNORECASE,
)

# "a two-day chase", "a 12-day mission": a length written as an adjective is its noun's. Only a
# noun of the whole flight (one word may stand between: "a 12-day science mission") makes it the
# mission's duration; a chase, a scheme or a quarantine lasts a part of it.
_ADJECTIVE_NOUN = re.compile(r"\s+(?:(?P<first>[A-Za-z]+)(?:\s+(?P<second>[A-Za-z]+))?)")
_FLIGHT_NOUN = re.compile(
    r"(?:missions?|flights?|spaceflights?|trips?|voyages?|stays?|visits?|journeys?|expeditions?|sojourns?"
    r"|excursions?|jaunts?|odysseys?|tours?)$",
    re.IGNORECASE,
)

Finding = tuple[str, str, str, int, int]


def _part_of_flight(text: str, end: int) -> bool:
    """Whether the "N-day" ending at `end` describes a noun other than the flight ("a two-day chase")."""
    after = _ADJECTIVE_NOUN.match(text, end)
    if after is None:
        return False
    return not any(word and _FLIGHT_NOUN.match(word) for word in (after["first"], after["second"]))


@dataclass
class _Tally:
    """Names counted once per article that writes them, with every article's first span of each."""

    counts: Counter[str] = field(default_factory=Counter)
    spans: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)

    def add(self, seen: set[str], name: str, doc: str, start: int, end: int) -> None:
        """Count `name` for the article whose names so far are `seen` (once per article)."""
        if name not in seen:
            seen.add(name)
            self.counts[name] += 1
            self.spans.setdefault(name, []).append((doc, start, end))

    def best(self) -> str | None:
        """The name the most articles write, or None when none was counted."""
        return self.counts.most_common(1)[0][0] if self.counts else None

    def findings(self, field_name: str, name: str | None) -> list[Finding]:
        """`name` as a finding of `field_name` at each article's span (none for None)."""
        return [(field_name, name, doc, start, end) for doc, start, end in self.spans.get(name, [])] if name else []


def vehicle(articles: list[Article]) -> tuple[str | None, list[Finding]]:
    """The craft most articles name with a designator ("Soyuz MS-19", "Kestrel 4")."""
    tally = _Tally()
    for article in articles:
        seen: set[str] = set()
        for match in _DESIGNATOR.finditer(article.text, article.body_start):
            name = f"{match.group('name')} {match.group('serial')}"
            if _NOT_VEHICLE.match(name) or name.split()[0] in _NOT_FIRST or article.in_quote(match.start()):
                continue
            tally.add(seen, name, article.id, match.start(), match.end())
    best = tally.best()
    return best, tally.findings("vehicle", best)


def _negated(article: Article, start: int, end: int) -> int | None:
    """Where a negation of the station at start..end begins: "will not dock with the X", "never went near X".

    A station the flight does not go to is no destination; "will not dock with X until
    Friday" only puts the visit off.
    """
    sentence = article.sentence_at(start)
    if sentence is None:
        return None
    before = _NEGATION.search(article.text, sentence.start, start)
    if before is None or _DELAYED.match(article.text, end, sentence.end):
        return None
    return before.start()


def destination(articles: list[Article]) -> list[Finding]:
    """The station the articles name most; `none` when none is named, or fewer articles name it than
    say the flight visits none ("around the Moon", "free-flying").

    A station named only in a negation ("the capsule will not dock with X") is what the
    flight does not visit, and that negation says it is a free flyer.
    """
    tally = _Tally()
    negations: list[Finding] = []
    for article in articles:
        seen: set[str] = set()
        for match in _STATION.finditer(article.text, article.body_start):
            name = match.group(1) or match.group(2)
            if name == "Space Station" or article.in_quote(match.start()):
                continue
            negation = _negated(article, match.start(), match.end())
            if negation is not None:
                negations.append(("destination", "none", article.id, negation, match.end()))
                continue
            tally.add(seen, name, article.id, match.start(), match.end())
    best = tally.best()
    if best is not None and 2 * tally.counts[best] > len(articles):
        return tally.findings("destination", best)  # most articles name it: where the flight goes
    stationless = [
        ("destination", "none", article.id, match.start(), match.end())
        for article in articles
        for match in [lx.NO_STATION.search(article.text, article.body_start)]
        if match is not None and not article.in_quote(match.start())
    ]
    # More articles call it a flight around the Moon (or a free flyer) than name a station:
    # the station they name is someone's earlier flight ("who flew to the space station in 2020").
    if best is None or len(stationless) > tally.counts[best]:
        return stationless or negations
    return tally.findings("destination", best)


_ANY_STATION = re.compile(
    # "ground stations", "a weather station", "TV station": stations on Earth, not in orbit
    r"(?<![Gg]round )(?<![Tt]racking )(?<![Ww]eather )(?<![Rr]adio )(?<![Rr]elay )(?<![Rr]ecovery )(?<!TV )"
    r"(?<![Tt]elevision )(?<![Pp]ower )(?<![Pp]olice )(?<![Ff]ire )(?<![Gg]as )(?<![Tt]rain )(?<![Rr]ailway )"
    r"\b(?:[Ss]tations?|outpost|" + "|".join(lx.STATIONS) + r")\b"
)


def names_a_station(articles: list[Article]) -> bool:
    """Whether any article names a station, or one in lower case ("the space station"), as somewhere to be.

    A station named only in a negation ("will not dock with the station") is not
    somewhere the flight goes; a flight whose articles never name one flies alone.
    """
    return any(
        _negated(article, match.start(), match.end()) is None
        for article in articles
        for match in _ANY_STATION.finditer(article.text, article.body_start)
    )


def duration(articles: list[Article]) -> tuple[list[Finding], dict[str, list[str]]]:
    """How long the mission lasts, as the articles word it, and the terms that join the wordings."""
    found: list[Finding] = []
    words: dict[str, list[str]] = {}
    for article in articles:
        for match in _DURATION.finditer(article.text, article.body_start):
            phrase = match.group(0)
            if not re.search(r"[Aa]fter|[Ii]n\s|-day|in space|outpost|aboard|mission", phrase):
                continue
            if article.in_quote(match.start()) or (phrase.strip().lower().startswith("for") and "-day" not in phrase):
                continue
            if _APPROACH.match(article.text, match.end()):
                continue  # "a two-day chase", "under a two-day scheme": the trip to the station
            sentence = article.sentence_at(match.start())
            if sentence is not None and _OTHER_CREW.search(sentence.text):
                continue
            number = match.group("number")
            if match.group("unit").startswith("-") and _part_of_flight(article.text, match.end("unit")):
                continue
            if _CAREER.search(article.text, max(article.body_start, match.start("number") - 40), match.start("number")):
                continue
            if _CAREER_AFTER.match(article.text, match.end()):
                continue  # a career's total, not this flight's length
            if in_an_earlier_year(article.text, match.end(), article.published):
                continue  # "a 10-day flight in 2015": a flight of another year
            # "ten-day" and "10-day" are one length: the value in digits, each wording a term.
            value = f"{number_of(number) or number.replace(',', '')} days"
            wording = f"{number}{match.group('unit')}"
            if wording != value:
                words.setdefault(value, []).append(wording)
            found.append(("duration", value, article.id, match.start(), match.end()))
            break
    values = Counter(value for _, value, *_ in found)
    if len(values) > 1:
        # Different numbers are a conflict; keep them apart.
        pass
    return found, {value: sorted(set(forms)) for value, forms in words.items()}


def films(articles: list[Article]) -> list[Finding]:
    """The title of the film the mission makes, as each article gives it."""
    found: list[Finding] = []
    for article in articles:
        text = article.text
        for match in _FILM.finditer(text, article.body_start):
            before = text[max(article.body_start, match.start() - 30) : match.start()].lower()
            if any(word in before for word in ("classic", "watched", "previous", "soviet film")):
                continue
            title = match.group("quoted") or match.group("bare") or match.group("quoted2")
            if not title:
                continue
            title = title.strip(" ,.")
            found.append(("film", title, article.id, match.start(), match.end()))
            break
    return found
