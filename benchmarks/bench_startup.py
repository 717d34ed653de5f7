"""Start-up, whole process: soyuz-tui cold and warm against a bare Textual app (Header, Static, Footer).

Every side runs as `python benchmarks/launch.py SIDE`: a fresh interpreter, headless at
120×40, exiting as soon as the first frame is drawn. The soyuz sides go through the real
CLI (`soyuztui.cli.main`) with the bundled mission and a cache folder of the benchmark's
own: **cold** with that folder emptied before the run (so it reads and verifies the
mission, then writes the cache), **warm** with the cache the previous run left (so it
loads the verified dossier). Rounds alternate the three sides (rotating their order) so
drift on a shared machine hits all alike; each figure is the median of the per-round
ratios to the bare app of the same round. Wall time is from spawn to reaped exit; peak
RSS from the child's own rusage (`os.wait4`), so one child's peak never leaks into another's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median, print_rows, spread
from launch import FIRST_FRAME_TAG

LAUNCHER = Path(__file__).resolve().parent / "launch.py"
WARM_TARGET = 1.4
COLD_TARGET = 1.8
MEMORY_TARGET = 1.45
ROUNDS = 21  # the spread of one pair is wide (±0.1×): enough pairs for a steady median
SIDES = ("bare", "cold", "warm")
# An installed wheel has .pyc files for soyuztui as Textual has for itself; let the
# children write them (the warm-up run does) even where the shell disables that, so
# both sides load compiled modules rather than one side compiling its source each time.
CHILD_ENV = {
    key: value
    for key, value in os.environ.items()
    if key not in ("PYTHONDONTWRITEBYTECODE", "SOYUZ_NO_CACHE", "XDG_CACHE_HOME")
}


def launch(side: str, cache_home: Path) -> tuple[float, float, float, float]:
    """Run one side once; returns (seconds to exit, peak RSS in MB, seconds to first frame, CPU seconds)."""
    if side == "cold":
        shutil.rmtree(cache_home / "soyuz-tui", ignore_errors=True)
    spawned = time.time()
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(LAUNCHER), "bare" if side == "bare" else "soyuz"],
        env={**CHILD_ENV, "XDG_CACHE_HOME": str(cache_home)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{side} exited {process.returncode}: {errors.decode(errors='replace')}")
    first_frame = next(
        float(line.split()[1]) - spawned for line in errors.decode().splitlines() if line.startswith(FIRST_FRAME_TAG)
    )
    return elapsed, usage.ru_maxrss / 1024, first_frame, usage.ru_utime + usage.ru_stime


def measure(rounds: int = ROUNDS) -> dict[str, dict[str, list[float]]]:
    """Run the three sides `rounds` times, order rotating (after one warm-up each)."""
    results: dict[str, dict[str, list[float]]] = {s: {"time": [], "rss": [], "frame": [], "cpu": []} for s in SIDES}
    with tempfile.TemporaryDirectory(prefix="soyuz-bench-") as folder:
        cache_home = Path(folder)
        for side in SIDES:
            launch(side, cache_home)  # warm the file cache and .pyc files; leaves a cache for "warm"
        for round_ in range(rounds):
            for side in SIDES[round_ % 3 :] + SIDES[: round_ % 3]:
                seconds, rss, frame, cpu = launch(side, cache_home)  # a cold run leaves the cache a warm one reads
                results[side]["time"].append(seconds * 1000)
                results[side]["rss"].append(rss)
                results[side]["frame"].append(frame * 1000)
                results[side]["cpu"].append(cpu * 1000)
    return results


def _paired(results: dict[str, dict[str, list[float]]], side: str, key: str) -> list[float]:
    return [s / b for s, b in zip(results[side][key], results["bare"][key], strict=True)]


def rows() -> list[Row]:
    """Cold and warm start-up time and peak memory, each as a ratio to the bare app."""
    r = measure()
    table = [
        Row("start-up: bare Textual app", f"{median(r['bare']['time']):.0f} ms", note=spread(r["bare"]["time"]) + " ms")
    ]
    for side, target in (("warm", WARM_TARGET), ("cold", COLD_TARGET)):
        ratios = _paired(r, side, "time")
        what = "cache hit" if side == "warm" else "empty cache: verify, then write it"
        table += [
            Row(
                f"start-up: soyuz-tui {side}",
                f"{median(r[side]['time']):.0f} ms",
                note=f"{what}; {spread(r[side]['time'])} ms",
            ),
            Row(
                f"start-up {side} / bare",
                f"{median(ratios):.2f}×",
                f"≤ {target}×",
                median(ratios) <= target,
                f"median of paired ratios, {spread(ratios)}",
            ),
        ]
    # CPU time (user + system) of the same runs: what the wall time would be without
    # neighbours, near enough, when the machine is busy with other work.
    cpu = {side: median(_paired(r, side, "cpu")) for side in ("warm", "cold")}
    table.append(
        Row(
            "CPU time warm / bare, cold / bare",
            f"{cpu['warm']:.2f}× / {cpu['cold']:.2f}×",
            note=f"medians of paired ratios, same runs; bare {median(r['bare']['cpu']):.0f} ms CPU; for information",
        )
    )
    frames = {side: median(r[side]["frame"]) for side in SIDES}
    table.append(
        Row(
            "first frame only (spawn → Ready)",
            f"{frames['bare']:.0f} / {frames['warm']:.0f} / {frames['cold']:.0f} ms",
            note="bare / warm / cold, same runs, without the interpreter's exit; for information",
        )
    )
    table.append(
        Row("peak RSS: bare Textual app", f"{median(r['bare']['rss']):.1f} MB", note=spread(r["bare"]["rss"]) + " MB")
    )
    for side in ("warm", "cold"):
        ratios = _paired(r, side, "rss")
        table += [
            Row(f"peak RSS: soyuz-tui {side}", f"{median(r[side]['rss']):.1f} MB", note=spread(r[side]["rss"]) + " MB"),
            Row(
                f"peak RSS {side} / bare",
                f"{median(ratios):.2f}×",
                f"≤ {MEMORY_TARGET}×" if side == "warm" else "—",
                median(ratios) <= MEMORY_TARGET if side == "warm" else None,
                "median of paired ratios",
            ),
        ]
    return table


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
