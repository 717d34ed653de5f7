"""Random articles, full of markup and control characters, against a small mission.

Building either succeeds with clean text, or fails with MissionError only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from conftest import FORBIDDEN, PROBLEM
from soyuztui.dossier import MissionError, build_dossier
from soyuztui.dossier.sources.documents import read_document
from soyuztui.export.json import to_json
from soyuztui.export.text import summary

BASE_ARTICLE = "date 2021-10-04 The crew launched on October 5 and returned on October 17.\n"

PIECES = [
    "[bold]",
    "[/]",
    "[/",
    "[link=x]",
    "[@click=app.quit]",
    "[red",
    "]",
    "\\[",
    "\x1b",
    "\x1b[31m",
    "\x1b]8;;http://x\x1b\\",
    "\x1b]0;t\x07",
    "\x9b",
    "\x9d",
    "\x9c",
    "\x85",
    "\u202e",
    "\u2066",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u2028",
    "\x00",
    "\r",
    "\r\n",
    "\n",
    "\t",
    "“",
    "”",
    "’",
    " ",
    "Tuesday",
    "tomorrow",
    "October 17",
    "0855 GMT",
    "8:55 GMT",
    "12 days",
    "about 3.5 hours",
    "99999999999 months",
    "date 2021-10-04 ",
    "date 9999-12-31 ",
    "date 0001-01-01 ",
    "01:00 MSK",
    "23:59 Moscow time",
    "Friday",
    "yesterday",
    " said that ",
    ", according to ",
    " told reporters ",
    " and ",
]
fragments = st.one_of(st.sampled_from(PIECES), st.text(max_size=8))
texts = st.lists(fragments, max_size=30).map("".join)


def toml_string(text: str) -> str:
    """A TOML basic string holding `text` exactly."""
    escaped = []
    for char in text:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def mission(excerpt: str) -> str:
    """A mission whose extra event and fact are read from the random article."""
    quoted = toml_string(excerpt)
    return f"""\
[mission]
id = "fuzz"
title = "Fuzz"
countdown_to = "launch"
ends_with = "return"

[[mission.facts]]
field = "x"
value = {quoted}
evidence = [{{ doc = "random", text = {quoted} }}]

[[documents]]
id = "base"
path = "base.txt"

[[documents]]
id = "random"
path = "random.txt"

[[events]]
id = "launch"
title = "Launch"
[[events.claims]]
time = "2021-10-05"
evidence = [{{ doc = "base", text = "launched on October 5" }}]

[[events]]
id = "return"
title = "Return"
[[events.claims]]
time = "2021-10-17"
evidence = [{{ doc = "base", text = "returned on October 17" }}]

[[events]]
id = "random"
title = "Random"
[[events.claims]]
time = "2021-10-05T08:55Z"
evidence = [{{ doc = "random", text = {quoted} }}]
[[events.claims]]
time = "2021-10-17"
after = "launch"
evidence = [{{ doc = "random", text = {quoted} }}]
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("random-article")
    (path / "base.txt").write_text(BASE_ARTICLE, encoding="utf-8")
    return path


def check(folder: Path, article: bytes, excerpt: str) -> None:
    (folder / "random.txt").write_bytes(article)
    # Most random missions are refused (their claims are not in the article); the
    # article is still read and cleaned on the way, so check that directly too.
    try:
        raw = read_document(folder / "random.txt")
    except MissionError:
        pass
    else:
        assert not FORBIDDEN.search(raw.text), raw.text
        assert not FORBIDDEN.search(raw.title()), raw.title()
    path = folder / "mission.toml"
    path.write_text(mission(excerpt), encoding="utf-8")
    try:
        dossier = build_dossier(path)
    except MissionError as error:
        event("refused")
        for problem in error.problems:
            line = str(problem)
            assert PROBLEM.match(line), line
            assert not FORBIDDEN.search(line), line
        return
    event("built")
    for document in dossier.documents:
        assert not FORBIDDEN.search(document.text), document.text
        assert not FORBIDDEN.search(document.title), document.title
        for fact in dossier.mission.facts:
            for evidence in fact.evidence:
                assert dossier.document(evidence.doc).text[evidence.start : evidence.end] == evidence.text
    assert not FORBIDDEN.search(to_json(dossier))
    assert not FORBIDDEN.search(summary(dossier))


@given(before=texts, excerpt=texts, after=texts)
def test_random_text_article(folder: Path, before: str, excerpt: str, after: str) -> None:
    check(folder, (before + excerpt + after).encode("utf-8", "surrogatepass"), excerpt or "x")


@given(data=st.binary(max_size=400), excerpt=texts)
def test_random_bytes_article(folder: Path, data: bytes, excerpt: str) -> None:
    check(folder, data + excerpt.encode("utf-8", "surrogatepass"), excerpt or "x")
