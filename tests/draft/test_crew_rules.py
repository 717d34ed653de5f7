"""The draft reads any crewed flight as outlets write it: craft, rocket, crew, roles, people.

Every article here is invented for the test (the flights and people are made up).
"""

from __future__ import annotations

from pathlib import Path

from soyuztui.dossier.sources import spec as s
from tests.draft.drafted import drafted_spec

LAUNCH = """ date 2030-05-01 Crew launches to the orbiting lab

CAPE CANAVERAL, Fla. (Wire) - A Falcon 9 rocket lifted off at 14:00 GMT on Wednesday carrying the Crew Dragon
Resolve and ESA astronauts Ann Kole, Robert Rusk and Cara Vint, and Dmitri Osokin of Roscosmos to the
International Space Station for the Crew-12 mission.

Commander Ann Kole, 47, leads the flight. Robert Rusk is the pilot. Vint and Osokin fly as mission specialists.

The flight was watched by NASA administrator Gil Amery and his deputy Rhea Tolland, who praised the teams. The
52-year-old said the launch was flawless. The 61-year-old pilot of an earlier flight, Jonas Pirk, watched too.
"""
LANDING = """ date 2030-11-02 Crew-12 home after six months

The Crew Dragon Resolve landed off Florida at 07:10 GMT on Saturday carrying Ann Kole, Bob Rusk, Cara Vint and
Dmitri Ossokin home after six months at the International Space Station.
"""


def _text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _people(spec: s.MissionFile) -> dict[str, s.PersonSpec]:
    return {person.id: person for person in spec.people}


def _facts(person: s.PersonSpec, field: str) -> list[object]:
    return [fact.value for fact in person.facts if fact.field == field]


def _mission(spec: s.MissionFile) -> dict[str, object]:
    return {fact.field: fact.value for fact in spec.mission.facts}


def _seats(spec: s.MissionFile) -> set[tuple[str, str, str, str | None]]:
    return {(seat.person, seat.leg, seat.vehicle, seat.role) for seat in spec.crew}


def _unwrapped(text: str) -> str:
    """The text with its paragraphs on one line each, as the corpora keep them."""
    return _text(*(" ".join(part.split()) for part in text.split("\n\n"))).replace("\n\ndate", "\n\n date")


def _articles(tmp_path: Path) -> s.MissionFile:
    return drafted_spec(tmp_path / "a", " " + _unwrapped(LAUNCH).lstrip(), " " + _unwrapped(LANDING).lstrip())


def test_the_craft_is_the_spacecraft_never_the_rocket(tmp_path: Path) -> None:
    facts = _mission(_articles(tmp_path))
    assert facts["vehicle"] == "Crew Dragon Resolve"
    assert facts["rocket"] == "Falcon 9"
    assert facts["mission_name"] == "Crew-12"
    assert facts["destination"] == "International Space Station"


def test_crew_roles_only_as_stated_and_both_legs(tmp_path: Path) -> None:
    seats = _seats(_articles(tmp_path))
    craft = "Crew Dragon Resolve"
    assert seats == {
        (person, leg, craft, role)
        for person, role in [
            ("kole", "Commander"),
            ("rusk", "Pilot"),
            ("vint", "Mission specialist"),
            ("osokin", "Mission specialist"),
        ]
        for leg in ("launch", "landing")
    }


def test_people_are_people(tmp_path: Path) -> None:
    spec = _articles(tmp_path)
    people = _people(spec)
    # Bob and Robert are one person with an alias; Ossokin is a spelling of Osokin.
    assert "Bob Rusk" in people["rusk"].aliases
    assert {str(value) for value in _facts(people["osokin"], "spelling")} == {"Osokin", "Ossokin"}
    # The agency written once for a list is every name's; the last name's own is its own.
    assert [_facts(people[key], "agency") for key in ("kole", "rusk", "vint", "osokin")] == [
        ["ESA"],
        ["ESA"],
        ["ESA"],
        ["Roscosmos"],
    ]
    # "The 52-year-old said" follows a sentence naming two people: it is neither's age.
    assert _facts(people["amery"], "age") == [] and _facts(people["tolland"], "age") == []
    assert _facts(people["kole"], "age") == [47]
    assert _facts(people["rusk"], "age") == []  # "the 61-year-old pilot of an earlier flight" is someone else
    assert "pirk" not in {seat.person for seat in spec.crew}
    # An administrator watching the launch is not crew.
    assert "amery" not in {seat.person for seat in spec.crew}


