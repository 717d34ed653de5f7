"""Time `build_dossier` on the bundled seeds, in-process, against its 25 ms target.

Prints the median and quartiles over repeated builds (after one warm-up build,
which pays for compiling patterns once per process).
"""

from __future__ import annotations

import statistics
import time

from soyuztui.dossier import build_dossier
from soyuztui.resources import default_mission

TARGET_MS = 25.0


def measure(runs: int = 30) -> list[float]:
    """Milliseconds for each of `runs` builds of the seeds."""
    mission = default_mission()
    build_dossier(mission)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build_dossier(mission)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    """Print the figures and the ratio to the target."""
    times = measure()
    median = statistics.median(times)
    q1, _, q3 = statistics.quantiles(times, n=4)
    verdict = "met" if median <= TARGET_MS else "MISSED"
    print(f"build_dossier(seeds): median {median:.1f} ms (IQR {q1:.1f}–{q3:.1f}) "
          f"target ≤ {TARGET_MS:.0f} ms, ratio {median / TARGET_MS:.2f} — {verdict}")


if __name__ == "__main__":
    main()
