"""Errors that name the file and line of the bad input, one line each."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


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


@dataclass(frozen=True, slots=True)
class Problem:
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
