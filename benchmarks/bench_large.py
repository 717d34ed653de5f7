"""Size: a 2 MB article in the evidence view, and a large mission kept responsive.

- Evidence: a mission whose one article is 2 MB (once as a single paragraph, once as
  thousands of paragraphs with single newlines between them), the span near its end.
  Timed with Pilot at 120×40 from pressing Enter on the timeline to the next frame.
- Large mission: 50 documents, 500 people, 2,000 events. `t` (the time-zone cycle) is
  timed from the key to the next frame, median of 10 presses; idle CPU is the app's own
  CPU time as a share of one core over WINDOW seconds, running the real CLI at 1 day
  per second (`--speed 86400`) in a 120×40 pseudo-terminal. Compare (`c`): the first
  opening timed from the key to the next frame (it builds the coverage table), then 30
  openings and closings (c, Esc) in all, with the traced memory the app holds after them.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_idle import TICKS, PtyProcess, cpu_seconds
from common import Row, median, print_rows, spread

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.tui.app import make_app
from soyuztui.tui.clock import MissionClock, frozen_now

OPEN_TARGET_MS = 300.0
T_TARGET_MS = 50.0
COMPARE_TARGET_MS = 1000.0
COMPARE_ROUNDS = 30
IDLE_TARGET_PERCENT = 5.0
WINDOW = float(os.environ.get("IDLE_WINDOW", "10"))
SIZE = (120, 40)
_FIRST = ["Ada", "Boris", "Chen", "Dara", "Emil", "Fatima", "Goran", "Hana", "Ivo", "Jun", "Kira", "Lev"]
_LAST = ["Arden", "Belov", "Cruz", "Dahl", "Eriksen", "Farah", "Grin", "Holm", "Ilyin", "Jansen", "Kovac", "Lind"]
_FILLER = "Ground crews checked the capsule hatch seals and the parachute lines once more before dawn."


def write_big_article(folder: Path, megabytes: float, single_paragraph: bool) -> Path:
    """A mission with one article of `megabytes` MB; the launch claim's excerpt near its end."""
    folder.mkdir(parents=True, exist_ok=True)
    joiner = " " if single_paragraph else "\n"
    count = int(megabytes * 1_000_000 / (len(_FILLER) + 1))
    body = joiner.join([_FILLER] * count)
    ending = "\n\nThe Kestrel crew launched at 0855 GMT on March 4. They return on March 16.\n"
    text = f"date 2031-03-03 {body}{ending}"
    (folder / "big.txt").write_text(text, encoding="utf-8")
    (folder / "big.toml").write_text(
        'schema_version = 1\n[mission]\nid = "big"\ntitle = "Big article"\n'
        'countdown_to = "launch"\nends_with = "return"\n'
        '[[documents]]\nid = "big"\npath = "big.txt"\n'
        '[[events]]\nid = "launch"\ntitle = "Launch"\n'
        '[[events.claims]]\ntime = "2031-03-04T08:55Z"\n'
        'evidence = [{ doc = "big", text = "launched at 0855 GMT on March 4" }]\n'
        '[[events]]\nid = "return"\ntitle = "Return"\n'
        '[[events.claims]]\ntime = "2031-03-16"\nevidence = [{ doc = "big", text = "return on March 16" }]\n',
        encoding="utf-8",
    )
    return folder / "big.toml"


def write_large_mission(folder: Path, documents: int = 50, people: int = 500, events: int = 2000) -> Path:
    """A mission of `documents` articles naming `people` people and dating `events` events."""
    folder.mkdir(parents=True, exist_ok=True)
    names = [f"{_FIRST[i % 12]} {chr(65 + (i // 12) % 26)}. {_LAST[(i // 3) % 12]}" for i in range(people)]
    lines = ['schema_version = 1\n[mission]\nid = "large"\ntitle = "Large mission"']
    lines.append(f'countdown_to = "e0"\nends_with = "e{events - 1}"\n')
    sentences: dict[int, list[str]] = {number: [] for number in range(documents)}
    person_entries, event_entries = [], []
    for index, name in enumerate(names):
        doc = index % documents
        sentences[doc].append(f"{name}, {30 + index % 30}, joined the programme.")
        person_entries.append(
            f'[[people]]\nid = "p{index}"\nname = "{name}"\n'
            f'[[people.facts]]\nfield = "age"\nvalue = {30 + index % 30}\n'
            f'evidence = [{{ doc = "d{doc}", text = "{name}, {30 + index % 30}," }}]\n'
        )
    for index in range(events):
        doc = index % documents
        day = 1 + index % 28
        sentences[doc].append(f"Milestone {index} was completed on March {day}.")
        event_entries.append(
            f'[[events]]\nid = "e{index}"\ntitle = "Milestone {index}"\n'
            f'[[events.claims]]\ntime = "2031-03-{day:02d}"\n'
            f'evidence = [{{ doc = "d{doc}", text = "Milestone {index} was completed on March {day}" }}]\n'
        )
    document_entries = []
    for number in range(documents):
        (folder / f"d{number}.txt").write_text("date 2031-02-27 " + "\n\n".join(sentences[number]), encoding="utf-8")
        document_entries.append(f'[[documents]]\nid = "d{number}"\npath = "d{number}.txt"\n')
    (folder / "large.toml").write_text("\n".join(lines + document_entries + person_entries + event_entries))
    return folder / "large.toml"


