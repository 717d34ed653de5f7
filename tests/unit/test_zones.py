"""The zone conversions the exports (and later the dashboard) show times with."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from soyuztui.present.times import ZONE_NAMES, format_time, to_zone, zone_label

LAUNCH = datetime(2021, 10, 5, 8, 55, tzinfo=UTC)


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch):
    """The process's local zone set to New York for one test, then restored."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_zone_names_are_the_cli_choices() -> None:
    assert ZONE_NAMES == ("utc", "moscow", "local")


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
        to_zone(LAUNCH, "mars")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("zone", "expected"),
    [("utc", "2021-10-05 08:55 UTC"), ("moscow", "2021-10-05 11:55 MSK")],
)
def test_minute_precision_shows_time_and_zone(zone, expected) -> None:
    assert format_time(LAUNCH, "minute", zone) == expected


def test_day_precision_shows_the_stated_date_in_every_zone(new_york: None) -> None:
    landing = datetime(2021, 10, 17, tzinfo=UTC)
    # Midnight UTC is the evening before in New York; the stated day must not move.
    for zone in ZONE_NAMES:
        assert format_time(landing, "day", zone) == "2021-10-17"


def test_late_utc_time_crosses_midnight_in_moscow() -> None:
    late = datetime(2021, 10, 5, 22, 30, tzinfo=UTC)
    assert format_time(late, "minute", "moscow") == "2021-10-06 01:30 MSK"


def test_zone_label_for_fixed_offsets() -> None:
    assert zone_label(LAUNCH, "utc") == "UTC"
    assert zone_label(LAUNCH, "moscow") == "MSK"
