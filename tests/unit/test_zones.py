"""The zone conversions the exports (and later the dashboard) show times with."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from soyuztui.dossier.model import When
from soyuztui.present.times import (
    ZONE_CHOICES,
    format_time,
    length_text,
    next_zone,
    resolve_zone,
    to_zone,
    until_text,
    zone_label,
)

LAUNCH = datetime(2021, 10, 5, 8, 55, tzinfo=UTC)


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local zone set to New York for one test, then restored."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_zone_words_and_iana_names() -> None:
    assert ZONE_CHOICES == ("utc", "mission", "local")
    assert resolve_zone("mission", "Asia/Tokyo") == "Asia/Tokyo"
    assert resolve_zone("mission", None) == "utc"
    assert resolve_zone("UTC", "Asia/Tokyo") == "utc"
    assert resolve_zone("moscow", None) == "Europe/Moscow"  # the older spelling
    assert resolve_zone("America/New_York", None) == "America/New_York"
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        resolve_zone("Mars/Olympus", None)


def test_t_cycles_utc_mission_local() -> None:
    assert next_zone("utc", "Europe/Moscow") == "Europe/Moscow"
    assert next_zone("Europe/Moscow", "Europe/Moscow") == "local"
    assert next_zone("local", "Europe/Moscow") == "utc"
    assert next_zone("utc", None) == "local"
    assert next_zone("Asia/Tokyo", "Europe/Moscow") == "utc"  # a --tz zone outside the cycle


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2021, 10, 17, 16, 0, tzinfo=UTC), "2021-10-17 12:00 EDT"),
        (datetime(2021, 12, 8, 17, 0, tzinfo=UTC), "2021-12-08 12:00 EST"),
    ],
)
def test_new_york_abbreviation_is_right_for_the_date(moment: datetime, expected: str) -> None:
    assert format_time(moment, "minute", "America/New_York") == expected


def test_a_zone_with_no_letters_is_an_offset() -> None:
    assert format_time(LAUNCH, "minute", "Asia/Almaty").endswith("UTC+06:00")


def test_a_day_counts_down_in_days() -> None:
    landing = When(time=datetime(2021, 10, 17, tzinfo=UTC), precision="day")
    assert until_text(LAUNCH, landing) == "in 12 days · 17 Oct"
    assert until_text(datetime(2021, 10, 16, 23, 59, tzinfo=UTC), landing) == "tomorrow · 17 Oct"
    assert until_text(datetime(2021, 10, 17, 6, tzinfo=UTC), landing) == "today · 17 Oct"
    docking = When(time=datetime(2021, 10, 5, 12, 12, tzinfo=UTC), precision="minute")
    assert until_text(LAUNCH, docking) == "in 03:17:00"


def test_mission_length_no_finer_than_known() -> None:
    launch = When(time=LAUNCH, precision="minute")
    landing = When(time=datetime(2021, 10, 17, tzinfo=UTC), precision="day")
    assert length_text(launch, landing) == "12 days"
    assert length_text(launch, When(time=datetime(2021, 10, 17, 4, 35, tzinfo=UTC), precision="minute")) == "11d 19:40"


def test_moscow_is_utc_plus_three() -> None:
    shown = to_zone(LAUNCH, "moscow")
    assert (shown.hour, shown.minute) == (11, 55)
    assert shown.utcoffset() == timedelta(hours=3)
    assert shown == LAUNCH  # the same instant


def test_utc_normalises_other_zones() -> None:
    moscow = datetime(2021, 10, 5, 11, 55, tzinfo=timezone(timedelta(hours=3)))
    assert to_zone(moscow, "utc") == LAUNCH
    assert to_zone(moscow, "utc").utcoffset() == timedelta(0)


def test_local_follows_the_process_zone(new_york: None) -> None:
    shown = to_zone(LAUNCH, "local")
    assert (shown.hour, shown.minute) == (4, 55)  # EDT, UTC-4
    assert format_time(LAUNCH, "minute", "local") == "2021-10-05 04:55 EDT"


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_zone(datetime(2021, 10, 5, 8, 55), "utc")


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        to_zone(LAUNCH, "mars")


@pytest.mark.parametrize(
    ("zone", "expected"),
    [("utc", "2021-10-05 08:55 UTC"), ("moscow", "2021-10-05 11:55 MSK")],
)
def test_minute_precision_shows_time_and_zone(zone: str, expected: str) -> None:
    assert format_time(LAUNCH, "minute", zone) == expected


def test_day_precision_shows_the_stated_date_in_every_zone(new_york: None) -> None:
    landing = datetime(2021, 10, 17, tzinfo=UTC)
    # Midnight UTC is the evening before in New York; the stated day must not move.
    for zone in ("utc", "Europe/Moscow", "local", "America/New_York"):
        assert format_time(landing, "day", zone) == "2021-10-17"


def test_late_utc_time_crosses_midnight_in_moscow() -> None:
    late = datetime(2021, 10, 5, 22, 30, tzinfo=UTC)
    assert format_time(late, "minute", "moscow") == "2021-10-06 01:30 MSK"


def test_zone_label_for_fixed_offsets() -> None:
    assert zone_label(LAUNCH, "utc") == "UTC"
    assert zone_label(LAUNCH, "moscow") == "MSK"
