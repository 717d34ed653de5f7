"""Who published an article, read from its own header lines: headline, byline, dateline, times.

Only what the lines state is taken: a headline line, a byline ("By Jane Doe",
"By JANE DOE, Reuters", "Jane Doe | The Daily Orbit"), a wire or state agency
dateline ("MOSCOW, Oct. 5 (TASS) -", "BREMERHAVEN, May 18. /Orbit News/."), a
publication line ("Published 5 October 2021, 09:14 BST", "Updated: Oct 5, 2021
10:02 a.m. ET", read by the one time reader) and a press release's header ("NASA
RELEASE 21-132", "ASA - PRESS RELEASE"). The header ends at the first paragraph
of the story, so a post or byline quoted further down is never taken for the
article's own. Every value is text of the article (a name in capitals is given
its ordinary case), and the lines it came from are kept to show the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from soyuztui.dossier.times.base import TimeRefused
from soyuztui.dossier.times.reader import read_times
from soyuztui.dossier.times.zones import ZONE_PATTERN, place_zone, zone_of, zone_word

#: Lines looked at before the story begins.
MAX_HEADER_LINES = 8
#: A headline ending in a full stop has at most this many words.
MAX_HEADLINE_WORDS = 16
#: A headline with no full stop, or followed by a byline or dateline, at most this many.
MAX_MARKED_HEADLINE_WORDS = 30

_RELEASE_MARK = re.compile(
    r"(?i)(?:for immediate release|(?:press|news|media) release|embargoed[^\n]*|all times [\w ]{1,30})\.?"
)
_KICKER = re.compile(r"[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)*[!?] ")
_AGENCY_RELEASE = re.compile(
    r"(?P<org>[A-Z][\w&.’'-]*(?: [A-Za-z][\w&.’'-]*){0,6}?)"
    r"(?:\s*[-—–:|]\s*|\s+)(?:PRESS |NEWS |MEDIA )?RELEASE(?:\s+(?:No\.?\s*)?[\w/-]*\d[\w/-]*)?",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"(?i:by)\s+(?P<rest>[^\n]+)")
# Linear on any line: the author ends on a non-space, so a run of spaces is crossed once
# (a lazy author before `\s*` tried every split of it), and the spaces after the mark are
# taken possessively.
_PIPE_BYLINE = re.compile(r"(?P<author>[^|/·\n]*?[^|/·\s])\s*[|/·]\s*+(?P<outlet>[^|/·\n]+)")
_TIME_LINE = re.compile(
    r"(?P<kind>(?i:first published|published|posted|last updated|last modified|updated|modified))\s*:?\s*(?P<rest>.+)"
)
# The place is taken possessively: backing off a run of capitals and spaces one character
# at a time, each retried against `\s*`, was quadratic on a long line in capitals.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z .'’-]++(?:,[^()/\n—–]{0,40}?)?)\s*"
    r"(?:\((?P<paren>[A-Z][^()\n]{0,50})\)|[./]?\s*/(?P<slash>[A-Z][^/\n]{0,50})/\.?)\s*[-—–]*"
)
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
# A story's dateline: a place (and its region), a day, an agency, then a dash. Every part is
# bounded and follows a fixed mark, so the pattern runs in linear time on any line.
_STORY_DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][A-Za-z'’.-]{0,30}(?: [A-Z][A-Za-z'’.-]{0,30}){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.]{0,20}(?: [A-Z][A-Za-z.]{0,20})?))?,? )?"
    r"(?:(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\.? (?P<day>\d{1,2}),? )?"
    r"(?:\([^()\n]{1,40}\) ?|/[^/\n]{1,40}/\.? ?|[A-Z][A-Za-z]{1,10} )?(?:--?|—|–|:) "
)
_NAME_WORD = re.compile(r"(?:[A-ZÀ-Þ][\w’'.-]*|de|da|van|von|der|bin|al|la|le|y)")
_ROLE_WORDS = re.compile(
    r"(?i)\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|bureau|desk|chief|"
    r"analyst|producer|team|in [A-Z])"
)
_PAST = re.compile(
    r"(?i)\b(?:was|were|had|said|told|made|took|sent|flew|rose|slid|came|went|got|began|spent|"
    r"[a-z]{3,}(?<!need)(?<!speed)(?<!seed)(?<!feed)(?<!bred)(?<!hundred)ed)\b"
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
_SMALL_WORDS = frozenset(("of", "and", "for", "the", "de", "du", "da"))
# Starts only where a run of spaces starts (the leftmost match would anyway), so the run
# is scanned once, not once from each of its spaces.
_SPLIT = re.compile(r"(?<!\s)\s+(?:[|·•]|--?|—|–)\s+")
_BYLINE_MARK = re.compile(r"(?<!\s)\s*[|/·]\s*")


@dataclass(slots=True)
class Header:
    """What an article's header lines state; None where they state nothing."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: datetime | date | None = None
    published_line: str | None = None
    lines: list[str] = field(default_factory=list)
    #: Where the header lines end in the text: the story starts after this offset.
    end: int = 0
    #: The story's dateline as written ("BEIJING, Oct. 16 (Xinhua) --"), its place's zone, and its day.
    #: A note on the page's clock ("All times are Eastern") sets the zone instead.
    dateline: str | None = None
    zone: str | None = None
    dateline_day: tuple[int, int] | None = None  # (month, day): a dateline names no year


