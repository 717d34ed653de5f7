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


KINDS = [
    "people",
    "ages",
    "crew seats",
    "occupants (3 moments)",
    "event times",
    "time claims",
    "conflicts",
    "document metadata",
    "organisations",
]
#: Every reviewed file has items of these kinds; some have no metadata or organisations.
ALWAYS = KINDS[:7]
#: Floors below 100 %, at the figures reached: (corpus, kind) -> (recall, precision).
FLOORS = {
    # The reviewed seeds name no headline and declare only Roscosmos; the draft reads
    # 004's first line as its headline and also declares the Associated Press (003 quotes it).
    ("seeds", "document metadata"): (1.0, 0.0),
    ("seeds", "organisations"): (1.0, 0.5),
    # The reviewed file gives outlets, authors, links and times the articles never state.
    ("kestrel-4", "document metadata"): (0.3, 1.0),
    # Written after the rules, and not tuned on: the honest measure.
    ("petrel-5", "ages"): (1.0, 0.8),
    ("petrel-5", "crew seats"): (0.5, 1.0),
    # Occupants without a stated agency are drafted now (agency is optional); the crew's
    # landing seats are not found, so they stay aboard "after landing".
    ("petrel-5", "occupants (3 moments)"): (0.77, 0.75),
    ("petrel-5", "time claims"): (0.66, 0.77),
    ("petrel-5", "conflicts"): (1.0, 0.66),
    # A count said roughly ("about 3.5 hours after launch") within the hour of a docking minute
    # stated outright is that minute rounded, not drafted as its rival (issue 22); the
    # reviewed files keep each such count as a claim, and so a docking dispute.
    ("seeds", "time claims"): (0.93, 1.0),
    ("seeds", "conflicts"): (0.75, 1.0),
    ("kestrel-4", "time claims"): (0.85, 1.0),
    ("kestrel-4", "conflicts"): (0.5, 1.0),
    ("aurora-7", "time claims"): (0.88, 1.0),
    ("aurora-7", "conflicts"): (0.75, 1.0),
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_every_measure_at_its_floor(name: str) -> None:
    scores = draft_score.score_corpus(CORPORA[name])
    assert [item.kind for item in scores] == KINDS
    for item in scores:
        recall, precision = FLOORS.get((name, item.kind), (1.0, 1.0))
        assert item.reviewed > 0 or item.kind not in ALWAYS, item
        assert item.recall >= recall, draft_score.table(name, scores)
        assert item.precision >= precision, draft_score.table(name, scores)


def test_metadata_is_scored_on_the_corpus_that_states_it() -> None:
    scores = {item.kind: item for item in draft_score.score_corpus(CORPORA["petrel-5"])}
    metadata = scores["document metadata"]
    assert metadata.reviewed == 16 and metadata.found == 16 and metadata.drafted == 16


def test_seeds_conflicts_found_without_help() -> None:
    with tempfile.TemporaryDirectory() as folder:
        drafted = draft_score.draft_dossier(CORPORA["seeds"], Path(folder) / "a")
        subjects = {conflict.subject for conflict in drafted.conflicts}
    assert "return.time" in subjects  # October 16 or 17
    # 12:12 GMT, and "about 3.5 hours" after launch: the same docking, rounded (no dispute).
    assert "docking.time" not in subjects
    assert "novitskiy.spelling" in subjects  # Novitskiy or Novitsky
    assert "mission.film" in subjects  # "The Challenge" or "Challenge"


def test_scorer_sees_a_missing_person(tmp_path: Path) -> None:
    gold = build_dossier(CORPORA["kestrel-4"])
    drafted = draft_score.draft_dossier(CORPORA["kestrel-4"], tmp_path / "a")
    fewer = drafted.model_copy(update={"people": drafted.people[1:]})
    people = draft_score.score(fewer, gold)[0]
    assert people.found == people.reviewed - 1
    assert people.recall < 1.0
