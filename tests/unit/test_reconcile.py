"""Reconciling time claims as intervals: a day is a day, a minute a minute."""

from __future__ import annotations

from datetime import UTC, datetime

from soyuztui.dossier.intervals import interval, meet
from soyuztui.dossier.model import Evidence, Fact, TimeClaim, When
from soyuztui.dossier.reconcile import best_time, fact_conflicts, time_conflict


def _claim(
    value: str, *docs: str, after: str | None = None, approximate: bool = False, zone: str | None = None
) -> TimeClaim:
    if len(value) == 10:
        time, precision = datetime.fromisoformat(value).replace(tzinfo=UTC), "day"
    else:
        time, precision = datetime.fromisoformat(value.replace("Z", "+00:00")), "minute"
    evidence = tuple(Evidence(doc=doc, text="x", start=0, end=1) for doc in docs)
    when = When(time=time, precision=precision, zone=zone, approximate=approximate)
    return TimeClaim(value=value, when=when, after=after, evidence=evidence)


def test_a_day_is_the_whole_day_in_its_zone() -> None:
    day = datetime(2021, 12, 8, tzinfo=UTC)
    assert interval(day, "day") == (day, datetime(2021, 12, 9, tzinfo=UTC))
    # 8 December in New York (EST, UTC−5) runs from 05:00 UTC to 05:00 UTC the next day.
    assert interval(day, "day", "America/New_York") == (
        datetime(2021, 12, 8, 5, tzinfo=UTC),
        datetime(2021, 12, 9, 5, tzinfo=UTC),
    )
    minute = datetime(2021, 12, 8, 7, 38, tzinfo=UTC)
    assert interval(minute, "minute") == (minute, datetime(2021, 12, 8, 7, 39, tzinfo=UTC))
    start, end = interval(minute, "minute", approximate=True)
    assert start < minute and end > datetime(2021, 12, 8, 7, 39, tzinfo=UTC)


def test_touching_intervals_do_not_meet() -> None:
    sixteenth = interval(datetime(2021, 10, 16, tzinfo=UTC), "day")
    seventeenth = interval(datetime(2021, 10, 17, tzinfo=UTC), "day")
    assert not meet(sixteenth, seventeenth)
    assert meet(seventeenth, interval(datetime(2021, 10, 17, 4, 35, tzinfo=UTC), "minute"))


def test_a_day_claim_never_outvotes_the_finer_claims_it_agrees_with() -> None:
    claims = [
        _claim("2031-03-11T09:10Z", "a"),
        _claim("2031-03-11T09:02Z", "b", "c"),
        _claim("2031-03-11", "d", "e", "f", "g"),
    ]
    best = best_time(claims)
    assert best is not None and best.value == "2031-03-11T09:02Z"
    conflict = time_conflict("docking", "Docking", claims)
    assert conflict is not None
    # The day agrees with both minutes: it is not a third value beside them.
    assert [value.value for value in conflict.values] == ["2031-03-11T09:10Z", "2031-03-11T09:02Z"]
    assert conflict.self_contradicting == ()


def test_a_day_in_its_zone_agrees_with_a_minute_on_another_utc_date() -> None:
    # 23:30 New York time on 8 December is 04:30 UTC on the 9th: the same day where it was stated.
    claims = [_claim("2021-12-09T04:30Z", "a"), _claim("2021-12-08", "b", zone="America/New_York")]
    assert time_conflict("landing", "Landing", claims) is None
    claims = [_claim("2021-12-09T04:30Z", "a"), _claim("2021-12-08", "b")]
    conflict = time_conflict("landing", "Landing", claims)
    assert conflict is not None and len({value.side for value in conflict.values}) == 2


def test_an_approximate_time_is_a_window() -> None:
    near = [_claim("2031-03-11T09:10Z", "a"), _claim("2031-03-11T09:15Z", "b", after="launch", approximate=True)]
    assert time_conflict("docking", "Docking", near) is None
    far = [_claim("2031-03-11T09:10Z", "a"), _claim("2031-03-11T09:45Z", "b", after="launch", approximate=True)]
    conflict = time_conflict("docking", "Docking", far)
    assert conflict is not None
    counted = next(value for value in conflict.values if value.counted_from)
    assert counted.counted_from == "launch" and counted.when is not None and counted.when.approximate
    best = best_time(far)
    assert best is not None and best.value == "2031-03-11T09:10Z"  # stated outright beats counted on a tie


def test_an_article_that_contradicts_itself_is_not_two_sources() -> None:
    claims = [
        _claim("2021-10-16", "001"),
        _claim("2021-10-17", "003", "004"),
        _claim("2021-10-17", "000", "001", "002", after="launch"),
    ]
    conflict = time_conflict("return", "Return", claims)
    assert conflict is not None
    assert conflict.self_contradicting == ("001",)
    best = best_time(claims)
    assert best is not None and best.value == "2021-10-17" and best.after is None
    # Only the self-contradicting article says the 16th: it does not outvote one other article.
    lone = [_claim("2021-10-16", "001"), _claim("2021-10-17", "001", after="launch"), _claim("2021-10-17", "005")]
    best = best_time(lone)
    assert best is not None and best.value == "2021-10-17"


def _fact(field: str, value: str, *docs: str) -> Fact:
    return Fact(field=field, value=value, evidence=tuple(Evidence(doc=d, text="x", start=0, end=1) for d in docs))


def test_one_article_with_two_words_is_not_a_conflict() -> None:
    same_article = [_fact("agency", "ESA", "000", "001", "002"), _fact("agency", "DLR", "001")]
    assert fact_conflicts("maurer", "Matthias Maurer", same_article) == []
    two_articles = [_fact("agency", "ESA", "000", "002"), _fact("agency", "DLR", "001")]
    (conflict,) = fact_conflicts("maurer", "Matthias Maurer", two_articles)
    assert [value.value for value in conflict.values] == ["ESA", "DLR"]


def test_occupations_one_person_holds_at_once_are_no_conflict() -> None:
    facts = [_fact("occupation", "scientist", "000"), _fact("occupation", "researcher", "001")]
    assert fact_conflicts("vera", "Vera Lind", facts) == []
    facts = [_fact("occupation", "astronaut", "000"), _fact("occupation", "engineer", "001")]
    assert fact_conflicts("vera", "Vera Lind", facts) == []


def test_a_day_that_fits_every_minute_backs_none_of_them() -> None:
    # Two outlets a minute apart, and a day both fit, stated by the first and a third.
    claims = [
        _claim("2033-05-22", "001", "003"),
        _claim("2033-05-22T13:12Z", "001"),
        _claim("2033-05-22T13:13Z", "002"),
    ]
    best = best_time(claims)
    assert best is not None and best.value == "2033-05-22T13:12Z"  # a tie: the first written
    # One more outlet for the second minute decides it.
    best = best_time([*claims, _claim("2033-05-22T13:13Z", "004")])
    assert best is not None and best.value == "2033-05-22T13:13Z"
