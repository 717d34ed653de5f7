"""What the time reader gives back: readings, and refusals that explain themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal


@dataclass(frozen=True, slots=True)
class Reading:
    """One time an excerpt states.

    `time` is aware UTC. For precision "day" it is the midnight that starts that
    day in `zone` (UTC when no zone is known), converted to UTC. `zone` is the
    IANA name or fixed-offset label ("UTC", "UTC+03:00") the time was read in.
    `span` is where the expression (the clock time with its day words) stands
    in the text read. `zone_word` is the zone as the text wrote it ("GMT",
    "Moscow time"), None when the zone came from the claim or the document.
    """

    time: datetime
    precision: Literal["minute", "day"]
    approximate: bool
    zone: str | None
    span: tuple[int, int]
    zone_word: str | None = None


class TimeRefused(ValueError):
    """An excerpt states a time that cannot be placed without guessing.

    Its message is one line naming the words and how to say them so they can be read.
    """


def quoted(text: str, limit: int = 40) -> str:
    """Words of an excerpt quoted on one line for a refusal."""
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= limit else f"“{text[: limit - 1]}…”"
