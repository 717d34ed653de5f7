"""The whole test suite, as `make test` runs it: `pytest -n 3` (three workers on two cores), wall time from spawn to exit.

The CPU time of pytest and its workers is shown beside it: on a busy machine the wall
time says more about the neighbours than about the suite, and half the CPU time is
what two otherwise idle cores would need at best.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, print_rows

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 60.0


def rows() -> list[Row]:
    """One run of the suite on 2 workers (a run takes a minute; the note says how many passed)."""
    start = time.perf_counter()
    cpu_before = os.times()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "3", "-p", "no:cacheprovider", "-rf"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    cpu_after = os.times()
    cpu = (cpu_after.children_user + cpu_after.children_system) - (
        cpu_before.children_user + cpu_before.children_system
    )
    load = os.getloadavg()[0]
    summary = next((line for line in reversed(done.stdout.splitlines()) if re.search(r"passed|failed", line)), "")
    ok = done.returncode == 0
    failed = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("FAILED ")]
    return [
        Row(
            "test suite, pytest -n 3",
            f"{seconds:.1f} s",
            f"≤ {TARGET_S:.0f} s",
            ok and seconds <= TARGET_S,
            f"{summary.strip('= ') or f'exit {done.returncode}'}; CPU {cpu:.0f} s; load {load:.1f}"
            + (f"; failed: {', '.join(failed)}" if failed else ""),
        )
    ]


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
