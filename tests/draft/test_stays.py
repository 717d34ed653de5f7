"""Station residents whose arrival or departure the articles never give: their stay bounded by sightings.

Every article here is invented for the test (the flights and people are made up).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from soyuztui.dossier import build_dossier
from soyuztui.dossier.errors import MissionError
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.sources import spec as s
from soyuztui.draft.writer import render
from soyuztui.export.json import to_json
from soyuztui.export.markdown import to_markdown
from soyuztui.export.options import ExportOptions
from tests.draft.drafted import aboard, drafted_spec

ARRIVAL = """ date 2033-03-04 Crew-30 reaches the station

The Crew Dragon Tenacity docked with the International Space Station at 10:15 GMT on Friday, a day after a
Falcon 9 launched commander Ines Barlow and pilot Kai Okafor from Florida at 09:00 GMT on Thursday.

They were greeted by Yuri Belkin, Olga Sedova and Tom Prentiss, who have lived aboard since the autumn.
"""
HANDOVER = """ date 2033-08-20 Command changes hands before Crew-30 leaves

HOUSTON (Wire) - Ines Barlow handed command of the International Space Station to cosmonaut Pavel Gorin on
Thursday. Her crew is due home in two days.

Gorin, who leads the outpost now, was joined there in the spring by NASA astronauts Lise Marchetti and Ravi Anand.
"""
SPLASHDOWN = """ date 2033-08-23 Crew-30 home

The Crew Dragon Tenacity splashed down off Florida at 06:40 GMT on Monday with Ines Barlow and Kai Okafor
aboard, ending their stay of almost six months.
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> tuple[s.MissionFile, Dossier]:
    folder = tmp_path_factory.mktemp("stays")
    spec = drafted_spec(folder, ARRIVAL, HANDOVER, SPLASHDOWN)
    return spec, build_dossier(folder / "mission.toml")  # `check` accepts the draft unedited


def test_residents_named_months_apart_are_bounded_by_the_sightings(drafted: tuple[s.MissionFile, Dossier]) -> None:
    spec, dossier = drafted
    stays = {item.person: (item.aboard_since, item.gone_by) for item in spec.occupants}
    # Named only at the arrival, left out of the station's people named months later: gone by then.
    for early in ("belkin", "sedova", "prentiss"):
        assert stays[early] == (None, "2033-08-18")
    # Named only months later: aboard from the day the lead reports ("on Thursday"), arrival not given.
    for late in ("gorin", "marchetti", "anand"):
        assert stays[late] == ("2033-08-18", None)
    early_crew = {"barlow", "okafor", "belkin", "sedova", "prentiss"}
    assert aboard(dossier, "2033-03-05T00:00") == early_crew
    assert aboard(dossier, "2033-08-18T12:00") == {"barlow", "okafor", "gorin", "marchetti", "anand"}
    assert aboard(dossier, "2033-08-24T00:00") == {"gorin", "marchetti", "anand"}


def test_the_bounds_go_out_in_every_export_saying_what_they_are(drafted: tuple[s.MissionFile, Dossier]) -> None:
    _spec, dossier = drafted
    occupants = {item["person"]: item for item in json.loads(to_json(dossier))["occupants"]}
    assert occupants["gorin"]["aboard_from"] == "2033-08-18T00:00:00Z"
    assert occupants["gorin"]["aboard_from_basis"] == "first placed aboard"
    assert occupants["gorin"]["aboard_until"] is None
    assert occupants["belkin"]["aboard_from"] is None
    assert occupants["belkin"]["aboard_until"] == "2033-08-18T00:00:00Z"
    assert occupants["belkin"]["aboard_until_basis"] == "no longer named aboard"
    assert occupants["barlow"]["aboard_from_basis"] == "arrival"
    markdown = to_markdown(dossier, ExportOptions())
    assert "at the latest (arrival not given)" in markdown
    assert "at the latest (departure not given)" in markdown


def test_a_short_visit_names_residents_without_bounding_them(tmp_path: Path) -> None:
    """Articles days apart that name different residents name parts of one crew."""
    spec = drafted_spec(
        tmp_path / "short",
        ARRIVAL,
        """ date 2033-03-12 Crew-30 settles in

The crew of the Crew Dragon Tenacity, Ines Barlow and Kai Okafor, have begun experiments since docking on Friday.
Barlow was greeted again on Wednesday by Nadia Voss, who has lived aboard the International Space Station for a year.
""",
        """ date 2033-03-20 Crew-30 home early

The Crew Dragon Tenacity splashed down off Florida at 06:40 GMT on Sunday with Ines Barlow and Kai Okafor aboard.
""",
    )
    assert spec.occupants
    assert all(item.aboard_since is None and item.gone_by is None for item in spec.occupants)


def _check_refuses(tmp_path: Path, drafted: s.MissionFile, **change: str | None) -> str:
    folder = tmp_path / "edited"
    folder.mkdir()
    for number, text in enumerate((ARRIVAL, HANDOVER, SPLASHDOWN)):
        (folder / f"{number:03d}_article.txt").write_text(text, encoding="utf-8")
    occupants = [item.model_copy(update=change) if item.person == "gorin" else item for item in drafted.occupants]
    (folder / "mission.toml").write_text(render(drafted.model_copy(update={"occupants": occupants})), encoding="utf-8")
    with pytest.raises(MissionError) as error:
        build_dossier(folder / "mission.toml")
    return str(error.value)


