"""One short paragraph per attribution pattern, written for these tests."""

from __future__ import annotations

import pytest

from soyuztui.dossier.model import Organisation, Person
from soyuztui.dossier.quotes.extract import quoted_spans
from tests.unit.quote_helpers import document, spans, speech


def test_name_then_verb_after_the_quote() -> None:
    [item] = spans("“We have been pioneers in space,” Peskov said.")
    assert (item.kind, item.speaker, item.cue) == ("speech", "peskov", "Peskov said")


def test_verb_then_name_after_the_quote() -> None:
    [item] = spans("“We have been pioneers,” said Kremlin spokesman Dmitry Peskov.")
    assert item.speaker == "peskov"
    assert item.cue == "said Dmitry Peskov"


def test_description_after_the_quote() -> None:
    [item] = spans("“We have been pioneers,” the spokesman said on Tuesday.")
    assert (item.speaker, item.cue) == ("peskov", "the spokesman said")


def test_description_before_the_quote() -> None:
    [item] = spans("The 37-year-old added, “It’s a miracle, an incredible opportunity.”")
    assert (item.speaker, item.cue) == ("peresild", "The 37-year-old added")


def test_name_age_said_colon() -> None:
    assert speech("Shipenko, 38, said: “Of course, it’s normal.”") == [("Of course, it’s normal.", "shipenko")]


def test_appositive_naming_someone_else_does_not_steal_the_quote() -> None:
    text = "Rogozin, who thanked Peskov on Monday, said: “We describe real emergencies.”"
    assert speech(text) == [("We describe real emergencies.", "rogozin")]


def test_told_journalists_with_the_name_before() -> None:
    text = (
        "The head of Roscosmos, Dmitry Rogozin, is involved in the project and told "
        "journalists on Tuesday: “I expect the project to draw attention.”"
    )
    [item] = spans(text)
    assert item.speaker == "rogozin" and item.cue == "Dmitry Rogozin … told"


def test_according_to_before_the_quote() -> None:
    text = "According to the director, “the filming will be completed on Earth.”"
    [item] = spans(text)
    assert (item.speaker, item.cue) == ("shipenko", "According to the director")


def test_participle_shares_the_subject_of_the_sentence() -> None:
    text = "“It was hard,” the actress acknowledged, adding, “But we will remember it with a smile.”"
    assert speech(text) == [
        ("It was hard,", "peresild"),
        ("But we will remember it with a smile.", "peresild"),
    ]


def test_clarifying_after_a_sentence_about_the_speaker() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov spoke about showing Russia’s space prowess to "
        "the world, clarifying, “We have been pioneers in space.”"
    )
    assert speech(text) == [("We have been pioneers in space.", "peskov")]


def test_pronoun_takes_the_nearest_person() -> None:
    text = "Dmitry Rogozin led the project.\n\n“Films have long become a tool,” he said."
    [item] = spans(text)
    assert (item.speaker, item.cue) == ("rogozin", "he said")


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    # Shipenko is "he" (his camera), Peresild "she" (she was tired): "she said" skips him.
    text = (
        "Yulia Peresild arrived first; she was tired. Klim Shipenko followed with his camera.\n\n"
        "“It was a long day,” she said."
    )
    assert speech(text) == [("It was a long day,", "peresild")]


def test_pronoun_without_gender_hints_takes_the_nearest_named_person() -> None:
    text = "Yulia Peresild arrived. Klim Shipenko followed.\n\n“It was a long day,” she said."
    assert speech(text) == [("It was a long day,", "shipenko")]


def test_quote_in_the_paragraph_after_the_one_naming_the_speaker() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday.\n\n"
        "“We have been pioneers in space and maintained a confident position.”"
    )
    [item] = spans(text)
    assert item.speaker == "peskov"
    assert item.cue == "Dmitry Peskov spoke (paragraph before)"


def test_quote_continuing_the_previous_one() -> None:
    text = (
        "“We have been pioneers in space,” Peskov said.\n\n"
        "“Such missions are great for the country.” The project will show the way, "
        "according to Rogozin."
    )
    assert speech(text) == [
        ("We have been pioneers in space,", "peskov"),
        ("Such missions are great for the country.", "peskov"),
    ]
    assert spans(text)[1].cue == "continues the quote before"


