"""The dossier's model written once, and a model of a crewed flight that fits every family.

Halcyon-2 (tests/missions/halcyon-2) is an invented free flyer: its own capsule name, a
rocket, an operator, `destination = "none"`, one seat with a role and three without.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import BaseModel

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.dossier.base import Evidence, Fact, Frozen, Reviewable
from soyuztui.dossier.model import (
    Conflict,
    ConflictValue,
    CrewMember,
    Event,
    EventEnd,
    Mission,
    Occupant,
    TimeClaim,
    When,
)
from soyuztui.dossier.sources import spec
from soyuztui.export import ExportOptions, export
from soyuztui.export.text import summary
from soyuztui.present.coverage import coverage
from soyuztui.present.flight import seat_text, station_short, station_title
from soyuztui.tui.panes.crew import CrewPane, vehicle_labels

HALCYON = Path(__file__).parents[1] / "missions" / "halcyon-2" / "halcyon-2.toml"
NOON = datetime(2031, 12, 8, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def halcyon() -> Dossier:
    return build_dossier(HALCYON)


def _when(text: str, precision: str, zone: str | None = None, approximate: bool = False) -> When:
    return When(time=datetime.fromisoformat(text), precision=precision, zone=zone, approximate=approximate)


def _mission(*facts: tuple[str, str]) -> Mission:
    evidence = (Evidence(doc="a", text="x", start=0, end=1),)
    return Mission(
        id="m",
        title="M",
        countdown_to="launch",
        ends_with="landing",
        facts=tuple(Fact(field=field, value=value, evidence=evidence) for field, value in facts),
    )


# -- one rule, one place ------------------------------------------------------


def test_a_minute_has_happened_from_its_start_a_day_only_once_it_is_over() -> None:
    assert _when("2031-12-08T07:38+00:00", "minute").happened_by == datetime(2031, 12, 8, 7, 38, tzinfo=UTC)
    # 8 December in New York ends at 05:00 UTC on the 9th.
    day = _when("2031-12-08T00:00+00:00", "day", "America/New_York")
    assert day.happened_by == datetime(2031, 12, 9, 5, 0, tzinfo=UTC)
    # An approximate minute is sure only from the start of its window.
    assert _when("2031-12-08T07:38+00:00", "minute", approximate=True).happened_by < day.time.replace(hour=7, minute=38)


def test_occupants_and_lasting_events_follow_the_same_rule() -> None:
    arrival = _when("2031-12-08T00:00+00:00", "day")
    departure = _when("2031-12-20T09:15+00:00", "minute")
    occupant = Occupant(person="p", arrival=arrival, departure=departure, evidence=())
    assert occupant.arrived_by() == arrival.happened_by and occupant.left_by() == departure.happened_by
    assert not occupant.aboard_at(NOON)  # arriving all that day
    assert occupant.aboard_at(arrival.end)
    assert not occupant.aboard_at(departure.time)
    assert EventEnd(event="landing", when=departure).over_by() == departure.happened_by
    assert EventEnd(event="landing").over_by() is None
    assert Occupant(person="p", evidence=()).aboard_at(NOON)  # aboard before and after the story


def test_times_are_a_when_not_copies_of_its_fields() -> None:
    copied = {"time", "precision", "zone", "approximate", "aboard_from", "aboard_until"}
    for model in (Event, TimeClaim, ConflictValue, Occupant):
        assert not copied & set(model.model_fields), model.__name__
    for model in (Event, TimeClaim, ConflictValue):
        assert model.model_fields["when"].annotation == When | None


def _subclasses(root: type[BaseModel]) -> set[type[BaseModel]]:
    found: set[type[BaseModel]] = set(root.__subclasses__())
    for item in list(found):
        found |= _subclasses(item)
    return found


def test_reviewed_is_declared_once() -> None:
    dossier_models = [model for model in _subclasses(Frozen) if "reviewed" in model.model_fields]
    assert dossier_models and all(issubclass(model, Reviewable) for model in dossier_models)
    specs = [model for model in _subclasses(spec.Spec) if "reviewed" in model.model_fields]
    assert specs and all(issubclass(model, spec.Reviewed) for model in specs)
    assert all("reviewed" not in vars(model).get("__annotations__", {}) for model in dossier_models + specs
               if model not in (Reviewable, spec.Reviewed))  # fmt: skip


# -- the flight, read from the facts ------------------------------------------


def test_what_the_flight_is_comes_from_the_mission_facts(halcyon: Dossier) -> None:
    mission = halcyon.mission
    assert (mission.vehicle, mission.rocket, mission.mission_name, mission.operator) == (
        "Cobalt Meridian",
        "Aster 9",
        "Halcyon-2",
        "Brightline Orbital",
    )
    assert mission.destination == "none" and mission.is_free_flyer and mission.station is None


def test_a_station_an_unknown_destination_and_a_free_flyer() -> None:
    iss = _mission(("destination", "International Space Station"))
    assert iss.station == "International Space Station" and not iss.is_free_flyer
    unknown = _mission(("vehicle", "Shenzhou-13"))
    assert unknown.station is None and not unknown.is_free_flyer and unknown.rocket is None
    assert _mission(("destination", "None")).is_free_flyer


@pytest.mark.parametrize(
    ("destination", "title"),
    [
        ("International Space Station", "ISS occupants"),
        ("Tiangong space station", "Tiangong occupants"),
        ("Tiangong", "Tiangong occupants"),
        ("Tern Station", "Tern Station occupants"),
        ("none", "No station"),
        (None, "Station occupants"),
    ],
)
def test_the_occupants_are_titled_by_the_station(destination: str | None, title: str) -> None:
    mission = _mission(("destination", destination)) if destination else _mission()
    assert station_title(mission) == title


def test_station_short_keeps_a_name_and_drops_a_generic_tail() -> None:
    assert station_short("International Space Station") == "ISS"
    assert station_short("Tiangong space station") == "Tiangong"
    assert station_short("Lumen Station") == "Lumen Station"


def test_the_leg_column_drops_only_what_every_vehicle_shares() -> None:
    assert vehicle_labels(["Soyuz MS-19", "Soyuz MS-18"]) == {"Soyuz MS-19": "MS-19", "Soyuz MS-18": "MS-18"}
    assert vehicle_labels(["Starliner Calypso", "Crew Dragon Freedom"]) == {
        "Starliner Calypso": "Starliner Calypso",
        "Crew Dragon Freedom": "Crew Dragon Freedom",
    }
    assert vehicle_labels(["Shenzhou-13"]) == {"Shenzhou-13": "Shenzhou-13"}
    assert vehicle_labels(["Crew Dragon", "Crew Dragon Endurance"]) == {
        "Crew Dragon": "Dragon",
        "Crew Dragon Endurance": "Dragon Endurance",
    }


# -- no value the articles do not give ----------------------------------------


def test_a_seat_without_a_role_is_built_exported_and_covered_as_none(halcyon: Dossier) -> None:
    roles = {(seat.person, seat.leg): seat.role for seat in halcyon.crew}
    assert roles[("ilves", "launch")] == "Commander" and roles[("brandt", "launch")] is None
    data = json.loads(export(halcyon, "json", ExportOptions()))
    assert {(seat["person"], seat["role"]) for seat in data["crew"] if seat["leg"] == "launch"} == {
        ("ilves", "Commander"),
        ("brandt", None),
        ("quist", None),
        ("vantongeren", None),
    }
    assert seat_text(None, "Cobalt Meridian") == "Cobalt Meridian"
    rows = {row.subject: row.value for row in coverage(halcyon)}
    assert rows["crew.brandt.launch"] == "Cobalt Meridian"
    assert rows["crew.ilves.launch"] == "Commander, Cobalt Meridian"


def test_the_json_mission_says_what_the_flight_is(halcyon: Dossier, dossier: Dossier) -> None:
    mission = json.loads(export(halcyon, "json", ExportOptions()))["mission"]
    assert {key: mission[key] for key in ("vehicle", "rocket", "mission_name", "operator", "destination")} == {
        "vehicle": "Cobalt Meridian",
        "rocket": "Aster 9",
        "mission_name": "Halcyon-2",
        "operator": "Brightline Orbital",
        "destination": "none",
    }
    assert mission["free_flyer"] is True and mission["station"] is None
    # What an entry is comes first; the keys every entry inherits (facts, reviewed) last.
    assert list(mission)[:2] == ["id", "title"] and list(mission)[-2:] == ["facts", "reviewed"]
    seeds = json.loads(export(dossier, "json", ExportOptions()))["mission"]
    assert seeds["station"] == "International Space Station" and seeds["free_flyer"] is False
    assert seeds["rocket"] is None and seeds["vehicle"] == "Soyuz MS-19"


def test_a_free_flyer_briefing_says_it_visits_no_station(halcyon: Dossier) -> None:
    briefing = export(halcyon, "md", ExportOptions())
    assert "## No station" in briefing and "This flight visits no station" in briefing
    assert "**Tomasz Brandt** — Cobalt Meridian" in briefing
    briefly = summary(halcyon)
    assert briefly.startswith("Halcyon-2 · free flyer, no station\n")
    assert "Tomasz Brandt — " not in briefly


def test_the_schema_leaves_role_and_agency_optional_and_names_the_flight_facts() -> None:
    definitions = spec.json_schema()["$defs"]
    assert "role" not in definitions["CrewSpec"]["required"]
    assert "agency" not in definitions["OccupantSpec"]["required"]
    described = definitions["MissionSpec"]["properties"]["facts"]["description"]
    assert all(field in described for field in ("vehicle", "rocket", "mission_name", "operator", "destination"))


def test_the_composed_models_go_through_pydantic_json_and_back(halcyon: Dossier, dossier: Dossier) -> None:
    for built in (halcyon, dossier):
        for model, items in (
            (Event, built.events),
            (Occupant, built.occupants),
            (CrewMember, built.crew),
            (Conflict, built.conflicts),
            (Mission, (built.mission,)),
        ):
            for item in items:
                assert model.model_validate_json(item.model_dump_json()) == item


def test_a_roster_on_one_spacecraft_names_it_in_the_title_and_keeps_the_leg_to_its_arrow(halcyon: Dossier) -> None:
    (vehicle,) = {seat.vehicle for seat in halcyon.crew}
    pane = CrewPane(halcyon)
    assert str(pane.border_title) == f"1 Crew · {vehicle}"
    legs = {pane.cells[id(seat)][0].plain for seat in halcyon.crew}
    assert legs <= {"↑", "↓"} and "↑" in legs


def test_a_roster_on_two_spacecraft_names_each_in_the_leg_column() -> None:
    seeds = build_dossier(Path(__file__).parents[2] / "seeds" / "soyuz-ms-19.toml")
    pane = CrewPane(seeds)
    assert str(pane.border_title) == "1 Crew"
    assert {pane.cells[id(seat)][0].plain for seat in seeds.crew} == {"↑ MS-19", "↓ MS-18"}
