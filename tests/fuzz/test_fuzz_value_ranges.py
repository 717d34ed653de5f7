"""Any value `check` accepts renders in every pane, every zone and every export.

A small mission is written with values drawn from the whole range the mission file
allows (years 1900–2200, any one-line title and names in any script, emoji sequences,
integers up to 10¹²); when `check` accepts it, every export in every zone is made and the
dashboard is driven through each pane in each zone, at the first and the last moment.
`make test` tries a few; `make fuzz` many.
"""

from __future__ import annotations

import asyncio
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soyuztui.dossier import build_dossier
from soyuztui.dossier.errors import MissionError
from soyuztui.export import EXPORTERS, ExportOptions, export
from soyuztui.present.times import ZONE_CHOICES, resolve_zone
from soyuztui.tui.app import make_app
from soyuztui.tui.clock import MissionClock, frozen_now

ZONE_NAMES = (*ZONE_CHOICES, "Asia/Kolkata", "Pacific/Kiritimati")

EXAMPLES = 2 if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci" else 300
MONTHS = "January February March April May June July August September October November December".split()

# Names and titles from several scripts, with emoji sequences (VS16, ZWJ, flags).
_SAMPLES = ["Ada Arden", "प्रिया शर्मा", "முருகன்", "മലയാളം", "বাংলা", "Ωμέγα", "李雷", "👩‍🚀", "❤️", "🇷🇺", "x" * 120]
one_line = st.one_of(
    st.sampled_from(_SAMPLES),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=40),
).map(lambda text: text.replace('"', "'").replace("\\", "/"))
days = st.dates(min_value=date(1900, 1, 2), max_value=date(2200, 12, 1))


def _spoken(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _toml(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def write_mission(folder: Path, title: str, name: str, vehicle: str, age: int, launch: date, length: int) -> Path:
    """A one-article mission: a commander, a launch at 08:55 UTC and a return `length` days later."""
    back = launch + timedelta(days=length)
    folder.mkdir(parents=True, exist_ok=True)
    seat = f"Commander {name}, {age}, will fly the {vehicle}"
    lift = f"at 08:55 GMT on {_spoken(launch)}"
    ret = f"on {_spoken(back)}"
    (folder / "a.txt").write_text(
        f"date {(launch - timedelta(days=1)).isoformat()} {seat}. It lifts off {lift}. It returns {ret}.\n",
        encoding="utf-8",
    )
    mission = folder / "m.toml"
    mission.write_text(
        f'schema_version = 1\n[mission]\nid = "fz"\ntitle = "{_toml(title)}"\n'
        'countdown_to = "launch"\nends_with = "return"\n'
        '[[documents]]\nid = "a"\npath = "a.txt"\n'
        f'[[people]]\nid = "p"\nname = "{_toml(name)}"\n'
        f'[[people.facts]]\nfield = "age"\nvalue = {age}\nevidence = [{{ doc = "a", text = "{_toml(name)}, {age}," }}]\n'
        f'[[crew]]\nperson = "p"\nvehicle = "{_toml(vehicle)}"\nleg = "launch"\nrole = "Commander"\n'
        f'evidence = [{{ doc = "a", text = "{_toml(seat)}" }}]\n'
        f'[[events]]\nid = "launch"\ntitle = "{_toml(title)} launch"\n'
        f'[[events.claims]]\ntime = "{launch.isoformat()}T08:55Z"\nevidence = [{{ doc = "a", text = "{lift}" }}]\n'
        f'[[events]]\nid = "return"\ntitle = "Return"\n'
        f'[[events.claims]]\ntime = "{back.isoformat()}"\nevidence = [{{ doc = "a", text = "{ret}" }}]\n',
        encoding="utf-8",
    )
    return mission


async def _drive(dossier, at: datetime) -> None:  # type: ignore[no-untyped-def]
    clock = MissionClock.for_dossier(dossier, at=at, now=frozen_now(datetime(2030, 1, 1, tzinfo=at.tzinfo)))
    app = make_app(dossier, clock=clock, animate=False, blink=False)
    async with app.run_test(size=(100, 32)) as pilot:
        for _zone in ZONE_CHOICES:
            await pilot.press(*"12345", "t")  # each pane focused and drawn, then the next zone
            await pilot.pause()
        await pilot.press("1", "enter")  # the evidence view of the commander's seat
        await pilot.pause()
        await pilot.press("escape", "p", "?")
        await pilot.pause()


@settings(max_examples=EXAMPLES)
@given(
    title=one_line,
    name=one_line,
    vehicle=one_line,
    age=st.integers(min_value=0, max_value=10**12),
    launch=days,
    length=st.integers(min_value=1, max_value=20),
)
def test_any_accepted_value_renders_everywhere(
    tmp_path_factory: pytest.TempPathFactory, title: str, name: str, vehicle: str, age: int, launch: date, length: int
) -> None:
    mission = write_mission(tmp_path_factory.mktemp("m"), title, name, vehicle, age, launch, length)
    try:
        dossier = build_dossier(mission)
    except MissionError:
        return  # refused at the edge, with file:line messages: nothing further to show
    for kind in EXPORTERS:
        for zone in ZONE_NAMES:
            assert export(dossier, kind, ExportOptions(zone=resolve_zone(zone, dossier.mission.zone)))
    first = datetime.combine(launch, time(8, 55)).replace(tzinfo=datetime.now().astimezone().tzinfo)
    asyncio.run(_drive(dossier, first - timedelta(days=1)))


def test_the_edges_of_the_range_are_accepted(tmp_path: Path) -> None:
    """The first and last years allowed make a dossier (so the property above is not vacuous there)."""
    for launch in (date(1900, 1, 2), date(2200, 12, 1)):
        dossier = build_dossier(write_mission(tmp_path / str(launch.year), "T", "Ada Arden", "Kestrel", 41, launch, 20))
        first = dossier.events[0].when
        assert first is not None and first.time.year == launch.year
        for kind in EXPORTERS:
            for zone in ZONE_NAMES:
                assert export(dossier, kind, ExportOptions(zone=resolve_zone(zone, dossier.mission.zone)))
        asyncio.run(_drive(dossier, first.time))
