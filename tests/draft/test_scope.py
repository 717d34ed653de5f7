"""Scope: only this flight's times become its claims; plans, other craft and other crews stay out.

Every sentence here is invented, about invented flights.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.draft.events import EventFindings, RawClaim, event_claims
from soyuztui.draft.text import Article

#: A dated article that gives the launch, for drafts that test a later event.
LIFTOFF = " date 2033-03-09 The Osprey capsule lifted off at 14:40 UTC on Wednesday.\n"


def _draft(folder: Path, capsys: pytest.CaptureFixture[str], articles: dict[str, str]) -> Path:
    """The mission file drafted from `articles` (file name -> text) written to `folder`."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    output = folder / "mission.toml"
    assert main(["draft", *sorted(str(folder / name) for name in articles), "-o", str(output)]) == 0
    capsys.readouterr()
    return output


def _after_liftoff(folder: Path, capsys: pytest.CaptureFixture[str], later: str) -> Dossier:
    """The dossier drafted from the launch article and `later`, an article about a later event."""
    return build_dossier(_draft(folder, capsys, {"000_a.txt": LIFTOFF, "001_b.txt": later}))


def _claims(text: str, published: date = date(2033, 3, 10)) -> list[RawClaim]:
    findings = EventFindings()
    event_claims(Article("000", text, 0, published).prepare(), findings)
    return [claim for claims in findings.claims.values() for claim in claims]


def _timed(text: str) -> dict[str, list[RawClaim]]:
    found: dict[str, list[RawClaim]] = {}
    for claim in _claims(text):
        if claim.value:
            found.setdefault(claim.event, []).append(claim)
    return found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Osprey capsule is expected to dock with the Vega outpost at 7:10 p.m. EST on Friday.",
        "Had the countdown slipped, the backup launch opportunity was set for 8:15 p.m. EST on Friday.",
        "The crew is scheduled to return to Earth on Friday.",
        "Engineers briefed reporters about the upcoming launch on Friday.",
    ],
)
def test_a_clause_of_plans_marks_its_time_planned(sentence: str) -> None:
    claims = [claim for found in _timed(sentence).values() for claim in found]
    assert claims
    assert all(claim.planned for claim in claims)


def test_a_report_is_not_a_plan_even_beside_one() -> None:
    found = _timed("The Osprey capsule docked at 6:40 p.m. EST on Thursday and will stay six months.")
    assert [claim.planned for claim in found["docking"]] == [False]


def test_a_cargo_ships_launch_in_a_relative_clause_is_not_this_flights() -> None:
    found = _timed("The crew unpacked the cargo freighter that launched on March 2 with fresh food.")
    assert "launch" not in found


def test_the_flights_own_craft_in_a_relative_clause_is_still_read() -> None:
    found = _timed("The Osprey capsule Brightwater, which lifted off on Wednesday (March 9), docked at 6:40 p.m. EST.")
    assert [claim.value for claim in found["launch"]] == ["2033-03-09"]
    assert [claim.value for claim in found["docking"]] == ["2033-03-10T23:40Z"]


def test_another_crews_stay_is_no_duration_of_this_flight() -> None:
    claims = _claims(
        "The new crew takes over from the first crew. Those crew members returned from their 60-day stay in May."
    )
    assert not [claim for claim in claims if claim.duration]


def test_a_landing_said_to_be_uncrewed_is_the_spacecrafts_own_event() -> None:
    found = _timed("The Osprey capsule landed in the desert without its crew on Saturday.")
    assert "return" not in found
    assert [claim.value for claim in found["vehicle-return"]] == ["2033-03-05"]


def test_a_quoted_post_that_states_a_zoned_clock_is_read_as_a_report() -> None:
    text = 'The agency posted: "Welcome back to Earth, Osprey, at 1:05am ET on Saturday, March 5, after the empty landing."'
    found = _timed(text)
    assert [claim.value for claim in found["vehicle-return"]] == ["2033-03-05T06:05Z"]


def test_a_copy_of_an_article_is_read_once_and_cited_under_its_own_id() -> None:
    text = "The Osprey capsule lifted off at 9:40 a.m. EST on Thursday."
    findings = EventFindings()
    for doc in ("000", "001"):
        event_claims(Article(doc, text, 0, date(2033, 3, 10)).prepare(), findings)
    assert len(findings.memo) == 1
    assert [claim.doc for claim in findings.claims["launch"]] == ["000", "001"]


ARTICLES = {
    "000_preview.txt": (
        " date 2033-03-09 The Osprey capsule lifted off at 9:40 a.m. EST on Wednesday. It is expected to dock "
        "with the Vega outpost at 7:10 p.m. EST on Thursday.\n"
    ),
    "001_docking.txt": (
        " date 2033-03-11 The Osprey capsule docked with the Vega outpost at 6:40 p.m. EST on Thursday, "
        "a half hour early.\n\nIt splashed down at 4:25 a.m. EST on Friday, March 25.\n"
    ),
    "002_undated.txt": "The Osprey capsule lifted off on Wednesday with two pilots aboard.\n",
}


@pytest.fixture
def drafted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return _draft(tmp_path, capsys, ARTICLES)


