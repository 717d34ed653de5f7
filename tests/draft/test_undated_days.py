"""An article without a date line: the day it was written, and what its claims may do to dated ones.

Every article is invented, about an invented flight.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.dossier.model import Dossier
from tests.draft.drafted import draft_and_check

ARTICLES = {
    "000_wire.txt": " date 2033-06-06 Kite crew launched\n\nThe Kite capsule lifted off at 14:00 UTC on Sunday "
    "with Ana Brekke and Tomas Lidell aboard. It docked with the Vega outpost at 20:15 UTC on Sunday.\n",
    "001_paper.txt": " date 2033-06-15 Kite crew home\n\nThe Kite crew came home on Tuesday night, the capsule "
    "splashing down at 22:10 UTC, some hours after it undocked from the outpost at 10:30 UTC.\n",
    # A live blog with no date line: its clock times "today" match the paper's to the minute
    # only when it is read as written on the Tuesday; its "last Sunday" fits another reading.
    "002_blog.txt": "LIVE: the Kite crew comes home\n\nGood evening. The Kite capsule undocked at 10:30 UTC today. "
    "The pair launched last Sunday and docked on Sunday evening. Splashdown came at 22:10 UTC today.\n",
}


@pytest.fixture
def drafted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Dossier, str]:
    return draft_and_check(tmp_path, capsys, ARTICLES)


def _time(dossier: Dossier, event: str) -> str:
    when = dossier.event(event).when
    assert when is not None and when.time is not None
    return when.time.strftime("%Y-%m-%dT%H:%M")


def test_an_undated_article_is_read_on_the_day_its_clock_times_match_to_the_minute(
    drafted: tuple[Dossier, str],
) -> None:
    dossier, err = drafted
    assert "read as written on 2033-06-14" in err
    assert _time(dossier, "undocking") == "2033-06-14T10:30"
    assert _time(dossier, "return") == "2033-06-14T22:10"


def test_a_guessed_days_claims_that_dated_articles_contradict_are_left_out(drafted: tuple[Dossier, str]) -> None:
    dossier, err = drafted
    assert "“launched last Sunday” is read on a guessed day" in err
    assert {conflict.subject for conflict in dossier.conflicts}.isdisjoint({"launch.time", "docking.time"})
    assert _time(dossier, "launch") == "2033-06-05T14:00"


def test_a_clock_time_out_of_mission_order_on_the_pages_day_takes_its_sentences_day(
    drafted: tuple[Dossier, str],
) -> None:
    # The paper is dated Wednesday; "undocked at 10:30 UTC" read on Wednesday would follow the
    # Tuesday-night landing its sentence names, so it is Tuesday's, citing that day.
    dossier, _ = drafted
    claims = [claim for claim in dossier.event("undocking").claims if "001" in {e.doc for e in claim.evidence}]
    (claim,) = claims
    assert claim.value == "2033-06-14T10:30Z"
    assert any("Tuesday" in evidence.text for evidence in claim.evidence)


def test_a_bare_clock_on_a_later_page_runs_on_from_the_day_its_story_began(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier, err = draft_and_check(
        tmp_path,
        capsys,
        {
            "000_agency.txt": " date 2033-05-31 Kite docks\n\nThe Kite capsule lifted off at 9:31 a.m. Beijing time "
            "on Tuesday. The Kite capsule docked with the lab at 4:29 p.m. Beijing time.\n",
            "001_tabloid.txt": " date 2033-06-01 Up they go\n\nThe Kite crew blasted off on Tuesday. By 4.30pm Beijing "
            "time their capsule had hooked up with the lab.\n",
        },
    )
    (conflict,) = [conflict for conflict in dossier.conflicts if conflict.subject == "docking.time"]
    assert sorted(value.value for value in conflict.values) == ["2033-05-31T08:29Z", "2033-05-31T08:30Z"]
    assert "the day its article tells of" in err


@pytest.mark.parametrize(
    ("articles", "note"),
    [
        (
            {
                "000_wire.txt": " date 2033-05-31 Kite launched\n\nThe Kite capsule lifted off at 01:31 UTC on "
                "Tuesday. It is due to land at 05:00 UTC on June 30.\n",
                "001_paper.txt": " date 2033-06-01 Kite up\n\nThe Kite crew blasted off on Tuesday. The crew they "
                "relieve began their stay way back on January 4, when they launched from the same pad.\n",
            },
            "another flight's, left out",
        ),
        (
            # 8:02 p.m. EDT on the 15th is 00:02 UTC on the 16th; a paper dated the 17th says "last night".
            {
                "000_wire.txt": " date 2033-09-16 Kite up\n\nCAPE CANAVERAL, Fla. (Wire) - The Kite crew rocketed "
                "into orbit on Thursday. A rocket lifted the Kite capsule off its pad at 8:02 p.m. EDT (0002 GMT "
                "Friday). It is due to land at 23:00 UTC on September 19.\n",
                "001_tabloid.txt": " date 2033-09-17 Up up and away\n\nThe Kite crew blasted off last night.\n",
            },
            "",
        ),
    ],
    ids=["an article's second, far launch day nobody backs", "a zoneless day holding the exact time in UTC"],
)
def test_no_launch_dispute(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], articles: dict[str, str], note: str
) -> None:
    dossier, err = draft_and_check(tmp_path, capsys, articles)
    assert "launch.time" not in {conflict.subject for conflict in dossier.conflicts}
    assert note in err
