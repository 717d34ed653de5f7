"""The whole test suite, as `make test` runs it: `pytest -n 2`, wall time from spawn to exit."""

from __future__ import annotations

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
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    summary = next((line for line in reversed(done.stdout.splitlines()) if re.search(r"passed|failed", line)), "")
    ok = done.returncode == 0
    return [
        Row(
            "test suite, pytest -n 2",
            f"{seconds:.1f} s",
            f"≤ {TARGET_S:.0f} s",
            ok and seconds <= TARGET_S,
            summary.strip("= ") or f"exit {done.returncode}",
        )
    ]


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
