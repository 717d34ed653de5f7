"""Work the draft does once for articles it has read before: the last check reads the draft's copies, and a
syndicated copy of a text is split and read once."""

from __future__ import annotations

import shutil
from pathlib import Path

from soyuztui.dossier.sources.documents import read_document
from soyuztui.draft import draft
from soyuztui.draft.prune import _Collector
from soyuztui.draft.text import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_the_check_reads_the_copies_it_is_given(tmp_path: Path) -> None:
    for article in sorted(SEEDS.glob("*.txt")):
        shutil.copy(article, tmp_path / article.name)
    spec = draft([tmp_path], tmp_path).spec
    copies = {path.resolve(): read_document(path) for path in tmp_path.glob("*.txt")}
    for path in tmp_path.glob("*.txt"):
        path.write_text("date 2031-01-01 emptied\n\nNothing here.\n", encoding="utf-8")
    mission = tmp_path / "mission.toml"
    given = _Collector(mission, spec, copies).documents()
    assert sorted(document.text for document in given) == sorted(raw.text for raw in copies.values())
    again = _Collector(mission, spec).documents()  # no copies: the files as they are now
    assert {document.text for document in again} == {"date 2031-01-01 emptied\n\nNothing here.\n"}


def test_a_copy_of_a_text_is_prepared_once_and_shares_what_is_read_from_the_text() -> None:
    text = (SEEDS / sorted(path.name for path in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    first = Article("a", text, 0, None).prepare()
    first.cache["zone"] = "Asia/Shanghai"
    copy = Article("b", text, 0, None).prepared_as(first)
    alone = Article("c", text, 0, None).prepare()
    assert copy.sentences is first.sentences and copy.cache is first.cache
    assert (copy.sentences, copy.quoted) == (alone.sentences, alone.quoted)
    assert [copy.in_quote(offset) for offset in range(len(text))] == [alone.in_quote(o) for o in range(len(text))]
    assert copy.cache["zone"] == "Asia/Shanghai"


def test_copies_draft_as_one_text_read_for_each(tmp_path: Path) -> None:
    article = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(article, tmp_path / "a.txt")
    alone = draft([tmp_path], tmp_path).spec
    shutil.copy(article, tmp_path / "b.txt")
    both = draft([tmp_path], tmp_path).spec
    assert [document.id for document in both.documents] == ["a", "b"]
    cited = {item.doc for event in both.events for claim in event.claims for item in claim.evidence}
    assert cited == {"a", "b"} and len(both.events) == len(alone.events)
