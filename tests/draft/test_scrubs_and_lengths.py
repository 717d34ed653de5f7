"""Times that are not the event's: an attempt called off, a length that belongs to another noun,
and an undated article read on a day before what it tells of as done.

Every article is invented, about an invented flight.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from soyuztui.draft import facts as mf
from soyuztui.draft.text import Article
from tests.draft.drafted import claims_of, draft_and_check


def _called_off(text: str, published: date = date(2036, 8, 9)) -> dict[str, bool]:
    """Each timed claim's value -> whether it was said of an attempt called off."""
    return {claim.value: claim.called_off for claim in claims_of(text, published) if claim.value}


def test_a_scrubbed_attempt_is_called_off_and_the_next_try_is_not() -> None:
    assert _called_off("Their first launch attempt on Tuesday was scrubbed with a minute to go.") == {
        "2036-08-05": True
    }
    assert _called_off(
        "A faulty valve stopped the countdown seconds before liftoff on Tuesday, and engineers said they "
        "would try the launch again on Thursday."
    ) == {"2036-08-05": True, "2036-08-07": False}
    assert _called_off("The launch was scrubbed again on Tuesday.") == {"2036-08-05": True}
    # Went ahead after all: the day is the launch's.
    assert _called_off("Scrubbed once, the rocket finally lifted off on Thursday.") == {"2036-08-07": False}
    # A move to another day is the new plan, not an attempt called off.
    assert _called_off("The launch was postponed to Thursday.") == {"2036-08-07": False}


def test_a_length_written_before_another_noun_is_not_the_missions() -> None:
    articles = [
        Article("000", text, 0, date(2036, 8, 9)).prepare()
        for text in (
            "The capsule reached the outpost after a two-day chase through orbit.",
            "Docking followed a three-day rendezvous scheme, and the crew began a 14-day science mission.",
        )
    ]
    found, _ = mf.duration(articles)
    assert [value for _, value, *_ in found] == ["14 days"]


ARTICLES = {
    "000_wire.txt": " date 2036-08-07 Plover crew launch\n\nThe Plover 2 capsule lifted off at 09:10 GMT on "
    "Thursday with Ines Arvo and Dag Moen aboard, two days after a first attempt was scrubbed.\n",
    "001_release.txt": " date 2036-08-09 Plover 2 docks\n\nThe Plover 2 capsule docked with the Gull outpost at "
    "11:41 GMT on Saturday, the agency said. The pair are to return to Earth on August 19.\n",
    # No date line. It tells of the docking as done ("latched on … on Saturday"), so it was written
    # no earlier than that Saturday; its launch day and docking day would fit a reading on the
    # Wednesday (or the Friday, where "on Saturday" is the next day) as well.
    "002_tabloid.txt": "PLOVER PAIR ARRIVE!\n\nInes and Dag have reached the Gull outpost after a two-day chase, "
    "having lifted off on Thursday. Their capsule latched on at 11:40 GMT on Saturday. Their first launch "
    "attempt on Tuesday was called off.\n",
}


def test_the_drafted_flight_has_one_launch_day_and_a_one_minute_docking_dispute(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier, err = draft_and_check(tmp_path, capsys, ARTICLES)
    assert "was an attempt called off; left out" in err
    assert "read as written on 2036-08-09" in err
    subjects = {conflict.subject for conflict in dossier.conflicts}
    assert "launch.time" not in subjects
    assert "docking.time" in subjects
    assert not any(conflict.subject.endswith("duration") for conflict in dossier.conflicts)
