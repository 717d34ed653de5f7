"""Day words as news English writes them, placed against the publication date.

Read: `Thursday`, `last Friday`, `late on Sunday`, `on Dec. 3`, `Oct 5`,
`5 October 2021`, `October 5, 2021`, `2021-10-05`, `Tuesday, Oct. 5` (the weekday
must fit the date), `today`, `tonight`, `yesterday`, `tomorrow`, `the same day`,
`the next day`. Month and weekday names are read only capitalised, so the verb
"may" and the word "march" are no dates.

A weekday is the publication day itself when it is that day, and the day after
it when it is that one (whatever the tense: the page's date may be a zone behind
the story's); otherwise the one in the direction the excerpt's tense points ("will dock Friday": the next
Friday; "docked on Friday": the last one), and with no tense to go by the
nearer of the two. "last" and "next" say it outright.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from soyuztui.dossier.firsts import quick
from soyuztui.dossier.times.base import TimeRefused, quoted
from soyuztui.dossier.times.zones import ZONE_PATTERN

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_RELATIVE = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1,
}  # fmt: skip
_SAME = {
    "the same day": 0, "that same day": 0, "the same night": 0, "that day": 0, "later that day": 0,
    "earlier that day": 0, "that night": 0, "later that night": 0,
    "the next day": 1, "the following day": 1, "the day after": 1, "the next morning": 1,
    "the following morning": 1, "the day before": -1, "the previous day": -1, "the night before": -1,
}  # fmt: skip


#: A day number stands on its own: "Long March 2F", "March 2-A" are designations, not dates
#: (a range "May 30-31" is still read: a digit may follow the hyphen).
_NUMBER_ALONE = r"(?![A-Za-z\d])(?!-[A-Za-z])"


def _alternatives(words: dict[str, int]) -> str:
    return "|".join(word.replace(" ", r"\s+") for word in sorted(words, key=len, reverse=True))


_ZONE_NAMED = ZONE_PATTERN.replace("(?P<zone>", "(?:", 1)
_DAY = re.compile(
    # The lookahead names every letter or digit a day phrase can begin with: the scan then skips the
    # other words at once instead of trying each alternative there (five times faster on news text).
    r"(?=[\dA-Zelnty])\b(?:"
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?![\d:T])"
    rf"|(?:(?P<mod>(?i:last|next|this\s+coming|this\s+past|this))\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})(?![a-z])"
    rf"(?:,?\s*\(?\s*(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}){_ORDINAL}|(?P<d2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<m2>{_MONTH})))?"
    rf"|(?P<m3>{_MONTH})\s+(?P<d3>\d{{1,2}}){_ORDINAL}(?![\d:.]\d){_NUMBER_ALONE}"
    rf"|(?<![\w:.\-])(?P<d4>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<m4>{_MONTH})"
    rf"|(?P<relative>(?i:{_alternatives(_RELATIVE)}))"
    rf"|(?P<same>(?i:{_alternatives(_SAME)}))"
    # After a day with no month, four digits and a zone word are a clock time, not a year: "(Friday 1710 GMT)".
    r")(?:,?\s+(?P<year>\d{4})(?![\d:])"
    rf"(?(m1)|(?(m2)|(?(m3)|(?(m4)|(?(iso)|(?!\s*(?:(?i:hrs|hours|h)(?![a-z])|{_ZONE_NAMED})))))))"
    r"|\s+(?P<shift>(?i:last|next)\s+year)\b)?(?![a-z])"
)
_APPROXIMATE = re.compile(r"(?i:\b(?:about|around|approximately|roughly|on\s+or\s+about|circa)\s+(?:on\s+)?)$")
_FUTURE = re.compile(
    r"(?i)\b(?:will|'ll|’ll|shall|is\s+to|are\s+to|scheduled|set\s+to|due|expected|plans?|planned|"
    r"slated|upcoming|aims?\s+to|hopes?\s+to|going\s+to|to\s+be)\b"
)
#: Past forms of verbs news writing reports a flight in, beyond the ones written into `PAST_WORDS`:
#: irregular pasts ("began", "rose", "came") a rule on "-ed" would miss, and regular ones of its events.
PAST_VERBS = (
    "began", "rose", "came", "went", "took", "left", "spent", "made", "stepped", "climbed", "ended",
    "started", "carried", "completed", "finished", "brought", "got", "gave", "became", "opened", "closed",
    "undocked", "splashed", "thundered", "soared", "streaked", "wrapped", "scrubbed", "aborted", "stopped",
    "halted", "cancelled", "canceled",
    # The events' own verbs, past: "a rocket roared off before dawn on Saturday" is a report.
    "roared", "rocketed", "blasted", "lifted", "latched", "hooked", "floated", "plunged",
    "parachuted",
)  # fmt: skip
#: Words that put an excerpt in the past (a pattern, read without regard to case).
PAST_WORDS = (
    r"\b(?:was|were|had|did|launched|lifted\s+off|blasted\s+off|took\s+off|docked|landed|returned|"
    r"arrived|said|told|held|spoke|announced|reached|sent|flew|touched\s+down|splashed\s+down|"
    # Irregular and common past forms a report is told in ("a mission that began with a launch on Tuesday").
    + "|".join(PAST_VERBS)
    + r")\b"
)
_PAST_TENSE = quick(PAST_WORDS, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Day:
    """A day the text names, once placed."""

    start: int
    end: int
    day: date
    text: str
    approximate: bool = False


def _nearest_year(month: int, day: int, published: date) -> date:
    """ "Oct 5" without a year: the one nearest the publication date."""
    best: date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - published) < abs(best - published):
            best = candidate
    if best is None:
        raise ValueError
    return best


def _weekday(index: int, modifier: str, published: date, tense: int) -> date:
    """The weekday `index` around `published`: modifier first, then tense, then the nearer."""
    back = (published.weekday() - index) % 7  # days since the last such weekday (0: today)
    before, after = published - timedelta(days=back or 7), published + timedelta(days=(7 - back) % 7 or 7)
    modifier = " ".join(modifier.lower().split())
    if modifier in ("last", "this past"):
        return before
    if modifier in ("next", "this coming"):
        return after
    if back == 0:
        return published
    if back == 6:
        # The day after the page's date, even in the past tense: the page is dated where the
        # day has not yet begun ("China on Saturday launched", on a page dated Friday in London).
        # A weekday six days back is written "last Saturday".
        return after
    if tense:
        return after if tense > 0 else before
    return before if back <= 3 else after


def tense(text: str) -> int:
    """+1 when the excerpt speaks only of the future, -1 only of the past, 0 otherwise."""
    future, past = bool(_FUTURE.search(text)), bool(_PAST_TENSE.search(text))
    return 0 if future == past else (1 if future else -1)


def _need(published: date | None, words: str) -> date:
    if published is None:
        raise TimeRefused(
            f"{quoted(words)} names no year and the document has no date to read it against: "
            'give the document published = "YYYY-MM-DD"'
        )
    return published


#: How far past the page's date a past report (or before it a plan) may fall and keep the nearest year.
_TENSE_MARGIN = timedelta(days=90)


def _month_day(match: re.Match[str], month_text: str, day_text: str, published: date | None, tense: int = 0) -> date:
    """The day of "Oct 5": in the year written, the year before or after ("last year"), else the nearest.

    In an excerpt that speaks only of the past ("launched on November 29") a day months
    after the publication date is last year's: a page is not written long before what
    it reports (a page updated after its date line may report a few weeks on). Only of
    the future ("will launch on January 3"), a day months before it is next year's.
    """
    month, day = _MONTHS[month_text.rstrip(".")], int(day_text)
    words = match.group(0)
    around = None if match["year"] else _need(published, words)
    try:
        if around is None:
            return date(int(match["year"]), month, day)
        if match["shift"]:
            return date(around.year + (1 if match["shift"].lower().startswith("next") else -1), month, day)
        found = _nearest_year(month, day, around)
        if tense < 0 and found > around + _TENSE_MARGIN:
            return date(found.year - 1, month, day)
        if tense > 0 and found < around - _TENSE_MARGIN:
            return date(found.year + 1, month, day)
        return found
    except ValueError:
        raise TimeRefused(f"{quoted(words)} is not a day of the calendar") from None


def find_days(text: str, published: date | None, clocks: list[int] = []) -> list[Day]:  # noqa: B006
    """Every day `text` names, in order, placed against `published`.

    `clocks` are the offsets of clock times: "the same day" after a clock time
    with no day of its own is the publication day.
    """
    days: list[Day] = []
    pointing = tense(text)
    for match in _DAY.finditer(text):
        words = match.group(0)
        if match["iso"]:
            try:
                found = date.fromisoformat(match["iso"])
            except ValueError:
                raise TimeRefused(f"{quoted(words)} is not a day of the calendar") from None
        elif match["weekday"]:
            index = WEEKDAYS.index(match["weekday"])
            month_text, day_text = match["m1"] or match["m2"], match["d1"] or match["d2"]
            if month_text:
                found = _month_day(match, month_text, day_text, published)
                if found.weekday() != index:
                    raise TimeRefused(
                        f"{quoted(words)}: {found:%-d %B %Y} is a {WEEKDAYS[found.weekday()]}, "
                        f"not a {WEEKDAYS[index]}; choose an excerpt without the contradiction"
                    )
            else:
                found = _weekday(index, match["mod"] or "", _need(published, words), pointing)
        elif match["m3"] or match["m4"]:
            found = _month_day(match, match["m3"] or match["m4"], match["d3"] or match["d4"], published, pointing)
        elif match["relative"]:
            shift = _RELATIVE[" ".join(match["relative"].lower().split())]
            found = _need(published, words) + timedelta(days=shift)
        else:
            if days:
                base = days[-1].day
            elif published is not None and any(start < match.start() for start in clocks):
                base = published
            else:
                raise TimeRefused(
                    f"{quoted(words)} refers to a day the excerpt does not name: widen the excerpt to take that day in"
                )
            found = base + timedelta(days=_SAME[" ".join(match["same"].lower().split())])
        approximate = _APPROXIMATE.search(text, max(0, match.start() - 30), match.start()) is not None
        days.append(Day(match.start(), match.end(), found, words, approximate))
    return days


def day_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names a day, without placing it: for finding phrases, not reading them."""
    return [match.span() for match in _DAY.finditer(text)]
