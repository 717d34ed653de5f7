"""Which event a time belongs to, as outlets write the sentence: hatches, latches, recaps and naming days.

Every sentence is invented, about invented flights.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from soyuztui.draft.events import RawClaim
from tests.draft.drafted import claims_of, draft_and_check, timed_values


def _timed(text: str, published: date = date(2033, 5, 13)) -> dict[str, list[str]]:
    return timed_values(text, published)


def _all(text: str, published: date = date(2033, 5, 13)) -> list[RawClaim]:
    return claims_of(text, published)


def test_opening_the_hatch_is_the_hatch_opening_not_a_second_docking() -> None:
    found = _timed(
        "After the docking, the three fliers of the Heron-7 crew opened the hatch at around 9:40 p.m. "
        "Beijing time on Friday."
    )
    assert "docking" not in found
    assert found["hatch-opening"] == ["2033-05-13T13:40Z"]


def test_latched_and_hooked_up_are_dockings() -> None:
    assert _timed("The Kite capsule latched onto the outpost at 7:02 a.m. EDT (1102 GMT) on Friday.") == {
        "docking": ["2033-05-13T11:02Z"]
    }
    assert _timed("By 4.15pm Beijing time on Friday their ship had hooked up with the lab.") == {
        "docking": ["2033-05-13T08:15Z"]
    }


def test_a_recap_dates_the_arrival_not_the_launch_it_followed() -> None:
    # Written on a Saturday: the Tuesday is the arrival's, and the launch came before it.
    found = _timed("Reminder: the new crew arrived on Tuesday after a launch from the desert.", date(2033, 5, 14))
    assert "launch" not in found


def test_the_day_a_crew_is_named_is_not_its_launch_day() -> None:
    found = _timed(
        "The agency on Monday named the three fliers who will ride the first Heron Launch Vehicle rocket to orbit."
    )
    assert "launch" not in found
    found = _timed("The agency on Monday announced the crew for the flight, whose launch is set for next year.")
    assert "launch" not in found


def test_a_rockets_system_name_is_no_launch() -> None:
    assert not any(claim.event == "launch" for claim in _all("The crew trained beside the Heavy Launch System."))


def test_a_time_nearer_another_crafts_event_is_theirs() -> None:
    # The uncrewed test's launch is excluded as another craft's; its day must not move to the splashdown.
    found = _timed(
        "The flight follows Heron-6, an uncrewed test that launched on April 2 and sent a dummy around the Moon "
        "before it splashed down in the ocean."
    )
    assert found == {}


def test_the_flights_own_times_are_still_read_beside_another_craft() -> None:
    found = _timed("The Kite capsule docked at 11:20 GMT on Friday, a day after a cargo ship that launched on Tuesday.")
    assert found == {"docking": ["2033-05-13T11:20Z"]}


def test_a_flight_not_yet_dated_drafts_and_checks_undated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    articles = {
        "000_a.txt": " date 2033-02-07 Agency names Heron-9 crew\n\nThe agency on Monday named Ana Brekke and "
        "Tomas Lidell as the crew of Heron-9. The pair will launch from the coast and return to Earth after "
        "a week around the Moon.\n",
        "001_b.txt": " date 2033-02-08 Heron-9 pair named\n\nAna Brekke and Tomas Lidell will launch on Heron-9, "
        "the agency said on Monday. They are to land in the ocean when the flight is over.\n",
    }
    dossier, err = draft_and_check(tmp_path, capsys, articles)
    assert "no timed launch and return" in err
    assert dossier.mission.countdown_to == "launch" and dossier.event("launch").when is None


def test_a_bare_clock_takes_the_one_zone_its_article_writes() -> None:
    text = "The rocket rose at 9.31am Beijing time on Friday. By 4.30pm on Friday the ship had hooked up with the lab."
    assert _timed(text)["docking"] == ["2033-05-13T08:30Z"]


def test_a_day_with_no_zone_does_not_take_the_articles_clock_zone() -> None:
    claims = _all("The rocket rose at 9.31am Beijing time on Friday. A paper said the ship docked on Saturday.")
    (docking,) = [claim for claim in claims if claim.event == "docking"]
    assert docking.value == "2033-05-14" and docking.zone is None


def test_another_flight_of_the_family_launching_is_not_this_launch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = {
        "000_a.txt": " date 2033-05-13 Shenzhou-31 crew launched\n\nThe Shenzhou-31 capsule lifted off at 06:10 UTC on "
        "Friday with Ana Brekke and Tomas Lidell aboard. It docked with the lab at 12:40 UTC on Friday.\n",
        "001_b.txt": " date 2033-05-14 Shenzhou-31 at the lab\n\nAna Brekke and Tomas Lidell of Shenzhou-31 reached the "
        "lab on Friday. The Shenzhou-30 crew launched from the same pad on January 9 and returns to Earth next week.\n",
    }
    dossier, err = draft_and_check(tmp_path, capsys, articles)
    assert "names another flight or craft" in err
    assert "launch.time" not in {conflict.subject for conflict in dossier.conflicts}


def test_came_home_is_a_return() -> None:
    assert _timed("The Kite crew came home at 22:10 UTC on Friday.") == {"return": ["2033-05-13T22:10Z"]}


def test_the_day_an_agency_told_the_world_is_not_the_landing_it_told_of() -> None:
    found = _timed("The agency told the world on Friday why the empty capsule that came home last year was scorched.")
    assert found == {}
