"""Durations as news English writes them: "in 12 days", "about 3.5 hours", "a 12-day mission"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from soyuztui.dossier.firsts import quick
from soyuztui.dossier.model import Precision

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip


def number_of(word: str) -> int | None:
    """The whole number a count is written as ("10", "ten"), else None."""
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word.lower())


_APPROXIMATE = r"about|around|approximately|nearly|almost|some|roughly|just\s+over|just\s+under|more\s+than|less\s+than"
_DURATION = quick(
    rf"\b(?:(?P<approx>{_APPROXIMATE})\s+)?"
    r"(?P<number>\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")[\s-]+"
    r"(?P<half>and\s+a\s+half\s+)?"
    r"(?P<unit>minute|hour|day|week|month)s?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Duration:
    """A stretch of time an excerpt states ("about 3.5 hours")."""

    delta: relativedelta
    approximate: bool
    precision: Precision
    span: tuple[int, int] = (0, 0)


# Cached: the draft reads an excerpt's durations as it counts a time from another event, and
# its last check reads the same excerpt again (the durations are immutable).
@lru_cache(maxsize=4096)
def read_durations(text: str) -> tuple[Duration, ...]:
    """Every duration `text` states, in order."""
    found: list[Duration] = []
    for match in _DURATION.finditer(text):
        number, unit = match["number"].lower(), match["unit"].lower()
        amount = float(_NUMBER_WORDS.get(number, 0) or number) + (0.5 if match["half"] else 0)
        try:
            if unit == "month":
                delta = relativedelta(months=int(amount))
            elif unit == "week":
                delta = relativedelta(days=int(amount * 7))
            else:
                delta = relativedelta(**{f"{unit}s": amount}).normalized()
        except (OverflowError, ValueError):  # "99999999999 months" is no duration
            continue
        precision: Precision = "day" if unit in ("day", "week", "month") else "minute"
        found.append(Duration(delta, match["approx"] is not None, precision, (match.start(), match.end())))
    return tuple(found)
