"""The bounds every value of a mission file is held to, as annotated types for `spec`.

Every number, date, string and array is checked here once, at the edge, so that
whatever `check` accepts can be shown, computed with and exported: years stay inside
`FIRST_YEAR`..`LAST_YEAR` (datetime arithmetic and every time zone work there), strings
shown on one line hold no line break or control character, and arrays have a length
that a person could have written (an oversized array is one error, found before its
items are looked at). docs/mission-guide.md lists the limits.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, GetCoreSchemaHandler, StringConstraints
from pydantic_core import CoreSchema, core_schema

FIRST_YEAR = 1900
LAST_YEAR = 2200

MAX_ONE_LINE = 500
"""Characters in a name, title, role or other one-line text."""
MAX_EXCERPT = 20_000
"""Characters in an excerpt (evidence text)."""
MAX_OFFSET = 100_000_000
"""Largest evidence `start`: beyond any document the app reads."""
MAX_NUMBER = 10**12
"""Largest magnitude of an integer fact value."""

_YEAR = re.compile(r"^\s*([+-]?\d+)-")

_JOINERS = frozenset("\u200c\u200d")
"""Zero-width non-joiner and joiner: unprintable to Python, yet part of how names are
spelt (Sinhala, Persian, Malayalam, emoji sequences); the app shows them safely."""


def one_line(text: str) -> str:
    """`text`, if it is one line with nothing unprintable; a ValueError saying what is wrong if not."""
    for char in text:
        if not char.isprintable() and char not in _JOINERS:
            shown = repr(char)[1:-1] if char not in "\n\r" else {"\n": "a line break", "\r": "a carriage return"}[char]
            raise ValueError(f"must be one line of text, without {shown}")
    return text


def _not_bool(value: Any) -> Any:
    # TOML `true` would otherwise pass as the integer 1.
    if isinstance(value, bool):
        raise ValueError("must be a number, not true or false")
    return value


def _year_in_range(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"year {year} is outside {FIRST_YEAR}-{LAST_YEAR}")


def moment_in_range(value: date) -> date:
    """A date or time, if its year is inside the supported years; a ValueError if not."""
    _year_in_range(value.year)
    return value


def _time_year(text: str) -> str:
    """An ISO date or time whose year is outside the supported years is refused here."""
    if match := _YEAR.match(text):
        _year_in_range(int(match.group(1)))
    return text


def at_most(limit: int) -> Callable[[Any], Any]:
    """A before-validator: a list or table longer than `limit` is one error, items unread."""

    def check(value: Any) -> Any:
        if isinstance(value, list | dict) and len(value) > limit:
            raise ValueError(f"has {len(value):,} entries; at most {limit:,} are allowed")
        return value

    return check


OneLine = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ONE_LINE), AfterValidator(one_line)]
"""Text shown on one line: a name, a title, a role; no line breaks or control characters."""

PathText = Annotated[str, StringConstraints(min_length=1, max_length=4096), AfterValidator(one_line)]
"""A file path, relative to the mission file: one line (the system refuses what is too long)."""

Excerpt = Annotated[str, StringConstraints(min_length=1, max_length=MAX_EXCERPT)]
"""An excerpt of a document (it may span lines)."""

Offset = Annotated[int, BeforeValidator(_not_bool), Field(ge=0, le=MAX_OFFSET)]
"""A character offset into a document."""

Number = Annotated[int, BeforeValidator(_not_bool), Field(ge=-MAX_NUMBER, le=MAX_NUMBER)]
"""An integer value stated by the articles (an age, a count)."""

SchemaVersion = Annotated[Literal[1], BeforeValidator(_not_bool)]
"""The mission file's format version: the number 1 (not `true`)."""

TimeText = Annotated[str, StringConstraints(min_length=1, max_length=64), AfterValidator(_time_year)]
"""An ISO date or time, as written; its year inside the supported years."""


@dataclass(frozen=True)
class MaxItems:
    """`Annotated[list[X], MaxItems(n)]`: at most `n` entries, counted before any is validated.

    pydantic's own `max_length` counts after validating every item, so an array of a
    million bad entries would first make a million errors.
    """

    limit: int

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """The list's schema with its maximum, behind a length check that runs first."""
        schema = handler(source)
        if schema.get("type") in ("list", "dict"):
            schema["max_length"] = self.limit  # type: ignore[index]
        return core_schema.no_info_before_validator_function(at_most(self.limit), schema)


MAX_MISSION_BYTES = 10_000_000
"""A hand-written mission file is a few tens of kilobytes; this is far beyond any."""
MAX_DOCUMENTS = 10_000
"""Articles in one mission (a week of wire copies and syndications stays well inside)."""
MAX_PEOPLE = 5_000
MAX_EVENTS = 20_000
MAX_ENTRIES = 5_000
"""Crew seats, occupants, organisations, terms."""
MAX_EVIDENCE = 10_000
"""Excerpts for one fact or claim: at most one per article, so as many as the articles."""
MAX_LIST = 100
"""Aliases, descriptions, facts of one subject, claims of one event, words of one term."""