def test_check_refuses_a_bound_later_than_its_evidence(tmp_path: Path, drafted: tuple[s.MissionFile, Dossier]) -> None:
    message = _check_refuses(tmp_path, drafted[0], aboard_since="2033-09-30")
    assert "aboard_since = '2033-09-30' is later than its evidence, published on 2033-08-20" in message


def test_check_refuses_a_bound_beside_the_event_it_stands_for(
    tmp_path: Path, drafted: tuple[s.MissionFile, Dossier]
) -> None:
    assert "give arrives_with or aboard_since, not both" in _check_refuses(tmp_path, drafted[0], arrives_with="docking")


def test_check_refuses_a_stay_that_ends_before_it_begins(
    tmp_path: Path, drafted: tuple[s.MissionFile, Dossier]
) -> None:
    assert "would leave" in _check_refuses(tmp_path, drafted[0], gone_by="2033-05-01")


def test_an_agency_written_as_its_acronym_and_in_full_is_one_agency(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "agency",
        """ date 2034-02-01 Two join the station

The Crew Dragon Fortitude docked with the International Space Station at 09:10 GMT on Wednesday, carrying
NASA astronaut Paul Idris and Lena Hargrove of the Canadian Space Agency, who launched at 08:00 GMT on Tuesday.
""",
        """ date 2034-07-30 Fortitude home

The Crew Dragon Fortitude splashed down at 14:20 GMT on Sunday with Paul Idris and CSA astronaut Lena Hargrove.
They were greeted aboard the station earlier by CSA astronaut Mira Tovey.
""",
    )
    agencies = {fact.value for person in spec.people for fact in person.facts if fact.field == "agency"}
    assert agencies == {"CSA", "NASA"}
    assert "Canadian Space Agency" in spec.terms["CSA"]


HANDOVER_LAUNCH = """ date 2036-04-10 Soyuz MS-40 lifts off for the handover

The Soyuz MS-40 spacecraft lifted off at 09:20 GMT on Thursday with commander Ivan Rudnev, Oleg Sitnikov and
NASA astronaut Dana Pryor aboard, and Soyuz MS-40 docked with the International Space Station at 15:40 GMT
the same day.

They were greeted aboard by the Soyuz MS-39 crew, cosmonauts Boris Kalin and Yuri Fomin and NASA astronaut \
Amy Locke, who will hand the station over to them.
"""
HANDOVER_RETURN = """ date 2036-04-18 Station residents home

The Soyuz MS-39 spacecraft undocked from the station at 08:05 GMT on Friday, leaving the Soyuz MS-40 crew of
Ivan Rudnev, Oleg Sitnikov and Dana Pryor on board. Its descent module touched down in Kazakhstan at 11:10
GMT on Friday. Soyuz MS-40 is due home in October.
"""


HANDOVER_WEEK = """ date 2036-04-14 Soyuz MS-40 crew settles in

The Soyuz MS-40 crew began their first experiments on Monday, four days after Soyuz MS-40 docked at the
International Space Station.
"""


def test_residents_leave_with_the_craft_a_sentence_makes_theirs(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path / "handover", HANDOVER_LAUNCH, HANDOVER_WEEK, HANDOVER_RETURN)
    leaving = {item.person: item.leaves_with for item in spec.occupants}
    # The Soyuz MS-39 crew fly that craft; its undocking is when they leave the station.
    for resident in ("kalin", "fomin"):
        assert str(leaving[resident]).startswith("undocking")
    # The newcomers are left on board by that undocking: it is not theirs.
    for newcomer in ("rudnev", "sitnikov", "pryor"):
        assert not str(leaving.get(newcomer)).startswith("undocking")
    dossier = build_dossier(tmp_path / "handover" / "mission.toml")
    assert aboard(dossier, "2036-04-19T00:00") == {"rudnev", "sitnikov", "pryor"}


def test_a_departure_that_leaves_residents_on_board_is_not_theirs(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "visit",
        """ date 2037-03-02 Private crew arrives

The Crew Dragon Venture docked with the International Space Station at 13:10 GMT on Tuesday, a day after
launching commander Rosa Quint and pilot Emil Strand at 12:00 GMT on Monday. They were greeted by NASA
astronauts Hal Brody and Nell Tamsin.
""",
        """ date 2037-03-12 Venture heads home

The Crew Dragon Venture undocked at 14:00 GMT on Thursday, leaving Hal Brody and Nell Tamsin on board, and
splashed down with Rosa Quint and Emil Strand at 22:30 GMT on Thursday.
""",
    )
    leaving = {item.person: item.leaves_with for item in spec.occupants}
    assert leaving["brody"] is None and leaving["tamsin"] is None
    assert leaving["quint"] is not None and leaving["strand"] is not None


def test_a_cape_is_a_place_not_a_person(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "cape",
        """ date 2035-06-02 Capsule home

The Crew Dragon Endeavor lifted off from Cape Norrvik at 10:20 GMT on Saturday, carrying commander Lia Brandt and
pilot Omar Feld towards the International Space Station.
""",
        """ date 2035-06-03 Docked

The Crew Dragon Endeavor docked with the International Space Station at 09:00 GMT on Sunday, a day after it left
Cape Norrvik with Lia Brandt and Omar Feld.
""",
    )
    assert "norrvik" not in {person.id for person in spec.people}
    assert {person.id for person in spec.people} >= {"brandt", "feld"}
