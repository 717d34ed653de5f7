"""The draft's last check reads the articles the draft read a moment before, not the files again."""

from __future__ import annotations

import shutil
from pathlib import Path

from soyuztui.dossier.sources.documents import read_document
from soyuztui.draft import draft
from soyuztui.draft.prune import _Collector

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
