"""`quick`: a pattern compiled with a lookahead for its first characters finds exactly the same matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soyuztui.dossier.firsts import first_chars, quick
from soyuztui.dossier.times.zones import ZONE_PATTERN
from soyuztui.draft.events import EVENT_KINDS

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

#: Patterns of every shape the parser gives: boundaries, lookbehinds, classes, repeats that may be
#: empty, case ignored in part, branches that may be empty.
SHAPES: list[tuple[str, int]] = [
    (r"\bdock(?:ed|s)?\b|\bfloated into\b", re.IGNORECASE),
    (r"(?<![A-Za-z])(?:UTC|GMT)|(?i:local)(?![A-Za-z])", 0),
    (r"(?:about\s+)?\d+\s+days|[Ii]n\s+\w+", 0),
    (r"(?:a|b?)c|[x-z]+", 0),
    (r"(?-i:Ab)|cd", re.IGNORECASE),
    (r"\s*[.,]\W", 0),
    (r"(?>ab|a)c|(?:de)*+f", 0),
    (r"(?<!x )\b(?:a|(?:b )?c)|\bd?e|a?\bb", re.IGNORECASE),
]


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"\bfoo|\bBar", re.IGNORECASE, r"(?=(?i:[Bf]))\b"),
        (r"(?<!x )\b(?:a|(?:b )?c)|\bd?e", 0, r"(?=[abcde])\b"),
        (r"\bfoo|bar", 0, "(?=[bf])"),
        (r"a?\bb", 0, "(?=[ab])"),
        (r"(?<![A-Za-z])\d+|(?i:local)", 0, r"(?=[\d]|(?i:[l]))"),
        (r"(?:a|b?)c", 0, "(?=[abc])"),
        (r"[a-c]x|\.", 0, r"(?=[\.a-c])"),
    ],
)
def test_the_first_characters_of_a_pattern(source: str, flags: int, expected: str) -> None:
    assert first_chars(re.compile(source, flags)) == expected


@pytest.mark.parametrize("source", [r"a*", r"[^a]b", r".x", r"(a?)\1", r"(?:x|)y?", r"(?a:\w)"])
def test_no_lookahead_where_a_match_may_begin_anywhere(source: str) -> None:
    assert first_chars(re.compile(source)) is None
    assert quick(source).pattern == source


@pytest.mark.parametrize("source", [r",\s+said", r"(?:An?|The)\s+ship", r"[,;]\s*but", r"(?i:[0-9])\s+days"])
def test_no_lookahead_where_the_engine_finds_the_first_character_itself(source: str) -> None:
    assert quick(source).pattern == source


def test_global_flags_stay_first() -> None:
    assert quick(r"(?i)abc").pattern == r"(?i)abc"
    assert quick(r"(?i:ab)c").pattern.startswith("(?=")


def test_a_verbose_pattern_ending_in_a_comment_still_closes() -> None:
    pattern = quick(r"\bab  # the last word", re.VERBOSE)
    assert pattern.pattern != r"\bab  # the last word"
    assert [match.span() for match in pattern.finditer("xx ab ab")] == [(3, 5), (6, 8)]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="abcdefxyzABCD .,\n0123456789UTCGMTlocal\u212a\u017f", max_size=60))
def test_the_same_matches_as_the_pattern_itself(text: str) -> None:
    for source, flags in SHAPES:
        plain, fast = re.compile(source, flags), quick(source, flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_draft_patterns_find_the_same_spans_in_the_seed_articles() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    sources: list[tuple[str, int]] = [(pattern, re.IGNORECASE) for _kind, _title, pattern in EVENT_KINDS]
    sources.append((r"(?<![A-Za-z])" + ZONE_PATTERN, 0))
    for source, flags in sources:
        fast = quick(source, flags)
        assert fast.pattern != source  # each of them gets its lookahead
        plain = re.compile(source, flags)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
