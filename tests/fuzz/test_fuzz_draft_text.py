"""The drafter's text handling on any input: every code point round-trips, header lines read in linear time.

The time cases use hostile shapes that took minutes before (a header line with a long
run of spaces, a line in capitals): the per-test timeout is the bound, set far above
what linear work takes, far below what the quadratic patterns took.
"""

from __future__ import annotations

import pytest
import tomli
from hypothesis import given
from hypothesis import strategies as st

from soyuztui.draft.header import byline, dateline_outlet, read_header
from soyuztui.draft.writer import quote

#: Every general category but surrogates (no UTF-8 text holds one).
_ANY_CHARACTER = st.characters(exclude_categories=["Cs"])
_ASTRAL = st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF, exclude_categories=["Cs"])


@given(st.text(_ANY_CHARACTER) | st.text(_ASTRAL))
def test_every_code_point_round_trips_through_the_written_toml(text: str) -> None:
    assert tomli.loads(f"value = {quote(text)}\n")["value"] == text


@pytest.mark.parametrize(
    "char",
    [
        "\U000e0067",
        "\U000f0001",
        "\U0010fffd",
        "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    ],
    ids=["tag g", "plane 15", "plane 16", "flag of England"],
)
def test_characters_above_u_ffff_are_written_with_eight_digits(char: str) -> None:
    written = quote(char)
    assert tomli.loads(f"value = {written}\n")["value"] == char
    assert "\\u" not in written or all(ord(c) <= 0xFFFF or c.isprintable() for c in char)


SPACES = 200_000


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "line",
    [
        "Crowds" + " " * SPACES + "gathered.",
        "CROWDS" + " " * SPACES + "GATHERED",
        "By Crowds" + " " * SPACES + "gathered",
        "Jane Doe |" + " " * SPACES + "a | b",
        "Published" + " " * SPACES + "soon",
    ],
    ids=["sentence", "capitals", "byline", "pipes", "published"],
)
def test_a_header_line_with_a_long_run_of_spaces_reads_in_linear_time(line: str) -> None:
    header = read_header(f"{line}\n\nThe story begins here.\n", 0)
    assert (header.author, header.outlet) == (None, None)
    assert byline(line) is None
    assert dateline_outlet(line) is None


def test_the_fixed_patterns_still_read_ordinary_headers() -> None:
    assert byline("Jane Doe | The Daily Orbit") == ("Jane Doe", "The Daily Orbit")
    assert byline("By JANE DOE, Reuters") == ("Jane Doe", "Reuters")
    assert dateline_outlet("MOSCOW, Oct. 5 (TASS) - The crew") == "TASS"
    assert dateline_outlet("BREMERHAVEN, May 18. /Orbit News/. The crew") == "Orbit News"