def test_no_continuation_when_someone_else_is_named_in_between() -> None:
    text = "“We have been pioneers,” Peskov said.\n\nShipenko disagreed.\n\n“Such missions are a waste of money.”"
    assert speech(text)[1] == ("Such missions are a waste of money.", None)


def test_according_to_after_a_finished_quote_is_not_a_cue() -> None:
    text = "“Such missions are great for the country.” The plan is sound, according to Rogozin."
    assert speech(text) == [("Such missions are great for the country.", None)]


def test_partial_quote_inside_paraphrase() -> None:
    text = "Rogozin described the film as an opportunity to “elevate the nation’s standing in space.”"
    [item] = spans(text)
    assert (item.kind, item.speaker, item.cue) == ("speech", "rogozin", "Rogozin described")


def test_single_word_the_speaker_called_is_speech() -> None:
    text = (
        "Dmitry Rogozin backed the film.\n\n“Films are a tool,” he said, arguing it would "
        "counter what he called Western efforts to “humiliate” Russia."
    )
    assert speech(text) == [("Films are a tool,", "rogozin"), ("humiliate", "rogozin")]


def test_unknown_speaker_is_none_not_a_guess() -> None:
    text = "Some commentators said the film would be “awkward to shoot in the Russian segment.”"
    assert speech(text) == [("awkward to shoot in the Russian segment.", None)]


def test_straight_double_quotes() -> None:
    assert speech('Peskov said: "We were first." Then he left.') == [("We were first.", "peskov")]


def test_a_name_inside_the_quote_is_not_its_speaker() -> None:
    text = "“Peskov said we were first,” Peresild said."
    assert speech(text) == [("Peskov said we were first,", "peresild")]


# -- not speech ---------------------------------------------------------------


def test_titles_are_not_speech() -> None:
    text = (
        "The team stated they watched the classic Soviet film “The White Sun of the Desert” "
        "on Sunday. Tom Cruise of “Mission Impossible” fame was not there. One of "
        "Shipenko’s films, “Salot-7”, told a true story. A movie called “The Challenge,” "
        "which Peskov said was great.\n\n‘The Challenge’ will tell the story of a surgeon."
    )
    assert [(item.text, item.kind) for item in spans(text)] == [
        ("The White Sun of the Desert", "title"),
        ("Mission Impossible", "title"),
        ("Salot-7", "title"),
        ("The Challenge,", "title"),
        ("The Challenge", "title"),
    ]


def test_names_and_scare_quotes_are_other() -> None:
    text = "Dmitry Rogozin, head of the agency “Roscosmos”, backed it. Russia has a string of ‘firsts’ under its belt."
    assert [(item.text, item.kind, item.speaker) for item in spans(text)] == [
        ("Roscosmos", "other", None),
        ("firsts", "other", None),
    ]


def test_new_speech_verbs_after_the_quote() -> None:
    assert speech("“It was terrifying,” Ms Okafor tweeted.") == [("It was terrifying,", "okafor")]
    assert speech("The 51-year-old complained of “some dizziness” after landing.") == [("some dizziness", "okafor")]
    assert speech("“We are ready,” Okafor wrote on her blog.") == [("We are ready,", "okafor")]
    # cries of wonder as tabloids write them
    assert speech("“Look at that coastline!” the 51-year-old gasped as the hatch opened.") == [
        ("Look at that coastline!", "okafor")
    ]
    assert speech("“Best day of my life!” Okafor yelled over the radio.") == [("Best day of my life!", "okafor")]


def test_title_and_surname_name_a_person() -> None:
    assert speech("“The seats are cramped,” Dr. Okafor said.") == [("The seats are cramped,", "okafor")]


def test_organisations_speak() -> None:
    assert speech("“All systems are nominal,” the space agency said on Twitter.") == [
        ("All systems are nominal,", "roscosmos")
    ]
    assert speech("In a statement, Orbitex wrote: “The capsule performed flawlessly.”") == [
        ("The capsule performed flawlessly.", "orbitex")
    ]


def test_quote_split_by_its_cue() -> None:
    assert speech("“It was,” Okafor said, “the ride of my life.”") == [
        ("It was,", "okafor"),
        ("the ride of my life.", "okafor"),
    ]


