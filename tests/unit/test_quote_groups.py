"""Reported speech whose subject is a group, a body or a bare name the mission file need not
declare ("Officials at X said that …", "…, bosses say!"), and a verb reporting two clauses."""

from __future__ import annotations

from tests.unit.quote_helpers import reported, spans


def test_officials_of_a_declared_organisation_speak_for_it() -> None:
    assert reported("Officials at Orbitex said that the capsule would fly again in May.") == [
        ("the capsule would fly again in May", "orbitex")
    ]
    assert reported("Roscosmos officials told reporters that the hatch seals had been replaced.") == [
        ("the hatch seals had been replaced", "roscosmos")
    ]


def test_a_group_or_a_body_naming_no_organisation_speaks_as_no_one_in_particular() -> None:
    for text, clause in (
        ("Mission bosses insisted that the crew would be home by Friday.", "the crew would be home by Friday"),
        ("Ground control in Baikonur says the descent is going to plan.", "the descent is going to plan"),
        ("Chile has said that it will build its own launch pad by 2040.", "it will build its own launch pad by 2040"),
        ("Peru's space agency says it wants a satellite of its own.", "it wants a satellite of its own"),
    ):
        found = [item for item in spans(text) if item.kind == "reported"]
        assert [(item.text, item.speakers) for item in found] == [(clause, ())], text
        assert found[0].cue


def test_a_group_described_by_a_relative_clause_is_not_the_person_it_mentions() -> None:
    text = "The crew that stays behind, led by Peresild, said that they would keep the greenhouse running."
    assert [(item.text, item.speakers) for item in spans(text) if item.kind == "reported"] == [
        ("they would keep the greenhouse running", ())
    ]


def test_a_group_after_the_clause() -> None:
    assert [(item.text, item.speakers) for item in spans("Launch could come in March, bosses say!")] == [
        ("Launch could come in March", ())
    ]
    assert reported("The parachute opened at 06:10, Orbitex officials said on Monday.") == [
        ("The parachute opened at 06:10", "orbitex")
    ]


def test_no_report_in_a_comparison_a_new_clause_or_a_headline() -> None:
    assert reported("The launch will slip to June, a month later than the space agency had said.") == []
    # a press service is its organisation's voice, however many words before the name
    assert reported("The capsule splashed down at 09:41, the press service of Roscosmos said.") == [
        ("The capsule splashed down at 09:41", "roscosmos")
    ]
    assert reported("A fan failed on Tuesday, but mission managers played down the problem.") == []
    text = "Fan fault no threat, officials say\n\nA cooling fan failed on Sunday, officials said."
    assert [item.text for item in spans(text) if item.kind == "reported"] == ["A cooling fan failed on Sunday"]


def test_one_verb_reporting_two_clauses() -> None:
    text = "Officials at Orbitex said that the crew would leave on Monday, and that their capsule would land at dawn."
    assert reported(text) == [
        ("the crew would leave on Monday", "orbitex"),
        ("their capsule would land at dawn", "orbitex"),
    ]


def test_a_second_clause_after_though_they() -> None:
    text = "Roscosmos officials told reporters that June was the target, though they cautioned that tests could slip."
    assert reported(text) == [("June was the target", "roscosmos"), ("tests could slip", "roscosmos")]


def test_an_organisation_in_a_persons_title_is_not_a_second_speaker() -> None:
    text = (
        "At a briefing, Orbitex deputy director Klim Shipenko told reporters that the first crew would fly"
        " in 2030, and said the company was already building the capsule."
    )
    assert reported(text) == [
        ("the first crew would fly in 2030", "shipenko"),
        ("the company was already building the capsule", "shipenko"),
    ]


def test_joked() -> None:
    assert reported("Peresild joked that the food was better than at home.") == [
        ("the food was better than at home", "peresild")
    ]


def test_a_post_the_file_gives_no_one_speaks_as_no_one_in_particular() -> None:
    text = "“All is well,” Shipenko said.\n\nThe mission's commander added that the crew would unpack on Monday."
    found = [item for item in spans(text) if item.kind == "reported"]
    assert [(item.text, item.speakers, item.cue) for item in found] == [
        ("the crew would unpack on Monday", (), "The mission's commander added")
    ]
    # a post the file declares is its person's
    assert reported("The director added that the crew would unpack on Monday.") == [
        ("the crew would unpack on Monday", "shipenko")
    ]
