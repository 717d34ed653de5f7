"""Reading times and durations the way the articles write them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from soyuztui.dossier.times.reader import TimeError, format_moment, parse_claimed, read_durations, read_times


def keys(excerpt: str, published: date) -> set[str]:
    return {
        format_moment(reading.time, reading.precision)
        for reading in read_times(excerpt, published=published, zone=None)
    }


def test_weekday_is_read_against_the_document_date() -> None:
    # An article of Monday 4 October: "Tuesday" is the 5th, in the future tense.
    assert "2021-10-05" in keys("scheduled to blast off Tuesday", date(2021, 10, 4))
    # An article of Wednesday 6 October: "launched on Tuesday" can be the 5th.
    assert "2021-10-05" in keys("launched on Tuesday", date(2021, 10, 6))


def test_four_digit_gmt_time_is_a_time_of_day_not_a_year() -> None:
    found = read_times("at 0855 GMT, with a docking time of 1212 GMT", published=date(2021, 10, 5), zone=None)
    assert {format_moment(reading.time, "minute") for reading in found} == {"2021-10-05T08:55Z", "2021-10-05T12:12Z"}
    assert {(reading.zone, reading.zone_word) for reading in found} == {("UTC", "GMT")}


def test_moscow_time_is_converted_to_utc() -> None:
    assert keys("at 11:55 Moscow time", date(2021, 10, 5)) == {"2021-10-05T08:55Z"}


def test_month_day_is_read_in_the_document_year() -> None:
    assert keys("return to Earth on October 16", date(2021, 10, 6)) == {"2021-10-16"}
    assert keys("On 17 October, they land", date(2021, 10, 5)) == {"2021-10-17"}


def test_four_digit_number_without_a_zone_is_not_a_time() -> None:
    assert keys("among 3000 applicants", date(2021, 10, 5)) == set()


def test_read_durations() -> None:
    (trip,) = read_durations("The trip lasted about 3.5 hours")
    assert trip.approximate and trip.precision == "minute"
    assert datetime(2021, 10, 5, 8, 55) + trip.delta == datetime(2021, 10, 5, 12, 25)
    (stay,) = read_durations("for a 12-day mission")
    assert not stay.approximate and datetime(2021, 10, 5) + stay.delta == datetime(2021, 10, 17)
    (months,) = read_durations("for the previous six months")
    assert datetime(2021, 4, 5) + months.delta == datetime(2021, 10, 5)


def test_claimed_values_keep_their_precision() -> None:
    assert parse_claimed("2021-10-17").precision == "day"
    moment = parse_claimed("2021-10-05T08:55Z")
    assert moment.time == datetime(2021, 10, 5, 8, 55, tzinfo=UTC)
    assert moment.precision == "minute"
    assert format_moment(moment.time, "day") == "2021-10-05"


@pytest.mark.parametrize("bad", ["2021-13-01", "2021-10-05T08:55", "next week", "2021-02-30"])
def test_bad_claimed_values_are_refused(bad: str) -> None:
    with pytest.raises(TimeError):
        parse_claimed(bad)
