"""Every mark the app and the exports put next to a fact, and what it means.

One place: the help screen lists them all, each pane with marks shows a one-line key
made from them, and a test checks that a mark the panes use is explained here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from soyuztui.present.wording import UNREVIEWED_MARK


class Mark(NamedTuple):
    """A mark, what it means, and the places (pane or screen ids) it is shown."""

    mark: str
    meaning: str
    places: tuple[str, ...]


MARKS: tuple[Mark, ...] = (
    Mark("✓", "event over (an instant once its minute has passed; a lasting event once it has ended)", ("timeline",)),
    Mark(
        "▶",
        "event now: only between its start and a known end (an event known to the day: all that day in the "
        "mission's zone; a lasting event: until its end); an instant is never ▶",
        ("timeline",),
    ),
    Mark("·", "event to come", ("timeline",)),
    Mark("?", "time not reported", ("timeline",)),
    Mark("≠", "articles disagree: the values after it are another side", ("timeline", "sources")),
    Mark("→", "from … to: when a lasting event starts and ends", ("timeline",)),
    Mark("━━━━━   40%", "the mission's progress, from launch to its end", ("timeline",)),
    Mark(
        "T−",
        "time to launch, to the minute the Launch row shows (T−3 days when only its day is known)",
        ("header", "timeline"),
    ),
    Mark("T+", "time since launch", ("header",)),
    Mark("MET", "mission elapsed time: time since launch, while the mission lasts", ("timeline",)),
    Mark("launch day", "the launch is known only to the day, and it is that day", ("header",)),
    Mark("replay 60×", "the clock replays the mission at that speed: mission seconds per real second", ("header",)),
    Mark("1 h/s · 1 d/s", "replay speeds: an hour, a day of the mission per real second", ("header",)),
    Mark("⏸ paused", "the replay is stopped (space runs it again)", ("header",)),
    Mark("● live", "the clock shows real time (l)", ("header",)),
    Mark("↑", "flies up (launch leg); arrives at the station", ("crew", "occupants")),
    Mark("↓", "comes down (landing leg); leaves the station", ("crew", "occupants")),
    Mark("director*", "an asterisk: the articles disagree on this value", ("crew",)),
    Mark("(7)", "how many people the group under it holds", ("occupants",)),
    Mark("last reported", "outside the days the articles cover: the last crew they name", ("occupants",)),
    Mark("≈", "reported speech: the article's words about what was said", ("quotes", "compare")),
    Mark("reported", "the quote is reported speech (its words follow ≈)", ("quotes",)),
    Mark("organisation", "the speaker is an organisation (an agency, a company), not a person", ("quotes",)),
    Mark("3 articles", "how many articles carry the quote", ("quotes",)),
    Mark(
        "no closing mark",
        "no article closes the quotation: its words are taken to the paragraph's end (check them)",
        ("quotes",),
    ),
    Mark("(date line)", "the article states its date on its first line", ("sources",)),
    Mark("(page metadata)", "the date (and time) the page states in its metadata, read by `add`", ("sources",)),
    Mark("(date inferred)", "no date line: the date is worked out, reason in the mission file", ("sources",)),
    Mark("[000 001]", "the articles (by id) that give the value before it", ("sources",)),
    Mark("outlet not given", "the mission file does not say who published the article", ("sources", "compare")),
    Mark("✓ value", "the article states it, with the value it gives", ("compare",)),
    Mark("≠ value", "the article states a different value from most", ("compare",)),
    Mark("· ", "the article does not state it", ("compare",)),
    Mark(UNREVIEWED_MARK, "a drafted entry no one has reviewed yet", ("crew", "timeline", "occupants")),
    Mark("⚠", "in the Markdown briefing: the articles disagree on the event's time", ("exports",)),
)
"""The legend, in the order the help screen lists it."""

SHORT: dict[str, tuple[str, ...]] = {
    "timeline": ("✓ over", "▶ now", "· to come", "? no time", "≠ disputed", "→ until", "Enter: evidence"),
    "crew": ("↑ flies up", "↓ comes down", "* disputed value", "Enter: person card"),
    "occupants": ("↑ arrives", "↓ leaves", "Enter: evidence"),
    "quotes": ("≈ reported speech", "/: filter", "Enter: evidence"),
    "sources": ("[ids] articles giving a value", "≠ other side", "Enter: evidence", "c: compare"),
    "compare": (
        "✓ states it",
        "≠ states a different value",
        "· not stated",
        "d: disputed only",
        "Enter: evidence",
        "≈ reported speech",
    ),
    "story": ("Enter: the evidence for a mission fact", "* disputed"),
}
"""The one-line keys shown under the panes and screens that use marks: phrases in order of
priority (a narrow key line keeps the first ones that fit, whole)."""

PHRASE_GAP = "  "
"""Between two phrases of a key line."""


def key_phrases(place: str, *, drafted: bool = False) -> tuple[str, ...]:
    """The phrases of the one-line key for `place` (none if it has no key).

    `drafted`: the dossier has unreviewed drafted entries, so the key explains their mark
    where `place` shows it, first.
    """
    phrases = SHORT.get(place, ())
    if phrases and drafted and any(mark.mark == UNREVIEWED_MARK for mark in marks_for(place)):
        return (f"{UNREVIEWED_MARK} unreviewed", *phrases)
    return phrases


def key_line(place: str, *, drafted: bool = False) -> str:
    """The whole one-line key for `place`, or "" if it has none."""
    return PHRASE_GAP.join(key_phrases(place, drafted=drafted))


def fit_phrases(phrases: Sequence[str], width: int, measure: Callable[[str], int] = len, lines: int = 1) -> str:
    """As many of `phrases` as fit whole, in order, on at most `lines` lines of `width` cells.

    Lines break only between phrases; " …" ends the last line if some are left out.
    `measure` gives a text's width in cells. If not even the first phrase fits, the
    result is "…" (or "" with no room at all).
    """
    rows: list[list[str]] = [[]]
    for phrase in phrases:
        row = rows[-1]
        if measure(PHRASE_GAP.join([*row, phrase])) <= width:
            row.append(phrase)
        elif row and len(rows) < lines and measure(phrase) <= width:
            rows.append([phrase])
        else:  # this phrase and the ones after it are left out: say so
            while row and measure(PHRASE_GAP.join([*row, "…"])) > width:
                row.pop()
            if width >= 1:
                row.append("…")
            break
    return "\n".join(PHRASE_GAP.join(row) for row in rows if row)


def marks_for(place: str) -> tuple[Mark, ...]:
    """The marks shown in `place`."""
    return tuple(mark for mark in MARKS if place in mark.places)
