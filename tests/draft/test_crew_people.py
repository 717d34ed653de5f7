"""People, crew seats and roles as outlets write them (issue 22).

Every article and person here is invented for the test; the rules are general ones
about how outlets write a crew, never about one story.
"""

from __future__ import annotations

from pathlib import Path

from soyuztui.dossier.sources import spec as s
from soyuztui.draft.attributes import described, person_findings, unattached_ages
from soyuztui.draft.crew import CrewFindings, crew_sentences
from soyuztui.draft.names import find_mentions, group_people
from tests.draft.drafted import drafted_spec
from tests.draft.test_crew_rules import _people, _seats
from tests.draft.test_rules import article, people_in

BEFORE_FLIGHT = """ date 2031-02-10 Agency names crew for the Selene 3 lunar flyby

HOUSTON (Wire) - The space agency on Monday named the four astronauts who will fly around the Moon aboard the \
Orion spacecraft Fidelity on Selene 3, due to launch on September 14, 2032.

The crew members are commander Marta Quill, pilot Victor Brask and mission specialists Tove Lindqvist and \
Samir Haddad.

The four will loop around the far side of the Moon and return to Earth ten days after launch, splashing down \
in the Pacific.
"""
PROFILES = """ date 2031-02-11 Meet the Selene 3 crew

Navy Captain Marta Quill, 49, will command the flight. Vic Brask, 45, will be the pilot, with geologist Tove \
Kristin Lindqvist, 41, and former fighter pilot Samir Haddad, 44, flying as mission specialists.

Victor Brask said the crew had trained together for years.
"""


def _assigned(tmp_path: Path) -> s.MissionFile:
    return drafted_spec(tmp_path / "selene", BEFORE_FLIGHT, PROFILES)


def test_a_crew_named_before_the_flight_holds_both_legs(tmp_path: Path) -> None:
    seats = _seats(_assigned(tmp_path))
    roles = {"quill": "Commander", "brask": "Pilot", "lindqvist": "Mission specialist", "haddad": "Mission specialist"}
    assert seats == {
        (person, leg, "Orion Fidelity", role) for person, role in roles.items() for leg in ("launch", "landing")
    }


def test_a_short_given_name_and_a_middle_name_are_aliases(tmp_path: Path) -> None:
    people = _people(_assigned(tmp_path))
    assert set(people) == {"quill", "brask", "lindqvist", "haddad"}
    assert "Vic Brask" in people["brask"].aliases
    assert "Tove Kristin Lindqvist" in people["lindqvist"].aliases
    # An alias is not a misspelling: no spelling conflict is drafted for either.
    assert not [fact for person in people.values() for fact in person.facts if "spelling" in fact.field]


def _described(*texts: str) -> dict[str, set[tuple[str, object]]]:
    """What the texts say about each person, by name: (field, value) pairs."""
    found: dict[str, set[tuple[str, object]]] = {}
    for text in texts:
        prepared = article(text)
        for person in group_people(find_mentions(prepared)):
            items = person_findings(prepared, person, person.mentions)
            found.setdefault(person.name, set()).update((item.field, item.value) for item in items)
    return found


def test_a_fighter_pilot_is_not_the_flight_s_pilot(tmp_path: Path) -> None:
    background = _described(
        "Former fighter pilot Samir Haddad and Navy pilot Ola Berg are the mission specialists.",
        "The returning commander Ann Lee waved.",
        "The crew are commander Ann Lee and pilot Samir Haddad.",
    )
    assert ("role", "pilot") not in background["Ola Berg"]
    assert ("role", "commander") in background["Ann Lee"]
    assert ("role", "pilot") in background["Samir Haddad"]  # from the crew line-up only
    assert _described("Former fighter pilot Samir Haddad flies.")["Samir Haddad"] == set()
    seats = {(person, role) for person, _leg, _craft, role in _seats(_assigned(tmp_path))}
    assert ("haddad", "Mission specialist") in seats
    assert ("haddad", "Pilot") not in seats


LAUNCHED = """ date 2031-05-20 Three launched to the station

Shenzhou-41 lifted off at 09:00 GMT on Tuesday carrying three astronauts to the Tiangong station. Commander Wen \
Jie, 50, is on his third flight. He is joined by flight engineer Ke Lin and payload specialist Shi Yu, a \
university lecturer.

The Shenzhou-41 spacecraft docked with the station at 15:00 GMT. Astronauts Hao Lan, Bai Rong and Qiu Ming, \
who have lived aboard since November, greeted the newcomers.
"""
LEAVING = """ date 2031-06-02 Station crew heads home

Astronauts Hao Lan, Bai Rong and Qiu Ming left the station on Friday. All three are out of the capsule after \
landing at Dongfeng at 02:00 GMT on Saturday.

Wen Jie, Ke Lin and Shi Yu, who flew up on Shenzhou-41, now have the station to themselves.
"""


def test_a_crewmate_joined_by_a_payload_specialist_flies_too(tmp_path: Path) -> None:
    seats = _seats(drafted_spec(tmp_path / "handover", LAUNCHED, LEAVING))
    assert ("yu", "launch", "Shenzhou-41", "Payload specialist") in seats


