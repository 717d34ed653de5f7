"""A live blog's posting times are when each entry was written, not when the events it reports happened."""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier import build_dossier
from soyuztui.draft.entries import entries
from soyuztui.draft.text import Article

# An invented flight, as a wire and a live blog report it. The blog's entries look back
# ("Reminder: the pair launched") and report as things happen ("docked moments ago").
WIRE = (
    " date 2034-05-02 ORBITAL CITY, May 2 (Lantern Wire) - The Tern 7 capsule lifted off at 06:12 GMT on "
    "Tuesday, May 2, with commander Asha Verhoeven and pilot Kofi Lindgren aboard.\n\n"
    "The pair will spend ten days at the Halo outpost before they return to Earth on May 12.\n"
)
BLOG = (
    " date 2034-05-02 Tern 7 live: the capsule closes in on the Halo outpost\n\n"
    "Updated 14:50 GMT\n\n"
    "14:48 GMT - The Tern 7 capsule docked with the Halo outpost moments ago, mission control says.\n\n"
    "13:30 GMT - Verhoeven reports the cabin is warm but comfortable after a fan swap.\n\n"
    "11:05 GMT: Reminder: the pair launched this morning from Orbital City and have been chasing the outpost "
    "since.\n\n"
    "09:40 GMT - Good morning. The crew is awake and the final approach burn is set for this afternoon.\n"
)


@pytest.fixture
def drafted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    (tmp_path / "000_wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "001_blog.txt").write_text(BLOG, encoding="utf-8")
    output = tmp_path / "mission.toml"
    assert main(["draft", str(tmp_path / "000_wire.txt"), str(tmp_path / "001_blog.txt"), "-o", str(output)]) == 0
    capsys.readouterr()
    return output


def test_a_posting_time_is_no_events_time(drafted: Path) -> None:
    text = drafted.read_text(encoding="utf-8")
    # "11:05 GMT: Reminder: the pair launched" says nothing about when they launched.
    assert "2034-05-02T11:05Z" not in text
    dossier = build_dossier(drafted)  # `check` accepts the draft unedited
    launch = dossier.event("launch").when
    assert launch is not None and launch.time.strftime("%Y-%m-%dT%H:%M") == "2034-05-02T06:12"
    assert not [conflict for conflict in dossier.conflicts if conflict.subject.startswith("launch")]


def test_moments_ago_puts_the_event_at_the_entrys_posting_time(drafted: Path) -> None:
    dossier = build_dossier(drafted)
    docking = dossier.event("docking")
    assert docking.when is not None and docking.when.time.strftime("%Y-%m-%dT%H:%M") == "2034-05-02T14:48"
    excerpts = [item.text for claim in docking.claims for item in claim.evidence]
    assert "14:48 GMT - The Tern 7 capsule docked with the Halo outpost moments ago" in excerpts


def _entries(text: str) -> list[str]:
    article = Article("a", text, 0, None).prepare()
    return [text[entry.start : entry.stamp_end] for entry in entries(article)]


def test_entries_are_paragraphs_that_open_with_a_posting_time() -> None:
    assert _entries(BLOG) == ["Updated 14:50 GMT", "14:48 GMT", "13:30 GMT", "11:05 GMT", "09:40 GMT"]
    assert _entries("Last updated at 10:42 a.m. EDT —\n\nThe crew slept well.\n") == ["Last updated at 10:42 a.m. EDT"]


def test_a_schedule_or_one_timed_paragraph_is_no_live_blog() -> None:
    # A release's timeline keeps its single line breaks: its times are the events'.
    schedule = "Key times for the flight:\n\n06:12 GMT - Launch\n09:50 GMT - Orbit raising\n14:48 GMT - Docking\n"
    assert _entries(schedule) == []
    # One paragraph that opens with a time, in an ordinary story, is a sentence like any other.
    assert _entries("The pair flew on.\n\n06:12 GMT: the capsule lifted off on time.\n\nIt was calm.\n") == []


def test_a_posting_time_alone_on_its_line_dates_the_paragraph_after_it() -> None:
    blog = (
        "Updated 9:15 a.m. ET\n\n9:12 a.m. ET\n\nThe capsule splashed down moments ago off the coast.\n\n"
        "8:50 a.m. ET\n\nThe parachutes are out.\n"
    )
    article = Article("a", blog, 0, None).prepare()
    found = {blog[entry.start : entry.stamp_end]: blog[entry.body : entry.end].strip() for entry in entries(article)}
    assert found == {
        "Updated 9:15 a.m. ET": "",
        "9:12 a.m. ET": "The capsule splashed down moments ago off the coast.",
        "8:50 a.m. ET": "The parachutes are out.",
    }
