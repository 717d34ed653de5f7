"""Events, times and conflicts as outlets write them: scope, rounded counts, coverage, undated days.

Every article is invented, about an invented flight (the Heron crew to the Vega outpost).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from soyuztui.dossier.model import Dossier
from soyuztui.draft import facts as mf
from soyuztui.draft.text import Article
from tests.draft.drafted import claims_of, draft_and_check, timed_values

_LAUNCH = (
    " date 2033-05-02 Heron crew launched\n\nThe Heron capsule lifted off at 13:05 GMT on Monday with Ana Brekke "
    "and Tomas Lidell aboard. It docked with the Vega outpost at 16:41 GMT on Tuesday, May 3.\n"
)


def _conflict(dossier: Dossier, subject: str) -> list[str]:
    found = [conflict for conflict in dossier.conflicts if conflict.subject == subject]
    return sorted(value.value for conflict in found for value in conflict.values)


def test_a_clock_time_with_no_day_in_a_later_story_is_read_on_its_sentences_day_and_disputes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Written nine days on: "docked at 19:42 Moscow time" is first read on the page's day, far
    # from every docking; it is the docking of the day its sentence gives, a minute off the wire's.
    dossier, err = draft_and_check(
        tmp_path,
        capsys,
        {
            "000_wire.txt": _LAUNCH,
            "001_agency.txt": " date 2033-05-12 Lidell settles in\n\nMOSCOW, May 12. Tomas Lidell arrived at the "
            "outpost on May 3 aboard the Heron capsule, which docked at 19:42 Moscow time. He is the first "
            "of his country to fly.\n",
        },
    )
    assert "another flight's, left out" not in err
    assert _conflict(dossier, "docking.time") == ["2033-05-03T16:41Z", "2033-05-03T16:42Z"]


_UP = " date 2033-05-02 Heron launched\n\nThe Heron capsule lifted off at 13:05 GMT on Monday with Ana Brekke aboard.\n"


_DOCKED = " date 2033-05-02 Heron docks\n\nThe Heron capsule docked with the Vega outpost at 18:28 GMT on Monday"
_REACHED = " date 2033-05-03 Heron arrives\n\nThe capsule reached the Vega outpost {count} after launch.\n"


@pytest.mark.parametrize(
    ("docked", "reached", "disputed"),
    [
        # Said roughly: the exact minute rounded, not its rival.
        (f"{_DOCKED}.\n", _REACHED.format(count="roughly five hours"), []),
        # Beside its own article's minute: that minute said again.
        (f"{_DOCKED}, five hours after launch.\n", None, []),
        # Said outright by an article with no minute of its own: a rival still.
        (f"{_DOCKED}.\n", _REACHED.format(count="five hours"), ["2033-05-02T18:05Z", "2033-05-02T18:28Z"]),
        # Said as a plan: the minute it happened is told, so the plan is no rival.
        (
            f"{_DOCKED}.\n",
            " date 2033-05-01 Heron to fly\n\nThe capsule is expected to dock with the Vega outpost five hours "
            "after launch.\n",
            [],
        ),
    ],
    ids=["said roughly", "beside its own minute", "said outright", "a plan"],
)
def test_a_rounded_count_does_not_dispute_an_exact_minute(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], docked: str, reached: str | None, disputed: list[str]
) -> None:
    articles = {"000_wire.txt": _UP, "001_agency.txt": docked} | ({"002_tabloid.txt": reached} if reached else {})
    dossier, err = draft_and_check(tmp_path, capsys, articles)
    assert _conflict(dossier, "docking.time") == disputed
    when = dossier.event("docking").when
    assert when is not None and when.time is not None and when.time.strftime("%H:%M") == "18:28"
    assert ("round count that the exact time agrees with" in err or "was a plan" in err) == (not disputed)


@pytest.mark.parametrize(
    "sentence",
    [
        "Agency coverage of the docking and hatch opening will begin at 7 a.m. EDT on its channel.",
        "The agency's channel will air the hatch opening live, starting at 7 a.m. EDT.",
        "A webcast of the hatch opening starts at 7 a.m. EDT.",
    ],
)
def test_the_start_of_a_broadcast_is_not_the_events_time(sentence: str) -> None:
    text = f"The Heron capsule docked with the Vega outpost at 5:40 a.m. EDT. {sentence}"
    values = timed_values(text, date(2033, 5, 3))
    assert "hatch-opening" not in values
    assert values["docking"] == ["2033-05-03T09:40Z"]


def test_an_event_beside_its_broadcast_in_another_clause_keeps_its_time() -> None:
    text = "The hatches opened at 7:25 a.m. EDT, and the agency's broadcast ended an hour later."
    assert timed_values(text, date(2033, 5, 3))["hatch-opening"] == ["2033-05-03T11:25Z"]


@pytest.mark.parametrize(
    "report",
    [
        "A rocket roared off the coast before dawn on Saturday with Ana Brekke strapped in on top.",
        # The clause of the launch is past, the sentence's plans are not.
        "Ana Brekke lifted off from the coast on Saturday, with plans to test the capsule's controls.",
    ],
)
def test_an_undated_report_of_a_launch_on_a_weekday_is_written_on_or_after_that_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], report: str
) -> None:
    # Read on the Friday, "roared off … on Saturday" would be the next day's launch (a page dated
    # in a zone behind may say so); a page with no date line that reports it as done is not dated
    # before it.
    _, err = draft_and_check(
        tmp_path,
        capsys,
        {
            "000_wire.txt": " date 2033-05-07 Heron launched\n\nThe Heron capsule lifted off at 07:27 GMT on "
            "Saturday with Ana Brekke aboard. It is due to dock with the Vega outpost on Sunday.\n",
            "001_tabloid.txt": f"UP SHE GOES!\n\n{report} She arrives at the Vega outpost on Sunday.\n",
        },
    )
    assert "'001' has no date line; read as written on 2033-05-07" in err


def test_a_length_of_a_flight_in_another_year_is_not_the_missions() -> None:
    text = (
        "The Heron crew began a 12-day mission on Monday. Brekke, who first flew on a 9-day flight in 2029, "
        "said the view was new to her."
    )
    article = Article("000", text, 0, date(2033, 5, 2)).prepare()
    found, _ = mf.duration([article])
    assert [value for _, value, *_ in found] == ["12 days"]
    assert not any(
        claim.duration and "9-day" in text[claim.start : claim.end] for claim in claims_of(text, date(2033, 5, 2))
    )


@pytest.mark.parametrize(
    "text",
    ["Brekke and Lidell began a 9-day flight in 2033 on Monday.", "Brekke will fly a 9-day mission in 2034."],
)
def test_a_length_in_the_pages_own_year_or_a_later_one_stays_the_missions(text: str) -> None:
    article = Article("000", text, 0, date(2033, 5, 2)).prepare()
    found, _ = mf.duration([article])
    assert [value for _, value, *_ in found] == ["9 days"]


def test_the_undocking_told_just_after_an_earlier_crews_homecoming_is_theirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier, err = draft_and_check(
        tmp_path,
        capsys,
        {
            "000_wire.txt": " date 2033-05-02 Heron crew arrives\n\nThe Heron capsule lifted off at 13:05 GMT on "
            "Monday with Ana Brekke and Tomas Lidell aboard. It docked with the Vega outpost at 18:28 GMT on "
            "Monday. Pia Sorell and Jon Vik, who have lived aboard the outpost since March, greeted them.\n",
            "001_agency.txt": " date 2033-05-10 Wren crew home\n\nPia Sorell and Jon Vik returned to Earth at "
            "04:17 GMT on Tuesday. Their capsule undocked from the Vega outpost on Monday.\n",
            "002_wire.txt": " date 2033-11-20 Heron crew home\n\nBrekke and Lidell undocked from the Vega "
            "outpost at 09:12 GMT on Saturday and splashed down at 15:40 GMT on Saturday.\n",
        },
    )
    assert "is of the craft an earlier crew came home in" in err
    assert _conflict(dossier, "undocking.time") == []
    when = dossier.event("undocking").when
    assert when is not None and when.time is not None and when.time.strftime("%Y-%m-%dT%H:%M") == "2033-11-19T09:12"


def test_a_day_in_a_later_clause_of_its_own_is_that_clauses_not_the_events() -> None:
    text = "A fan failed hours after the Heron capsule docked with the outpost, but managers played it down on Sunday."
    assert "docking" not in timed_values(text, date(2033, 5, 3))
    kept = "The Heron capsule docked with the outpost at 10:41 GMT, but a fan failed hours later."
    assert timed_values(kept, date(2033, 5, 3))["docking"] == ["2033-05-03T10:41Z"]
