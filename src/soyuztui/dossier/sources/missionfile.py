"""Reading a mission file: bytes, then TOML, then shape-checked models.

Whatever the file holds, the result is a MissionFile or a MissionError whose
problems each name a line: a mission file is written by hand, and a reader
should be sent to the line to fix, not shown a traceback.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import tomli
from pydantic import ValidationError

from soyuztui.dossier.errors import MissionError, Problem, visible
from soyuztui.dossier.fsio import FileTooLarge, NotRegularFile, read_regular
from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.sources.bounds import MAX_MISSION_BYTES
from soyuztui.dossier.sources.documents import decode, first_unsafe
from soyuztui.dossier.sources.tomlines import LineIndex

Loc = tuple[str | int, ...]
_TOML_LINE = re.compile(r"line (\d+)")
_LONG_INTEGER = re.compile(r"\d{4000,}")


def load_mission_file(path: Path) -> tuple[s.MissionFile, LineIndex]:
    """Read and shape-check a mission file, or raise MissionError naming its line."""
    text = decode(_read(path), path)
    raw = _parse(path, text)
    if not raw:
        raise MissionError.single(path, 1, "is empty: a mission file needs [mission], [[documents]] and [[events]]")
    lines = LineIndex(text)
    controls = [
        Problem(path, lines.line(loc), f"{_dotted(loc)}: contains the control character {char}")
        for loc, char in ((loc, visible(char)) for loc, char in _controls(raw))
    ]
    if controls:
        raise MissionError(controls)
    try:
        return s.MissionFile.model_validate(raw), lines
    except ValidationError as error:
        raise MissionError(_shape_problems(path, lines, raw, error)) from None


def _read(path: Path) -> bytes:
    # Only a regular file is read: a FIFO would block and /dev/zero would never end.
    try:
        return read_regular(path, MAX_MISSION_BYTES)
    except IsADirectoryError:
        raise MissionError.single(path, 1, "is a directory, not a mission file") from None
    except NotRegularFile:
        raise MissionError.single(path, 1, "is not a regular file") from None
    except FileTooLarge:
        raise MissionError.single(
            path, 1, f"is larger than {MAX_MISSION_BYTES:,} bytes; that is not a mission file"
        ) from None
    except FileNotFoundError:
        raise MissionError.single(path, 1, "no such mission file") from None
    except OSError as error:
        raise MissionError.single(path, 1, f"cannot be read: {error.strerror}") from None
    except ValueError as error:  # a path with a NUL in it
        raise MissionError.single(path, 1, f"cannot be read: {error}") from None


def _parse(path: Path, text: str) -> dict[str, Any]:
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        line = getattr(error, "lineno", None)
        if line is None:
            match = _TOML_LINE.search(str(error))
            line = int(match.group(1)) if match else 1
        message = getattr(error, "msg", None) or str(error)
        raise MissionError.single(path, line, f"not valid TOML: {message}") from None
    except RecursionError:  # tomli refuses arrays nested over 400 deep this way
        line = _deepest_line(text)
        raise MissionError.single(path, line, "not valid TOML: nested too deeply") from None
    except ValueError:  # int() refuses more than 4300 digits
        match = _LONG_INTEGER.search(text)
        line = text.count("\n", 0, match.start()) + 1 if match else 1
        raise MissionError.single(path, line, "not valid TOML: integer too large") from None


def _deepest_line(text: str, limit: int = 400) -> int:
    """The line where brackets first nest deeper than `limit` (strings not told apart)."""
    depth = 0
    for index, char in enumerate(text):
        depth += (char in "[{") - (char in "]}")
        if depth > limit:
            return text.count("\n", 0, index) + 1
    return 1


def _dotted(loc: Sequence[str | int]) -> str:
    return ".".join(str(part) for part in loc)


def _controls(value: object, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every key or string holding a control character, with where it is."""
    if isinstance(value, str):
        if char := first_unsafe(value):
            yield loc, char
    elif isinstance(value, dict):
        for key, item in value.items():
            if char := first_unsafe(key):
                yield (*loc, key), char
            else:
                yield from _controls(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _controls(item, (*loc, index))


def _in_input(raw: object, loc: Sequence[str | int]) -> tuple[Loc, bool]:
    """The part of a pydantic error location that exists in the input.

    A union adds the name of each member it tried ("value.str", "value.int"): those
    are cut, so that one bad value is one problem. A missing key is kept. Returns
    the location and whether a union member was cut.
    """
    here: object = raw
    kept: list[str | int] = []
    for part in loc:
        if isinstance(here, dict) and isinstance(part, str):
            kept.append(part)
            if part not in here:
                break
            here = here[part]
        elif isinstance(here, list) and isinstance(part, int) and 0 <= part < len(here):
            kept.append(part)
            here = here[part]
        else:
            return tuple(kept), True
    return tuple(kept), False


def _shape_problems(path: Path, lines: LineIndex, raw: object, error: ValidationError) -> list[Problem]:
    """One problem per bad entry; a misspelt key is one problem, not "missing" plus "extra"."""
    messages: dict[Loc, list[str]] = {}
    missing: dict[Loc, list[str]] = {}
    extra: dict[Loc, list[str]] = {}
    for item in error.errors(include_url=False):
        loc, cut = _in_input(raw, item["loc"])
        # A validator's own message is the message: pydantic's "Value error, " adds nothing.
        message = item["msg"].removeprefix("Value error, ")
        known = messages.setdefault(loc, [])
        if cut and known and message.startswith("Input should be "):
            message = "or " + message.removeprefix("Input should be ")
        if message not in known:
            known.append(message)
        if loc and isinstance(loc[-1], str) and item["type"] in ("missing", "extra_forbidden"):
            kinds = missing if item["type"] == "missing" else extra
            kinds.setdefault(loc[:-1], []).append(loc[-1])
    for parent, keys in extra.items():
        for key in keys:
            absent = [name for name in missing.get(parent, ()) if (*parent, name) in messages]
            for guess in difflib.get_close_matches(key, absent, n=1, cutoff=0.6):
                del messages[(*parent, guess)]
                messages[(*parent, key)] = [f"unknown key {key!r}; did you mean {guess!r}?"]
    problems = [
        Problem(path, lines.line(loc), f"{_dotted(loc) or 'mission file'}: {_join(texts)}")
        for loc, texts in messages.items()
    ]
    return sorted(problems, key=lambda problem: problem.line)


def _join(texts: list[str]) -> str:
    # "a valid string" "or a valid integer" read as one; other messages are separated.
    rest = (f" {text}" if text.startswith("or ") else f"; {text}" for text in texts[1:])
    return texts[0] + "".join(rest)
