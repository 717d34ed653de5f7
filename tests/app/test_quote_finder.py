"""The quotes filter narrows from its last answer while typed on, and answers exactly as a
fresh search over every quote would."""

from __future__ import annotations

import pytest

from soyuztui.dossier import Dossier
from soyuztui.tui.panes.quotes import QuoteFinder, narrows, quote_matches, speaker_name


def fresh(dossier: Dossier, text: str) -> list[int]:
    return [
        index for index, quote in enumerate(dossier.quotes) if quote_matches(quote, speaker_name(dossier, quote), text)
    ]


@pytest.mark.parametrize(
    "typed",
    ["peresild", "kind:reported", "type:organisation", "speaker:rog space", "the film", "type:", "zzz"],
)
def test_typing_on_answers_as_a_fresh_search(quoted: Dossier, typed: str) -> None:
    finder = QuoteFinder(quoted)
    for end in range(1, len(typed) + 1):
        text = typed[:end]
        assert finder.indexes(text) == fresh(quoted, text), text
    for end in range(len(typed) - 1, 0, -1):  # and back out with backspace
        assert finder.indexes(typed[:end]) == fresh(quoted, typed[:end])


def test_what_narrows() -> None:
    assert narrows("pere", "peres")
    assert narrows("pere", "pere sil")
    assert narrows("kind:r", "kind:re")
    assert not narrows("type:", "type:o")  # a bare key is a word until its value comes
    assert not narrows("peres", "pere")
    assert not narrows("film", "flim")


def test_an_empty_filter_shows_every_quote_without_a_search(quoted: Dossier) -> None:
    finder = QuoteFinder(quoted)
    assert finder.find("  ") is quoted.quotes
    assert finder.speakers is None