def test_another_crew_coming_home_does_not_seat_the_mission_s_crew(tmp_path: Path) -> None:
    seats = _seats(drafted_spec(tmp_path / "handover", LAUNCHED, LEAVING))
    assert {(person, leg) for person, leg, _craft, _role in seats} == {
        ("jie", "launch"),
        ("lin", "launch"),
        ("yu", "launch"),
    }


def test_names_as_outlets_spell_them() -> None:
    # One letter off in the second place is one person with a spelling conflict.
    assert people_in("Commander Lena Shofield waved.", "Lena Schofield, 52, waved again.") == ["Lena Shofield"]
    # Spacing and hyphens inside a surname are one spelling.
    assert people_in(
        "Astronaut Omar AlHarbi, 35, waved.", "Omar Al-Harbi said so.", "Omar Al Harbi said so again."
    ) == ["Omar AlHarbi"]
    # Woody in one article and Warren in another: one person called two ways.
    assert people_in("NASA astronaut Woody Pell said so.", "NASA astronaut Warren Pell said so.") == ["Woody Pell"]
    # Both given names in one article: two people of one surname.
    assert people_in("Astronauts Mark Pell and Scott Pell said so.") == ["Mark Pell", "Scott Pell"]


def test_a_name_the_next_sentence_describes_by_a_post_and_quotes_is_a_person() -> None:
    # "The <company> boss said" right after the name: the quote reader credits the name.
    assert people_in("Even Oskar Tarn joined in. The Orbitex boss claimed it was a mistake.") == ["Oskar Tarn"]
    # a post many hold, or no speech after it, says nothing about the name
    assert people_in("Even Oskar Tarn joined in. The Orbitex engineer claimed it was a mistake.") == []
    assert people_in("Even Oskar Tarn joined in. The Orbitex boss flew to the site.") == []


def test_an_organisation_or_a_nationality_is_not_a_person() -> None:
    text = "Joining them was pilot Rami Odeh, 31, of the Royal Jordanian Air Force, said the Jordanian."
    assert people_in(text) == ["Rami Odeh"]


def test_a_particle_stays_with_the_surname_on_a_capitalised_line() -> None:
    line = (
        "Currently Aboard Are Cosmonauts Ivan Pelin, Oleg Rusov And Mikhail Tarov, With Emirati Astronaut Hamad "
        "Al Kaabi."
    )
    assert "Hamad Al Kaabi" in people_in(line, "Astronaut Hamad Al Kaabi, 40, said so.")
    assert article(line).text  # the line is read whole


def test_an_agency_written_for_a_list_stays_in_that_list() -> None:
    said = _described(
        "Aboard were Roscosmos cosmonauts Ivan Pelin and Oleg Rusov, and Hamad Kaabi of the United Arab Emirates."
    )
    assert ("agency", "Roscosmos") in said["Ivan Pelin"]
    assert ("agency", "Roscosmos") in said["Oleg Rusov"]
    assert ("agency", "Roscosmos") not in said["Hamad Kaabi"]
    # "A, B, and C": one list, the comma before "and" or not.
    oxford = _described("Aboard were Roscosmos cosmonauts Ivan Pelin, Oleg Rusov, and Hamad Kaabi.")
    assert ("agency", "Roscosmos") in oxford["Hamad Kaabi"]
    # A role written for a list is each name's, whatever follows the last one.
    listed = _described("Aboard were mission specialists Ivan Pelin and Hamad Kaabi of the United Arab Emirates.")
    assert ("role", "mission specialist") in listed["Hamad Kaabi"]


def test_an_age_said_of_a_role_goes_to_whoever_holds_it() -> None:
    text = (
        "Fei Lan said the station was ready. The departing crew, commanded by Fei Lan, packed their bags. Deng Ru "
        "said he trained for years before his first flight. The 58-year-old commander, by contrast, has flown twice."
    )
    prepared = article(text)
    people = group_people(find_mentions(prepared))
    named = sorted(((mention, person) for person in people for mention in person.mentions), key=lambda p: p[0].start)
    said = described({id(person): person_findings(prepared, person, person.mentions) for person in people})
    ages = {(person.name, finding.value) for person, finding in unattached_ages(prepared, named, said)}
    assert ages == {("Fei Lan", 58)}
    # No one called commander before it: the age is nobody's, not the last person named.
    alone = article("Deng Ru said he trained for years. The 58-year-old commander has flown twice.")
    alone_people = group_people(find_mentions(alone))
    alone_named = [(mention, person) for person in alone_people for mention in person.mentions]
    assert unattached_ages(alone, alone_named, described({id(person): [] for person in alone_people})) == []