def test_unbalanced_tweet_after_a_cue_in_the_paragraph_before() -> None:
    text = "Okafor tweeted on Sunday night:\n\n“Home. Gravity is heavy and coffee tastes of coffee again\n\nShe landed at dawn."
    assert speech(text) == [("Home. Gravity is heavy and coffee tastes of coffee again", "okafor")]


def test_a_possessive_never_speaks() -> None:
    assert speech("Okafor’s mother told us: “I always knew she would fly.”") == [("I always knew she would fly.", None)]


def test_the_one_an_appositive_is_about() -> None:
    text = "Rogozin, who thanked the space agency, has said: “We describe real emergencies.”"
    assert speech(text) == [("We describe real emergencies.", "rogozin")]


def test_he_and_she_never_stand_for_an_organisation() -> None:
    text = "Klim Shipenko flew with the space agency. “It was worth it,” he said."
    assert speech(text) == [("It was worth it,", "shipenko")]


def test_in_his_words() -> None:
    text = "Peskov spoke on Monday. In his words, the film will “elevate the nation.”"
    assert speech(text) == [("elevate the nation.", "peskov")]


def test_after_a_question_a_new_sentence_is_no_cue() -> None:
    text = "One pupil asked: “Do astronauts have homework?” Shipenko replied that they did."
    assert speech(text) == [("Do astronauts have homework?", None)]
    assert speech("“Do astronauts have homework?” Shipenko asked.") == [("Do astronauts have homework?", "shipenko")]


def test_capitalised_words_between_an_organisation_and_a_name_are_a_title() -> None:
    text = "“The crew is safe,” said Roscosmos Director General Dmitry Rogozin."
    assert speech(text) == [("The crew is safe,", "rogozin")]


# An official named once, with a post that is also another person's description.
_OFFICIALS = (
    Person(id="doe", name="Jane Doe", aliases=("Doe",)),
    Person(id="ruiz", name="Ana Ruiz", aliases=("Ruiz",), descriptions=("flight director",)),
)
_AGENCY = (Organisation(id="asa", name="ASA", descriptions=("the agency",)),)


def _official_speech(text: str) -> list[tuple[str, tuple[str, ...]]]:
    found = quoted_spans([document(text)], _OFFICIALS, _AGENCY)
    return [(item.text, item.speakers) for item in found if item.kind == "speech"]


@pytest.mark.parametrize(
    "text",
    [
        # the appositive's closing comma left out, as outlets sometimes do
        "“The docking went as planned,” Jane Doe, ASA's deputy flight director told reporters.",
        "Jane Doe, the agency’s deputy flight director, said: “The docking went as planned.”",
        "Jane Doe, a former flight director at ASA, told reporters: “The docking went as planned.”",
    ],
)
def test_a_post_in_an_appositive_is_the_named_persons(text: str) -> None:
    [(words, speakers)] = _official_speech(text)
    assert words.startswith("The docking went as planned") and speakers == ("doe",)


def test_a_post_outside_an_appositive_still_names_its_holder() -> None:
    text = "Jane Doe thanked the crew. The flight director said: “The docking went as planned.”"
    assert _official_speech(text) == [("The docking went as planned.", ("ruiz",))]
    joint = "Jane Doe and the flight director said: “The docking went as planned.”"
    assert _official_speech(joint) == [("The docking went as planned.", ("doe", "ruiz"))]


_FLYER = (
    Person(id="ilves", name="Marta Ilves", aliases=("Ilves",)),
    Person(id="sato", name="Ken Sato", aliases=("Sato",)),
)


def _flyer_speech(text: str) -> list[tuple[str, tuple[str, ...]]]:
    found = quoted_spans([document(text)], _FLYER, ())
    return [(item.text, item.speakers) for item in found if item.kind == "speech"]


def test_an_epithet_after_an_inverted_cue_is_the_one_person_named_before() -> None:
    text = (
        "Marta Ilves reached orbit on Sunday, thirty years after she first applied.\n\n"
        "“The view took my breath away,” gushed the proud former nurse on a call from the capsule."
    )
    assert _flyer_speech(text) == [("The view took my breath away,", ("ilves",))]


