"""Locating excerpts in documents and checking what they can support.

Locating forgives runs of white space and the kind of quotation mark; the
offsets it returns never forgive anything: `text[start:end]` is the span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

_DOUBLE_QUOTES = '"“”„‟″«»'
_SINGLE_QUOTES = "'‘’‚‛′"
_FOLD_QUOTES = str.maketrans({**dict.fromkeys(_DOUBLE_QUOTES, '"'), **dict.fromkeys(_SINGLE_QUOTES, "'")})


class NotFound(LookupError):
    """The excerpt is not in the document."""


def fold(text: str) -> str:
    """Text with quotation marks made plain and white space collapsed, lower-cased."""
    return " ".join(text.translate(_FOLD_QUOTES).split()).casefold()


@lru_cache(maxsize=4096)
def _forgiving(excerpt: str) -> re.Pattern[str]:
    parts: list[str] = []
    for char in excerpt.strip():
        if char.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif char in _DOUBLE_QUOTES:
            parts.append(f"[{re.escape(_DOUBLE_QUOTES)}]")
        elif char in _SINGLE_QUOTES:
            parts.append(f"[{re.escape(_SINGLE_QUOTES)}]")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts))


def locate(text: str, excerpt: str, start: int | None = None) -> tuple[int, int]:
    """Offsets of `excerpt` in `text`: the first occurrence, or the one at `start`.

    Raises NotFound when the excerpt is not there (or not at `start`).
    """
    if not excerpt.strip():
        raise NotFound(excerpt)  # white space alone would match anywhere, as nothing
    if start is not None:
        if text.startswith(excerpt, start):
            return start, start + len(excerpt)
        match = _forgiving(excerpt).match(text, start)
        if match is None:
            raise NotFound(excerpt)
        return match.span()
    index = text.find(excerpt)
    if index >= 0:
        return index, index + len(excerpt)
    match = _forgiving(excerpt).search(text)
    if match is None:
        raise NotFound(excerpt)
    return match.span()


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
