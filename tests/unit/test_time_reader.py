"""The time reader on news English: each case an outlet's way of writing a time, with its exact reading.

A reading is shown as "<UTC minute> <zone>" or "<day> day <zone>" (the day as
counted in that zone), with "~" in front when approximate; a refusal as "! "
and its exact message. The sentences are invented, in the styles of wire
services, agencies' press releases, broadsheets, tabloids and state agencies.
"""

from __future__ import annotations

from datetime import UTC, date

import pytest

from soyuztui.dossier.times.reader import Reading, TimeRefused, format_moment, read_times
from soyuztui.dossier.times.zones import zone_of

NO_ZONE = (
    'has no zone: the excerpt must name one (“{} GMT”), or give the claim or its document zone = "<IANA name>", '
    'e.g. "America/New_York"'
)


def show(reading: Reading) -> str:
    mark = "~" if reading.approximate else ""
    if reading.precision == "day":
        day = reading.time.astimezone(zone_of(reading.zone)).date().isoformat()
        return f"{mark}{day} day {reading.zone or '-'}"
    return f"{mark}{format_moment(reading.time, 'minute')} {reading.zone}"


def read(text: str, published: date | None, zone: str | None = None) -> list[str]:
    try:
        return [show(reading) for reading in read_times(text, published=published, zone=zone)]
    except TimeRefused as refusal:
        return [f"! {refusal}"]


