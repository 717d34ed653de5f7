"""Locating excerpts in documents and checking what they can support.

Locating forgives runs of white space and the kind of quotation mark; the
offsets it returns never forgive anything: `text[start:end]` is the span.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from functools import lru_cache

_DOUBLE_QUOTES = '"“”„‟″«»'
_SINGLE_QUOTES = "'‘’‚‛′"
_FOLD_QUOTES = str.maketrans({**dict.fromkeys(_DOUBLE_QUOTES, '"'), **dict.fromkeys(_SINGLE_QUOTES, "'")})


class NotFound(LookupError):
    """The excerpt is not in the document."""


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Text with quotation marks made plain and white space collapsed, lower-cased.

    Cached: checking a mission folds the same excerpts and phrases again and again
    (every name against every excerpt, syndicated copies citing the same words).
    """
    return " ".join(text.translate(_FOLD_QUOTES).split()).casefold()


_SPACES = re.compile(r"\s+")


class _Folded:
    """A text with quotation marks made plain and each run of white space one space.

    Built once per document; `original` maps an offset in the folded text back to the
    document. Searching the folded text with `str.find` is linear, where a forgiving
    regular expression tried at every offset was quadratic on long excerpts.
    """

    def __init__(self, text: str) -> None:
        plain = text.translate(_FOLD_QUOTES)
        self.text = _SPACES.sub(" ", plain)
        # For each run of white space: where its one space is in the folded text, and
        # how many characters the folding has removed up to the end of that run.
        self.spaces: array[int] = array("q")
        self.removed: array[int] = array("q")
        removed = 0
        for match in _SPACES.finditer(plain):
            self.spaces.append(match.start() - removed)
            removed += match.end() - match.start() - 1
            self.removed.append(removed)

    def original(self, index: int) -> int:
        """The document offset of folded offset `index` (a run's space maps to its start)."""
        run = bisect_right(self.spaces, index) - 1
        if run < 0:
            return index
        if self.spaces[run] == index:
            return index + (self.removed[run - 1] if run else 0)
        return index + self.removed[run]

    def folded(self, offset: int) -> int | None:
        """The folded offset of document offset `offset`, if a character starts there."""
        low, high = max(0, offset - (self.removed[-1] if self.removed else 0)), offset
        while low <= high:  # `original` only grows with its argument
            middle = (low + high) // 2
            found = self.original(middle)
            if found == offset:
                return middle
            if found < offset:
                low = middle + 1
            else:
                high = middle - 1
        return None


@lru_cache(maxsize=8)
def _folded(text: str) -> _Folded:
    return _Folded(text)


def _fold_excerpt(excerpt: str) -> str:
    return _SPACES.sub(" ", excerpt.strip().translate(_FOLD_QUOTES))


def locate(text: str, excerpt: str, start: int | None = None) -> tuple[int, int]:
    """Offsets of `excerpt` in `text`: the first occurrence, or the one at `start`.

    White space runs and the kind of quotation mark are forgiven. Raises NotFound
    when the excerpt is not there (or not at `start`).
    """
    if not excerpt.strip():
        raise NotFound(excerpt)  # white space alone would match anywhere, as nothing
    if start is not None and text.startswith(excerpt, start):
        return start, start + len(excerpt)
    if start is None and (index := text.find(excerpt)) >= 0:
        return index, index + len(excerpt)
    folded, needle = _folded(text), _fold_excerpt(excerpt)
    at: int | None
    if start is None:
        at = folded.text.find(needle)
    else:
        at = folded.folded(start)
        if at is not None and not folded.text.startswith(needle, at):
            at = None
    if at is None or at < 0:
        raise NotFound(excerpt)
    return folded.original(at), folded.original(at + len(needle) - 1) + 1


def _is_word(char: str) -> bool:
    # What `\w` matches in a `str` pattern.
    return char.isalnum() or char == "_"


def _has_phrase(folded: str, phrase: str) -> bool:
    """Whether `phrase` stands in `folded` as whole words; a plural counts as the word.

    Both are folded, so words are separated by exactly one space. A plain search, not a
    regular expression per phrase: a mission has many phrases and each would be compiled.
    """
    needle = fold(phrase)
    start = folded.find(needle)
    while start >= 0:
        if start == 0 or not _is_word(folded[start - 1]):
            end = start + len(needle)
            # "cosmonauts" states "cosmonaut", "launches" states "launch".
            for suffix in ("s", "es", ""):
                after = end + len(suffix)
                if folded.startswith(suffix, end) and (after == len(folded) or not _is_word(folded[after])):
                    return True
        start = folded.find(needle, start + 1)
    return False


def mentions(excerpt: str, phrases: Iterable[str]) -> bool:
    """Whether the excerpt contains any of `phrases` as whole words, ignoring case."""
    folded = fold(excerpt)
    return any(phrase.strip() and _has_phrase(folded, phrase) for phrase in phrases)


_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()


def states(excerpt: str, value: str | int, terms: Mapping[str, list[str]]) -> bool:
    """Whether the excerpt states `value`: a number in digits or words, text as itself or a term."""
    if isinstance(value, int):
        if re.search(rf"(?<![\d.,]){value}(?!\d)", excerpt):
            return True
        return 0 <= value < len(_NUMBER_WORDS) and mentions(excerpt, [_NUMBER_WORDS[value]])
    return mentions(excerpt, [value, *terms.get(value, ())])
