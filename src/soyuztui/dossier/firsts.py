"""A scan that skips at once the places where a pattern cannot begin.

Python's regex engine tries a pattern at every position of a text. A pattern that opens
with a word boundary or a lookbehind, or that ignores case, gets none of the engine's own
shortcuts, so every alternative is tried at every position. `quick` works out from the
parsed pattern the characters any match must begin with (its FIRST set) and compiles it with a
lookahead for them in front: the engine then passes every other position with one
character test. Where every match begins at a word boundary (each way in opens with
`\b`), a `\b` follows the lookahead, so a first letter inside a word is passed as soon.
The lookahead admits every first character a match can have, so the matches are the same ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The parser the `re` module compiles with: the one exact account of what a pattern means.
# It is an internal module (Python 3.11's spelling of the deprecated `sre_parse`).
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["first_chars", "quick"]

#: The classes a parsed character class may name, as written in a pattern.
_CATEGORIES: dict[object, str] = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}
#: Items that match where they stand and read no character: a word boundary, an anchor, a look-around.
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
#: Flags set for the whole pattern at its start ("(?i)..."): nothing may come before them.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """The pattern's first characters cannot be told as a class (a negated class, `.`, a backreference)."""


class _Firsts:
    """The first characters found so far: written as themselves, and those whose case is ignored."""

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.folded: set[str] = set()
        #: Whether every first character found stands after a word boundary (`\b`) in the pattern.
        self.bounded = True

    def add(self, item: str, folded: bool, bounded: bool) -> None:
        (self.folded if folded else self.exact).add(item)
        self.bounded = self.bounded and bounded

    def lookahead(self) -> str:
        """A lookahead that admits exactly these characters, then `\\b` where every match begins at a word boundary.

        The character test comes first (it fails at most places, and costs less); the boundary
        then passes the first letters inside words, where a long alternation would otherwise try
        every one of its words.
        """
        parts = [f"[{''.join(sorted(self.exact))}]"] if self.exact else []
        if self.folded:
            parts.append(f"(?i:[{''.join(sorted(self.folded))}])")
        chars = "|".join(parts)
        return f"(?={chars})\\b" if self.bounded else f"(?={chars})"


def _sequence(items: Iterable[tuple[Any, Any]], folded: bool, found: _Firsts, bounded: bool = False) -> bool:
    """Add the first characters of a sequence of parsed items; whether it can match the empty string.

    `bounded`: whether a word boundary stands before the sequence, where its first character is read.
    """
    for op, av in items:
        if op in _ZERO_WIDTH:
            # Reads no character: the next item's first characters are the ones read.
            bounded = bounded or (op is _sre.AT and av is _sre.AT_BOUNDARY)
            continue
        if not _item(op, av, folded, found, bounded):
            return False
    return True


def _item(op: object, av: Any, folded: bool, found: _Firsts, bounded: bool) -> bool:
    """Add one parsed item's first characters; whether it can match the empty string."""
    if op is _sre.LITERAL:
        found.add(re.escape(chr(av)), folded, bounded)
        return False
    if op is _sre.IN:
        for kind, value in av:
            if kind is _sre.LITERAL:
                found.add(re.escape(chr(value)), folded, bounded)
            elif kind is _sre.RANGE:
                found.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}", folded, bounded)
            elif kind is _sre.CATEGORY and value in _CATEGORIES:
                found.add(_CATEGORIES[value], folded, bounded)
            else:
                raise _Unknown
        return False
    if op is _sre.BRANCH:
        # Every branch: no short circuit.
        return any([_sequence(branch, folded, found, bounded) for branch in av[1]])
    if op is _sre.SUBPATTERN:
        _group, add, remove, inner = av
        if (add | remove) & ~_sre.SRE_FLAG_IGNORECASE:
            raise _Unknown  # other inline flags change what a class means
        here = (folded or bool(add & _sre.SRE_FLAG_IGNORECASE)) and not remove & _sre.SRE_FLAG_IGNORECASE
        return _sequence(inner, here, found, bounded)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av, folded, found, bounded)
    if op in _REPEATS:
        least, _most, inner = av
        return _sequence(inner, folded, found, bounded) or least == 0
    raise _Unknown  # any character, a backreference, a conditional group


def _engine_skips(items: Any, folded: bool) -> bool:
    """Whether the engine finds the pattern's first characters itself: it opens with a character,
    a class, or a choice of characters, none of whose case is ignored (its own search shortcut).
    """
    while len(items):
        op, av = items[0]
        if op is not _sre.SUBPATTERN:
            break
        _group, add, remove, items = av
        folded = (folded or bool(add & _sre.SRE_FLAG_IGNORECASE)) and not remove & _sre.SRE_FLAG_IGNORECASE
    else:
        return False
    if op is _sre.BRANCH:
        return all(len(branch) and _plain_char(branch[0][0], branch[0][1], folded) for branch in av[1])
    if op is _sre.IN:
        return not folded or not any(_cased_item(kind, value) for kind, value in av)
    return _plain_char(op, av, folded)


def _plain_char(op: object, av: Any, folded: bool) -> bool:
    """Whether the item is one character whose case is not ignored."""
    return op is _sre.LITERAL and not (folded and _cased(av))


def _cased(code: int) -> bool:
    char = chr(code)
    return char.lower() != char.upper()


def _cased_item(kind: object, value: Any) -> bool:
    """Whether an item of a class names a character that has a case (a letter, or a range holding one)."""
    if kind is _sre.LITERAL:
        return _cased(value)
    if kind is _sre.RANGE:
        return any(_cased(code) for code in range(value[0], value[1] + 1))
    return False


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A lookahead for the characters every match of `pattern` begins with, or None when there is none to tell.

    None for a pattern that may match the empty string or whose first character may be
    almost any (a negated class, `.`), and for one the engine already scans quickly (it
    opens with a literal character or a class, case not ignored).
    """
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    folded = bool(parsed.state.flags & re.IGNORECASE)
    if _engine_skips(parsed.data, folded):
        return None  # a lookahead would only slow it down
    found = _Firsts()
    try:
        if _sequence(parsed.data, folded, found):
            return None
    except _Unknown:
        return None
    return found.lookahead()


def quick(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` with a lookahead for its first characters in front: the same matches, found sooner.

    Compiled as written when it has no such lookahead (see `first_chars`) or opens with
    its global flags (which must stay first).
    """
    pattern = re.compile(source, flags)
    lookahead = first_chars(pattern)
    if lookahead is None or _GLOBAL_FLAGS.match(source):
        return pattern
    close = "\n)" if pattern.flags & re.VERBOSE else ")"  # a comment on the last line must not swallow it
    return re.compile(f"{lookahead}(?:{source}{close}", flags)
