"""`check` on time claims: a claim must be what its excerpts say, in every time they state."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from soyuztui.dossier.errors import MissionError, Problems
from soyuztui.dossier.model import Evidence, TimeClaim
from soyuztui.dossier.sources.missionfile import load_mission_file
from soyuztui.dossier.sources.spec import TimeClaimSpec
from soyuztui.dossier.sources.tomlines import LineIndex
from soyuztui.dossier.verify.timeclaims import TimeClaimChecker


def check(
    time: str, excerpt: str, *, published: date = date(2031, 3, 13), doc_zone: str | None = None, **claim: str
) -> tuple[TimeClaim, list[str]]:
    found = Problems(Path("mission.toml"), LineIndex(""))
    checker = TimeClaimChecker(found, {"a": published}, {"a": doc_zone})
    spec = TimeClaimSpec(time=time, evidence=[{"doc": "a", "text": excerpt}], **claim)
    evidence = [Evidence(doc="a", text=excerpt, start=0, end=len(excerpt))]
    claimed = checker.claim(("events", 0, "claims", 0), "docking", spec, evidence, {})
    return claimed, [problem.message for problem in found.found]


def test_the_zoned_equivalent_decides_and_a_false_claim_is_refused() -> None:
    excerpt = "docked at 3:20 p.m. Japan time (6:20 a.m. GMT)"
    claim, problems = check("2031-03-13T06:20Z", excerpt)
    assert problems == [] and claim.source_zone == "Japan time"
    _, problems = check("2031-03-13T03:20Z", excerpt)
    assert problems == [
        "event 'docking': 2031-03-13T03:20Z is not what document 'a' says: "
        "“docked at 3:20 p.m. Japan time (6:20 a.m. GMT)” reads as 2031-03-13T06:20Z"
    ]


def test_pm_and_the_zone_are_never_dropped() -> None:
    assert check("2031-12-03T09:15Z", "at 9:15 a.m. EST", published=date(2031, 12, 3))[1] == [
        "event 'docking': 2031-12-03T09:15Z is not what document 'a' says: “at 9:15 a.m. EST” reads as 2031-12-03T14:15Z"
    ]
    assert check("2031-12-04T04:05Z", "at 11:05 p.m. EST", published=date(2031, 12, 3))[1] == []


def test_a_clock_time_without_a_zone_is_refused_until_one_is_given() -> None:
    _, problems = check("2031-03-13T13:05Z", "docked at 1:05 p.m.")
    assert problems == [
        "event 'docking': document 'a' “docked at 1:05 p.m.”: “1:05 p.m.” has no zone: the excerpt must name one "
        '(“1:05 p.m. GMT”), or give the claim or its document zone = "<IANA name>", e.g. "America/New_York"'
    ]
    assert check("2031-03-13T17:05Z", "docked at 1:05 p.m.", doc_zone="America/New_York")[1] == []


def test_the_claims_zone_wins_over_the_documents_and_a_zone_word_over_both() -> None:
    bare = "docked at 1:05 p.m."
    assert check("2031-03-13T10:05Z", bare, doc_zone="America/New_York", zone="Europe/Moscow")[1] == []
    zoned = "docked at 1:05 p.m. GMT"
    assert check("2031-03-13T13:05Z", zoned, doc_zone="America/New_York", zone="Europe/Moscow")[1] == []


def test_an_excerpt_with_several_times_must_agree_in_all_of_them() -> None:
    excerpt = "lifted off at 1420 GMT and docked at 2005 GMT"
    _, problems = check("2031-03-13T14:20Z", excerpt)
    assert problems == [
        "event 'docking': document 'a' “lifted off at 1420 GMT and docked at 2005 GMT” reads as several times "
        "(2031-03-13T14:20Z, 2031-03-13T20:05Z), not all 2031-03-13T14:20Z: choose a narrower excerpt that states "
        "only this one"
    ]
    # a day and a time on that day agree
    assert check("2031-03-13T14:20Z", "at 1420 GMT. They had trained for it since Thursday")[1] == []


def test_a_day_claim_is_the_day_in_the_zone_the_article_counts() -> None:
    # 11:05 p.m. EST on 3 December is 04:05 UTC on the 4th, but the article's day is the 3rd.
    excerpt = "docked at 11:05 p.m. EST on Dec. 3"
    claim, problems = check("2031-12-03", excerpt, published=date(2031, 12, 1))
    when = claim.when
    assert problems == [] and when is not None and when.zone == "America/New_York"
    assert when.bounds[0].isoformat() == "2031-12-03T05:00:00+00:00"
    claim, _ = check("2031-10-05", "launched at 1355 GMT+5 on Oct. 5", published=date(2031, 10, 5))
    assert claim.when is not None and claim.when.zone == "Etc/GMT-5"
    assert check("2031-12-04", excerpt, published=date(2031, 12, 1))[1] == [
        "event 'docking': 2031-12-04 is not what document 'a' says: “docked at 11:05 p.m. EST on Dec. 3” "
        "reads as 2031-12-04T04:05Z"
    ]


def test_a_minute_claim_needs_a_clock_time() -> None:
    _, problems = check("2031-03-13T14:20Z", "docked on Thursday")
    assert problems == [
        "event 'docking': document 'a' “docked on Thursday” gives only the day (2031-03-13), not the time 2031-03-13T14:20Z"
    ]


def test_approximate_words_mark_the_claim() -> None:
    claim, problems = check("2031-03-13T12:00Z", "shortly after noon GMT")
    assert problems == [] and claim.when is not None and claim.when.approximate


@pytest.mark.parametrize(
    ("where", "text"),
    [
        ("mission", 'countdown_to = "launch"\nzone = "Mars/Olympus"'),
        ("documents", 'path = "a.txt"\nzone = "EST5EDT/x"'),
        ("claims", 'time = "2031-03-11"\nzone = "Moscow"'),
    ],
)
def test_zones_in_the_mission_file_must_be_iana_names(tmp_path: Path, where: str, text: str) -> None:
    mission = (
        '[mission]\nid = "m"\ntitle = "M"\ncountdown_to = "launch"\nends_with = "launch"\n\n'
        '[[documents]]\nid = "a"\npath = "a.txt"\n\n'
        '[[events]]\nid = "launch"\ntitle = "Launch"\n\n[[events.claims]]\ntime = "2031-03-11"\n'
        'evidence = [{ doc = "a", text = "on Tuesday" }]\n'
    )
    old = {"mission": 'countdown_to = "launch"', "documents": 'path = "a.txt"', "claims": 'time = "2031-03-11"'}[where]
    mission = mission.replace(old, text)
    path = tmp_path / "m.toml"
    path.write_text(mission)
    with pytest.raises(MissionError) as raised:
        load_mission_file(path)
    (problem,) = raised.value.problems
    line = mission.splitlines().index(text.splitlines()[-1]) + 1
    assert problem.line == line
    assert "is not an IANA time zone name" in problem.message


def test_a_clock_time_with_no_day_says_it_was_read_on_the_publication_date() -> None:
    # A release of 29 October: "8:45 p.m." is read on the 29th, not on the evening of the docking.
    _, problems = check("2031-10-31T00:45Z", "Hatch opening follows at 8:45 p.m.", published=date(2031, 10, 29),
                        doc_zone="America/New_York")  # fmt: skip
    assert problems == [
        "event 'docking': 2031-10-31T00:45Z is not what document 'a' says: “Hatch opening follows at 8:45 p.m.” "
        "reads as 2031-10-30T00:45Z (it names no day: read on the publication date, 2031-10-29; choose an excerpt "
        "that names the day)"
    ]


def _check_pair(time: str, day_excerpt: str, clock_excerpt: str) -> list[str]:
    """A claim citing two excerpts of one article (published on a Friday): a day, then a clock time."""
    found = Problems(Path("mission.toml"), LineIndex(""))
    checker = TimeClaimChecker(found, {"a": date(2031, 3, 14)}, {"a": None})
    texts = [day_excerpt, clock_excerpt]
    spec = TimeClaimSpec(time=time, evidence=[{"doc": "a", "text": text} for text in texts])
    evidence = [Evidence(doc="a", text=text, start=0, end=len(text)) for text in texts]
    checker.claim(("events", 0, "claims", 0), "docking", spec, evidence, {})
    return [problem.message for problem in found.found]


def test_a_clock_time_is_read_on_the_day_another_excerpt_of_its_article_gives() -> None:
    # Published on Friday 14 March; "on Thursday" is the 13th, and 2:05 p.m. EDT that day is 18:05 UTC.
    day, clock = "linked up with the outpost on Thursday", "the hatch opened at 2:05 p.m. EDT (1805 GMT)"
    assert _check_pair("2031-03-13T18:05Z", day, clock) == []
    # Alone, the clock time is read on the publication day, and the 13th is refused.
    assert check("2031-03-13T18:05Z", clock, published=date(2031, 3, 14))[1] != []
    # The pair says the 13th, not the publication day.
    assert _check_pair("2031-03-14T18:05Z", day, clock) != []


def test_an_excerpt_that_gives_only_a_day_still_must_agree_with_the_claim() -> None:
    problems = _check_pair("2031-03-12T18:05Z", "linked up with the outpost on Thursday", "at 2:05 p.m. EDT")
    assert problems and "2031-03-12" in problems[0]


def test_a_zoned_pair_with_no_day_takes_the_day_another_excerpt_gives_its_first_clock() -> None:
    # Published on Friday 14 March; "on Saturday" is the 15th in Beijing, and 12:23 a.m. there
    # is 16:23 GMT on the 14th: the pair is one instant across midnight.
    day, clock = "the crew lifted off on Saturday", "at 12:23 a.m. Beijing time (1623 GMT)"
    assert _check_pair("2031-03-14T16:23Z", day, clock) == []
    # Alone, the page's date cannot say whose day it is: refused, never guessed.
    assert check("2031-03-14T16:23Z", clock, published=date(2031, 3, 14))[1] != []
