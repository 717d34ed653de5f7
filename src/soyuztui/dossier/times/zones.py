"""Zone words as news English writes them, placed with the IANA time zone database.

A zone word is one of four kinds: a fixed offset ("GMT", "UTC+03:00"); a region's
civil time, daylight saving included ("ET", "Moscow time"); a region's standard
or daylight time ("EST", "BST"), which must fit the date or be said otherwise;
or a word several regions use ("IST"), read only when the claim or its document
names one of them. "local time" is the claim's or the document's zone, if any.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from soyuztui.dossier.times.base import TimeRefused, quoted


@dataclass(frozen=True, slots=True)
class ZoneWord:
    """What a zone word names."""

    region: str | None = None  # IANA name of the region whose clock it is
    offset: timedelta | None = None  # the offset it stands for (fixed, or "EST" = -5 h)
    choices: tuple[str, ...] = ()  # a word several regions use: the ones it may mean
    local: bool = False  # "local time": the claim's or the document's zone

    @property
    def fixed(self) -> bool:
        """A fixed offset, not a region's clock."""
        return self.region is None and self.offset is not None


def _hours(hours: float) -> timedelta:
    return timedelta(hours=hours)


_UTC = ZoneWord(offset=timedelta(0))
_NY, _CHI, _DEN, _LA = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"

#: Abbreviations, read only in capitals ("ET", never "et").
ABBREVIATIONS: dict[str, ZoneWord] = {
    "GMT": _UTC, "UTC": _UTC, "UT": _UTC, "Z": _UTC,
    "ET": ZoneWord(_NY), "EST": ZoneWord(_NY, _hours(-5)), "EDT": ZoneWord(_NY, _hours(-4)),
    "CT": ZoneWord(_CHI), "CST": ZoneWord(_CHI, _hours(-6)), "CDT": ZoneWord(_CHI, _hours(-5)),
    "MT": ZoneWord(_DEN), "MST": ZoneWord(_DEN, _hours(-7)), "MDT": ZoneWord(_DEN, _hours(-6)),
    "PT": ZoneWord(_LA), "PST": ZoneWord(_LA, _hours(-8)), "PDT": ZoneWord(_LA, _hours(-7)),
    "BST": ZoneWord("Europe/London", _hours(1)),
    "CET": ZoneWord("Europe/Paris", _hours(1)), "CEST": ZoneWord("Europe/Paris", _hours(2)),
    "EET": ZoneWord("Europe/Athens", _hours(2)), "EEST": ZoneWord("Europe/Athens", _hours(3)),
    "MSK": ZoneWord("Europe/Moscow"),
    "JST": ZoneWord("Asia/Tokyo"), "KST": ZoneWord("Asia/Seoul"),
    "HKT": ZoneWord("Asia/Hong_Kong"), "SGT": ZoneWord("Asia/Singapore"),
    "GST": ZoneWord("Asia/Dubai"), "PKT": ZoneWord("Asia/Karachi"),
    "AEST": ZoneWord("Australia/Sydney", _hours(10)), "AEDT": ZoneWord("Australia/Sydney", _hours(11)),
    "IST": ZoneWord(choices=("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem")),
    "AST": ZoneWord(choices=("America/Halifax", "America/Puerto_Rico", "Asia/Riyadh")),
}  # fmt: skip

