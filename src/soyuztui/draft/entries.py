"""A live blog's entries: paragraphs that open with the time they were posted.

"10:42 a.m. — The capsule is through the hatch", "Updated 14:05 GMT": a clock time at the
head of a paragraph, set off by a dash or a colon, is when the entry was written, not when
what it reports happened. It dates the entry ("docked moments ago") but names no event's
time by itself: "09:10 BST - Reminder: the trio launched" is no launch at 09:10.

A paragraph is an entry only in a page that reads like a live blog: at least two
paragraphs open with a posting time, or one says so ("Updated", "Posted"). A list
of times with single line breaks (a schedule: "09:20 GMT — Launch") is no blog: its
times are the events'.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from soyuztui.dossier.times.base import TimeRefused
from soyuztui.dossier.times.clocks import find_clocks
from soyuztui.draft.text import Article

#: Where a paragraph begins: the body's start, or after a blank line.
_PARAGRAPH = re.compile(r"\n[ \t]*\n[ \t]*(?=\S)")
#: Words a blog writes before a posting time.
_POSTED = re.compile(r"(?:(?:Last\s+)?(?i:updated?|posted)\b[ \t]*:?[ \t]*(?:(?i:at)[ \t]+)?)")
#: What sets a posting time off from the entry: a dash, a colon or a bar, or the end of the line.
_SEPARATOR = re.compile(r"[ \t]*(?:[-—–:|][ \t]+|[-—–:|]?[ \t]*(?=\n|$))")
#: What a clock time begins with (the clock grammar's own first characters).
_CLOCK_START = re.compile(r"\d|(?i:noon|midday|midnight)")
#: How far into a paragraph its posting time may end ("Last updated at 10:42 a.m. Eastern time —").
_HEAD = 60
#: Words that put an event at the entry's own time.
JUST_NOW = re.compile(r"\b(?:just now|(?:just )?moments? ago|a moment ago|(?:just )?seconds ago)\b", re.IGNORECASE)
#: An entry that announces its event as it happens: the event's own word as an exclamation at the
#: entry's head ("SPLASHDOWN!", "Docking confirmed!") or in capitals ("LIFTOFF."), or the event told in the present perfect or
#: the present ("The capsule has landed", "the ship is docking now"). Its posting time is the event's.
ANNOUNCED = re.compile(
    r"^\W*[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s*!"
    # ... or in capitals, as a headline of the entry ("TOUCHDOWN.", "WHEELS STOP.")
    r"|^\W*[A-Z]{2}[A-Z-]*(?:\s+[A-Z]{2}[A-Z-]*)?\s*[.!]"
    r"|\b(?:has|have)\s+(?:just\s+|now\s+|officially\s+)?[a-z]+(?:ed|en)\b(?:\s+(?:off|down|up))?"
    r"|\b(?:is|are)\s+(?:\w+\s+)?[a-z]+ing\s+(?:right\s+)?now\b"
)
#: Words of a look back ("Reminder:", "earlier"), or of what has not happened ("Landing delayed!",
#: "Docking next"): the entry tells of a time other than its own.
NOT_NOW = re.compile(
    r"\b(?:reminder|recap|earlier|last night|yesterday|ago|overnight|no|not|never|yet|soon|delayed|postponed"
    r"|scrub(?:bed)?|abort(?:ed)?|called off|cancell?ed|hold|standby|waiting|awaiting|tomorrow|tonight|later|next"
    r"|expected|planned|set)\b",
    re.IGNORECASE,
)


def announced(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of `text[start:end]`, an entry's first sentence, that announces an event as it happens.

    None for a recap, whatever its tense ("Reminder: the crew has landed" looks back), and
    for an event that has not happened ("Launch scrubbed!").
    """
    if NOT_NOW.search(text, start, end):
        return None
    found = ANNOUNCED.search(text[start:end])
    return (start + found.start(), start + found.end()) if found else None


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of a live blog: its posting time's span, where its words begin, and its end."""

    start: int
    stamp_end: int
    body: int
    end: int


def entries(article: Article) -> list[Entry]:
    """The article's live-blog entries, in order (none for a page that is no live blog); read once."""
    cached = article.cache.get("entries")
    if cached is None:
        cached = article.cache["entries"] = _read_entries(article)
    return cached  # type: ignore[return-value]


def entry_at(article: Article, offset: int) -> Entry | None:
    """The entry whose paragraph holds `offset`, if any."""
    found = entries(article)
    index = bisect_right([entry.start for entry in found], offset) - 1
    if index >= 0 and offset < found[index].end:
        return found[index]
    return None


def _read_entries(article: Article) -> list[Entry]:
    text = article.text
    heads = [article.body_start, *(match.end() for match in _PARAGRAPH.finditer(text, article.body_start))]
    found: list[Entry] = []
    said = False
    for number, head in enumerate(heads):
        end = heads[number + 1] if number + 1 < len(heads) else len(text)
        stamp = _stamp(text, head, min(end, head + _HEAD))
        if stamp is None:
            continue
        posted, stamp_end, body = stamp
        if "\n" in text[head:end].strip():
            # Several lines in one paragraph: a list (a schedule), not a blog's entry, unless
            # the time stands alone on the first line and the entry's words follow it.
            below = _next_line(text, body, end)
            if below is None:
                continue
            body = below
        said = said or posted
        found.append(Entry(head, stamp_end, body, end))
    return _with_words(text, heads, found) if said or len(found) >= 2 else []


def _next_line(text: str, body: int, end: int) -> int | None:
    """Where the words begin of an entry whose posting time stands alone on its paragraph's first line.

    "08:50" on one line and the entry on the next, after a single line break: a blog's
    layout. None when the first line holds more than the time, or when another line of
    the paragraph opens with a time too ("05:40 GMT - Fuelling" over "06:12 GMT - Launch").
    """
    if text[body] != "\n":
        return None
    words = body + 1 + len(text[body + 1 : end]) - len(text[body + 1 : end].lstrip())
    lines = text[words:end].rstrip().split("\n")
    if any(_stamp(line, 0, min(len(line), _HEAD)) is not None for line in lines):
        return None
    return words


def _with_words(text: str, heads: list[int], found: list[Entry]) -> list[Entry]:
    """The entries, each stamp that stands alone on its line ("10:42 a.m. ET") with the paragraph after it."""
    stamped = {entry.start for entry in found}
    out = []
    for entry in found:
        number = heads.index(entry.start)
        if not text[entry.body : entry.end].strip() and number + 1 < len(heads) and heads[number + 1] not in stamped:
            after = heads[number + 2] if number + 2 < len(heads) else len(text)
            entry = Entry(entry.start, entry.stamp_end, heads[number + 1], after)
        out.append(entry)
    return out


def _stamp(text: str, head: int, limit: int) -> tuple[bool, int, int] | None:
    """(said "Updated"/"Posted", the clock's end, the entry's words' start) when `head` opens with a posting time."""
    posted = _POSTED.match(text, head)
    at = posted.end() if posted else head
    if not _CLOCK_START.match(text, at):
        return None  # most paragraphs: no need to run the clock grammar
    line_end = text.find("\n", at, limit)
    try:
        clocks = find_clocks(text[at : line_end if line_end >= 0 else limit])
    except TimeRefused:
        return None
    if not clocks or clocks[0].start != 0:
        return None
    stamp_end = at + clocks[0].reach
    separator = _SEPARATOR.match(text, stamp_end)
    if separator is None:
        return None
    return posted is not None, stamp_end, separator.end()