def test_a_superseded_plan_and_a_zoneless_day_make_no_conflict(drafted: Path) -> None:
    dossier = build_dossier(drafted)  # raises MissionError when `check` would refuse a claim
    times = {event.id: event.when.time.strftime("%Y-%m-%dT%H:%M") for event in dossier.events if event.when}
    assert times["docking"] == "2033-03-10T23:40"
    assert times["launch"] == "2033-03-09T14:40"
    assert not [conflict for conflict in dossier.conflicts if conflict.subject.endswith(".time")]


def test_two_previews_that_disagree_stay_a_conflict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = _draft(
        tmp_path,
        capsys,
        {
            "000_a.txt": (
                " date 2033-03-08 The Osprey capsule lifted off at 14:40 UTC on Tuesday. Its crew is returning to Earth "
                "on March 14.\n"
            ),
            "001_b.txt": (
                " date 2033-03-09 The Osprey crew, who docked at 23:40 UTC on Tuesday, is due to come home on March 13.\n"
            ),
        },
    )
    assert "return.time" in {conflict.subject for conflict in build_dossier(output).conflicts}


def test_a_plan_that_came_true_stays_as_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = _draft(
        tmp_path,
        capsys,
        {
            "000_a.txt": (" date 2033-03-09 Liftoff of the Osprey capsule is planned for 14:40 UTC on Wednesday.\n"),
            "001_b.txt": (
                " date 2033-03-10 The Osprey capsule lifted off at 14:40 UTC on Wednesday and docked at 23:40 UTC.\n"
            ),
        },
    )
    launch = next(event for event in build_dossier(output).events if event.id == "launch")
    assert {item.doc for claim in launch.claims for item in claim.evidence} == {"000", "001"}


def test_a_launch_centre_is_a_place_not_a_launch() -> None:
    text = "The rocket blasted off from the Northern Satellite Launch Center at 10:05 UTC."
    found = [claim for claim in _claims(text) if claim.value]
    assert [claim.value for claim in found] == ["2033-03-10T10:05Z"]
    assert text[found[0].start : found[0].end].startswith("blasted off")


def test_an_undated_article_agrees_with_a_day_counted_in_its_zone() -> None:
    from soyuztui.draft.moments import on_day

    assert on_day("2033-03-09T16:25Z", "2033-03-10", "Asia/Shanghai")
    assert not on_day("2033-03-09T16:25Z", "2033-03-10", None)
    assert on_day("2033-03-10", "2033-03-10", "Asia/Shanghai")


def test_an_articles_rough_time_gives_way_to_its_own_exact_minute(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier = _after_liftoff(
        tmp_path,
        capsys,
        (
            " date 2033-03-25 The Osprey crew returned to Earth, splashing down shortly after midnight EDT Friday.\n\n"
            "The capsule undocked on Thursday and splashed down off the coast at 12:35 a.m. EDT Friday.\n"
        ),
    )
    landing = next(event for event in dossier.events if event.id == "return")
    assert landing.when is not None and landing.when.time.strftime("%Y-%m-%dT%H:%M") == "2033-03-25T04:35"
    assert "return.time" not in {conflict.subject for conflict in dossier.conflicts}


def test_a_clock_with_no_day_is_left_out_when_its_article_names_another_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier = _after_liftoff(
        tmp_path,
        capsys,
        (
            " date 2033-03-11 The Osprey capsule docked with the Vega outpost on Thursday.\n\n"
            "The capsule linked up with the outpost at 1:34 pm EST (1834 GMT) after a slow approach.\n"
        ),
    )
    assert "docking.time" not in {conflict.subject for conflict in dossier.conflicts}
    assert "2033-03-11T18:34Z" not in {claim.value for event in dossier.events for claim in event.claims}


def test_a_sentence_two_outlets_share_is_read_once_and_cited_where_each_writes_it() -> None:
    shared = "The Osprey capsule lifted off at 9:40 a.m. EST on Thursday."
    findings = EventFindings()
    texts = {"000": f"Wire copy. {shared}", "001": f"A longer local lead runs first here. {shared}"}
    for doc, text in texts.items():
        event_claims(Article(doc, text, 0, date(2033, 3, 10)).prepare(), findings)
    assert len([key for key in findings.sentences if key[0] == shared]) == 1
    launches = [claim for claim in findings.claims["launch"] if claim.value]
    assert [claim.doc for claim in launches] == ["000", "001"]
    assert {texts[claim.doc][claim.start : claim.end] for claim in launches} == {
        "lifted off at 9:40 a.m. EST on Thursday"
    }


def test_the_empty_crafts_landing_is_listed_before_the_crews_return() -> None:
    from soyuztui.draft.events import EVENT_ORDER

    assert EVENT_ORDER.index("undocking") < EVENT_ORDER.index("vehicle-return") < EVENT_ORDER.index("return")


@pytest.mark.parametrize(("day", "disputed"), [("Friday", False), ("Sunday", True)])
def test_a_zoneless_day_a_day_off_the_exact_time_is_the_writers_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], day: str, disputed: bool
) -> None:
    dossier = _after_liftoff(
        tmp_path,
        capsys,
        (
            " date 2033-03-13 The Osprey capsule docked at 6:40 p.m. EST on Thursday, March 10.\n\n"
            f"An overseas paper wrote that the Osprey capsule docked with the outpost on {day}, March "
            f"{11 if day == 'Friday' else 13}.\n"
        ),
    )
    assert ("docking.time" in {conflict.subject for conflict in dossier.conflicts}) is disputed
