"""Responsiveness: key press → repaint, p50 and p95, with 10,000 quotes loaded; and the
first frame with 100,000 quotes.

The app is made with `make_app` (frozen, paused clock so no tick repaints in between)
from the bundled dossier with its quotes multiplied to QUOTES, and driven by Textual's
Pilot at 120×40. Latency is from handing the key to the driver to the next frame the
screen renders (`App._display`, which Textual calls after every compositor refresh,
headless or not) — so it includes Textual's frame pacing, as a user would see it.
Keys walk through the panes (number keys, Tab) and up and down the lists, mostly the
long quotes list (down, j/k, page down, end, home). The first frame is timed from
`run_test` to the first frame rendered, in-process (imports and the dossier excluded).
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, percentile, print_rows

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.resources import default_mission
from soyuztui.tui.app import make_app
from soyuztui.tui.clock import MissionClock, frozen_now

QUOTES = 10_000
MANY_QUOTES = 100_000
FIRST_FRAME_TARGET_MS = 1000.0
P95_TARGET_MS = 25.0
SIZE = (120, 40)
KEYS = (
    ["4"]
    + ["down"] * 30
    + ["j", "k"] * 10
    + ["pagedown"] * 10
    + ["end", "home", "up", "end"]
    + ["1", "2", "3", "5", "tab", "tab", "tab", "shift+tab", "4"]
    + ["down", "pagedown", "k"] * 10
)


def many_quotes(dossier: Dossier, count: int) -> Dossier:
    """`dossier` with its quotes repeated (and numbered) up to `count`."""
    base = dossier.quotes
    quotes = tuple(
        base[i % len(base)].model_copy(update={"text": f"{base[i % len(base)].text} (#{i})"}) for i in range(count)
    )
    return dossier.model_copy(update={"quotes": quotes})


async def measure(dossier: Dossier, keys: list[str] = KEYS) -> tuple[list[float], float]:
    """Latencies in ms for `keys`, and the ms from run to the first frame."""
    first = dossier.timed_events()[0].when  # timed: it has one
    assert first is not None
    clock = MissionClock.for_dossier(dossier, now=frozen_now(first.time), paused=True)
    app = make_app(dossier, clock=clock, animate=False, blink=False)
    frames: list[float] = []
    original = app._display

    def display(screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None:
            frames.append(time.perf_counter())
        return original(screen, renderable)

    app._display = display  # type: ignore[method-assign]
    started = time.perf_counter()
    latencies: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first_frame = (frames[0] - started) * 1000 if frames else float("nan")
        for key in keys:
            seen = len(frames)
            start = time.perf_counter()
            await pilot.press(key)
            deadline = start + 1.0
            while len(frames) == seen and time.perf_counter() < deadline:
                await asyncio.sleep(0.0005)
            if len(frames) > seen:
                latencies.append((frames[seen] - start) * 1000)
            await pilot.pause()
    return latencies, first_frame


def rows() -> list[Row]:
    """First frame with MANY_QUOTES quotes; p50 and p95 of key → repaint with QUOTES quotes."""
    seeds = build_dossier(default_mission())
    _, first_many = asyncio.run(measure(many_quotes(seeds, MANY_QUOTES), keys=[]))
    latencies, first = asyncio.run(measure(many_quotes(seeds, QUOTES)))
    p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
    how = f"{len(latencies)} keys of {len(KEYS)} repainted, max {max(latencies):.1f} ms"
    return [
        Row(
            f"app start to first frame, {MANY_QUOTES:,} quotes",
            f"{first_many:.0f} ms",
            f"≤ {FIRST_FRAME_TARGET_MS:.0f} ms",
            first_many <= FIRST_FRAME_TARGET_MS,
            "in-process, Pilot, one run",
        ),
        Row(f"app start to first frame, {QUOTES:,} quotes", f"{first:.0f} ms", note="in-process, Pilot, one run"),
        Row(f"key → repaint p50, {QUOTES:,} quotes", f"{p50:.1f} ms", note=how),
        Row(
            f"key → repaint p95, {QUOTES:,} quotes",
            f"{p95:.1f} ms",
            f"≤ {P95_TARGET_MS:.0f} ms",
            p95 <= P95_TARGET_MS,
            "pane switches included",
        ),
    ]


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
