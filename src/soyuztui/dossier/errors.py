"""Errors that name the file and line of the bad input, one line each."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from soyuztui.dossier.sources.tomlines import LineIndex


def visible(text: str) -> str:
    """`text` with every unprintable character (ESC, C1, bidi controls, ...) written as an escape.

    Messages quote the input, and the input is untrusted: nothing in them may
    reach a terminal as a control.
    """
    return "".join(char if char.isprintable() else _escape(char) for char in text)


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


class Problem(NamedTuple):
    """One thing wrong with the input, located at a file and line."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        message = " ".join(self.message.split())  # always one line
        return visible(f"{self.path}:{self.line}: {message}")


MAX_SHOWN = 50
"""Problems printed at most; a file with more has one mistake repeated, not fifty."""


class MissionError(Exception):
    """The mission or its documents cannot be turned into a dossier.

    Carries every problem found, so that `check` can list them all at once.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))

    def lines(self, limit: int = MAX_SHOWN) -> list[str]:
        """The problems as lines, at most `limit` of them and then "... and N more"."""
        shown = [str(problem) for problem in self.problems[:limit]]
        if len(self.problems) > limit:
            shown.append(f"... and {len(self.problems) - limit:,} more problems")
        return shown

    @classmethod
    def single(cls, path: Path, line: int, message: str) -> MissionError:
        """An error with one problem."""
        return cls([Problem(path, line, message)])


class Problems:
    """The one place the dossier's builder reports problems: collected, then raised once.

    Each problem is located in the mission file by its place in the data (a `loc`
    such as `("events", 3, "claims", 0)`), turned into a line by `lines`. Events
    whose own time was reported as wrong are remembered in `unusable`, so that
    what uses their time is not reported again for the same mistake.
    """

    def __init__(self, path: Path, lines: LineIndex) -> None:
        """Problems with the mission file at `path`, whose lines `lines` finds."""
        self.path = path
        self.lines = lines
        self.found: list[Problem] = []
        self.unusable: set[str] = set()

    def add(self, loc: tuple[str | int, ...], message: str) -> None:
        """Report a problem at `loc` in the mission file."""
        self.found.append(Problem(self.path, self.lines.line(loc), message))

    def extend(self, problems: Iterable[Problem]) -> None:
        """Report problems already located (an unreadable article, say)."""
        self.found.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.found)

    def raise_if_any(self) -> None:
        """Raise one MissionError listing every problem, if there is any."""
        if self.found:
            raise MissionError(self.found)
