"""Quoted words that are not anyone's speech, each with one short reason.

The reasons, tried in this order (tests/unit/test_quote_not_speech.py has a sentence
for each):

- `question or topic`: a question or subject listed as an example, not asked by a
  speaker: `questions such as ‘Can you whistle in orbit?’`, `topics including “food”`,
  and the items that follow it in the same list (`… and ‘What do you eat?’`).
- `word as a word`: words mentioned, not used: `the word “poyekhali”`, `the phrase
  “go for launch”`, `a hashtag “#FilmInOrbit”`, `known as “the Hangar”`, `nicknamed the
  “tin can”`, a term as people name it (`what engineers call the “quiet zone”`, `the
  so-called “red line”`), a kind's name (`a game of “tag”`), words put on a thing
  (`stamped “Approved”`, `printed with the words: “…”`); but "with the words:" after
  anything else introduces what the poster wrote, speech.
- a kind or role named after a preposition and "a"/"an" (`the third seat goes to a
  “flight engineer”`, `the job of a “capcom”`): a short lower-case span, a `word as a
  word` whatever cue the sentence has. After a copula or "into" it may be the speaker's
  own word (`the team had grown into a “family”`), so that is left to the rules below.
- a name given to someone (`calling them “…”`, `dubbed the crew “…”`): a `word as a word`
  unless a cue names its speaker ("the minister called them “…”" is the minister's).
- `title`: a work's name: short, in Title Case, introduced as one (film “Salot-7”,
  movie called “The Challenge,”, “Mission Impossible” fame) or the same words as a
  span introduced so elsewhere in the corpus.
- `name`: a name in Title Case that no cue gives to a speaker (“Roscosmos”). A
  sentence in Title Case (“Glad You Made It!”, ending with . ! or ?) is speech.
- `scare quote`: a short (≤ 3 words) lower-case span that no cue gives to a speaker
  (a string of ‘firsts’).

The first two hold whatever cue surrounds the span ("viewers asked questions such as
…" is no one's speech); the last two give way to a cue naming a speaker: in “…what he
called Western efforts to “humiliate” Russia’s…” the word is Rogozin's own.
"""

from __future__ import annotations

import re

TOPIC = "question or topic"
WORD = "word as a word"
TITLE = "title"
NAME = "name"
SCARE = "scare quote"
#: Every reason a quoted span is not speech.
REASONS = (TOPIC, WORD, TITLE, NAME, SCARE)

_SMALL_WORDS = frozenset("a an and at by de for from in la le of on or the to with".split())
_WORD = re.compile(r"[^\W_][\w’'.-]*")
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s")
_TITLE_BEFORE = re.compile(
    r"(?i:\b(?:films?|movies?|pictures?|series|shows?|books?|novels?|songs?|albums?"
    r"|documentar(?:y|ies)|plays?|called|titled|entitled|named|dubbed))\W*$"
)
_TITLE_AFTER = re.compile(r"^\W*(?i:fame)\b")
_TOPIC_BEFORE = re.compile(
    r"(?i:\b(?:(?:questions?|quer(?:y|ies)|topics?|subjects?|themes?)"
    r"(?:\s+(?:such\s+as|like|including|on|about|of))?|such\s+as|including|e\.g\.))\s*[:,]?\s*$"
)
_WORD_BEFORE = re.compile(
    r"(?i:\b(?:the|a|an|its|his|her|their)\s+(?:words?|terms?|phrases?|expressions?|slogans?"
    r"|hashtags?|mottos?|nicknames?|call\s*signs?|catchphrases?|headlines?|captions?|labels?)"
    r"|(?:known\s+as|nicknamed)(?:\s+(?:the|a|an))?|spelled|spelt|stands?\s+for|meaning|means|hashtag"
    # a term as people name it: "what they call the …", "the so-called …"
    r"|what\s+[\w’'-]+\s+calls?(?:\s+(?:the|a|an))?|so-called"
    # a kind's name: "a game of …", "a form of …"
    r"|\b(?:a|an|the)\s+(?:game|sport|kind|sort|type|form|brand|version)\s+of)\s*[:,]?\s*$"
)
#: Words put on a thing are read, not said: "stamped “…”", "printed with the words: “…”".
_PUT_ON_BEFORE = re.compile(
    r"(?i:\b(?:stamped|printed|engraved|inscribed|emblazoned|etched|embroidered|painted|lettered)"
    r"(?:\s+(?:with|on\s+(?:it|them)))?(?:\s+(?:the\s+)?words?)?)\s*[:,]?\s*$"
)
#: Words with a colon introduce what someone says or writes: "posted a photo with the words: “…”".
_UTTERANCE_BEFORE = re.compile(r"(?i:\bwords\s*:\s*$)")
#: A preposition, then "a"/"an": what follows is a kind or a role, not words said.
_KIND_BEFORE = re.compile(r"(?i:(?<![\w’'-])(?:to|for|of|with)\s+an?\s*$)")
#: A name given to someone: "calling them", "dubbed the crew", "hailed her".
_NAMING_BEFORE = re.compile(
    r"(?i:\b(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|hail|hails|hailed|hailing)"
    r"\s+(?:them|him|her|it|us|the\s+[\w-]+)\s*[:,]?\s*$)"
)
_LIST_GLUE = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or)\s+)?$")


