"""Event verbs as outlets write them: a rocket that rises is a launch, a trigger word used as a
noun modifier names a place, not the event.

Every sentence is invented, about invented flights.
"""

from __future__ import annotations

from datetime import date

from soyuztui.draft.events import RawClaim
from tests.draft.drafted import claims_of, timed_values


def _timed(text: str, published: date = date(2033, 5, 13)) -> dict[str, list[str]]:
    return timed_values(text, published)


def _all(text: str, published: date = date(2033, 5, 13)) -> list[RawClaim]:
    return claims_of(text, published)


def test_a_rocket_that_rises_is_the_launch_not_the_landing_in_its_background() -> None:
    found = _timed(
        "The booster rose from the coastal pad at 6:41 a.m. EDT (1041 GMT), after a week of waiting for calm "
        "seas in the splashdown zones to the south."
    )
    assert found == {"launch": ["2033-05-13T10:41Z"]}
    assert _timed("The rocket thundered off its pad at 2:05 p.m. GMT.") == {"launch": ["2033-05-13T14:05Z"]}


def test_a_landing_site_is_no_landing() -> None:
    assert _timed("Recovery crews reached the landing site at 9:15 a.m. GMT to check the weather.") == {}
    assert _timed("Calm seas were forecast at 8 a.m. GMT in the splashdown area.") == {}


def test_a_landing_is_still_a_landing() -> None:
    assert _timed("The capsule's landing came at 9:15 a.m. GMT on the steppe.") == {"return": ["2033-05-13T09:15Z"]}


def test_a_past_verb_before_the_excerpt_gives_it_its_tense() -> None:
    # Written on a Sunday: the voyage began on the Wednesday before, not the one after.
    found = _timed(
        "The crew are strapped in for the last hours of a voyage that began with a liftoff from the coast on "
        "Wednesday.",
        date(2033, 5, 15),
    )
    assert found == {"launch": ["2033-05-11"]}
    # A modal between them speaks of a plan: the verb of saying gives the excerpt no past.
    found = _timed("The agency said it would try the launch again on Wednesday.", date(2033, 5, 15))
    assert found == {"launch": ["2033-05-18"]}
    # A verb of saying is the saying's tense, not that of what was said.
    found = _timed("Officials said the launch on Wednesday would go ahead.", date(2033, 5, 15))
    assert found == {"launch": ["2033-05-18"]}


def test_a_day_after_and_belongs_to_the_verb_that_follows_it() -> None:
    found = _timed(
        "The pair launched from the coast, circled the Moon twice, and on Friday Ana Brekke stepped outside.",
        date(2033, 5, 15),
    )
    assert "launch" not in found
    # With no verb of its own after it, the day is still the launch's.
    assert _timed("The pair launched from the coast and on Friday.", date(2033, 5, 15)) == {"launch": ["2033-05-13"]}


def test_a_purpose_is_a_plan() -> None:
    # The day is the flight's start; the spacewalk it was meant to stage is only planned.
    (walk,) = [
        claim
        for claim in _all(
            "The capsule sailed on Friday, starting a week in orbit meant to stage a spacewalk by a tourist."
        )
        if claim.event == "spacewalk"
    ]
    assert walk.value == "2033-05-13" and walk.planned


def test_a_launch_written_with_a_verb_in_ing_is_the_launch() -> None:
    assert _timed("Three astronauts are on their way to the outpost after lifting off at 4:10 a.m. EDT Saturday.") == {
        "launch": ["2033-05-14T08:10Z"]
    }
    assert _timed("The rocket, blasting off at 9:00 GMT, carried two pilots.") == {"launch": ["2033-05-13T09:00Z"]}