def test_a_crew_coming_home_in_another_craft_sits_in_it(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "b",
        _text(
            " date 2031-02-03 Starliner flies its crew to the station",
            "Commander Lena Marsh and pilot Omar Quill launched aboard Boeing's Starliner at 15:00 GMT on Monday,"
            " bound for the International Space Station.",
        ),
        _text(
            " date 2031-06-10 Starliner lands empty",
            "The uncrewed Starliner landed in New Mexico at 04:00 GMT on Tuesday, while Lena Marsh and Omar Quill"
            " remain aboard the International Space Station without it.",
        ),
        _text(
            " date 2031-09-01 Crew home at last",
            "A SpaceX Dragon with the Crew-20 crew aboard returned to Earth at 20:00 GMT on Monday. The Crew-20 team,"
            " including Lena Marsh, Omar Quill and cosmonaut Ilya Brandt, splashed down off Florida.",
        ),
    )
    seats = {(seat.person, seat.leg, seat.vehicle) for seat in spec.crew}
    assert ("marsh", "launch", "Starliner") in seats and ("quill", "launch", "Starliner") in seats
    landing = {(person, vehicle) for person, leg, vehicle in seats if leg == "landing"}
    assert landing == {("marsh", "Crew Dragon"), ("quill", "Crew Dragon"), ("brandt", "Crew Dragon")}
    # The crew leave the station with the crewed homecoming that ends the story, never with the
    # empty spacecraft's landing.
    events = {event.id: event for event in spec.events}
    leaving = {item.person: item.leaves_with for item in spec.occupants if item.person in ("marsh", "quill")}
    assert set(leaving) == {"marsh", "quill"}
    assert all(ref == spec.mission.ends_with for ref in leaving.values())
    assert [claim.time for claim in events[spec.mission.ends_with].claims] == ["2031-09-01T20:00Z"]


def test_a_free_flyer_has_no_station_and_no_occupants(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "c",
        _text(
            " date 2032-04-01 Private crew starts a free-flying mission",
            "The Crew Dragon Halcyon lifted off at 08:00 GMT on Thursday with commander Noor Vance and pilot Teo"
            " Brask aboard. The capsule will not dock with any space station during the five-day flight.",
        ),
        _text(
            " date 2032-04-06 Free flyers home",
            "The Crew Dragon Halcyon splashed down at 09:30 GMT on Tuesday, bringing Noor Vance and Teo Brask home.",
        ),
    )
    assert _mission(spec)["destination"] == "none"
    assert spec.occupants == []


def test_names_written_family_name_first(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "d",
        _text(
            " date 2033-06-05 Shenzhou-30 launches",
            "The Shenzhou-30 spacecraft blasted off at 02:00 GMT on Sunday carrying Li Mingde, 44, and Zhou Anlan, 39,"
            " to the Tiangong space station. Li commands the flight; Zhou is on her first mission.",
        ),
        _text(
            " date 2033-11-02 Shenzhou-30 crew returns",
            "The Shenzhou-30 return capsule landed at 01:10 GMT on Wednesday, bringing Li Mingde and Zhou Anlan home.",
        ),
    )
    assert {"li", "zhou"} <= set(_people(spec))
    assert _mission(spec)["vehicle"] == "Shenzhou-30"
    assert _mission(spec)["destination"] == "Tiangong"
    # "taikonaut", "astronaut" are occupations: never an agency, never a role.
    assert all(item.agency is None for item in spec.occupants)


