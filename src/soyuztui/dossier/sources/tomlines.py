"""Line numbers for the entries of a TOML file, which tomli does not report.

`LineIndex(text).line(("people", 3, "facts", 0, "evidence", 1))` is the line where
that entry is written, or the line of its nearest enclosing entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ARRAY_TABLE = re.compile(r"^\[\[\s*(.+?)\s*\]\]")
_TABLE = re.compile(r"^\[\s*([^\[\]]+?)\s*\]")
_KEY = re.compile(r"""^("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")

Path = tuple[str | int, ...]


def _names(dotted: str) -> list[str]:
    return [part.strip().strip("\"'") for part in dotted.split(".")]


class LineIndex:
    """Maps paths of keys, tables and array elements to their 1-based line numbers.

    The file is indexed on the first question: a valid mission never asks one.
    """

    def __init__(self, text: str) -> None:
        self._text: str | None = text
        self._lines: dict[Path, int] = {}
        self._counts: dict[Path, int] = {}

    def line(self, path: Sequence[str | int]) -> int:
        """The line of `path`, or of its longest known prefix (1 if none)."""
        if self._text is not None:
            self._index(self._text)
            self._text = None
        key = tuple(path)
        while key:
            if key in self._lines:
                return self._lines[key]
            key = key[:-1]
        return 1

    def _resolve(self, names: list[str]) -> Path:
        # A dotted table name walks through arrays of tables: take their latest element.
        path: list[str | int] = []
        for name in names:
            path.append(name)
            count = self._counts.get(tuple(path))
            if count:
                path.append(count - 1)
        return tuple(path)

    def _index(self, text: str) -> None:
        table: Path = ()
        # Only \n ends a TOML line: str.splitlines() would also split at \x0c, \x85, \u2028...
        lines = text.split("\n")
        lineno = 0
        while lineno < len(lines):
            stripped = lines[lineno].strip()
            lineno += 1
            if not stripped or stripped.startswith("#"):
                continue
            if match := _ARRAY_TABLE.match(stripped):
                names = _names(match.group(1))
                parent = self._resolve(names[:-1])
                array = (*parent, names[-1])
                index = self._counts.get(array, 0)
                self._counts[array] = index + 1
                table = (*array, index)
                self._lines.setdefault(array, lineno)
                self._lines[table] = lineno
            elif match := _TABLE.match(stripped):
                table = self._resolve(_names(match.group(1)))
                self._lines[table] = lineno
            elif match := _KEY.match(stripped):
                key = (*table, *_names(match.group(1)))
                self._lines[key] = lineno
                value = stripped[match.end() :]
                lineno = self._index_value(key, value, lines, lineno)

    def _index_value(self, key: Path, value: str, lines: list[str], lineno: int) -> int:
        """Record the lines of the elements of an array value; return the next line."""
        depth = 0
        element = -1
        quote: str | None = None
        text, here = value, lineno
        while True:
            i = 0
            while i < len(text):
                char = text[i]
                if quote:
                    if char == "\\" and quote == '"':
                        i += 1
                    elif char == quote:
                        quote = None
                elif char in "\"'":
                    quote = char
                elif char == "#":
                    break
                elif char in "[{":
                    depth += 1
                    if depth == 2:  # an element of the array that is the value
                        element += 1
                        self._lines[(*key, element)] = here
                elif char in "]}":
                    depth -= 1
                i += 1
            if depth <= 0 or here >= len(lines):
                return here
            text = lines[here]
            here += 1
