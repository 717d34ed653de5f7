"""Time `build_dossier` in-process: the bundled seeds against 25 ms, and synthetic
corpora of 10, 100 and 1,000 articles against 1 s and linear growth.

Each figure is the median of several builds after one warm-up build (which pays
for compiling patterns once per process).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

from soyuztui.dossier import build_dossier  # noqa: E402
from soyuztui.resources import default_mission  # noqa: E402

SEEDS_TARGET_MS = 25.0
THOUSAND_TARGET_MS = 1000.0
GROWTH_TARGET = 12.0  # 10× the documents may cost at most 12× the time


def median_ms(mission: Path, runs: int) -> float:
    """Median milliseconds of `runs` builds of `mission`, after a warm-up."""
    build_dossier(mission)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build_dossier(mission)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def rows() -> list[tuple[str, str, str, bool]]:
    """(measure, figure, target, met) for the seeds and each corpus size."""
    seeds = median_ms(default_mission(), runs=30)
    table = [("build: seeds (5 articles)", f"{seeds:.1f} ms", f"≤ {SEEDS_TARGET_MS:.0f} ms", seeds <= SEEDS_TARGET_MS)]
    sizes: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for count, runs in ((10, 15), (100, 7), (1000, 3)):
            sizes[count] = median_ms(write_corpus(Path(folder) / str(count), count), runs)
    for count, ms in sizes.items():
        target = f"≤ {THOUSAND_TARGET_MS:.0f} ms" if count == 1000 else "—"
        table.append((f"build: {count:,} articles", f"{ms:.1f} ms", target, count != 1000 or ms <= THOUSAND_TARGET_MS))
    for small, large in ((10, 100), (100, 1000)):
        growth = sizes[large] / sizes[small]
        table.append((f"growth {small}→{large} articles", f"{growth:.1f}×", f"≤ {GROWTH_TARGET:.0f}×", growth <= GROWTH_TARGET))
    return table


def main() -> None:
    """Print the table."""
    for measure, figure, target, met in rows():
        print(f"{measure:<30} {figure:>12}  target {target:<10} {'met' if met else 'MISSED'}")


if __name__ == "__main__":
    main()
