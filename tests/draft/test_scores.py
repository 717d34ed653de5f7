"""The draft against reviewed mission files: floors at the figures it reaches.

The scorer is `benchmarks/draft_score.py`; `python benchmarks/draft_score.py` prints
every figure. A floor that fails means the extractor got worse on that corpus.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import draft_score

from soyuztui.dossier import build_dossier

CORPORA = draft_score.corpora()


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_every_measure_at_its_floor(name: str) -> None:
    scores = draft_score.score_corpus(CORPORA[name])
    assert [item.kind for item in scores] == [
        "people",
        "ages",
        "crew seats",
        "occupants (3 moments)",
        "event times",
        "time claims",
        "conflicts",
    ]
    for item in scores:
        assert item.reviewed > 0, item
        assert item.recall >= 1.0, draft_score.table(name, scores)
        assert item.precision >= 1.0, draft_score.table(name, scores)


def test_seeds_conflicts_found_without_help() -> None:
    with tempfile.TemporaryDirectory() as folder:
        drafted = draft_score.draft_dossier(CORPORA["seeds"], Path(folder) / "a")
        subjects = {conflict.subject for conflict in drafted.conflicts}
    assert "return.time" in subjects  # October 16 or 17
    assert "docking.time" in subjects  # 12:12 GMT or launch plus about 3.5 hours
    assert "novitskiy.spelling" in subjects  # Novitskiy or Novitsky
    assert "mission.film" in subjects  # "The Challenge" or "Challenge"


def test_scorer_sees_a_missing_person(tmp_path: Path) -> None:
    gold = build_dossier(CORPORA["kestrel-4"])
    drafted = draft_score.draft_dossier(CORPORA["kestrel-4"], tmp_path / "a")
    fewer = drafted.model_copy(update={"people": drafted.people[1:]})
    people = draft_score.score(fewer, gold)[0]
    assert people.found == people.reviewed - 1
    assert people.recall < 1.0
