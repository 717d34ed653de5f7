"""Reported speech, one sentence per form and per refusal (see dossier/quotes/reported.py)."""

from __future__ import annotations

from tests.unit.quote_helpers import reported, spans


def test_said_that() -> None:
    text = "Shipenko said that it was normal to make several attempts."
    assert reported(text) == [("it was normal to make several attempts", "shipenko")]


def test_said_without_that_when_a_subject_follows() -> None:
    assert reported("Peskov said the mission will showcase Russia’s achievements.") == [
        ("the mission will showcase Russia’s achievements", "peskov")
    ]


def test_verb_with_a_gap_before_that() -> None:
    assert reported("Roscosmos said in a statement on Friday that the crew was in good health.") == [
        ("the crew was in good health", "roscosmos")
    ]
    assert reported("Ms Okafor told reporters that the capsule had landed softly.") == [
        ("the capsule had landed softly", "okafor")
    ]


def test_mentioned_and_explained_need_that() -> None:
    assert reported("Shipenko also mentioned that he is happy to be the first filmmaker in space.") == [
        ("he is happy to be the first filmmaker in space", "shipenko")
    ]
    assert reported("Shipenko explained the plan to the crew in detail.") == []


def test_told_how() -> None:
    assert reported("Peresild, in turn, told how difficult it was to adapt to the discipline.") == [
        ("how difficult it was to adapt to the discipline", "peresild")
    ]


def test_according_to_before_and_after() -> None:
    assert reported("According to the director, the filming will be completed on Earth.") == [
        ("the filming will be completed on Earth", "shipenko")
    ]
    assert reported("The hatch opened at 09:12, according to Russia’s space agency Roscosmos.") == [
        ("The hatch opened at 09:12", "roscosmos")
    ]


def test_postposed_speaker() -> None:
    assert reported("The crew is in good health, the space agency said on Tuesday.") == [
        ("The crew is in good health", "roscosmos")
    ]
    assert reported("The capsule will fly again next spring, said Orbitex.") == [
        ("The capsule will fly again next spring", "orbitex")
    ]


def test_pronoun_across_sentences() -> None:
    text = "Adaeze Okafor landed on Sunday.\n\nShe said the first night back on Earth was the hardest."
    assert reported(text) == [("the first night back on Earth was the hardest", "okafor")]


def test_no_known_speaker_no_report() -> None:
    assert reported("Some commentators said the film would distract the crew.") == []
    assert reported("Okafor’s doctor said that she needed a week of rest.") == []
    assert reported("On Tuesday, Russia sent a film crew into space, according to the Associated Press.") == []


def test_negation_and_questions_are_no_report() -> None:
    assert reported("Peskov did not say that the launch would slip.") == []
    assert reported("Has Peskov said that the launch would slip?") == []


def test_a_reported_clause_may_hold_quoted_words() -> None:
    text = "Okafor posted that the flight had been “the best week of my life.”"
    found = [(item.kind, item.text, item.speaker) for item in spans(text)]
    assert found == [
        ("reported", "the flight had been “the best week of my life.”", "okafor"),
        ("speech", "the best week of my life.", "okafor"),
    ]


def test_a_quote_alone_is_never_a_reported_clause() -> None:
    found = [(item.kind, item.speaker) for item in spans("“The capsule is fine and the crew is well,” Peskov said.")]
    assert found == [("speech", "peskov")]


def test_a_participle_reports_for_the_sentence_subject() -> None:
    text = "The head of the space agency, Dmitry Rogozin, hailed the flight, stating that the crew had done well."
    assert reported(text) == [("the crew had done well", "rogozin")]


def test_a_described_spokesperson_is_credited_to_the_organisation_it_names() -> None:
    """A post with its organisation and a place or medium after it ("on the livestream") is a subject."""
    assert reported("An Orbitex spokeswoman on the livestream said that the capsule was stable.") == [
        ("the capsule was stable", "orbitex")
    ]
    text = (
        "Orbitex built the capsule in two years. The company plans a second flight.\n\n"
        "A company spokesman told reporters the crew had slept well."
    )
    assert reported(text) == [("the crew had slept well", "orbitex")]


def test_a_lede_whose_cue_follows_the_clause_is_reported() -> None:
    """ "CLAUSE, a spokesman for the X centre near Y told <Agency>." after a dateline."""
    text = (
        "Capsule reaches station\n\nSAMARA, May 3 (Kestrel Wire) -- The Volna capsule docked with the station"
        " on Monday, a spokesman for the Volga regional flight control centre near Samara told Kestrel Wire."
    )
    assert reported(text) == [("The Volna capsule docked with the station on Monday", None)]


def test_adding_a_thing_is_no_report() -> None:
    """ "added a day to the flight" is an action; "added the crew was fine" reports words."""
    assert reported("Mission managers added a day to the flight to finish the experiments.") == []
    assert reported("Mission managers added two more orbits to the schedule.") == []
    assert reported("Peskov added the crew was in fine spirits.") == [("the crew was in fine spirits", "peskov")]
    assert reported("Shipenko added a second scene would be shot in orbit.") == [
        ("a second scene would be shot in orbit", "shipenko")
    ]


def test_a_described_subject_after_an_opening_phrase_is_read() -> None:
    """ "On Monday, a company spokesman told …" : the opener is no subject; a source ("According to …,") is kept out."""
    text = "The company flew its first crew on Sunday. On Monday, a company spokesman told reporters that the crew was well."
    assert reported(text) == [("the crew was well", "orbitex")]
    assert reported("According to a wire report, mission managers confirmed that the crew was well.") == []
