"""Quoted words that are nobody's speech: one sentence per reason (see dossier/quotes/notspeech.py)."""

from __future__ import annotations

from soyuztui.dossier.quotes.notspeech import REASONS
from tests.unit.quote_helpers import reasons, speech


def test_listed_questions_are_topics_even_after_asked() -> None:
    text = "Pupils asked questions such as ‘Can you whistle in orbit?’ and ‘What do you eat?’, Okafor said."
    assert reasons(text) == [
        ("Can you whistle in orbit?", "question or topic"),
        ("What do you eat?", "question or topic"),
    ]
    assert reasons("Viewers sent in topics including “sleeping upside down”.") == [
        ("sleeping upside down", "question or topic")
    ]


def test_words_as_words() -> None:
    assert reasons("Gagarin’s “poyekhali” means let’s go.") == [("poyekhali", "scare quote")]
    assert reasons("She used the word “poyekhali” on the radio.") == [("poyekhali", "word as a word")]
    assert reasons("The hashtag “#FilmInOrbit” trended all day.") == [("#FilmInOrbit", "word as a word")]
    assert reasons("The module is known as “the Hangar” by the crew.") == [("the Hangar", "word as a word")]


def test_a_term_as_people_name_it_is_a_word_as_a_word() -> None:
    text = "Orbitex wants a share of what investors call the “orbital gold rush”, Shipenko said."
    assert reasons(text) == [("orbital gold rush", "word as a word")]
    assert reasons("Flights beyond the so-called “quiet zone” need a second radio.") == [
        ("quiet zone", "word as a word")
    ]


def test_words_with_a_colon_introduce_what_someone_wrote() -> None:
    text = "Adaeze Okafor landed on Sunday. She posted a photo from the capsule with the words: “Home at last, and hungry.”"
    assert speech(text) == [("Home at last, and hungry.", "okafor")]


def test_titles_names_and_scare_quotes() -> None:
    assert reasons("Parts of the film “Salot-7” were shot at sea.") == [("Salot-7", "title")]
    assert reasons("The agency “Roscosmos” led the project.") == [("Roscosmos", "name")]
    assert reasons("A string of ‘firsts’ followed.") == [("firsts", "scare quote")]


def test_a_scare_quote_with_a_cue_is_speech() -> None:
    text = "He described the delay as “annoying”, Rogozin said."
    assert speech(text) == [("annoying", "rogozin")]


def test_every_reason_is_one_of_the_short_list() -> None:
    text = (
        "Okafor used the phrase “go for launch”. Pupils asked questions such as ‘Why float?’. "
        "The movie “Star Hop” opened. The agency “Orbitex Prime” grew. A run of ‘firsts’ came."
    )
    found = reasons(text)
    assert [reason for _, reason in found] == ["word as a word", "question or topic", "title", "name", "scare quote"]
    assert {reason for _, reason in found} == set(REASONS)


def test_words_put_on_a_thing_are_read_not_said() -> None:
    """Stamped, printed or engraved words are nobody's speech, even inside someone's statement."""
    text = "Orbitex said in a statement that each patch flown would come back stamped “Been There”."
    assert reasons(text) == [("Been There", "word as a word")]
    text = "Rogozin said the mugs had been printed with the words: “Made in orbit, washed on Earth.”"
    assert reasons(text) == [("Made in orbit, washed on Earth.", "word as a word")]
    assert speech(text) == []


def test_a_nickname_after_its_article_or_a_kind_s_name_is_no_one_s_speech() -> None:
    """ "nicknamed the “…”" and "a game of “…”" name a thing, even with a cue verb in the sentence."""
    assert reasons("The capsule, long nicknamed the “flying barrel” by pilots, flew again.") == [
        ("flying barrel", "word as a word")
    ]
    assert reasons("Orbitex calls it a game of “hide and seek” with the debris, Shipenko said.") == [
        ("hide and seek", "word as a word")
    ]


def test_a_role_named_after_a_preposition_and_an_article_is_a_word_whatever_the_cue() -> None:
    text = "Orbitex says the left seat goes to a test pilot and the right one to a “mission engineer”."
    assert reasons(text) == [("mission engineer", "word as a word")]
    # after "into" or a copula the word may be the speaker's own
    assert speech("Okafor said the crew had grown into a “band of siblings” during the training.") == [
        ("band of siblings", "okafor")
    ]


def test_a_name_given_to_someone_is_speech_only_when_a_cue_names_who_gave_it() -> None:
    text = "Crowds lined the road to the landing site, calling them “the quiet heroes of home” as the bus passed."
    assert reasons(text) == [("the quiet heroes of home", "word as a word")]
    assert speech("Okafor thanked the crew on Monday, calling them “the calmest people I know”.") == [
        ("the calmest people I know", "okafor")
    ]
