"""Faults a crew rotation's articles showed: a career's thousands of days read as a flight's length,
a middle name making a second person, and the other rules written from them.

Every article is invented, about an invented flight.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from soyuztui.draft import facts as mf
from soyuztui.draft.craft import find_craft
from soyuztui.draft.text import Article
from tests.draft.drafted import aboard, draft_and_check, drafted_spec, timed_values


def _durations(*texts: str) -> list[str]:
    """The mission lengths the duration rule finds in `texts`, one article each."""
    articles = [Article(f"{number:03d}", text, 0, date(2036, 8, 9)).prepare() for number, text in enumerate(texts)]
    found, _ = mf.duration(articles)
    return [value for _, value, *_ in found]


def test_a_number_with_a_thousands_separator_is_one_number() -> None:
    assert _durations("The Heron crew will live aboard the outpost for a 1,200-day mission.") == ["1200 days"]


def test_a_career_total_is_no_missions_length() -> None:
    assert _durations(
        "Their commander, Vera Lind, has accumulated more than 1,000 days in space.",
        "She racked up 412 days in space before this flight, and the crew began a 180-day mission.",
    ) == ["180 days"]


def test_a_short_given_name_and_a_middle_name_are_one_person(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path,
        " date 2036-03-02 Heron 4 lifts off\n\nThe Heron 4 capsule lifted off at 09:10 GMT on Monday carrying"
        " commander Vera Lind and flight engineer Len Corrow to the Gull outpost.\n",
        " date 2036-03-03 Heron 4 docks\n\nThe Heron 4 capsule docked with the Gull outpost at 11:41 GMT on"
        " Tuesday. Aboard were Vera Lind and Leonard Ames Corrow, a chemist by training.\n",
    )
    corrows = [person for person in spec.people if "Corrow" in person.name]
    assert [person.name for person in corrows] == ["Len Corrow"]
    assert "Leonard Ames Corrow" in corrows[0].aliases


def test_a_ship_moored_to_the_station_has_docked() -> None:
    found = timed_values(
        "The Heron 4 ship moored to the Gull outpost's forward module at 22:41 Moscow time.", date(2036, 3, 3)
    )
    assert found.get("docking") == ["2036-03-03T19:41Z"]  # Moscow is three hours ahead of UTC


def _craft(*articles: tuple[str, str]) -> dict[str, str]:
    """The vehicle and mission name drafted from (header, body) articles, the header before the body."""
    prepared = [
        Article(f"{index:03d}", header + body, len(header), date(2036, 3, 4)).prepare()
        for index, (header, body) in enumerate(articles)
    ]
    return {name: str(value) for name, value, *_ in find_craft(prepared).facts if name in ("vehicle", "mission_name")}


def test_a_capsules_name_set_off_by_commas_is_its_own_name() -> None:
    found = _craft(
        ("", "The four of Crew-41 flew aboard the Dragon spacecraft, named Osprey, from Florida on Sunday."),
        ("", "The capsule, Osprey, latched onto the outpost at 07:15 GMT on Monday."),
        ("", "The outgoing crew's Crew Dragon Kestrel parachuted into the sea on Friday."),
    )
    assert found["vehicle"] == "Crew Dragon Osprey"


def test_the_flight_the_headlines_report_is_the_mission_not_the_crew_it_relieves() -> None:
    found = _craft(
        (
            " date 2036-03-03 Crew-41 lifts off\n\n",
            "The Crew Dragon Osprey left Florida on Sunday. Its four astronauts will join the Crew-40 mission"
            " aboard the outpost for a week.",
        ),
        (
            " date 2036-03-04 Crew Dragon docks\n\n",
            "The Crew Dragon Osprey docked on Monday. The handover is expected to last a week before Crew-40 undocks.",
        ),
        (
            " date 2036-03-12 Crew-41 astronauts welcome a new crew\n\n",
            "A veteran of the Crew-40 mission, she left on Crew Dragon Osprey's sister ship. Crew-41 docked last week.",
        ),
    )
    assert found["mission_name"] == "Crew-41"


RELIEVED = {
    "000_release.txt": " date 2036-03-02 Heron 4 lifts off\n\nThe Heron 4 capsule lifted off at 21:10 GMT on Sunday"
    " carrying commander Vera Lind and flight engineer Len Corrow to the Gull outpost.\n",
    "001_wire.txt": " date 2036-03-03 Heron 4 docks\n\nThe Heron 4 capsule docked with the Gull outpost at 07:15 GMT on"
    " Monday with Vera Lind and Len Corrow aboard. Waiting to greet them were Ada Quist and Bo Marsh, who have"
    " been aboard since September.\n",
    "002_paper.txt": " date 2036-03-11 Outgoing pair home\n\nJust before dawn early Tuesday two travellers came home"
    " off the coast. The Kite 3 capsule parachuted into the sea at 05:47 GMT, ending a six-month stay for Ada"
    " Quist and Bo Marsh. The departure leaves Vera Lind and Len Corrow aboard the outpost.\n",
    "003_wire.txt": " date 2036-09-01 Heron 4 home\n\nThe Heron 4 capsule splashed down at 08:00 GMT on Monday"
    " with Vera Lind and Len Corrow aboard, ending their half year in orbit.\n",
}


def test_a_capsule_parachuting_home_ends_the_stay_of_those_named_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier, _notes = draft_and_check(tmp_path, capsys, RELIEVED)
    assert aboard(dossier, "2036-03-10T12:00") == {"lind", "corrow", "quist", "marsh"}
    assert aboard(dossier, "2036-03-12T00:00") == {"lind", "corrow"}
    # Their homecoming's day, told first without names, is theirs too: no rival to the mission's landing.
    assert dossier.conflicts == ()


def test_an_undated_article_is_placed_by_an_arrival_it_calls_last_weeks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    undated = (
        "Outgoing pair home after half a year\n\nJust before dawn early Tuesday two travellers came home off the"
        " coast. The Kite 3 capsule parachuted into the sea at 05:47 GMT, ending a six-month stay for Ada Quist"
        " and Bo Marsh. The departure leaves Vera Lind and Len Corrow, who arrived last week, aboard the outpost.\n"
    )
    dossier, notes = draft_and_check(tmp_path, capsys, {**RELIEVED, "002_paper.txt": undated})
    # Docked on Monday 3 March: "last week" from the week of Monday 10 March, whose Tuesday is the 11th.
    assert "document '002' has no date line; read as written on 2036-03-11" in notes
    assert aboard(dossier, "2036-03-12T00:00") == {"lind", "corrow"}


def test_a_title_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path,
        " date 2036-03-02 Heron 4 lifts off\n\nThe Heron 4 capsule lifted off at 21:10 GMT on Sunday carrying"
        " commander Vera Lind and flight engineer Len Corrow to the Gull outpost. “A clean climb,” said agency"
        " Administrator Tomas Reyval. Reyval watched from the control room.\n",
        " date 2036-09-01 Heron 4 home\n\nThe Heron 4 capsule splashed down at 08:00 GMT on Monday with Vera Lind"
        " and Len Corrow aboard.\n",
    )
    assert "Tomas Reyval" in [person.name for person in spec.people]