def _lines(text: str, start: int) -> list[tuple[str, int]]:
    """The first lines of the body, stripped, blank ones dropped, each with its end offset."""
    found: list[tuple[str, int]] = []
    offset = start
    for raw in text[start:].split("\n"):
        offset += len(raw) + 1
        if line := raw.strip():
            found.append((line, min(offset - 1, len(text))))
        if len(found) > MAX_HEADER_LINES:
            break
    return found


def _ordinary_case(text: str, article: str = "") -> str:
    """A name in capitals ("BOREAL SPACE AGENCY") as the article writes it elsewhere, or in
    title case with acronyms ("NASA") and small words ("of") kept; other text as it is."""
    if any(char.islower() for char in text):
        return text
    for match in re.finditer(re.escape(text), article, re.IGNORECASE):
        if any(char.islower() for char in match.group(0)):
            return match.group(0)
    words = []
    for word in text.split():
        if word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word if len(word) <= 4 and word.isalpha() else word.title())
    return " ".join(words)


def _person_case(text: str) -> str:
    if any(char.islower() for char in text):
        return text
    return " ".join(word.title() for word in text.split())


def _is_name(text: str) -> bool:
    """Two to six capitalised words, particles allowed: the shape of a person's name."""
    words = text.replace(" and ", " ").split()
    if not 2 <= len(words) <= 8 or len(text) > 80 or _ROLE_WORDS.search(text):
        return False
    return all(_NAME_WORD.fullmatch(word) for word in words) and sum(word[0].isupper() for word in words) >= 2


def _is_outlet(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 8 and len(text) <= 80 and text[0].isupper() and not _ROLE_WORDS.search(text)


def byline(line: str) -> tuple[str | None, str | None] | None:
    """(author, outlet) from a byline; None when the line is not one."""
    if match := _BYLINE.fullmatch(line):
        rest = match.group("rest").strip().rstrip(".")
        author, _, outlet = rest.partition(",")
        if not _is_name(author.strip()):
            author, outlet = _BYLINE_MARK.split(rest, maxsplit=1)[0], ""
            if not _is_name(author.strip()):
                return None
        outlet = outlet.strip()
        return _person_case(author.strip()), (outlet if outlet and _is_outlet(outlet) else None)
    if match := _PIPE_BYLINE.fullmatch(line):
        author, outlet = match.group("author").strip(), match.group("outlet").strip()
        if _is_name(author) and _is_outlet(outlet):
            return _person_case(author), outlet
    return None


def dateline_outlet(paragraph: str) -> str | None:
    """The agency a wire or state agency dateline names ("MOSCOW, Oct. 5 (TASS) -")."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    outlet = (match.group("paren") or match.group("slash") or "").strip()
    if not outlet or any(char.isdigit() for char in outlet) or not _is_outlet(outlet):
        return None
    return outlet


def release_outlet(line: str, article: str = "") -> str | None:
    """The agency a press release's header line names ("NASA RELEASE 21-132"), if any.

    A name in capitals takes the case `article` writes it in elsewhere.
    """
    match = _AGENCY_RELEASE.fullmatch(line.rstrip("."))
    if match is None or _RELEASE_MARK.fullmatch(line):
        return None
    org = match.group("org").strip(" -—–:|")
    if not org or org.lower() in {"for immediate", "immediate", "for"}:
        return None
    return _ordinary_case(org, article)


def publication(line: str, day: date | None) -> tuple[datetime | date, str] | None:
    """The time a "Published …" or "Updated …" line states, with the kind of line it was."""
    match = _TIME_LINE.fullmatch(line)
    if match is None:
        return None
    for part in _SPLIT.split(match.group("rest")):
        try:
            readings = read_times(part, published=day, zone=None)
        except TimeRefused:
            continue
        for reading in readings:
            if reading.precision == "minute" and reading.zone is not None and not reading.approximate:
                return reading.time.astimezone(zone_of(reading.zone)), match.group("kind").lower()
            if reading.precision == "day" and reading.zone is None:
                return reading.time.date(), match.group("kind").lower()
    return None


def _headline(line: str, marked: bool) -> str | None:
    """`line` as a headline, or None when it reads as the story's first sentence."""
    words = line.split()
    if len(words) > MAX_MARKED_HEADLINE_WORDS or len(line) > 300:
        return None
    if marked:
        return line.rstrip(".") if line.endswith(".") and not line.endswith("..") else line
    if not _SENTENCE_END.search(line) or line.endswith(("!", "?")):
        return line if len(words) <= MAX_HEADLINE_WORDS + 4 else None
    if _KICKER.match(line) and len(words) <= MAX_HEADLINE_WORDS + 4:
        return line.rstrip(".")  # a tabloid's "SPACE TEACH! Rafael's lessons ..."
    # A full stop: a headline in the present tense ("Kestrel 4 lifts off."), not a lede
    # in the past ("The agency marked the moment."), and short, and one sentence.
    body = line[:-1]
    if len(words) > MAX_HEADLINE_WORDS or _PAST.search(body) or re.search(r"[.!?]\s+[A-Z]", body):
        return None
    return body


def _header_line(line: str, day: date | None) -> bool:
    return bool(
        _RELEASE_MARK.fullmatch(line)
        or release_outlet(line)
        or byline(line)
        or publication(line, day)
        or dateline_outlet(line)
    )


def _story_dateline(header: Header, text: str) -> None:
    """Fill in the dateline that opens the story, if any: its place's zone and its day."""
    start = header.end
    while start < len(text) and text[start].isspace():
        start += 1
    match = _STORY_DATELINE.match(text, start, min(len(text), start + 160))
    if match is None or not (match["place"] or match["month"]):
        return
    header.dateline = match.group(0).strip()
    for place in (match["place"], match["region"]):
        if place and (zone := place_zone(place)):
            header.zone = header.zone or zone
    if match["month"] and (month := _MONTH_NUMBERS.get(match["month"][:3].lower())) and 1 <= int(match["day"]) <= 31:
        header.dateline_day = (month, int(match["day"]))


#: How far into the story a note on its clock may stand: a live blog writes it above the first entry.
_CLOCK_NOTE_REACH = 400
#: A note on the page's clock, opening a sentence or a line: "All times are Beijing time (GMT+8).",
#: "Times are Eastern (EST).", "(All times EDT)". The zone words follow, in a few words.
_CLOCK_NOTE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\())(?:[Aa]ll\s+)?[Tt]imes\s+(?:(?:are|given|shown|listed)\s+)?(?:(?:in|as)\s+)?"
    r"(?P<words>[^.\n]{1,40})",
    re.MULTILINE,
)
_ZONE = re.compile(r"(?<![A-Za-z])" + ZONE_PATTERN)