D = date
CASES: list[tuple[str, str, date | None, str | None, list[str]]] = [
    # --- wire services: "0855 GMT", a local time with its GMT equivalent in parentheses
    ("wire", "The rocket lifted off from Baikonur at 0855 GMT on Tuesday", D(2021, 10, 5), None, ["2021-10-05T08:55Z UTC"]),
    ("wire", "Soyuz MS-19 blasted off at 1:55 p.m. local time (0855 GMT) on Tuesday", D(2021, 10, 5), None, ["2021-10-05T08:55Z UTC"]),
    ("wire", "The crew docked at 2:10 p.m. local time (0810 GMT) on Thursday", D(2031, 3, 14), None, ["2031-03-13T08:10Z UTC"]),
    ("wire", "The capsule undocked at 0436 GMT Sunday", D(2021, 10, 18), None, ["2021-10-17T04:36Z UTC"]),
    ("wire", "It landed at 10:40am (4:40am GMT) near Zhezkazgan", D(2021, 10, 17), None, ["2021-10-17T04:40Z UTC"]),
    ("wire", "with a docking time of 1212 GMT", D(2021, 10, 5), None, ["2021-10-05T12:12Z UTC"]),
    ("wire", "The flight is due to launch at 1420 GMT on March 11", D(2031, 3, 9), None, ["2031-03-11T14:20Z UTC"]),
    ("wire", "The capsule landed at 0736 Moscow time (0436 GMT)", D(2021, 10, 17), None, ["2021-10-17T04:36Z Europe/Moscow"]),
    ("wire", "The capsule landed at 0736 Moscow time (0536 GMT)", D(2021, 10, 17), None,
     ["2021-10-17T04:36Z Europe/Moscow", "2021-10-17T05:36Z UTC"]),
    ("wire", "The rocket launched at 9 p.m. EDT Friday (0100 GMT Saturday)", D(2031, 9, 13), None,
     ["2031-09-13T01:00Z America/New_York"]),
    ("wire", "Liftoff came at 7 a.m. Moscow time Wednesday (0400 GMT)", D(2031, 3, 13), None, ["2031-03-12T04:00Z Europe/Moscow"]),
    ("wire", "The hatch opened at 1:05 a.m. Moscow time Wednesday (2205 GMT Tuesday)", D(2031, 3, 12), None,
     ["2031-03-11T22:05Z Europe/Moscow"]),
    ("wire", "At 8:55 GMT on Tuesday the craft cleared the tower. The return is planned for Oct. 17", D(2021, 10, 5), None,
     ["2021-10-05T08:55Z UTC", "2021-10-17 day -"]),
    # --- agencies' press releases: a.m./p.m. with ET, EDT, EST, PT, CDT, MST
    ("release", "NASA will provide coverage of the launch, scheduled for 5:12 a.m. EDT Thursday, Oct. 7", D(2021, 10, 5), None,
     ["2021-10-07T09:12Z America/New_York"]),
    ("release", "Hatch opening is expected at approximately 11:05 p.m. EST on Dec. 3", D(2031, 12, 1), None,
     ["~2031-12-04T04:05Z America/New_York"]),
    ("release", "Live coverage begins at 9:15 a.m. ET", D(2031, 10, 14), None, ["2031-10-14T13:15Z America/New_York"]),
    ("release", "Live coverage begins at 9:15 a.m. ET", D(2031, 12, 14), None, ["2031-12-14T14:15Z America/New_York"]),
    ("release", "Undocking is set for 3:20 p.m. Eastern on Saturday, Oct. 16", D(2021, 10, 14), None,
     ["2021-10-16T19:20Z America/New_York"]),
    ("release", "The spacecraft will splash down at 12:10 a.m. PDT", D(2031, 7, 1), None, ["2031-07-01T07:10Z America/Los_Angeles"]),
    ("release", "The booster landed at 6:30 p.m. CDT", D(2031, 6, 10), None, ["2031-06-10T23:30Z America/Chicago"]),
    ("release", "The launch window opens at noon PT", D(2031, 11, 20), None, ["2031-11-20T20:00Z America/Los_Angeles"]),
    ("release", "Docking is targeted for 12:30 a.m. EDT", D(2031, 6, 10), None, ["2031-06-10T04:30Z America/New_York"]),
    ("release", "The briefing starts at 12 p.m. ET", D(2031, 6, 10), None, ["2031-06-10T16:00Z America/New_York"]),
    ("release", "Crews will be in place by 7:45 a.m. MST", D(2031, 6, 10), "America/Phoenix", ["2031-06-10T14:45Z America/Phoenix"]),
    ("release", "Crews will be in place by 7:45 a.m. MST", D(2031, 6, 10), None,
     ["! “7:45 a.m. MST”: America/Denver keeps UTC-06:00 on 2031-06-10, not the UTC-07:00 that zone word names; "
      'choose an excerpt that gives GMT, or give the claim zone = "America/Denver" to read it as that clock, '
      "or a zone that keeps UTC-07:00"]),
    ("release", "The crew will hold a news conference at 10 a.m. EST", D(2031, 7, 4), None,
     ["! “10 a.m. EST”: America/New_York keeps UTC-04:00 on 2031-07-04, not the UTC-05:00 that zone word names; "
      'choose an excerpt that gives GMT, or give the claim zone = "America/New_York" to read it as that clock, '
      "or a zone that keeps UTC-05:00"]),
    ("release", "The crew will hold a news conference at 10 a.m. EST", D(2031, 7, 4), "America/New_York",
     ["2031-07-04T14:00Z America/New_York"]),
    ("release", "The burn is planned for 1:30 a.m. ET on Nov. 2, 2031", D(2031, 10, 30), None,
     ["! “1:30 a.m. ET” happens twice on 2031-11-02 in America/New_York (clocks go back): say which with a standard "
      "or daylight zone word, or choose an excerpt that gives GMT"]),
    ("release", "The burn is planned for 1:30 a.m. EDT on Nov. 2, 2031", D(2031, 10, 30), None,
     ["2031-11-02T05:30Z America/New_York"]),
    ("release", "The burn is planned for 1:30 a.m. EST on Nov. 2, 2031", D(2031, 10, 30), None,
     ["2031-11-02T06:30Z America/New_York"]),
    ("release", "The burn is planned for 2:30 a.m. ET on March 9, 2031", D(2031, 3, 1), None,
     ["! “2:30 a.m. ET” never happens on 2031-03-09 in America/New_York (clocks go forward)"]),
    ("release", "Hatch opening at 9:15 a.m. EST on Dec. 3, docking at 11:05 p.m. the same day", D(2031, 12, 1),
     "America/New_York", ["2031-12-03T14:15Z America/New_York", "2031-12-04T04:05Z America/New_York"]),
    ("release", "Hatch opening at 9:15 a.m. EST on Dec. 3, docking at 11:05 p.m. the same day", D(2031, 12, 1), None,
     ["! “11:05 p.m.” " + NO_ZONE.format("11:05 p.m.")]),
    ("broadsheet", "The knock on the hatch came at 8.45pm New York time", D(2031, 10, 30), None,
     ["2031-10-31T00:45Z America/New_York"]),
    ("broadsheet", "Families in Britain watched from shortly before 1am in London", D(2031, 10, 31), None,
     ["~2031-10-31T01:00Z Europe/London"]),
    # --- broadsheets: 9.05am, BST, "local time" with a zone the mission file gives
    ("broadsheet", "The capsule touched down at 9.05am BST", D(2031, 7, 15), None, ["2031-07-15T08:05Z Europe/London"]),
    ("broadsheet", "The capsule touched down at 9.05am BST", D(2031, 1, 10), None,
     ["! “9.05am BST”: Europe/London keeps UTC on 2031-01-10, not the UTC+01:00 that zone word names; "
      'choose an excerpt that gives GMT, or give the claim zone = "Europe/London" to read it as that clock, '
      "or a zone that keeps UTC+01:00"]),
    ("broadsheet", "It came down at 4.40am GMT", D(2031, 1, 10), None, ["2031-01-10T04:40Z UTC"]),
    ("broadsheet", "The rocket lifted off at 13.55 local time", D(2021, 10, 5), "Asia/Qyzylorda", ["2021-10-05T08:55Z Asia/Qyzylorda"]),
    ("broadsheet", "The rocket lifted off at 2:10 p.m. local time", D(2021, 10, 5), None,
     ['! “2:10 p.m. local time”: no zone is known for “local time”; give the claim or its document zone = "<IANA name>", '
      'e.g. "Asia/Qyzylorda"']),
    ("broadsheet", "At about 8.30pm on Sunday the crew spoke to schoolchildren", D(2031, 9, 10), "Europe/London",
     ["~2031-09-07T19:30Z Europe/London"]),
    ("broadsheet", "The crew arrived late on Sunday", D(2031, 3, 12), None, ["2031-03-09 day -"]),
    ("broadsheet", "The mission began on 5 October 2021", None, None, ["2021-10-05 day -"]),
    ("broadsheet", "The launch, on Tuesday 5 October 2021, was watched by millions", None, None, ["2021-10-05 day -"]),
    ("broadsheet", "The launch, on Tuesday 6 October 2021, was watched by millions", None, None,
     ["! “Tuesday 6 October 2021”: 6 October 2021 is a Wednesday, not a Tuesday; choose an excerpt without the contradiction"]),
    ("broadsheet", "The return is planned for October 17, 2021, in the steppe", D(2021, 10, 5), "Europe/Moscow",
     ["2021-10-17 day Europe/Moscow"]),
    # --- tabloids: 5:12AM, UK time, midnight, Japan time
    ("tabloid", "The rocket blasted off at 5:12AM UK time yesterday", D(2031, 9, 10), None, ["2031-09-09T04:12Z Europe/London"]),
    ("tabloid", "The rocket blasted off at 5:12AM yesterday", D(2031, 9, 10), "Europe/London", ["2031-09-09T04:12Z Europe/London"]),
    ("tabloid", "The crew will watch the film at midnight Moscow time", D(2021, 10, 3), None, ["2021-10-03T21:00Z Europe/Moscow"]),
    ("tabloid", "The crew partied until midnight GMT on Sunday", D(2031, 3, 12), None, ["2031-03-10T00:00Z UTC"]),
    ("tabloid", "Around 3 p.m. Japan time the capsule popped open", D(2031, 3, 12), None, ["~2031-03-12T06:00Z Asia/Tokyo"]),
    ("tabloid", "The crew docked at 3:20 p.m. Japan time (6:20 a.m. GMT)", D(2031, 3, 13), None, ["2031-03-13T06:20Z Asia/Tokyo"]),
    ("tabloid", "The ship docked at 1:05 p.m.", D(2021, 10, 5), None, ["! “1:05 p.m.” " + NO_ZONE.format("1:05 p.m.")]),
    ("tabloid", "The ship docked at 1:05 p.m.", D(2021, 10, 5), "America/New_York", ["2021-10-05T17:05Z America/New_York"]),
    ("tabloid", "It blew up at 13:05 p.m.", D(2021, 10, 5), None,
     ["! “13:05 p.m.” mixes a 24-hour clock with a.m./p.m.; choose an excerpt that gives GMT"]),
    ("tabloid", "The rocket roared off at 11:30 IST", D(2031, 12, 5), None,
     ['! “11:30 IST”: that zone word has several meanings ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"); '
      "give the claim or its document zone = the one meant"]),
    ("tabloid", "The rocket roared off at 11:30 IST", D(2031, 12, 5), "Asia/Kolkata", ["2031-12-05T06:00Z Asia/Kolkata"]),
    ("tabloid", "Shortly after noon GMT the hatch swung open", D(2031, 3, 12), None, ["~2031-03-12T12:00Z UTC"]),
    # --- state news agencies: 24-hour clocks with Moscow, Baikonur, Kazakhstan, Gulf, Beijing time, offsets
    ("state", "The Soyuz MS-19 spacecraft launched at 11:55 Moscow time", D(2021, 10, 5), None, ["2021-10-05T08:55Z Europe/Moscow"]),
    ("state", "The docking took place at 15:12 MSK", D(2021, 10, 5), None, ["2021-10-05T12:12Z Europe/Moscow"]),
    ("state", "The carrier rocket lifted off at 13:55 Baikonur time", D(2021, 10, 5), None, ["2021-10-05T08:55Z Asia/Qyzylorda"]),
    ("state", "The launch took place at 14:55 Kazakhstan time", D(2021, 10, 5), None, ["2021-10-05T08:55Z Asia/Almaty"]),
    ("state", "The launch took place at 14:55 Astana time", D(2024, 6, 1), None, ["2024-06-01T09:55Z Asia/Almaty"]),
    ("state", "The probe separated at 12:55 UAE time", D(2021, 10, 5), None, ["2021-10-05T08:55Z Asia/Dubai"]),
    ("state", "The craft entered orbit at 16:55 Beijing time", D(2021, 10, 5), None, ["2021-10-05T08:55Z Asia/Shanghai"]),
    ("state", "The engines fired at 17:55 GMT+9", D(2021, 10, 5), None, ["2021-10-05T08:55Z UTC+09:00"]),
    ("state", "The engines fired at 13:55 UTC+05:00", D(2021, 10, 5), None, ["2021-10-05T08:55Z UTC+05:00"]),
    ("state", "The engines fired at 14:25 GMT+5:30", D(2021, 10, 5), None, ["2021-10-05T08:55Z UTC+05:30"]),
    ("state", "The engines fired at 08:55 UTC", D(2021, 10, 5), None, ["2021-10-05T08:55Z UTC"]),
    ("state", "The engines fired at 08:55Z", D(2021, 10, 5), None, ["2021-10-05T08:55Z UTC"]),
    ("state", "The engines fired at 08:55:02 UTC", D(2021, 10, 5), None, ["2021-10-05T08:55Z UTC"]),
    ("state", "The crew boarded at 1420 hrs", D(2031, 3, 11), "Europe/Moscow", ["2031-03-11T11:20Z Europe/Moscow"]),
    ("state", "The crew will board on 2031-03-11 at 14:20 UTC", D(2031, 3, 1), None, ["2031-03-11T14:20Z UTC"]),
    # --- a tweet quoted in a story
    ("tweet", "“Liftoff at 4:55am ET!” the agency posted", D(2021, 10, 5), None, ["2021-10-05T08:55Z America/New_York"]),
    # --- day words against the publication date
    ("day", "The crew will dock on Dec. 3", D(2031, 11, 28), None, ["2031-12-03 day -"]),
    ("day", "They will return on Jan. 2", D(2031, 12, 28), None, ["2032-01-02 day -"]),
    ("day", "Launch is set for Oct 5", D(2021, 9, 30), None, ["2021-10-05 day -"]),
    ("day", "The crew landed yesterday", D(2031, 3, 12), None, ["2031-03-11 day -"]),
    ("day", "It launched on Tuesday and docked the next day", D(2031, 3, 12), None, ["2031-03-11 day -", "2031-03-12 day -"]),
    ("day", "They docked the same day", D(2031, 3, 12), None,
     ["! “the same day” refers to a day the excerpt does not name: widen the excerpt to take that day in"]),
    ("day", "scheduled to blast off Tuesday", D(2021, 10, 4), None, ["2021-10-05 day -"]),
    ("day", "aboard a Soyuz rocket launched on Tuesday", D(2021, 10, 6), None, ["2021-10-05 day -"]),
    ("day", "The crew launched last Thursday", D(2031, 3, 11), None, ["2031-03-06 day -"]),
    ("day", "The crew will dock on Friday", D(2031, 9, 13), None, ["2031-09-19 day -"]),
    ("day", "On Thursday, the cosmonauts rested", D(2031, 3, 13), None, ["2031-03-13 day -"]),
    ("day", "The crew watched films on Saturday night", D(2031, 9, 10), None, ["2031-09-13 day -"]),
    ("day", "The landing is expected around Oct. 17", D(2021, 10, 5), None, ["~2021-10-17 day -"]),
    ("day", "The docking took place at 0855 GMT", None, None,
     ['! “0855 GMT” names no day and the document has no date: give the document published = "YYYY-MM-DD", '
      "or choose an excerpt that names the day"]),
    # --- what is not a time
    ("none", "She was chosen among 3000 applicants in 2021", D(2021, 10, 5), None, []),
    ("none", "The trip lasted about 3.5 hours", D(2021, 10, 5), None, []),
    ("none", "The rocket stands 49.5 metres tall and weighs 308 tonnes", D(2021, 10, 5), None, []),
    ("none", "The launch is in 0855 seconds, or so the joke went", D(2021, 10, 5), None, []),
    ("none", "You may march on", D(2021, 10, 5), None, []),
    ("state", "It landed at 09:36 eastern Kazakhstan time", D(2021, 10, 5), None,
     ["! “09:36” " + NO_ZONE.format("09:36")]),
    ("release", "Coverage starts at 9 a.m. Eastern Tuesday", D(2031, 3, 12), None, ["2031-03-11T13:00Z America/New_York"]),
    ("wire", "The cargo left at 10 a.m. Central Asia time", D(2021, 10, 5), None,
     ["! “10 a.m.” " + NO_ZONE.format("10 a.m.")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("style", "text", "published", "zone", "expected"),
    CASES,
    ids=[f"{index:02d}-{case[0]}" for index, case in enumerate(CASES)],
)
def test_reading(style: str, text: str, published: date | None, zone: str | None, expected: list[str]) -> None:
    assert read(text, published, zone) == expected


def test_there_are_enough_cases_from_every_kind_of_outlet() -> None:
    styles = [case[0] for case in CASES]
    assert len(CASES) >= 60
    for style in ("wire", "release", "broadsheet", "tabloid", "state", "tweet"):
        assert style in styles


def test_a_reading_is_aware_utc_with_the_span_of_its_words() -> None:
    text = "The capsule docked at 3:20 p.m. Japan time (6:20 a.m. GMT) on Thursday, officials said."
    (reading,) = read_times(text, published=date(2031, 3, 13), zone=None)
    assert reading.time.tzinfo is UTC
    assert text[slice(*reading.span)] == "3:20 p.m. Japan time (6:20 a.m. GMT) on Thursday"
    assert reading.zone_word == "Japan time"


def test_a_day_reading_is_the_midnight_that_starts_the_day_in_its_zone() -> None:
    (reading,) = read_times("They land on October 17", published=date(2021, 10, 5), zone="Europe/Moscow")
    assert reading.time.isoformat() == "2021-10-16T21:00:00+00:00"
    assert (reading.precision, reading.zone) == ("day", "Europe/Moscow")


def test_an_unknown_zone_name_is_refused() -> None:
    with pytest.raises(TimeRefused, match="not an IANA time zone name"):
        read_times("at 10:00 local time", published=date(2031, 3, 1), zone="Mars/Olympus_Mons")
