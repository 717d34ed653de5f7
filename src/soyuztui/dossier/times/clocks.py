"""Clock times as news English writes them: the grammar, and nothing about days.

Read: `3:20 p.m.`, `5:12AM`, `9.05am`, `11 a.m.`, `08:55`, `0855 GMT`, `1420 hrs`,
`noon`, `midnight`, each with an optional zone word after it (a.m./p.m. may
stand between), and an approximation word before it ("about", "shortly after").
A dotted time (`9.05`) needs a.m./p.m. or a zone word, so "3.5 hours" is no
time; a four-digit time (`0855`) needs a zone word or "hrs", so "in 2021" is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from soyuztui.dossier.firsts import quick
from soyuztui.dossier.times.base import TimeRefused, quoted
from soyuztui.dossier.times.days import day_spans
from soyuztui.dossier.times.zones import ZONE_PATTERN, ZoneWord, zone_word

_SPACE = r"[ \t\u00a0\u202f]"
_AMPM = r"(?P<ampm>(?i:(?P<half>[ap])(?:\.\s?m\.?|m\b\.?)))"
_CLOCK = re.compile(
    # The lookahead names what a clock time can begin with (a digit, "noon", "midday", "midnight"),
    # so the scan passes other characters without trying each alternative.
    r"(?=[\dnmNM])(?<![\w:.,/\-])(?:"
    r"(?P<named>(?i:noon|midday|midnight))(?![a-z])"
    r"|(?P<hc>[01]?\d|2[0-4])[:](?P<mc>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
    r"|(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d)(?![\d])"
    r"|(?P<hk>[01]\d|2[0-3])(?P<mk>[0-5]\d)(?![\d:.,])"
    r"|(?P<hh>1[0-2]|0?\d)(?=" + _SPACE + r"?(?i:[ap])[.m])"
    r")"
    rf"(?:{_SPACE}?{_AMPM})?"
    rf"(?P<hrs>{_SPACE}?(?i:hrs|hours|h)(?![a-z]))?"
    rf"(?:,?{_SPACE}*{ZONE_PATTERN})?"
)
_APPROXIMATE = quick(
    r"(?i:\b(?:about|around|approximately|approx\.|roughly|some|nearly|almost|circa|c\.|"
    r"(?:shortly|just|soon|a\s+little|not\s+long|some\s+time)\s+(?:after|before)|"
    r"just\s+(?:past|gone)|sometime\s+(?:after|before|around))\s+(?:at\s+)?|~\s*)$"
)


_AFTER = re.compile(r"(?i:\bafter\s+)$")


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time in the text, with the zone word written after it (if any)."""

    start: int
    end: int
    hour: int
    minute: int
    next_day: bool  # midnight (and 24:00): the end of the day named, as news style has it
    zone: ZoneWord | None
    zone_text: str
    approximate: bool
    text: str
    #: Where the words that belong to this clock end: its zone word may follow its day
    #: ("10:05 a.m. Friday, March 4, Kazakhstan time"); `end` when nothing follows.
    reach: int = 0


def _hour(match: re.Match[str]) -> tuple[int, int, bool] | None:
    """Hour, minute and whether it ends the day; None when the digits are no time."""
    ampm, zone, hrs = match["ampm"], match["zone"], match["hrs"]
    if match["named"]:
        if ampm or hrs:
            return None
        return (0, 0, True) if match["named"].lower() == "midnight" else (12, 0, False)
    if match["hc"] is not None:
        hour, minute = int(match["hc"]), int(match["mc"])
    elif match["hd"] is not None:
        if not (ampm or zone):  # "3.05" alone is a number
            return None
        hour, minute = int(match["hd"]), int(match["md"])
    elif match["hk"] is not None:
        if not (zone or hrs) or ampm:  # "2021" alone is a year
            return None
        hour, minute = int(match["hk"]), int(match["mk"])
    else:
        if not ampm or hrs:
            return None
        hour, minute = int(match["hh"]), 0
    if hour == 24:
        if minute or ampm:
            return None
        return 0, 0, True
    if ampm:
        if not 1 <= hour <= 12:
            raise TimeRefused(
                f"{quoted(match.group(0))} mixes a 24-hour clock with a.m./p.m.; choose an excerpt that gives GMT"
            )
        hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
    return hour, minute, False


def _four_digits_zoned_late(text: str, match: re.Match[str]) -> bool:
    """Whether a bare four-digit time has its zone word after its day words ("0110 Nov. 12 GMT")."""
    if match["hk"] is None or match["ampm"] or match["hrs"] or match["zone"]:
        return False
    bare = Clock(match.start(), match.end(), 0, 0, False, None, "", False, match.group(0), match.end())
    return zone_after_days(text, bare, day_spans(text)).zone is not None


def find_clocks(text: str) -> list[Clock]:
    """Every clock time in `text`, in order.

    A four-digit time needs a zone word; written after the day it falls on
    ("0110 Nov. 12 GMT"), that word is the time's, as `zone_after_days` gives it.
    """
    clocks = []
    for match in _CLOCK.finditer(text):
        read = _hour(match)
        if read is None and _four_digits_zoned_late(text, match):
            read = int(match["hk"]), int(match["mk"]), False
        if read is None:
            continue
        hour, minute, next_day = read
        before = text[max(0, match.start() - 40) : match.start()]
        if next_day and match["named"] and _AFTER.search(before):
            next_day = False  # "shortly after midnight Friday": the night that opens Friday
        zone_text = match["zone"] or ""
        zone = zone_word(zone_text) if zone_text else None
        clocks.append(
            Clock(
                start=match.start(),
                end=match.end(),
                hour=hour,
                minute=minute,
                next_day=next_day,
                zone=zone,
                zone_text=zone_text,
                approximate=_APPROXIMATE.search(before) is not None,
                text=match.group(0),
                reach=match.end(),
            )
        )
    return clocks


_ZONE_AFTER = re.compile(rf"[\s,]*{ZONE_PATTERN}")
_GAP = re.compile(r"[\s,]*(?:(?i:on)\s+)?")


def zone_after_days(text: str, clock: Clock, day_spans: list[tuple[int, int]]) -> Clock:
    """`clock` with the zone word written after its day words, when it has none of its own.

    "10:05 a.m. Friday, March 4, Kazakhstan time": the zone word names the clock of
    the whole phrase, wherever the day stands in it. Only day words, commas and
    spaces may stand between the clock and the zone word.
    """
    if clock.zone is not None:
        return clock
    position, moved = clock.end, False
    while True:
        gap = _GAP.match(text, position)
        at = gap.end() if gap else position
        following = next((end for start, end in day_spans if start == at), None)
        if following is None:
            break
        position, moved = following, True
    if not moved:
        return clock
    match = _ZONE_AFTER.match(text, position)
    if match is None:
        return clock
    zone_text = match["zone"]
    return replace(clock, zone=zone_word(zone_text), zone_text=zone_text, reach=match.end())
