"""How outlets write who said what: joint statements, descriptions, radio calls, unclosed marks,
cues that name no one, continuation paragraphs and the common forms of reported speech.

Every sentence here is invented; the people and organisations are tests/unit/quote_helpers'.
"""

from __future__ import annotations

from soyuztui.dossier.model import Fact, Person
from soyuztui.dossier.quotes.extract import QuotedSpan, extract_quotes, quoted_spans
from tests.unit.quote_helpers import ORGANISATIONS, PEOPLE, document, spans


def said(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(kind, text, speakers) of each speech span and reported clause of `text`."""
    return [(item.kind, item.text, item.speakers) for item in spans(text) if item.kind in ("speech", "reported")]


def test_a_joint_statement_has_every_speaker() -> None:
    text = "Roscosmos and Orbitex said in a joint statement that the capsule had landed safely."
    assert said(text) == [("reported", "the capsule had landed safely", ("roscosmos", "orbitex"))]
    text = "“We are proud of them,” the space agency and the company said."
    assert said(text) == [("speech", "We are proud of them,", ("roscosmos", "orbitex"))]


def test_commas_alone_set_off_an_appositive_not_a_second_speaker() -> None:
    text = "The head of the agency, Rogozin, said the crew was in good health."
    assert said(text) == [("reported", "the crew was in good health", ("rogozin",))]


def test_a_joint_quote_is_one_quote_with_several_speakers() -> None:
    [quote] = extract_quotes([document("“The crew is home,” Roscosmos and Orbitex said.")], PEOPLE, ORGANISATIONS)
    assert quote.speakers == ("roscosmos", "orbitex") and quote.speaker is None
    assert quote.speaker_type == "organisation"


def test_an_unclosed_quote_ends_before_its_own_cue() -> None:
    text = "“We saw the alarm and switched to the backup, Peskov wrote in a post on the agency's site.\n\nMore later."
    [item] = [item for item in spans(text) if item.kind == "speech"]
    assert item.text == "We saw the alarm and switched to the backup," and item.speaker == "peskov"
    assert item.unbalanced


def test_a_cue_naming_no_one_never_overrides_a_named_one() -> None:
    text = "“It is quieter now,” Peresild joked on a call, but still said that she missed the hum."
    assert said(text) == [
        ("speech", "It is quieter now,", ("peresild",)),
        ("reported", "she missed the hum", ("peresild",)),
    ]


def test_a_cue_with_no_known_speaker_is_unknown_not_the_speaker_before() -> None:
    text = "“We are ready,” Peskov said. “The weather is not,” a forecaster said."
    assert [speakers for _, _, speakers in said(text)] == [("peskov",), ()]


def test_continuation_paragraphs_inherit_past_an_organisation_in_the_cue() -> None:
    text = "“Capture confirmed,” Roscosmos’s spokesman Peskov said. “The hatch opens at noon.”\n\n“All is well.”"
    assert [speakers for _, _, speakers in said(text)] == [("peskov",), ("peskov",), ("peskov",)]


def test_a_quote_after_reported_speech_goes_on_in_its_speakers_words() -> None:
    text = "Rogozin, who has run the agency since 2018, denied that the fault had delayed the film.\n\n“The station is in great shape.”"
    assert said(text) == [
        ("reported", "the fault had delayed the film", ("rogozin",)),
        ("speech", "The station is in great shape.", ("rogozin",)),
    ]


def test_a_radio_call_in_title_case_is_speech_by_the_same_speaker() -> None:
    text = "“Welcome aboard, all of you,” Peskov radioed. “Glad You Made It!”"
    assert said(text) == [
        ("speech", "Welcome aboard, all of you,", ("peskov",)),
        ("speech", "Glad You Made It!", ("peskov",)),
    ]


def test_a_title_in_title_case_is_still_a_title() -> None:
    kinds = [(item.kind, item.text) for item in spans("She starred in the film “The Long Night.” It opened in May.")]
    assert kinds == [("title", "The Long Night.")]


def test_a_stated_age_names_its_person() -> None:
    aged = Person(id="lind", name="Marta Lind", facts=(Fact(field="age", value=41, evidence=()),))
    found = quoted_spans([document("“It looks smaller from here,” the 41-year-old wrote.")], (aged,), ())
    assert [(item.text, item.speakers) for item in found] == [("It looks smaller from here,", ("lind",))]


def test_an_ambiguous_name_is_the_one_the_article_named() -> None:
    tom = Person(id="tom", name="Tom Marsh", aliases=("Marsh",))
    thomas = Person(id="thomas", name="Thomas Marsh", aliases=("Marsh",))
    found = quoted_spans([document("Tom Marsh handed over.\n\n“Good luck,” Marsh said.")], (tom, thomas), ())
    assert [item.speakers for item in found] == [("tom",)]
    found = quoted_spans([document("“Good luck,” Marsh said.")], (tom, thomas), ())
    assert [item.speakers for item in found] == [()]  # named by no one before: never a guess


def test_reported_speech_in_its_common_forms() -> None:
    cases = {
        "Peskov insisted the crew was never at risk.": "the crew was never at risk",
        "Peskov confirmed that a spacewalk is planned for May.": "a spacewalk is planned for May",
        "Peskov denied that the fault had delayed the flight.": "the fault had delayed the flight",
        "Peskov played down the fault, which he said was minor.": None,
        "Peskov downplayed fears that the suits were damaged.": None,
        "Peskov asked whether the crew could repair the fan.": "the crew could repair the fan",
        "Peskov told reporters the crew had slept well.": "the crew had slept well",
        "The crew had slept well, Peskov told reporters.": "The crew had slept well",
        "Peskov confirmed the launch date.": None,
        "Peskov said if the weather holds they will fly.": None,
    }
    for text, clause in cases.items():
        found = [(item.text, item.speakers) for item in spans(text) if item.kind == "reported"]
        assert found == ([(clause, ("peskov",))] if clause else []), text


def test_a_participle_reports_a_second_clause_by_the_sentence_subject() -> None:
    text = "Kremlin spokesman Dmitry Peskov confirmed that a spacewalk is planned, saying the suits had been checked."
    assert said(text) == [
        ("reported", "a spacewalk is planned", ("peskov",)),
        ("reported", "the suits had been checked", ("peskov",)),
    ]


def test_the_crew_and_officials_speak_as_groups_with_no_one_named() -> None:
    assert said("The three astronauts said they were feeling well.") == [("reported", "they were feeling well", ())]
    assert said("Officials said they were feeling well.") == [("reported", "they were feeling well", ())]


def test_a_verb_joined_to_the_sentence_subject_by_and() -> None:
    text = "Roscosmos and Orbitex staff spoke on Tuesday and said the four astronauts are ready."
    assert said(text) == [("reported", "the four astronauts are ready", ("roscosmos", "orbitex"))]


def test_datelines_clock_times_and_the_date_marker_are_nobodys_words() -> None:
    text = (
        " date 2031-03-14 Crew docks\n\nMOSCOW, March 14 (Orbital Wire) -- The crew docked at 10:41 GMT"
        " (11:41 CET), Roscosmos said.\n\nDocking came at 10:41 a.m. on Saturday, according to Roscosmos."
    )
    found = [item.text for item in spans(text) if item.kind == "reported"]
    assert found == ["The crew docked at 10:41 GMT (11:41 CET)", "Docking came at 10:41 a.m. on Saturday"]


def test_many_reporting_verbs_in_one_sentence_read_in_linear_time() -> None:
    """Each verb's work is bounded: twice the verbs cost about twice the time (a count, not a clock)."""
    for count in (2_000, 4_000):
        text = "Peskov said " * count + "it was fine."
        found: list[QuotedSpan] = quoted_spans([document(text)], PEOPLE, ORGANISATIONS)
        assert len(found) <= count


def test_two_reports_in_one_sentence_each_keep_their_own_clause() -> None:
    text = "The space agency said the crew was in good health, and Peskov said the capsule was intact."
    assert said(text) == [
        ("reported", "the crew was in good health", ("roscosmos",)),
        ("reported", "the capsule was intact", ("peskov",)),
    ]


def test_a_that_inside_the_reported_clause_does_not_hide_it() -> None:
    text = "Shipenko, the film's director, said the scene was meant to prove that a crew could film in orbit.\n"
    assert said(text) == [("reported", "the scene was meant to prove that a crew could film in orbit", ("shipenko",))]


def test_an_organisation_named_with_what_it_is_reports_a_clause_before_it() -> None:
    text = "The cargo ship reached its parking orbit on time, the Orbitex launch company reported.\n"
    assert said(text) == [("reported", "The cargo ship reached its parking orbit on time", ("orbitex",))]
