"""One extraction rule at a time, with sentences in the styles of many outlets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from soyuztui.draft import draft
from soyuztui.draft import facts as mission_facts
from soyuztui.draft.attributes import person_findings
from soyuztui.draft.events import EventFindings, event_claims
from soyuztui.draft.names import find_mentions, group_people
from soyuztui.draft.text import Article, quoted_spans, split_sentences


def article(text: str, published: date | None = date(2031, 3, 10), doc: str = "a") -> Article:
    return Article(doc, text, 0, published).prepare()


def people_in(*texts: str) -> list[str]:
    mentions = []
    for number, text in enumerate(texts):
        mentions += find_mentions(article(text, doc=f"d{number}"))
    return [person.name for person in group_people(mentions)]


# -- sentences and quotes ----------------------------------------------------


def test_sentences_keep_abbreviations_and_decimals() -> None:
    text = "Dr. Ana Ruiz flew 3.5 hours. She landed at 9 a.m. on Friday. Mr. Li waved."
    assert [s.text for s in split_sentences(text)] == [
        "Dr. Ana Ruiz flew 3.5 hours.",
        "She landed at 9 a.m. on Friday.",
        "Mr. Li waved.",
    ]


def test_quoted_spans_skip_apostrophes() -> None:
    text = "Shipenko’s film, “The Challenge,” is ‘new’."
    assert [text[start:end] for start, end in quoted_spans(text)] == ["“The Challenge,”", "‘new’"]


# -- people --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Veteran cosmonaut Anton Volkov will command the flight.",  # wire: role before
        "Anton Volkov, 51, will command the flight.",  # age after
        '"We are ready," said Anton Volkov.',  # speech verb before
        "Anton Volkov said the capsule was ready.",  # speech verb after
        "PASA Director General Anton Volkov opened the briefing.",  # a title of two words
        "On the broadcast, communications officer Anton Volkov counted down.",  # a post before
        "“We found the leak,” Anton Volkov, program manager for the lander, later told reporters.",
        "The launch slipped, Anton Volkov, deputy manager of the range, wrote on Friday.",  # a post after
    ],
)
def test_a_person_is_found_by_what_surrounds_the_name(sentence: str) -> None:
    assert people_in(sentence) == ["Anton Volkov"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Meridian Space Agency confirmed the launch.",
        "Crews trained at the Port Avalon Spaceport in March.",
        "They watched “The White Sun of the Desert” on Sunday.",
        "Mission Control in Houston reported no faults.",
    ],
)
def test_places_agencies_and_titles_are_not_people(sentence: str) -> None:
    assert people_in(sentence) == []


def test_a_list_of_people_after_one_role() -> None:
    text = "They will join Nasa astronauts Mark Vande Hei, Shane Kimbrough and Megan McArthur."
    assert people_in(text) == ["Mark Vande Hei", "Shane Kimbrough", "Megan McArthur"]


def test_two_spellings_are_one_person() -> None:
    assert people_in("Cosmonaut Oleg Novitskiy waved.", "Cosmonaut Oleg Novitsky waved.") == ["Oleg Novitskiy"]


@pytest.mark.parametrize(
    ("short", "full"),
    [("Frank", "Francisco"), ("Steve", "Stephen"), ("Steve", "Steven"), ("Kate", "Katherine"), ("Sam", "Samuel")],
)
def test_a_short_given_name_and_its_full_form_are_one_person(short: str, full: str) -> None:
    # a short form may stand for several full names: each of them joins it
    texts = (f"Astronaut {short} Delgado waved.", f"Astronaut {full} Delgado waved.")
    assert people_in(*texts) == [f"{short} Delgado"]


def test_the_same_surname_with_another_given_name_is_another_person() -> None:
    text = "Teacher Siobhan Reilly flew. Her husband Declan Reilly, 37, watched."
    assert people_in(text) == ["Siobhan Reilly", "Declan Reilly"]


def _findings(text: str) -> set[tuple[str, object]]:
    prepared = article(text)
    people = group_people(find_mentions(prepared))
    found: set[tuple[str, object]] = set()
    for person in people:
        for item in person_findings(prepared, person, person.mentions):
            found.add((item.field, item.value))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yulia Peresild, 37, and Klim Shipenko, 38, took off.", {("age", 37), ("age", 38)}),
        ("37-year-old Peresild said it was hard. Yulia Peresild smiled.", {("age", 37)}),
        ("BRAVE Brit movie man Oliver Pratt, 41.", {("age", 41)}),
    ],
)
def test_ages(text: str, expected: set[tuple[str, object]]) -> None:
    assert expected <= _findings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian actor, Yulia Peresild, flew.", {("occupation", "actor"), ("nationality", "Russian")}),
        ("Kremlin spokesman Dmitry Peskov said so.", {("position", "spokesman")}),
        ("Thomas Pesquet of the European Space Agency waved.", {("agency", "European Space Agency")}),
        ("Odile Varga, 39, a marine biologist with the Helios Institute, flew.", {("agency", "Helios Institute")}),
        ("Dmitry Rogozin, head of the agency, spoke.", {("position", "head")}),
        ("Roscosmos cosmonauts Oleg Novitskiy and Pyotr Dubrov waved.", {("agency", "Roscosmos")}),
    ],
)
def test_occupations_positions_and_agencies(text: str, expected: set[tuple[str, object]]) -> None:
    assert expected <= _findings(text)


@pytest.mark.parametrize(
    ("text", "nationality"),
    [
        ("Danish pilot Henrik Holm waved.", {"Danish"}),
        # The first word of an organisation's name, and a region's adjective, are no nationality:
        # a person is Danish and European at once.
        ("European Space Agency astronaut Henrik Holm waved.", set()),
        ("Indian Space Research Organisation engineer Meera Rao waved.", set()),
        ("The European astronaut Henrik Holm waved.", set()),
        ("Henrik Holm, a European astronaut, waved.", set()),
    ],
)
def test_a_nationality_is_a_countrys(text: str, nationality: set[str]) -> None:
    assert {value for field, value in _findings(text) if field == "nationality"} == nationality


# -- events and times ------------------------------------------------------------


def _claims(text: str, published: date | None = date(2031, 3, 10)) -> dict[str, set[str | None]]:
    findings = EventFindings()
    event_claims(article(text, published), findings)
    return {
        kind: {claim.value or (f"+{claim.after}" if claim.after else None) for claim in claims}
        for kind, claims in findings.claims.items()
    }


def test_a_time_goes_to_the_verb_before_it() -> None:
    text = "The capsule lifted off at 06:10 UTC on March 11 and docked with the station at 17:32 UTC the same day."
    claims = _claims(text)
    assert claims["launch"] == {"2031-03-11T06:10Z"}
    assert "2031-03-11T06:10Z" not in claims["docking"]


def test_a_docking_time_after_a_comma_is_the_docking() -> None:
    text = "The crew took off from the cosmodrome at 0855 GMT, with a docking time of 1212 GMT on March 11."
    claims = _claims(text)
    assert claims["launch"] == {"2031-03-10T08:55Z"}


def test_a_reporting_clause_is_not_the_event() -> None:
    text = "Liftoff is planned for 0610 GMT on Wednesday, officials told reporters on Monday."
    assert _claims(text)["launch"] == {"2031-03-12T06:10Z"}


def test_a_dateline_is_not_a_time_claim() -> None:
    text = "MOSCOW, March 10 (Orbita) - The rocket will lift off on Friday at 14:05 Moscow time."
    assert _claims(text)["launch"] == {"2031-03-14T11:05Z"}


@pytest.mark.parametrize(
    "text",
    [
        "In 12 days, they are expected to return to Earth.",
        "After spending ten days in space, the pair will return to Earth.",
        "They flew on a 12-day mission.",
    ],
)
def test_a_mission_length_counts_the_return_from_the_launch(text: str) -> None:
    assert _claims(text)["return"] == {"+launch"}


def test_hours_after_launch_count_the_docking() -> None:
    assert _claims("The capsule reached the station about six hours after launch.")["docking"] == {"+launch"}


def test_an_undated_article_gives_no_day_claims() -> None:
    assert _claims("The rocket lifted off on Tuesday.", published=None).get("launch") == {None}


# -- mission facts ---------------------------------------------------------------


def test_vehicle_is_a_designator_not_an_age() -> None:
    prepared = [article("The 37-year-old flew on Soyuz MS-19. Soyuz MS-19 docked.")]
    assert mission_facts.vehicle(prepared)[0] == "Soyuz MS-19"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("They shot a new movie called “The Challenge,” in orbit.", "The Challenge"),
        ("The pair are to film segments of a new movie titled Challenge, in which she stars.", "Challenge"),
        ("Parts of the movie “Challenge,” will be filmed.", "Challenge"),
    ],
)
def test_film_titles(text: str, title: str) -> None:
    assert [value for _, value, *_ in mission_facts.films([article(text)])] == [title]


def test_a_watched_classic_is_not_the_mission_film() -> None:
    assert mission_facts.films([article("They watched the classic Soviet film “The White Sun” on Sunday.")]) == []


# -- crew and occupants, end to end on a tiny corpus ------------------------------


def test_crew_occupants_and_conflicts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        " date 2031-03-10 Commander Talia Brenner of the Meridian Space Agency will lead the Kestrel 4 crew when"
        " it lifts off Tuesday at 1420 GMT from Port Avalon Spaceport, bound for Lumen Station.\n\n"
        "Joining her is pilot Joaquín Ferro, 40, of the Meridian Space Agency.\n\n"
        "Waiting aboard Lumen Station is Ren Halvorsen of the Nordlys Space Institute.\n\n"
        "The Kestrel 4 capsule is scheduled to splash down on March 20, bringing home Ferro and Brenner.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        " date 2031-03-12 The Kestrel 4 capsule docked at Lumen Station at 20:05 GMT on Tuesday, carrying"
        " commander Talia Brenner and pilot Joaquín Ferro, 41.\n\nThe landing is now planned for March 21.",
        encoding="utf-8",
    )
    spec = draft([tmp_path], tmp_path).spec
    seats = {(seat.person, seat.leg, seat.role) for seat in spec.crew}
    assert {("brenner", "launch", "Commander"), ("ferro", "launch", "Pilot")} <= seats
    assert {("brenner", "landing", "Commander"), ("ferro", "landing", "Pilot")} <= seats
    aboard = {item.person: (item.arrives_with, item.leaves_with) for item in spec.occupants}
    assert aboard["halvorsen"] == (None, None)
    assert aboard["brenner"] == ("docking", "return")
    ferro = next(person for person in spec.people if person.id == "ferro")
    assert sorted(fact.value for fact in ferro.facts if fact.field == "age") == [40, 41]
    landing = next(event for event in spec.events if event.id == "return")
    assert {claim.time for claim in landing.claims} == {"2031-03-20", "2031-03-21"}
    assert all(not seat.reviewed for seat in spec.crew)
