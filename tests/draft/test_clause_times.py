"""Clock times outlets write a clause away from their day or verb, and round counts of days.

Every article here is invented for the test (the flight and people are made up).
"""

from __future__ import annotations

from pathlib import Path

from soyuztui.dossier.sources import spec as s
from tests.draft.drafted import drafted_spec
from tests.draft.test_crew_rules import _text

LAUNCH = _text(
    " date 2036-05-09 Private crew reaches orbit",
    "By Mara Quint",
    "TITUSVILLE, Fla., May 9 (Newswire) - Three private flyers reached orbit on Wednesday night.",
    "A Falcon 9 rocket lifted the Crew Dragon Solace off its pad at 9:15 p.m. EDT (0115 GMT Thursday), carrying"
    " commander Ada Brill, pilot Karl Venn and mission specialist Lia Moro on a four-day flight.",
)
LANDING = _text(
    " date 2036-05-12 Flyers home",
    "The three came back to Earth on Sunday evening, their capsule dropping under parachutes into the Gulf of"
    " Mexico at 6:40 p.m. Eastern time, bringing Ada Brill, Karl Venn and Lia Moro home.",
)


def _times(spec: s.MissionFile, event: str) -> set[str | None]:
    return {claim.time for item in spec.events if item.id == event for claim in item.claims}


def test_a_rocket_lifting_the_craft_off_is_the_launch_and_the_dateline_day_is_not(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path / "a", LAUNCH, LANDING)
    launch = _times(spec, "launch")
    assert "2036-05-08T01:15Z" in launch
    # The dateline's day after a headline and a byline is the article's, not the launch's.
    assert "2036-05-09" not in launch


def test_a_clock_time_takes_the_day_its_verb_was_given_a_clause_before(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path / "b", LAUNCH, LANDING)
    assert "2036-05-11T22:40Z" in _times(spec, "return")


def test_a_round_count_of_days_is_no_rival_to_the_exact_time(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path / "c", LAUNCH, LANDING)
    returns = [claim for item in spec.events if item.id == "return" for claim in item.claims]
    assert not any(claim.after for claim in returns)


def test_a_sentence_about_a_cargo_ship_gives_none_of_the_crew_s_events(tmp_path: Path) -> None:
    cargo = _text(
        " date 2036-06-20 Station update",
        "A Progress cargo ship that launched on June 2 is still docked to the station and will be inspected.",
    )
    spec = drafted_spec(tmp_path / "d", LAUNCH, cargo, LANDING)
    assert not any(time and time.startswith("2036-06") for time in _times(spec, "docking"))