@pytest.mark.parametrize(
    "text",
    [
        # two people named before: the epithet could be either
        "Marta Ilves and Ken Sato reached orbit.\n\n“The view took my breath away,” gushed the proud former nurse.",
        # a role an article may leave unnamed, a group, a clause: no one's epithet
        "Marta Ilves reached orbit. “The view is superb,” said the senior official on Monday.",
        "Marta Ilves reached orbit. “The view is superb,” said the mission's lead flight director.",
        "Marta Ilves reached orbit. “The view is superb,” said the two former pilots.",
        "Marta Ilves reached orbit. A spokeswoman said the pictures had been “the best we have taken from orbit”.",
    ],
)
def test_an_epithet_is_no_one_unless_the_article_makes_it_plain(text: str) -> None:
    assert [speakers for _, speakers in _flyer_speech(text)] == [()]


def test_a_role_after_a_or_an_stands_for_no_one() -> None:
    """ "as a European astronaut" says what the commander was; "she" is still the commander."""
    people = (
        Person(id="quist", name="Mara Quist", descriptions=("the commander",)),
        Person(id="brandt", name="Tomas Brandt", descriptions=("astronaut",)),
    )
    text = (
        "Mara Quist led the flight home.\n\nThe commander, who flew twice as a European astronaut, said that"
        " the crew had finished every task.\n\n“We did more than we planned,” she told reporters."
    )
    assert [(item.kind, item.speakers) for item in spans(text, people, ())] == [
        ("reported", ("quist",)),
        ("speech", ("quist",)),
    ]


def test_words_shared_by_two_organisations_stand_for_the_one_named_just_before() -> None:
    organisations = (
        Organisation(id="kestrel", name="Kestrel Agency", descriptions=("the state corporation",)),
        Organisation(id="veritas", name="Veritas", descriptions=("the state corporation",)),
    )
    text = (
        "Veritas opened the briefing. Veritas engineers showed the capsule to the press.\n\n"
        "According to Kestrel Agency, the crew rested on Sunday. The state corporation said that the hatch"
        " seals had been replaced."
    )
    assert [(item.text, item.speakers) for item in spans(text, (), organisations)] == [
        ("the crew rested on Sunday", ("kestrel",)),
        ("the hatch seals had been replaced", ("kestrel",)),
    ]


def test_a_quotation_split_by_a_long_cue_keeps_its_speaker() -> None:
    """The names in the cue's appositive do not take the second half from the one who said the first."""
    text = (
        "“The set was smaller than a lift,” said Klim Shipenko, 38, who spent a year preparing Yulia Peresild"
        " for the flight. “But nobody complained.”"
    )
    assert speech(text) == [("The set was smaller than a lift,", "shipenko"), ("But nobody complained.", "shipenko")]


def test_a_name_in_a_sentence_of_its_own_between_two_quotes_still_breaks_the_thread() -> None:
    text = (
        "“The set was smaller than a lift,” said Klim Shipenko. Yulia Peresild trained for a year."
        " “But nobody complained.”"
    )
    assert speech(text) == [("The set was smaller than a lift,", "shipenko"), ("But nobody complained.", None)]


_BROTHERS = (
    Person(id="ivo", name="Ivo Marsh", aliases=("Marsh",)),
    Person(id="pol", name="Pol Marsh", aliases=("Marsh", "Pol")),
    Person(id="ada", name="Ada Kern", aliases=("Kern",)),
)


def _brothers(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(item.kind, item.text, item.speakers) for item in quoted_spans([document(text)], _BROTHERS, ())]


def test_a_surname_two_brothers_share_is_the_main_figure_not_the_relative_named_last() -> None:
    """Outlets call the story's subject by the bare surname and his relative by given or full name."""
    text = (
        "Ivo Marsh, the founder of a rocket company, flew to the edge of space on Sunday.\n\n"
        "The crew included his brother Pol Marsh and Ada Kern.\n\n"
        "The flight needed no pilot.\n\n"
        "“It was the best day of my life,” Marsh told a news conference.\n\n"
        "Marsh, who left his company in May, has said that rockets will get much cheaper."
    )
    assert _brothers(text) == [
        ("speech", "It was the best day of my life,", ("ivo",)),
        ("reported", "rockets will get much cheaper", ("ivo",)),
    ]


def test_a_shared_surname_right_after_one_of_them_is_named_in_full_is_that_one() -> None:
    """With no relative introduced, the one named in full in the sentence before is meant."""
    text = (
        "Ivo Marsh commanded the flight. Ada Kern flew beside him.\n\n"
        "Pol Marsh ran the control room. “We were ready for anything,” Marsh said."
    )
    assert _brothers(text) == [("speech", "We were ready for anything,", ("pol",))]