def _frames(app: object) -> list[float]:
    frames: list[float] = []
    original = app._display  # type: ignore[attr-defined]

    def display(screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None:
            frames.append(time.perf_counter())
        return original(screen, renderable)

    app._display = display  # type: ignore[attr-defined]
    return frames


async def _key_to_frame(dossier: Dossier, setup: list[str], key: str, repeat: int) -> list[float]:
    first = dossier.timed_events()[0].when  # timed: it has one
    assert first is not None
    clock = MissionClock.for_dossier(dossier, now=frozen_now(first.time), paused=True)
    app = make_app(dossier, clock=clock, animate=False, blink=False)
    frames = _frames(app)
    took: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*setup)
        await pilot.pause()
        for _ in range(repeat):
            seen, start = len(frames), time.perf_counter()
            await pilot.press(key)
            while len(frames) == seen and time.perf_counter() < start + 30:
                await asyncio.sleep(0.0005)
            took.append((frames[seen] - start) * 1000 if len(frames) > seen else float("inf"))
            await pilot.pause()
            if key == "enter":
                await pilot.press("escape")
                await pilot.pause()
    return took


async def _compare_rounds(dossier: Dossier, rounds: int) -> tuple[float, float, float]:
    """(first `c` → frame in ms, seconds for `rounds` × (c, Esc), MB traced after them)."""
    import tracemalloc

    clock = MissionClock.for_dossier(dossier, now=frozen_now(dossier.timed_events()[0].time), paused=True)  # type: ignore[arg-type]
    app = make_app(dossier, clock=clock, animate=False, blink=False)
    frames = _frames(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        seen, start = len(frames), time.perf_counter()
        await pilot.press("c")
        while len(frames) == seen and time.perf_counter() < start + 60:
            await asyncio.sleep(0.0005)
        first = (frames[seen] - start) * 1000 if len(frames) > seen else float("inf")
        await pilot.press("escape")
        await pilot.pause()
        tracemalloc.start()  # after the first opening: what the later ones add
        began = time.perf_counter()
        for _ in range(rounds - 1):
            await pilot.press("c")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
        took = time.perf_counter() - began + first / 1000
        held = tracemalloc.get_traced_memory()[0] / 1e6
        tracemalloc.stop()
    return first, took, held


def _idle_percent(mission: Path) -> float:
    process = PtyProcess([sys.executable, "-m", "soyuztui", "--mission", str(mission), "--speed", "86400"], SIZE)
    try:
        time.sleep(6.0)
        before, start = cpu_seconds(process.process.pid), time.monotonic()
        time.sleep(WINDOW)
        return 100 * (cpu_seconds(process.process.pid) - before) / (time.monotonic() - start)
    finally:
        process.quit()


def rows() -> list[Row]:
    """Evidence open times for a 2 MB article; `t` and idle CPU with the large mission."""
    result: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        for single, label in ((True, "one paragraph"), (False, "20,000 paragraphs")):
            dossier = build_dossier(write_big_article(Path(folder) / label.split()[0], 1.95, single))
            opens = asyncio.run(_key_to_frame(dossier, ["3"], "enter", 3))
            result.append(
                Row(
                    f"evidence view: open a 2 MB article ({label})",
                    f"{median(opens):.0f} ms",
                    f"< {OPEN_TARGET_MS:.0f} ms",
                    median(opens) < OPEN_TARGET_MS,
                    f"Enter → next frame, Pilot 120×40, {spread(opens)}",
                )
            )
        mission = write_large_mission(Path(folder) / "large")
        dossier = build_dossier(mission)
        presses = asyncio.run(_key_to_frame(dossier, ["3"], "t", 10))
        result.append(
            Row(
                "large mission (50 docs, 500 people, 2,000 events): t → frame",
                f"{median(presses):.0f} ms",
                f"< {T_TARGET_MS:.0f} ms",
                median(presses) < T_TARGET_MS,
                f"median, timeline focused, {spread(presses)}",
            )
        )
        first, took, held = asyncio.run(_compare_rounds(dossier, COMPARE_ROUNDS))
        result.append(
            Row(
                "large mission: c (compare) → first frame",
                f"{first:.0f} ms",
                f"< {COMPARE_TARGET_MS:.0f} ms",
                first < COMPARE_TARGET_MS,
                "builds the coverage table once (2,500 rows × 50 articles), draws the rows in view",
            )
        )
        result.append(
            Row(
                f"large mission: {COMPARE_ROUNDS} × (c, Esc)",
                f"{took:.1f} s, {held:.0f} MB held",
                "—",
                None,
                "the table is kept per zone; memory traced from after the first opening (tracing slows them)",
            )
        )
        idle = _idle_percent(mission)
        result.append(
            Row(
                "large mission: idle CPU at 1 day/s",
                f"{idle:.1f} %",
                f"< {IDLE_TARGET_PERCENT:g} % of a core",
                idle < IDLE_TARGET_PERCENT,
                f"{WINDOW:.0f} s under a pty, ±{100 / TICKS / WINDOW:.1f} %",
            )
        )
    return result


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