#: Phrases, read in any case; "X time" is the civil time of place X.
PHRASES: dict[str, ZoneWord] = {
    "greenwich mean time": _UTC, "coordinated universal time": _UTC, "universal time": _UTC,
    "eastern standard time": ABBREVIATIONS["EST"], "eastern daylight time": ABBREVIATIONS["EDT"],
    "eastern time": ZoneWord(_NY), "eastern": ZoneWord(_NY),
    "central standard time": ABBREVIATIONS["CST"], "central daylight time": ABBREVIATIONS["CDT"],
    "central time": ZoneWord(_CHI), "central": ZoneWord(_CHI),
    "mountain standard time": ABBREVIATIONS["MST"], "mountain daylight time": ABBREVIATIONS["MDT"],
    "mountain time": ZoneWord(_DEN), "mountain": ZoneWord(_DEN),
    "pacific standard time": ABBREVIATIONS["PST"], "pacific daylight time": ABBREVIATIONS["PDT"],
    "pacific time": ZoneWord(_LA), "pacific": ZoneWord(_LA),
    "british summer time": ABBREVIATIONS["BST"],
    "uk time": ZoneWord("Europe/London"), "london time": ZoneWord("Europe/London"),
    "british time": ZoneWord("Europe/London"),
    "central european time": ZoneWord("Europe/Paris"), "paris time": ZoneWord("Europe/Paris"),
    "moscow standard time": ZoneWord("Europe/Moscow"), "moscow time": ZoneWord("Europe/Moscow"),
    "japan standard time": ZoneWord("Asia/Tokyo"), "japan time": ZoneWord("Asia/Tokyo"),
    "tokyo time": ZoneWord("Asia/Tokyo"),
    "kazakhstan time": ZoneWord("Asia/Almaty"), "almaty time": ZoneWord("Asia/Almaty"),
    "astana time": ZoneWord("Asia/Almaty"),
    # Baikonur keeps the Kyzylorda region's clock (UTC+5 since December 2018, +6 before).
    "baikonur time": ZoneWord("Asia/Qyzylorda"),
    "uae time": ZoneWord("Asia/Dubai"), "gulf time": ZoneWord("Asia/Dubai"),
    "gulf standard time": ZoneWord("Asia/Dubai"), "dubai time": ZoneWord("Asia/Dubai"),
    "abu dhabi time": ZoneWord("Asia/Dubai"),
    "beijing time": ZoneWord("Asia/Shanghai"), "china standard time": ZoneWord("Asia/Shanghai"),
    "india standard time": ZoneWord("Asia/Kolkata"), "indian standard time": ZoneWord("Asia/Kolkata"),
    "india time": ZoneWord("Asia/Kolkata"), "indian time": ZoneWord("Asia/Kolkata"),
    "pakistan standard time": ZoneWord("Asia/Karachi"), "pakistan time": ZoneWord("Asia/Karachi"),
    "china time": ZoneWord("Asia/Shanghai"),
    "israel time": ZoneWord("Asia/Jerusalem"), "irish time": ZoneWord("Europe/Dublin"),
    "houston time": ZoneWord(_CHI), "florida time": ZoneWord(_NY), "new york time": ZoneWord(_NY),
    "washington time": ZoneWord(_NY),
    "kourou time": ZoneWord("America/Cayenne"), "french guiana time": ZoneWord("America/Cayenne"),
    # "or 1am in London": a city keeping one zone
    "in london": ZoneWord("Europe/London"), "in moscow": ZoneWord("Europe/Moscow"),
    "in tokyo": ZoneWord("Asia/Tokyo"), "in new york": ZoneWord(_NY), "in washington": ZoneWord(_NY),
    "in houston": ZoneWord(_CHI), "in paris": ZoneWord("Europe/Paris"), "in beijing": ZoneWord("Asia/Shanghai"),
    "in dubai": ZoneWord("Asia/Dubai"),
    "local time": ZoneWord(local=True), "local": ZoneWord(local=True),
}  # fmt: skip

#: Places whose clock a dateline or a story names ("BEIJING (AP) —", "launched from Baikonur"):
#: cities, launch and landing sites, and countries that keep one zone. Keys in lower case.
PLACES: dict[str, str] = {
    "beijing": "Asia/Shanghai", "jiuquan": "Asia/Shanghai", "wenchang": "Asia/Shanghai",
    "xichang": "Asia/Shanghai", "taiyuan": "Asia/Shanghai", "dongfeng": "Asia/Shanghai",
    "china": "Asia/Shanghai", "shanghai": "Asia/Shanghai", "hong kong": "Asia/Hong_Kong",
    "moscow": "Europe/Moscow", "star city": "Europe/Moscow", "korolyov": "Europe/Moscow",
    "baikonur": "Asia/Qyzylorda", "almaty": "Asia/Almaty", "astana": "Asia/Almaty",
    "houston": _CHI, "huntsville": _CHI, "new orleans": _CHI,
    "cape canaveral": _NY, "kennedy space center": _NY, "titusville": _NY, "tampa": _NY,
    "miami": _NY, "orlando": _NY, "florida": _NY, "tallahassee": _NY, "washington": _NY, "new york": _NY, "pensacola": _CHI,
    "hawthorne": _LA, "los angeles": _LA, "vandenberg": _LA, "white sands": _DEN, "las cruces": _DEN,
    "tokyo": "Asia/Tokyo", "tanegashima": "Asia/Tokyo", "japan": "Asia/Tokyo", "tsukuba": "Asia/Tokyo",
    "sriharikota": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "bangalore": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata", "india": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "islamabad": "Asia/Karachi", "karachi": "Asia/Karachi", "lahore": "Asia/Karachi", "pakistan": "Asia/Karachi",
    "kourou": "America/Cayenne", "paris": "Europe/Paris", "france": "Europe/Paris",
    "cologne": "Europe/Berlin", "berlin": "Europe/Berlin", "germany": "Europe/Berlin",
    "london": "Europe/London", "dubai": "Asia/Dubai", "abu dhabi": "Asia/Dubai",
    "seoul": "Asia/Seoul", "south korea": "Asia/Seoul", "tel aviv": "Asia/Jerusalem", "israel": "Asia/Jerusalem",
}  # fmt: skip

