"""A live blog's entry that announces its event as it happens gives the event the entry's time.

"LIFTOFF!" at the head of an entry, or "the capsule has docked", is written the minute it
happens; a recap ("Quick recap: …") looks back, and its stamp is no event's time. Every
article is invented, about an invented flight.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.draft.drafted import draft_and_check, timed_values

_BLOG = (
    " date 2035-03-04 LIVE: the Wren 3 crew heads for the Lark outpost\n\n"
    "{late} - {docked}\n\n"
    "09:12 GMT - {launched} The Wren 3 capsule is climbing over the sea on its first orbit.\n\n"
    "08:30 GMT - Good morning. Fueling is complete and the weather is fine for the attempt.\n"
)


def _posted(late: str, docked: str, launched: str) -> dict[str, list[str]]:
    """Event id -> the timed values the blog claims."""
    text = _BLOG.format(late=late, docked=docked, launched=launched)
    return timed_values(text, date(2035, 3, 4))


def test_an_exclamation_and_the_present_perfect_date_the_event() -> None:
    found = _posted("15:47 GMT", "The capsule has docked with the Lark outpost.", "LIFTOFF!")
    assert found == {"launch": ["2035-03-04T09:12Z"], "docking": ["2035-03-04T15:47Z"]}
    assert _posted("15:47 GMT", "Wren 3 is docking right now, on schedule.", "Good day.") == {
        "docking": ["2035-03-04T15:47Z"]
    }


def test_a_stamp_and_a_stated_time_of_one_minute_are_one_claim() -> None:
    found = _posted("23:47 Beijing time", "Docked! The capsule docked with the outpost at 15:47 GMT.", "Hello.")
    assert found == {"docking": ["2035-03-04T15:47Z"]}


def test_a_recap_or_another_word_gives_no_time() -> None:
    assert _posted("15:47 GMT", "Quick recap: the capsule has docked with the outpost.", "Weather is fine!") == {}
    assert _posted("15:47 GMT", "Docking delayed!", "Launch scrubbed!") == {}
    # The exclamation is not the event's own word: the launch is only mentioned.
    assert _posted("15:47 GMT", "All quiet for now.", "Great news! The launch went well.") == {}


def test_a_time_the_entry_states_is_the_events_not_the_stamp() -> None:
    found = _posted("15:47 GMT", "The capsule has docked; contact came at 15:41 GMT.", "Hello.")
    assert found == {"docking": ["2035-03-04T15:41Z"]}


ARTICLES = {
    "000_blog.txt": _BLOG.format(late="15:47 GMT", docked="DOCKING CONFIRMED!", launched="Liftoff!"),
    # No date line: its day is guessed; its docking minute differs from the blog's by one.
    "001_agency.txt": "Wren 3 crew arrive at the Lark outpost\n\nThe Wren 3 capsule lifted off at 09:12 GMT "
    "and docked with the Lark outpost at 15:46 GMT, the agency said.\n",
}


def test_outlets_a_minute_apart_are_a_dispute_even_on_a_guessed_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dossier, _err = draft_and_check(tmp_path, capsys, ARTICLES)
    conflicts = [conflict for conflict in dossier.conflicts if conflict.subject == "docking.time"]
    assert len(conflicts) == 1
    launch = dossier.event("launch").when
    assert launch is not None and launch.time.strftime("%Y-%m-%dT%H:%M") == "2035-03-04T09:12"