def test_nicknames_profile_ages_and_headline_capitals(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "e",
        _text(
            " date 2034-03-03 Astronauts Gareth Doyle and Mira Pell Make History",
            "Commander Gareth “Gus” Doyle and pilot Mira “Mimi” Pell launched aboard the Orion spacecraft at"
            " 12:00 GMT on Friday.",
        ),
        _text(
            "Meet the two astronauts who will fly Orion this week.",
            "Gareth “Gus” Doyle\n- Age: 55\n- Background: a former test pilot.\nMira “Mimi” Pell\n- Age: 41",
        ),
        _text(
            " date 2034-03-13 Orion crew home",
            "Orion splashed down at 17:45 GMT on Monday, carrying Gus Doyle and Mira Pell home. Doyle and Pel waved.",
        ),
    )
    people = _people(spec)
    assert set(people) == {"doyle", "pell"}  # not "Pell Make History", and Gus is Gareth
    assert "Gus" in people["doyle"].aliases
    assert _facts(people["doyle"], "age") == [55] and _facts(people["pell"], "age") == [41]


def test_a_craft_named_three_ways_is_one_craft() -> None:
    from soyuztui.draft.craft import find_craft
    from soyuztui.draft.text import Article

    texts = [
        "Four astronauts of the Crew-40 mission flew aboard the Crew Dragon capsule Vigil on a Falcon 9 rocket.",
        "The capsule Vigil docked with the station. SpaceX's Dragon Vigil carries the Crew-40 astronauts.",
        "A Soyuz MS-40 spacecraft also waits at the station.",
    ]
    craft = find_craft([Article(f"d{n}", text, 0, None).prepare() for n, text in enumerate(texts)])
    facts = {field: value for field, value, *_ in craft.facts}
    assert craft.vehicle == "Crew Dragon Vigil"
    assert {"Vigil", "Dragon Vigil"} <= set(craft.named["Crew Dragon Vigil"])
    assert facts == {
        "vehicle": "Crew Dragon Vigil",
        "rocket": "Falcon 9",
        "mission_name": "Crew-40",
        "operator": "SpaceX",
    }


def test_a_handover_crew_leaves_with_its_own_departure(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "f",
        _text(
            " date 2035-09-10 Soyuz MS-50 crew arrives",
            "The Soyuz MS-50 spacecraft carrying commander Pavel Ostrov and flight engineer Nina Kasheva docked"
            " with the International Space Station at 12:00 GMT on Monday.",
            "Cosmonauts Lev Markin and Oleg Tarasenko, who have lived aboard the station since March, greeted them.",
        ),
        _text(
            " date 2035-09-14 Handover done",
            "Markin and Tarasenko are to undock aboard Soyuz MS-49 on Sunday, ending six months in orbit.",
        ),
        _text(
            " date 2036-03-01 Soyuz MS-50 lands",
            "The Soyuz MS-50 capsule landed in Kazakhstan at 06:30 GMT on Saturday, bringing Pavel Ostrov and Nina"
            " Kasheva home.",
        ),
    )
    occupants = {item.person: item for item in spec.occupants}
    assert occupants["markin"].arrives_with is None and occupants["tarasenko"].arrives_with is None
    departure = occupants["markin"].leaves_with
    assert departure is not None and departure == occupants["tarasenko"].leaves_with
    assert departure != spec.mission.ends_with
    assert occupants["ostrov"].leaves_with == spec.mission.ends_with


def test_a_station_named_only_in_a_negation_is_no_destination(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "g",
        _text(
            " date 2033-07-01 Two tourists circle the Earth alone",
            "The Crew Dragon Quillon lifted off at 10:00 GMT on Friday with commander Ines Harrow and pilot Bo"
            " Lindqvist aboard. The capsule will not dock with the International Space Station on this trip.",
        ),
        _text(
            " date 2033-07-05 Tourists home",
            "The flight never went near the International Space Station. The Crew Dragon Quillon splashed down at"
            " 11:45 GMT on Tuesday, bringing Ines Harrow and Bo Lindqvist home.",
        ),
    )
    assert _mission(spec)["destination"] == "none"
    assert spec.occupants == []