_OFFSET = r"(?:GMT|UTC)\s?(?P<sign>[+\-−–])(?P<oh>\d{1,2})(?::?(?P<om>[0-5]\d))?"
_ABBREVIATIONS = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
# A region named by one word is read only capitalised and not before another name:
# "9 a.m. Eastern" is New York's clock, "09:36 eastern Kazakhstan" and "Central Asia" are not.
# ... though a day may follow: "9 a.m. Eastern Tuesday", "6 p.m. Central Dec. 3".
_CALENDAR = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
_ONE_WORD = ("eastern", "central", "mountain", "pacific", "local")


def _by_first_letter(phrases: list[str]) -> str:
    """The alternation of `phrases` in their order, grouped by first letter ("b(?:eijing time|…)|m(?:…)").

    The engine tries each phrase in turn wherever a word begins; grouped, it tries one
    letter per group instead. No two groups can match at one place and each keeps its
    phrases' order, so the match is the same.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(phrase[1:].replace(" ", r"\s+"))
    return "|".join(f"{re.escape(letter)}(?:{'|'.join(rests)})" for letter, rests in groups.items())


_PHRASES = _by_first_letter([phrase for phrase in sorted(PHRASES, key=len, reverse=True) if phrase not in _ONE_WORD])
#: A zone word, as it follows a clock time. Abbreviations only in capitals.
ZONE_PATTERN = (
    rf"(?P<zone>{_OFFSET}(?![\d:])|(?:{_ABBREVIATIONS})(?![A-Za-z+\-−])"
    rf"|(?i:{_PHRASES})(?![A-Za-z])|(?:Eastern|Central|Mountain|Pacific)(?![A-Za-z])(?!\s+(?!{_CALENDAR})[A-Z])"
    r"|(?i:local)(?![A-Za-z]))"
)
_OFFSET_RE = re.compile(_OFFSET)


def zone_word(text: str) -> ZoneWord:
    """What the zone word `text` (as ZONE_PATTERN found it) names."""
    if match := _OFFSET_RE.fullmatch(text):
        hours, minutes = int(match["oh"]), int(match["om"] or 0)
        offset = timedelta(hours=hours, minutes=minutes) * (1 if match["sign"] == "+" else -1)
        if abs(offset) > timedelta(hours=14):
            raise TimeRefused(f"{quoted(text)} is not an offset any clock keeps (at most 14 hours from UTC)")
        return ZoneWord(offset=offset)
    if text in ABBREVIATIONS:
        return ABBREVIATIONS[text]
    return PHRASES[" ".join(text.lower().split())]


@cache
def region(name: str) -> ZoneInfo:
    """The IANA zone `name`; ValueError when the database has no such zone."""
    if not name or len(name) > 100 or name != name.strip() or name.startswith("/") or ".." in name:
        raise ValueError(f"{name[:100]!r} is not an IANA time zone name")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        guesses = difflib.get_close_matches(name, available_timezones(), n=1, cutoff=0.7)
        hint = f"; did you mean {guesses[0]!r}?" if guesses else " (like “Europe/Moscow”, “America/New_York”, “UTC”)"
        raise ValueError(f"{name!r} is not an IANA time zone name{hint}") from None


def zone_of(label: str | None) -> tzinfo:
    """The zone a reading's label names: an IANA zone, "UTC", or "UTC+03:00"; UTC for None."""
    if label is None or label == "UTC":
        return UTC
    if match := re.fullmatch(r"UTC([+-])(\d\d):(\d\d)", label):
        offset = timedelta(hours=int(match[2]), minutes=int(match[3]))
        return timezone(offset if match[1] == "+" else -offset)
    return region(label)


