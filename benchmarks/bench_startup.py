"""Start-up, whole process: soyuz-tui against a bare Textual app (Header, Static, Footer).

Both sides run as `python benchmarks/launch.py SIDE`: a fresh interpreter, headless at
120×40, exiting as soon as the first frame is drawn. The soyuz side goes through the
real CLI (`soyuztui.cli.main`), so it reads and verifies the bundled mission first.
Runs alternate (and swap order each round) so drift on a shared machine hits both
sides alike. Wall time is taken from spawn to reaped exit; peak RSS from the child's
own rusage (`os.wait4`), so one child's peak never leaks into another's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median, print_rows, spread
from launch import FIRST_FRAME_TAG

LAUNCHER = Path(__file__).resolve().parent / "launch.py"
TIME_TARGET = 1.25
MEMORY_TARGET = 1.25
ROUNDS = 12
# An installed wheel has .pyc files for soyuztui as Textual has for itself; let the
# children write them (the warm-up run does) even where the shell disables that, so
# both sides load compiled modules rather than one side compiling its source each time.
CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def launch(side: str) -> tuple[float, float, float]:
    """Run one side once; returns (seconds to exit, peak RSS in MB, seconds to first frame)."""
    spawned = time.time()
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(LAUNCHER), side],
        env=CHILD_ENV,
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
    return elapsed, usage.ru_maxrss / 1024, first_frame


def measure(rounds: int = ROUNDS) -> dict[str, dict[str, list[float]]]:
    """Alternate the two sides `rounds` times (after one warm-up each)."""
    for side in ("bare", "soyuz"):
        launch(side)  # warm the file cache and .pyc files
    results: dict[str, dict[str, list[float]]] = {s: {"time": [], "rss": [], "frame": []} for s in ("bare", "soyuz")}
    for round_ in range(rounds):
        order = ("bare", "soyuz") if round_ % 2 == 0 else ("soyuz", "bare")
        for side in order:
            seconds, rss, frame = launch(side)
            results[side]["time"].append(seconds * 1000)
            results[side]["rss"].append(rss)
            results[side]["frame"].append(frame * 1000)
    return results


def rows() -> list[Row]:
    """Start-up time and peak memory of both sides, and their ratios."""
    r = measure()
    soyuz_ms, bare_ms = median(r["soyuz"]["time"]), median(r["bare"]["time"])
    soyuz_mb, bare_mb = median(r["soyuz"]["rss"]), median(r["bare"]["rss"])
    # Ratio of medians, and the median of per-round ratios as a check on drift.
    paired = [s / b for s, b in zip(r["soyuz"]["time"], r["bare"]["time"], strict=True)]
    time_ratio = soyuz_ms / bare_ms
    memory_ratio = soyuz_mb / bare_mb
    return [
        Row("start-up: bare Textual app", f"{bare_ms:.0f} ms", note=spread(r["bare"]["time"]) + " ms"),
        Row("start-up: soyuz-tui", f"{soyuz_ms:.0f} ms", note=spread(r["soyuz"]["time"]) + " ms"),
        Row(
            "start-up time ratio",
            f"{time_ratio:.2f}×",
            f"≤ {TIME_TARGET}×",
            time_ratio <= TIME_TARGET,
            f"median of paired ratios {median(paired):.2f}×",
        ),
        # Not the target's measure (that is spawn to exit, above): spawn to the first frame
        # alone, i.e. without the interpreter's shutdown after it, which grows with what was imported.
        Row(
            "first frame only: bare Textual app",
            f"{median(r['bare']['frame']):.0f} ms",
            note="spawn → Ready, same runs",
        ),
        Row("first frame only: soyuz-tui", f"{median(r['soyuz']['frame']):.0f} ms", note="spawn → Ready, same runs"),
        Row(
            "first frame only: ratio",
            f"{median(r['soyuz']['frame']) / median(r['bare']['frame']):.2f}×",
            note="for information; the target is on the ratio above",
        ),
        Row("peak RSS: bare Textual app", f"{bare_mb:.1f} MB", note=spread(r["bare"]["rss"]) + " MB"),
        Row("peak RSS: soyuz-tui", f"{soyuz_mb:.1f} MB", note=spread(r["soyuz"]["rss"]) + " MB"),
        Row("peak RSS ratio", f"{memory_ratio:.2f}×", f"≤ {MEMORY_TARGET}×", memory_ratio <= MEMORY_TARGET),
    ]


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