def is_title_case(text: str) -> bool:
    """Short, every word capitalised (small words aside), one clause: a name or a title."""
    stripped = text.rstrip(",.;:").strip()
    if not stripped or "," in stripped or _SENTENCE_INSIDE.search(stripped):
        return False
    words = _WORD.findall(stripped)
    if not 1 <= len(words) <= 8:
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def is_sentence(text: str) -> bool:
    """Two words or more ending with a sentence's mark: said, not a name ("Glad You Made It!")."""
    return len(_WORD.findall(text)) >= 2 and text.rstrip().rstrip("”’\"'").endswith((".", "!", "?", "…"))


def is_scare(text: str) -> bool:
    """At most three words, in lower case, no sentence inside."""
    words = _WORD.findall(text)
    return 1 <= len(words) <= 3 and text[:1].islower() and not _SENTENCE_INSIDE.search(text)


def introduced_as_title(masked: str, open_: int, close: int) -> bool:
    """The words before or after the marks say a work's name stands between them."""
    before = masked[max(0, open_ - 40) : open_]
    after = masked[close + 1 : close + 20]
    return bool(_TITLE_BEFORE.search(before) or _TITLE_AFTER.search(after))


def mentioned_not_said(masked: str, open_: int, previous_topic_close: int | None) -> str | None:
    """TOPIC or WORD when the words before the opening mark say so, else None.

    `previous_topic_close` is the closing mark of the span before, if it was a topic:
    the next item of the same list (`‘…?’ and ‘…?’`) is one too.
    """
    before = masked[max(0, open_ - 40) : open_]
    if _TOPIC_BEFORE.search(before):
        return TOPIC
    if previous_topic_close is not None and _LIST_GLUE.match(masked[previous_topic_close + 1 : open_]):
        return TOPIC
    if _PUT_ON_BEFORE.search(before) or (_WORD_BEFORE.search(before) and not _UTTERANCE_BEFORE.search(before)):
        return WORD
    return None


def names_a_kind(masked: str, open_: int) -> bool:
    """A preposition and "a"/"an" before the opening mark: a short lower-case span after them names a kind or a role."""
    return _KIND_BEFORE.search(masked, max(0, open_ - 20), open_) is not None


def given_as_name(masked: str, open_: int) -> bool:
    """The words before the opening mark give what follows as a name for someone ("calling them")."""
    return _NAMING_BEFORE.search(masked, max(0, open_ - 40), open_) is not None