def iana_name(label: str | None) -> str | None:
    """A reading's zone label as an IANA name for a day's bounds: None for UTC, "Etc/GMT-3" for "UTC+03:00".

    An offset of hours and minutes ("UTC+05:30") has no IANA name of its own: None (UTC).
    """
    if label is None or label == "UTC":
        return None
    if match := re.fullmatch(r"UTC([+-])(\d\d):(\d\d)", label):
        if match[3] != "00":
            return None
        return f"Etc/GMT{'-' if match[1] == '+' else '+'}{int(match[2])}"
    return label


def offset_label(offset: timedelta) -> str:
    """ "UTC" or "UTC+03:00", the label of a fixed offset."""
    if not offset:
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _civil(local: datetime, name: str, words: str) -> datetime:
    """`local` (naive) on the clock of region `name`, as UTC; refused if it never or twice happens."""
    zone = region(name)
    early, late = local.replace(tzinfo=zone, fold=0), local.replace(tzinfo=zone, fold=1)
    utc = early.astimezone(UTC)
    if utc.astimezone(zone).replace(tzinfo=None) != local:
        raise TimeRefused(f"{quoted(words)} never happens on {local:%Y-%m-%d} in {name} (clocks go forward)")
    if early.utcoffset() != late.utcoffset():
        raise TimeRefused(
            f"{quoted(words)} happens twice on {local:%Y-%m-%d} in {name} (clocks go back): "
            "say which with a standard or daylight zone word, or choose an excerpt that gives GMT"
        )
    return utc


def _fixed(local: datetime, offset: timedelta) -> datetime:
    return local.replace(tzinfo=timezone(offset)).astimezone(UTC)


def place(local: datetime, word: ZoneWord | None, words: str, context: str | None) -> tuple[datetime, str]:
    """The UTC instant of the naive `local` clock time, and the label of the zone used.

    `word` is the zone word written with the time (None: none), `words` the text
    to quote in a refusal, `context` the claim's or the document's IANA zone.
    """
    if word is None or word.local:
        if context is None:
            if word is None:
                raise TimeRefused(
                    f"{quoted(words)} has no zone: the excerpt must name one (“{words.strip()} GMT”), "
                    'or give the claim or its document zone = "<IANA name>", e.g. "America/New_York"'
                )
            raise TimeRefused(
                f"{quoted(words)}: no zone is known for “local time”; "
                'give the claim or its document zone = "<IANA name>", e.g. "Asia/Qyzylorda"'
            )
        return _civil(local, context, words), context
    if word.choices:
        if context in word.choices:
            return _civil(local, context, words), context
        names = ", ".join(f'"{choice}"' for choice in word.choices)
        raise TimeRefused(
            f"{quoted(words)}: that zone word has several meanings ({names}); "
            "give the claim or its document zone = the one meant"
        )
    if word.fixed:
        assert word.offset is not None
        return _fixed(local, word.offset), offset_label(word.offset)
    assert word.region is not None
    if word.offset is None:
        return _civil(local, word.region, words), word.region
    return _standard_or_daylight(local, word, words, context)


def _standard_or_daylight(local: datetime, word: ZoneWord, words: str, context: str | None) -> tuple[datetime, str]:
    """ "EST", "BST": the region's clock when it keeps that offset on the date, else said otherwise."""
    assert word.region is not None and word.offset is not None
    zone = region(word.region)
    for fold in (0, 1):
        candidate = local.replace(tzinfo=zone, fold=fold)
        if candidate.utcoffset() == word.offset and candidate.astimezone(UTC).astimezone(zone).replace(
            tzinfo=None
        ) == local.replace(tzinfo=None):
            return candidate.astimezone(UTC), word.region
    if context == word.region:
        return _civil(local, context, words), context
    if context is not None:
        context_zone: tzinfo = region(context)
        if local.replace(tzinfo=context_zone).utcoffset() == word.offset:
            return _fixed(local, word.offset), context
    held = local.replace(tzinfo=zone).utcoffset() or timedelta(0)
    raise TimeRefused(
        f"{quoted(words)}: {word.region} keeps {offset_label(held)} on {local:%Y-%m-%d}, not the "
        f"{offset_label(word.offset)} that zone word names; choose an excerpt that gives GMT, or give the "
        f'claim zone = "{word.region}" to read it as that clock, or a zone that keeps {offset_label(word.offset)}'
    )


def place_zone(name: str) -> str | None:
    """The IANA zone of a place a dateline or story names ("BEIJING", "Cape Canaveral"), if known."""
    return PLACES.get(" ".join(name.lower().replace(".", "").split()))