def _clock_note(header: Header, text: str) -> None:
    """Set the zone a note on the page's clock names ("All times are Eastern (EST)"), when it names one region.

    The page's own word on its clock beats the zone of its dateline's place: the bare clock
    times of a live blog's entries ("08:43") are in the zone it says.
    """
    note = _CLOCK_NOTE.search(text, header.end, min(len(text), header.end + _CLOCK_NOTE_REACH))
    if note is None:
        return
    regions = set()
    for match in _ZONE.finditer(note["words"]):
        word = zone_word(match["zone"])
        if word.local or word.choices:
            return  # "local time", "IST": the note does not say which clock
        if word.region is not None:
            regions.add(word.region)
    if len(regions) == 1:
        header.zone = regions.pop()


def dateline_day(header: Header, around: list[date]) -> date | None:
    """The day the dateline names ("April 9 (Reuters)"), in the year that puts it nearest the days `around`."""
    if header.dateline_day is None or not around:
        return None
    month, day = header.dateline_day
    candidates = []
    for year in sorted({moment.year + shift for moment in around for shift in (-1, 0, 1)}):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda found: min(abs(found - moment) for moment in around), default=None)


def read_header(text: str, body_start: int, day: date | None = None) -> Header:
    """What the article's header lines say about it; `day` is its date line's day, if any."""
    header = Header(end=body_start)
    lines = _lines(text, body_start)
    published: list[tuple[datetime | date, str, str]] = []
    index = 0
    while index < len(lines):
        line, end = lines[index]
        following = lines[index + 1][0] if index + 1 < len(lines) else None
        if _RELEASE_MARK.fullmatch(line):
            header.lines.append(line)
        elif outlet := release_outlet(line, text):
            header.outlet = header.outlet or outlet
            header.lines.append(line)
        elif found := byline(line):
            header.author = header.author or found[0]
            header.outlet = header.outlet or found[1]
            header.lines.append(line)
        elif stated := publication(line, day):
            published.append((stated[0], stated[1], line))
            header.lines.append(line)
        elif outlet := dateline_outlet(line):
            header.outlet = header.outlet or outlet
            header.lines.append(line[: _DATELINE.match(line).end()].strip())  # type: ignore[union-attr]
            break  # the dateline opens the story: its words stay the story's
        elif header.title is None and following is not None and not header.author and not published:
            marked = _header_line(following, day)
            title = _headline(line, marked)
            if title is None:
                break
            header.title = title
            header.lines.append(line)
        else:
            break
        header.end = end
        index += 1
    _story_dateline(header, text)
    _clock_note(header, text)
    if published:
        # The first publication wins over an update; an update stands in when it is all there is.
        published.sort(key=lambda item: "updated" in item[1] or "modified" in item[1])
        header.published, _, header.published_line = published[0]
    return header


__all__ = ["Header", "byline", "dateline_day", "dateline_outlet", "publication", "read_header", "release_outlet"]
