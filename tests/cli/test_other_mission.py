"""A mission invented for the tests (Kestrel 4): nothing may assume Soyuz MS-19.

Its events are `liftoff` and `splashdown`, not `launch` and `return`; its
articles disagree on the docking time and on the landing day.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from soyuztui.cli import main

MISSION = Path(__file__).resolve().parent.parent / "missions" / "kestrel-4" / "kestrel-4.toml"
SOYUZ_WORDS = re.compile(r"Soyuz|MS-1[89]|Peresild|Shipenko|Shkaplerov|Baikonur|\bISS\b")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status = main(["--mission", str(MISSION), *argv])
    out, err = capsys.readouterr()
    assert (status, err) == (0, ""), err
    return out


def test_check(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "check")
    # the fifth quote: "Mission controllers said …", reported with no one named
    assert out == "ok: Kestrel 4: 3 documents, 5 people, 5 events, 5 quotes, 2 conflicts\n"


def test_quotes_are_attributed_to_its_own_people(capsys: pytest.CaptureFixture[str]) -> None:
    quotes = json.loads(run(capsys, "export", "--format", "json"))["quotes"]
    assert {quote["speaker"] for quote in quotes} == {"brenner", "ferro", "varga", None}
    # a group speaks as no one in particular, never as someone the file names
    [group] = [quote for quote in quotes if quote["speaker"] is None]
    assert (group["kind"], group["speakers"], group["cue"]) == ("reported", [], None)


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(run(capsys, "export", "--format", "json"))
    assert data["mission"]["id"] == "kestrel-4"
    assert data["mission"]["countdown_to"] == "liftoff"
    up = {seat["person"] for seat in data["crew"] if seat["leg"] == "launch"}
    down = {seat["person"] for seat in data["crew"] if seat["leg"] == "landing"}
    assert up == {"brenner", "ferro", "varga"}
    assert down == up | {"ode"}
    events = {event["id"]: event for event in data["events"]}
    assert events["liftoff"]["time"] == "2031-03-11T14:20:00Z"
    assert (events["splashdown"]["time"], events["splashdown"]["precision"]) == ("2031-03-21", "day")
    assert [doc["published"] for doc in data["documents"]] == [
        "2031-03-10", "2031-03-11", "2031-03-12",
    ]  # fmt: skip
    conflicts = {c["subject"]: c for c in data["conflicts"]}
    assert set(conflicts) == {"docking.time", "splashdown.time"}
    landing = {
        (value["value"], value.get("counted_from")): value["docs"] for value in conflicts["splashdown.time"]["values"]
    }
    assert landing[("2031-03-20", None)] == ["a"]
    assert landing[("2031-03-21", None)] == ["b"]
    assert landing[("2031-03-21", "liftoff")] == ["c"]  # c counts ten days from liftoff
    occupants = {o["person"]: o for o in data["occupants"]}
    assert occupants["ode"]["aboard_from"] is None
    assert occupants["ode"]["aboard_until"] == "2031-03-21"
    assert occupants["varga"]["aboard_from"] == "2031-03-11T20:05:00Z"
    assert not SOYUZ_WORDS.search(json.dumps(data))


def test_ics(capsys: pytest.CaptureFixture[str]) -> None:
    calendar = Calendar.from_ical(run(capsys, "export", "--format", "ics"))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {f"kestrel-4.{name}@soyuz-tui" for name in ("briefing", "liftoff", "docking", "splashdown")}
    assert events["kestrel-4.liftoff@soyuz-tui"].decoded("DTSTART") == datetime(2031, 3, 11, 14, 20, tzinfo=UTC)
    splashdown = events["kestrel-4.splashdown@soyuz-tui"]
    assert splashdown.decoded("DTSTART") == date(2031, 3, 21)
    description = str(splashdown["DESCRIPTION"])
    assert "[a] “scheduled to splash down on March 20”" in description
    assert (
        "Splashdown — time: 2031-03-20 [a] ≠ 2031-03-21 [b]; 2031-03-21, counted from Liftoff from Port Avalon [c]"
        in description
    )
    assert str(calendar["X-WR-CALNAME"]) == "Kestrel 4"


def test_md(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "export", "--format", "md", "--tz", "moscow")
    assert out.startswith("# Kestrel 4 — briefing\n")
    assert "- **Talia Brenner** — Commander, Kestrel 4 [^a-" in out
    assert "- **Kasimir Ode** — Flight engineer, Kestrel 4" in out
    assert "- **2031-03-11 17:20 MSK** — Liftoff from Port Avalon" in out
    assert "- **2031-03-21** — Splashdown ⚠ sources disagree" in out
    assert "**Splashdown — time**" in out
    assert "about 2031-03-11 23:20 MSK, counted from Liftoff from Port Avalon (documents c)" in out
    assert (
        "[^a-" in out
        and "a (Meridian Wire, “Kestrel 4 crew ready for Tuesday launch to Lumen Station”, 2031-03-10): “scheduled to splash down on March 20”"
        in out
    )
    assert "2031-03-12 (date inferred)" in out
    assert not SOYUZ_WORDS.search(out)