def test_a_kinship_word_says_a_person_s_gender() -> None:
    """ "her neighbour's brother Pol Marsh" is a man: "she" after him goes back to Ada Kern."""
    text = (
        "Ada Kern, 70, flew on Sunday with her neighbour's brother Pol Marsh.\n\n“I would go again tomorrow,” she said."
    )
    assert _brothers(text) == [("speech", "I would go again tomorrow,", ("ada",))]


def test_a_shared_surname_is_not_the_one_the_article_calls_by_given_name() -> None:
    """The relative is "Pol" on later mentions; the bare surname is the other, though Pol is named more."""
    text = (
        "Ivo Marsh and Pol Marsh flew on Sunday.\n\n"
        "Pol waved from the hatch. The capsule landed softly.\n\n"
        "“We will fly again,” Marsh said."
    )
    assert _brothers(text) == [("speech", "We will fly again,", ("ivo",))]


def test_a_pronoun_goes_on_with_the_paragraph_s_subject_not_a_possessive_or_an_object() -> None:
    possessive = (
        "Ken Sato, the flight's engineer, trained for years after reading Marta Ilves's memoir.\n\n"
        "“I packed that book first,” he told the local radio."
    )
    objects = "Ken Sato kept a postcard from Marta Ilves in his locker. “It reminds me why I fly,” he said."
    for text in (possessive, objects):
        assert [speakers for _, speakers in _flyer_speech(text)] == [("sato",)]
    # with no one else to stand for, the possessive is still who "she" means
    text = "Marta Ilves's capsule landed at dawn. “It was a soft landing,” she said."
    assert [speakers for _, speakers in _flyer_speech(text)] == [("ilves",)]
    # nor does a subject of unknown gender displace the one the articles call "she"
    text = "Marta Ilves said she was ready. Ken Sato flew with Ilves.\n\n“It was a soft landing,” she said."
    assert [speakers for _, speakers in _flyer_speech(text)] == [("ilves",)]


def test_an_epithet_before_its_cue_is_the_one_person_named_before() -> None:
    text = (
        "Marta Ilves was first out of the hatch. She waved to the cameras.\n\n"
        "“What a week that was!” the seasoned flyer told a reporter as medics helped her up."
    )
    assert _flyer_speech(text) == [("What a week that was!", ("ilves",))]
    two = "Marta Ilves and Ken Sato were out of the hatch.\n\n“What a week!” the seasoned flyer told a reporter."
    assert _flyer_speech(two) == [("What a week!", ())]


_FOUNDER = (
    Person(id="ilves", name="Marta Ilves", aliases=("Ilves",)),
    Person(id="tarn", name="Oskar Tarn", aliases=("Tarn",)),
)


def _founder_spans(text: str, organisations: tuple[Organisation, ...]) -> list[tuple[str, tuple[str, ...]]]:
    return [(item.kind, item.speakers) for item in quoted_spans([document(text)], _FOUNDER, organisations)]


@pytest.mark.parametrize("organisations", [(), (Organisation(id="orbitex", name="Orbitex"),)])
def test_the_organisation_s_boss_is_the_person_named_just_before(organisations: tuple[Organisation, ...]) -> None:
    text = "Marta Ilves flew home on Friday.\n\nEven Oskar Tarn weighed in. The Orbitex boss said the delay was “a disgrace”."
    assert _founder_spans(text, organisations) == [("reported", ("tarn",)), ("speech", ("tarn",))]


def test_the_organisation_s_boss_is_no_one_when_no_one_or_two_are_named_just_before() -> None:
    organisations = (Organisation(id="orbitex", name="Orbitex"),)
    text = "Marta Ilves and Oskar Tarn waited. The Orbitex boss said the delay was “a disgrace”."
    assert [speakers for _, speakers in _founder_spans(text, organisations)] == [()]  # never a guess
    # many people hold a spokesman's post: the organisation still speaks through one
    text = "Oskar Tarn waited. The Orbitex spokesman said that the capsule was “in good shape”."
    assert _founder_spans(text, organisations) == [("reported", ("orbitex",)), ("speech", ("orbitex",))]
