"""The draft on corpora in the shared format (../shared/corpora, and tests/corpora's own): floors.

`python benchmarks/draft_score.py --shared` prints every figure. The floors are the
figures reached.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import draft_score

SHARED = draft_score.shared_corpora()
OWN = draft_score.shared_corpora(draft_score.OWN)

#: (corpus, kind) -> (recall, precision) floors, at the figures reached.
FLOORS: dict[tuple[str, str], tuple[float, float]] = {
    ("crew-3", "crew launch"): (1.0, 1.0),
    ("crew-3", "crew landing"): (1.0, 1.0),
    ("crew-3", "ages"): (1.0, 1.0),
    ("crew-3", "aboard"): (0.85, 1.0),
    ("crew-3", "conflicts"): (1.0, 1.0),
    ("crew-3", "overall"): (0.91, 1.0),
    ("shenzhou-13", "crew launch"): (1.0, 1.0),
    ("shenzhou-13", "crew landing"): (1.0, 1.0),
    ("shenzhou-13", "ages"): (1.0, 1.0),
    ("shenzhou-13", "aboard"): (1.0, 1.0),
    ("shenzhou-13", "conflicts"): (1.0, 1.0),
    ("shenzhou-13", "event times"): (1.0, 1.0),
    ("shenzhou-13", "overall"): (1.0, 1.0),
    ("starliner-cft", "crew launch"): (1.0, 1.0),
    ("starliner-cft", "crew landing"): (1.0, 1.0),
    ("starliner-cft", "ages"): (1.0, 1.0),
    ("starliner-cft", "aboard"): (1.0, 1.0),
    ("starliner-cft", "conflicts"): (1.0, 1.0),
    ("starliner-cft", "event times"): (1.0, 1.0),
    ("starliner-cft", "overall"): (1.0, 1.0),
    ("gaganyaan-h1", "crew launch"): (1.0, 1.0),
    ("gaganyaan-h1", "crew landing"): (1.0, 1.0),
    ("gaganyaan-h1", "ages"): (1.0, 1.0),
    ("gaganyaan-h1", "conflicts"): (1.0, 1.0),
    ("gaganyaan-h1", "overall"): (1.0, 1.0),
    ("soyuz-ms-29", "crew launch"): (1.0, 1.0),
    ("soyuz-ms-29", "crew landing"): (1.0, 1.0),
    ("soyuz-ms-29", "ages"): (1.0, 1.0),
    ("soyuz-ms-29", "aboard"): (1.0, 1.0),
    ("soyuz-ms-29", "overall"): (1.0, 1.0),
    ("soyuz-ms-22", "crew launch"): (1.0, 1.0),
    ("soyuz-ms-22", "crew landing"): (1.0, 1.0),
    ("soyuz-ms-22", "ages"): (1.0, 1.0),
    ("soyuz-ms-22", "aboard"): (1.0, 1.0),
    ("soyuz-ms-22", "event times"): (1.0, 1.0),
    ("soyuz-ms-22", "overall"): (1.0, 1.0),
    ("inspiration4", "crew launch"): (1.0, 1.0),
    ("inspiration4", "crew landing"): (1.0, 1.0),
    ("inspiration4", "ages"): (1.0, 1.0),
    ("inspiration4", "aboard"): (1.0, 1.0),
    ("inspiration4", "event times"): (1.0, 1.0),
    ("inspiration4", "overall"): (1.0, 1.0),
    # The first batch of invented held-out corpora (tuned since their first score): crew seats and roles.
    ("artemis-2", "crew launch"): (1.0, 1.0),
    ("artemis-2", "crew landing"): (1.0, 1.0),
    ("artemis-2", "ages"): (1.0, 1.0),
    ("artemis-2", "overall"): (1.0, 1.0),
    ("axiom-2", "crew launch"): (1.0, 1.0),
    ("axiom-2", "crew landing"): (1.0, 1.0),
    ("axiom-2", "ages"): (1.0, 1.0),
    ("shenzhou-15-handover", "crew launch"): (1.0, 1.0),
    ("shenzhou-15-handover", "crew landing"): (1.0, 1.0),
    ("shenzhou-15-handover", "ages"): (1.0, 1.0),
    ("inspiration4", "conflicts"): (1.0, 1.0),
    # The first batch: event times and conflicts.
    ("artemis-2", "conflicts"): (1.0, 1.0),
    ("axiom-2", "event times"): (1.0, 1.0),
    ("axiom-2", "conflicts"): (0.8, 0.8),
    ("shenzhou-15-handover", "event times"): (1.0, 1.0),
    ("shenzhou-15-handover", "conflicts"): (1.0, 0.66),
    # The second batch of invented held-out corpora (tuned since their second score): crew seats
    # and station occupants.
    ("polaris-dawn", "crew launch"): (1.0, 1.0),
    ("polaris-dawn", "crew landing"): (1.0, 1.0),
    ("polaris-dawn", "ages"): (1.0, 1.0),
    ("polaris-dawn", "aboard"): (1.0, 1.0),
    ("polaris-dawn", "overall"): (0.82, 1.0),
    ("soyuz-ms-25", "crew launch"): (1.0, 1.0),
    ("soyuz-ms-25", "crew landing"): (1.0, 1.0),
    ("soyuz-ms-25", "ages"): (1.0, 1.0),
    ("soyuz-ms-25", "aboard"): (1.0, 1.0),
    ("soyuz-ms-25", "overall"): (0.95, 1.0),
    # The second batch: event times and conflicts.
    ("polaris-dawn", "event times"): (1.0, 1.0),
    ("polaris-dawn", "conflicts"): (1.0, 1.0),
    ("soyuz-ms-25", "event times"): (1.0, 1.0),
    # One more conflict than the gold lists: a given name spelt two ways (Yuri/Yury), written
    # into the articles on purpose but left out of expected.json's conflicts.
    ("soyuz-ms-25", "conflicts"): (1.0, 0.75),
    # Issue 22's events, times, scope and conflicts as outlets write them (rules from fault kinds,
    # tested on invented sentences in tests/draft/test_outlets_events.py).
    ("crew-7", "event times"): (1.0, 1.0),
    ("crew-7", "conflicts"): (1.0, 1.0),
    ("soyuz-ms-29", "event times"): (1.0, 1.0),
    ("soyuz-ms-29", "conflicts"): (1.0, 1.0),
    ("shenzhou-18", "event times"): (1.0, 1.0),
    ("shenzhou-18", "conflicts"): (1.0, 1.0),
    # The third batch (tuned since its first score): a shuttle orbiter with residents aboard, a suborbital hop.
    **{("sts-135", kind): (1.0, 1.0) for kind in ("crew launch", "crew landing", "ages", "aboard", "event times")},
    ("sts-135", "conflicts"): (1.0, 1.0),
    ("sts-135", "overall"): (1.0, 1.0),
    **{("new-shepard-ns-16", kind): (1.0, 1.0) for kind in ("crew launch", "crew landing", "ages", "aboard")},
    ("new-shepard-ns-16", "event times"): (1.0, 1.0),
    ("new-shepard-ns-16", "conflicts"): (1.0, 1.0),
    ("new-shepard-ns-16", "overall"): (1.0, 1.0),
    # The third batch (tuned since their first score): crew seats and station occupants.
    ("shenzhou-18", "crew launch"): (1.0, 1.0),
    ("shenzhou-18", "crew landing"): (1.0, 1.0),
    ("shenzhou-18", "ages"): (1.0, 1.0),
    ("shenzhou-18", "aboard"): (1.0, 1.0),
    ("shenzhou-18", "overall"): (1.0, 1.0),
    ("crew-7", "crew launch"): (1.0, 1.0),
    ("crew-7", "crew landing"): (1.0, 1.0),
    ("crew-7", "ages"): (1.0, 1.0),
    ("crew-7", "aboard"): (1.0, 1.0),
    ("crew-7", "overall"): (0.98, 1.0),
    ("axiom-2", "aboard"): (1.0, 1.0),
    # The fourth batch (held out until their first score, tuned since their second score): station residents
    # of a handover and of a Crew Dragon that brings home another craft's crew.
    **{
        (corpus, kind): (1.0, 1.0)
        for corpus in ("shenzhou-16", "crew-9")
        for kind in ("crew launch", "crew landing", "ages", "aboard", "event times", "conflicts", "overall")
    },
    # The fifth batch (held out until their first score, tuned since their first score): a Crew Dragon
    # rotation whose relieved crew splashes down in an undated story, a Soyuz with a one-minute docking dispute.
    **{
        (corpus, kind): (1.0, 1.0)
        for corpus in ("crew-8", "soyuz-ms-26")
        for kind in ("crew launch", "crew landing", "ages", "aboard", "event times", "conflicts", "overall")
    },
    # The fifth batch (held out until their first score, tuned since their first score): a live blog's entries
    # and clock, an undated tabloid's landing of the residents, an agency's acronym.
    **{
        (corpus, kind): (1.0, 1.0)
        for corpus in ("shenzhou-17", "ax-3")
        for kind in ("crew launch", "crew landing", "ages", "aboard", "event times", "conflicts", "overall")
    },
}


def _check(name: str, expected: Path) -> None:
    scores = {item.kind: item for item in draft_score.score_shared(expected)}
    for (corpus, kind), (recall, precision) in FLOORS.items():
        if corpus == name:
            item = scores[kind]
            assert item.recall >= recall and item.precision >= precision, draft_score.table(name, list(scores.values()))


@pytest.mark.parametrize("name", ["crew-3", "shenzhou-13", "starliner-cft"])
def test_shared_corpus_at_its_floor(name: str) -> None:
    if name not in SHARED:
        pytest.skip(f"{draft_score.SHARED} holds no {name}/expected.json (the shared corpora are not here)")
    _check(name, SHARED[name])


@pytest.mark.parametrize(
    "name",
    [
        "gaganyaan-h1",
        "soyuz-ms-29",
        "soyuz-ms-22",
        "inspiration4",
        "artemis-2",
        "axiom-2",
        "shenzhou-15-handover",
        "polaris-dawn",
        "soyuz-ms-25",
        "crew-7",
        "shenzhou-18",
        "sts-135",
        "new-shepard-ns-16",
        "shenzhou-16",
        "crew-9",
        "crew-8",
        "soyuz-ms-26",
        "shenzhou-17",
        "ax-3",
    ],
)
def test_own_corpus_at_its_floor(name: str) -> None:
    _check(name, OWN[name])


def test_scorer_counts_a_person_aboard_by_the_readme_rule() -> None:
    exported = {
        "people": [{"id": "a", "name": "Ann Lee", "aliases": []}, {"id": "b", "name": "Bo Kim", "aliases": []}],
        "occupants": [
            {"person": "a", "aboard_from": "2030-01-01", "aboard_from_precision": "day", "aboard_until": None},
            {
                "person": "b",
                "aboard_from": None,
                "aboard_until": "2030-01-01T10:00:00Z",
                "aboard_until_precision": "minute",
            },
        ],
    }
    from datetime import UTC, datetime

    # A date-only arrival counts from the end of its day; a departure from its start.
    assert [p["id"] for p in draft_score.aboard_at(exported, datetime(2030, 1, 1, 12, tzinfo=UTC))] == []
    assert [p["id"] for p in draft_score.aboard_at(exported, datetime(2030, 1, 2, tzinfo=UTC))] == ["a"]
    assert [p["id"] for p in draft_score.aboard_at(exported, datetime(2030, 1, 1, 9, tzinfo=UTC))] == ["b"]