def test_getting_out_of_the_capsule_is_the_landing(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "h",
        _text(
            " date 2034-02-01 Soyuz MS-61 on its way",
            "The Soyuz MS-61 spacecraft lifted off at 09:00 GMT on Wednesday carrying commander Yuri Danko and flight"
            " engineer Amy Sorel to the International Space Station.",
        ),
        _text(
            " date 2034-08-01 Home after half a year",
            "The Soyuz MS-61 descent module touched down on the steppe at 04:20 GMT on Tuesday.",
            "Recovery teams reached it within minutes, and Yuri Danko climbed out first, followed by Amy Sorel.",
        ),
    )
    landing = {person for person, leg, _vehicle, _role in _seats(spec) if leg == "landing"}
    assert landing == {"danko", "sorel"}


def test_other_residents_going_home_in_their_own_craft_are_not_the_landing_crew(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "i",
        _text(
            " date 2035-04-01 Soyuz MS-70 docks",
            "The Soyuz MS-70 spacecraft carrying commander Mila Vorne and flight engineer Aron Tesh docked with the"
            " International Space Station at 13:00 GMT on Sunday.",
            "Cosmonauts Ivo Grell and Petr Lasko, who have lived aboard the station since October, greeted them.",
        ),
        _text(
            " date 2035-05-02 Station news",
            "Grell and Lasko returned to Earth on April 20 aboard Soyuz MS-69, their own craft.",
        ),
        _text(
            " date 2035-10-01 Soyuz MS-70 lands",
            "The Soyuz MS-70 capsule landed in Kazakhstan at 05:00 GMT on Monday, bringing Mila Vorne and Aron Tesh"
            " home.",
        ),
    )
    landing = {person for person, leg, _vehicle, _role in _seats(spec) if leg == "landing"}
    assert landing == {"vorne", "tesh"}


def test_each_clause_dates_its_own_residents_going_home(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "j",
        _text(
            " date 2037-03-01 Soyuz MS-80 docks",
            "The Soyuz MS-80 spacecraft carrying commander Rada Belin and flight engineer Tomas Ukko docked with the"
            " International Space Station at 13:00 GMT on Sunday.",
            "Cosmonauts Ivo Grell and Petr Lasko and astronauts Nell Ammon and Joe Stroud, who have lived aboard the"
            " station since autumn, greeted them.",
        ),
        _text(
            " date 2037-05-02 Station news",
            "Grell and Lasko returned to Earth on March 20 aboard Soyuz MS-79, and astronauts Ammon and Stroud"
            " splashed down on April 9.",
        ),
        _text(
            " date 2037-09-01 Soyuz MS-80 lands",
            "The Soyuz MS-80 capsule landed in Kazakhstan at 05:00 GMT on Monday, bringing Rada Belin and Tomas Ukko"
            " home.",
        ),
    )
    leaving = {item.person: item.leaves_with for item in spec.occupants}
    times = {event.id: [claim.time for claim in event.claims] for event in spec.events}
    assert times[leaving["grell"] or ""] == ["2037-03-20"] and leaving["lasko"] == leaving["grell"]
    assert times[leaving["ammon"] or ""] == ["2037-04-09"] and leaving["stroud"] == leaving["ammon"]
    assert leaving["belin"] == spec.mission.ends_with
    # Neither homecoming is the mission's landing nor its spacecraft's.
    assert {person for person, leg, _vehicle, _role in _seats(spec) if leg == "landing"} == {"belin", "ukko"}


def test_a_name_once_with_a_post_in_an_appositive_is_a_person(tmp_path: Path) -> None:
    spec = drafted_spec(
        tmp_path / "k",
        _text(
            " date 2038-06-01 Soyuz MS-90 on its way",
            "The Soyuz MS-90 spacecraft lifted off at 09:00 GMT on Tuesday carrying commander Yuri Danko and flight"
            " engineer Amy Sorel to the International Space Station.",
            "Wendell Ashgrove, NASA's station manager, insisted that the schedule was sound.",
        ),
        _text(
            " date 2038-12-01 Home",
            "The Soyuz MS-90 capsule landed in Kazakhstan at 04:20 GMT on Friday, bringing Yuri Danko and Amy Sorel"
            " home.",
        ),
    )
    assert "ashgrove" in _people(spec)
