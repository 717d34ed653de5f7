"""The draft reads every clock time with the one time reader: zones as outlets write them reach the dossier."""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier import build_dossier

# Invented articles about an invented flight, written as three kinds of outlet write.
ARTICLES = {
    "000_wire.txt": (
        " date 2033-01-20 HOUSTON (Orbit Wire) — The Heron 2 capsule lifted off at 9:40 a.m. EST on Thursday "
        "with two pilots aboard.\n\nIt linked up with the Vega outpost at 2:16 p.m. Eastern on Friday, "
        "mission control said.\n"
    ),
    "001_local.txt": (
        "Heron 2 lands after a week aloft\n\nCAPE CANAVERAL, Fla. — The Heron 2 crew undocked about 1:05 a.m. EST "
        "Thursday and splashed down off the coast at 4:25 a.m. Thursday, Jan. 27.\n"
    ),
    "002_release.txt": (
        " date 2033-01-27 The Heron 2 capsule splashed down at 4:25 a.m. EST (0925 GMT), ending a flight that "
        "began with the launch on January 20.\n"
    ),
}


@pytest.fixture
def drafted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    output = tmp_path / "mission.toml"
    assert main(["draft", *sorted(str(path) for path in tmp_path.glob("*.txt")), "-o", str(output)]) == 0
    capsys.readouterr()
    return output


def test_am_pm_and_region_words_become_minute_claims_that_check_accepts(drafted: Path) -> None:
    dossier = build_dossier(drafted)  # raises MissionError when `check` would refuse a claim
    times = {event.id: event.when.time.strftime("%Y-%m-%dT%H:%M") for event in dossier.events if event.when}
    assert times["launch"] == "2033-01-20T14:40"
    assert times["docking"] == "2033-01-21T19:16"
    assert times["return"] == "2033-01-27T09:25"


def test_a_bare_clock_takes_the_zone_its_sentence_writes_and_the_claim_says_so(drafted: Path) -> None:
    text = drafted.read_text(encoding="utf-8")
    assert 'zone = "America/New_York"' in text
    assert all(not conflict.subject.endswith(".time") for conflict in build_dossier(drafted).conflicts)


def test_a_clock_time_takes_the_day_its_article_states_for_the_event(tmp_path: Path) -> None:
    """The lead gives the day ("docked on Thursday"), a later paragraph the clock time without one."""
    (tmp_path / "000_launch.txt").write_text(
        " date 2033-05-04 The Petrel 3 capsule lifted off at 10:52 a.m. EDT (1452 GMT) on Wednesday with two pilots.\n",
        encoding="utf-8",
    )
    (tmp_path / "001_docking.txt").write_text(
        " date 2033-05-06 The Petrel 3 capsule docked with the Vega outpost on Thursday after a day's chase.\n\n"
        "The craft linked up with the outpost at 1:34 p.m. EDT (1734 GMT) high over the ocean.\n\n"
        "The Petrel 3 crew is due to splash down on May 20.\n",
        encoding="utf-8",
    )
    output = tmp_path / "mission.toml"
    assert main(["draft", str(tmp_path / "000_launch.txt"), str(tmp_path / "001_docking.txt"), "-o", str(output)]) == 0
    dossier = build_dossier(output)  # `check` accepts the pair unedited
    docking = next(event for event in dossier.events if event.id == "docking")
    minutes = [claim for claim in docking.claims if claim.when is not None and claim.when.precision == "minute"]
    assert [claim.value for claim in minutes] == ["2033-05-05T17:34Z"]
    assert [item.text for item in minutes[0].evidence] == [
        "docked with the Vega outpost on Thursday",
        "linked up with the outpost at 1:34 p.m. EDT (1734 GMT)",
    ]


def test_a_zoned_pair_with_no_day_is_read_on_the_day_its_lead_gives(tmp_path: Path) -> None:
    """A wire story dated the evening before in GMT: its lead's "on Saturday" places "12:23 a.m. Beijing time"."""
    (tmp_path / "000_wire.txt").write_text(
        " date 2033-10-14 JIUQUAN, China, Oct 15 (Wire) - China on Saturday launched three astronauts to its station.\n\n"
        "The rocket carrying the Shenzhou-30 spacecraft blasted off at 12:23 a.m. Beijing time (1623 GMT).\n\n"
        "The capsule docked with the station at 6:56 a.m. Beijing time (2256 GMT) on Saturday.\n",
        encoding="utf-8",
    )
    output = tmp_path / "mission.toml"
    assert main(["draft", str(tmp_path / "000_wire.txt"), "-o", str(output)]) == 0
    dossier = build_dossier(output)
    launch = next(event for event in dossier.events if event.id == "launch")
    assert "2033-10-14T16:23Z" in [claim.value for claim in launch.claims]