def test_the_mission_is_the_flight_most_articles_are_about(tmp_path: Path) -> None:
    launch = """ date 2032-04-02 Private crew launches

A Falcon 9 rocket launched the Crew Dragon Valor at 21:00 GMT on Sunday carrying commander Lena Park, pilot \
Ravi Menon and mission specialists Ana Duarte and Yusuf Kaya to the International Space Station.

The Px-4 crew will spend ten days at the station before returning to Earth.
"""
    docked = """ date 2032-04-03 Private crew reaches station

The Px-4 crew docked with the International Space Station at 13:00 GMT on Monday. Among those waiting was Ben \
Ortiz, who flew up in March aboard a Crew Dragon on the Crew-14 mission.
"""
    home = """ date 2032-04-13 Private crew back on Earth

The Px-4 astronauts splashed down off Florida at 03:00 GMT on Tuesday.
"""
    spec = drafted_spec(tmp_path / "px", launch, docked, home)
    assert spec.mission.title == "Px-4"


def test_an_astronaut_s_trade_and_two_words_for_one_trade_are_no_conflict(tmp_path: Path) -> None:
    launch = """ date 2032-06-01 Four launched

A Falcon 9 rocket launched the Crew Dragon Valor at 21:00 GMT on Monday carrying NASA astronaut Lena Park, \
businessman Ravi Menon and biomedical scientist Ana Duarte to the International Space Station.
"""
    home = """ date 2032-06-12 Four home

The Crew Dragon Valor splashed down at 03:00 GMT on Wednesday. Lena Park, an engineer, said the ride was \
smooth. Stem cell researcher Ana Duarte waved. Tycoon Ravi Menon thanked the recovery teams.
"""
    people = _people(drafted_spec(tmp_path / "trades", launch, home))
    facts = {key: {(fact.field, str(fact.value)) for fact in person.facts} for key, person in people.items()}
    assert {("occupation", "astronaut"), ("background", "engineer")} <= facts["park"]
    assert [field for field, _value in facts["menon"]].count("occupation") == 1
    assert [field for field, _value in facts["duarte"]].count("occupation") == 1


def test_only_the_crew_seated_in_the_mission_s_craft_comes_home_in_it(tmp_path: Path) -> None:
    launch = """ date 2032-04-02 Private crew launches

A Falcon 9 rocket launched the Crew Dragon Valor at 21:00 GMT on Sunday carrying commander Lena Park, pilot \
Ravi Menon and mission specialists Ana Duarte and Yusuf Kaya to the International Space Station.
"""
    docked = """ date 2032-04-03 Private crew reaches station

Valor docked with the International Space Station at 13:00 GMT on Monday.
"""
    home = """ date 2032-04-13 Private crew back on Earth

The four private astronauts splashed down off Florida at 03:00 GMT on Tuesday. They left behind \
cosmonaut Ben Ortiz, who rocketed to the station on Soyuz MS-40 in March and has lived aboard since.
"""
    spec = drafted_spec(tmp_path / "valor", launch, docked, home)
    landing = {person for person, leg, _craft, _role in _seats(spec) if leg == "landing"}
    assert landing == {"park", "menon", "duarte", "kaya"}
    leaving = {occupant.person: occupant.leaves_with for occupant in spec.occupants}
    assert leaving["ortiz"] is None
    assert leaving["park"] == "return"


def test_a_list_with_each_role_after_the_name() -> None:
    said = _described(
        "The crew are NASA astronauts Marta Quill, commander; Victor Brask, pilot; and Tove Lindqvist, mission "
        "specialist; and CSA astronaut Samir Haddad, mission specialist."
    )
    assert {("role", "commander"), ("agency", "NASA")} <= said["Marta Quill"]
    assert {("role", "pilot"), ("agency", "NASA")} <= said["Victor Brask"]
    assert {("role", "mission specialist"), ("agency", "NASA")} <= said["Tove Lindqvist"]
    assert {("role", "mission specialist"), ("agency", "CSA")} <= said["Samir Haddad"]
    assert ("agency", "NASA") not in said["Samir Haddad"]


def _seated(text: str) -> set[tuple[str, str]]:
    """(name, leg) of every seat `crew_sentences` finds in one article."""
    prepared = article(text)
    people = group_people(find_mentions(prepared))
    named = sorted(((m, person) for person in people for m in person.mentions), key=lambda pair: pair[0].start)
    said = described({id(person): person_findings(prepared, person, person.mentions) for person in people})
    found = CrewFindings()
    crew_sentences(prepared, named, found, said)
    return {(seat.person.name, leg) for (_key, leg), seat in found.seats.items()}


def test_a_line_up_seats_a_crew_but_not_the_station_s_hosts() -> None:
    assert _seated("The crew are commander Ana Lima, pilot Bo Chen and mission specialist Eva Ruiz.") == {
        ("Ana Lima", "launch"),
        ("Bo Chen", "launch"),
        ("Eva Ruiz", "launch"),
    }
    hosts = "Station commander Ana Lima and flight engineer Bo Chen welcomed the newcomers aboard the station."
    assert _seated(hosts) == set()


def test_a_flight_role_joined_to_a_title_before_the_name_is_the_role() -> None:
    found = _described("Commander Dara Quill and Mission Specialist and Medical Officer Rhea Moss stayed inside.")
    assert ("role", "mission specialist") in found["Rhea Moss"]
