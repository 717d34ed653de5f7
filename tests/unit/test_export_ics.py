"""The iCalendar export, read back with the icalendar library."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import cache

from icalendar import Calendar, Component, vText

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.export import ExportOptions, export
from soyuztui.export.ics import to_ics
from soyuztui.resources import default_mission

FIXED = ExportOptions(now=lambda: datetime(2024, 1, 2, 3, 4, tzinfo=UTC))


@cache
def soyuz() -> Dossier:
    return build_dossier(default_mission())


@cache
def calendar() -> Calendar:
    return Calendar.from_ical(to_ics(soyuz(), FIXED))


def vevents() -> dict[str, Component]:
    return {str(event["UID"]): event for event in calendar().walk("VEVENT")}


def test_registered_as_an_exporter() -> None:
    assert export(soyuz(), "ics", FIXED) == to_ics(soyuz(), FIXED)


def test_one_vevent_per_timed_event_with_stable_uids() -> None:
    uids = set(vevents())
    timed = {f"soyuz-ms-19.{event.id}@soyuz-tui" for event in soyuz().timed_events()}
    assert uids == timed
    untimed = {event.id for event in soyuz().events if event.when is None}
    assert untimed == {"orbit", "hookup"}
    assert not any(f".{event_id}@" in uid for uid in uids for event_id in untimed)


def test_launch_is_0855_utc() -> None:
    launch = vevents()["soyuz-ms-19.launch@soyuz-tui"]
    start = launch.decoded("DTSTART")
    assert start == datetime(2021, 10, 5, 8, 55, tzinfo=UTC)
    assert start.utcoffset().total_seconds() == 0
    assert str(launch["SUMMARY"]) == "Launch from Baikonur"


def test_return_is_an_all_day_event_on_the_17th() -> None:
    landing = vevents()["soyuz-ms-19.return@soyuz-tui"]
    assert type(landing.decoded("DTSTART")) is date
    assert landing.decoded("DTSTART") == date(2021, 10, 17)
    assert landing.decoded("DTEND") == date(2021, 10, 18)
    assert landing["DTSTART"].params.get("VALUE") == "DATE"


def test_filming_lasts_until_the_return_day_is_over() -> None:
    filming = vevents()["soyuz-ms-19.filming@soyuz-tui"]
    assert filming.decoded("DTSTART") == datetime(2021, 10, 5, 12, 12, tzinfo=UTC)
    # The return is known only to the day: the filming is over once 17 October is.
    assert filming.decoded("DTEND") == datetime(2021, 10, 18, tzinfo=UTC)
    assert "Lasts until: 2021-10-17 (Return to Earth)" in str(filming["DESCRIPTION"])


def test_description_lists_claims_sources_and_conflicts() -> None:
    landing = str(vevents()["soyuz-ms-19.return@soyuz-tui"]["DESCRIPTION"])
    assert "- 2021-10-16" in landing
    assert "[001] “they are set to return to Earth on October 16”" in landing
    assert "counted from Launch from Baikonur" in landing
    assert "Conflicts:" in landing
    assert (
        "Return to Earth — time: 2021-10-16 [001] ≠ 2021-10-17 [003, 004]; 2021-10-17, counted from Launch" in landing
    )
    launch = str(vevents()["soyuz-ms-19.launch@soyuz-tui"]["DESCRIPTION"])
    assert "source stated GMT" in launch
    assert "[004]" in launch and "0855 GMT" in launch
    assert "Conflicts:" not in launch


def test_export_is_stable_apart_from_the_stamp() -> None:
    assert to_ics(soyuz(), FIXED) == to_ics(soyuz(), FIXED)
    stamps = {event.decoded("DTSTAMP") for event in calendar().walk("VEVENT")}
    assert stamps == {datetime(2024, 1, 2, 3, 4, tzinfo=UTC)}


def test_calendar_header() -> None:
    cal = calendar()
    assert str(cal["VERSION"]) == "2.0"
    assert "soyuz-tui" in str(cal["PRODID"])
    assert str(cal["X-WR-CALNAME"]) == "Soyuz MS-19"


def test_lines_are_folded_to_75_octets() -> None:
    text = to_ics(soyuz(), FIXED)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


HOSTILE = "Launch\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@example\r\nSUMMARY:injected\nX-A;B=1:\\,;"


def test_a_title_with_a_newline_injects_a_vevent() -> None:
    dossier = soyuz()
    mission = dossier.mission.model_copy(update={"title": HOSTILE})
    events = tuple(event.model_copy(update={"title": HOSTILE + event.id}) for event in dossier.events)
    hostile = dossier.model_copy(update={"mission": mission, "events": events})
    text = export(hostile, "ics", FIXED)
    calendar = Calendar.from_ical(text)
    entries = calendar.walk("VEVENT")
    assert len(entries) == len(dossier.timed_events())
    # vText writes a CR LF pair as one escaped line break; everything else comes back as it was.
    shown = HOSTILE.replace("\r\n", "\n")
    assert calendar["X-WR-CALNAME"].to_ical() == vText(HOSTILE).to_ical()  # escaped as text
    assert text.count("\r\nBEGIN:VEVENT\r\n") == len(entries)
    assert [str(entry["SUMMARY"]) for entry in entries] == [shown + event.id for event in dossier.timed_events()]
    assert "evil@example" not in {str(entry["UID"]) for entry in entries}
    assert all(line == "" or line[0] != "\n" for line in text.split("\r\n"))
