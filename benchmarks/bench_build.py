"""Time `build_dossier` in-process: the bundled seeds against 25 ms, and synthetic
corpora of 10, 100 and 1,000 articles against 1 s and linear growth.

Each figure is the median of several builds after one warm-up build (which pays
for compiling patterns once per process); sizes are interleaved round by round.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median, print_rows, spread
from corpus import write_corpus

from soyuztui.dossier import build_dossier
from soyuztui.resources import default_mission

SEEDS_TARGET_MS = 25.0
THOUSAND_TARGET_MS = 1000.0
GROWTH_TARGET = 12.0  # 10× the documents may cost at most 12× the time
SIZES = (10, 100, 1000)
ROUNDS = 7
REPEATS = {"seeds": 5, "10": 3, "100": 2}  # builds per round, small corpora more often


def _build_ms(mission: Path) -> float:
    start = time.perf_counter()
    build_dossier(mission)
    return (time.perf_counter() - start) * 1000


def measure(rounds: int = ROUNDS) -> dict[str, list[float]]:
    """Milliseconds per build, by corpus, interleaved round by round.

    Each round builds every corpus (order rotating), the small ones several times,
    so a slow spell on a shared machine hits every size rather than one.
    """
    with tempfile.TemporaryDirectory() as folder:
        missions = {"seeds": default_mission()}
        for count in SIZES:
            missions[str(count)] = write_corpus(Path(folder) / str(count), count)
        for mission in missions.values():
            build_dossier(mission)  # warm-up: patterns compiled, caches filled once per process
        times: dict[str, list[float]] = {name: [] for name in missions}
        names = list(missions)
        for round_ in range(rounds):
            shift = round_ % len(names)
            for name in names[shift:] + names[:shift]:
                for _ in range(REPEATS.get(name, 1)):
                    times[name].append(_build_ms(missions[name]))
    return times


def rows() -> list[Row]:
    """Seeds against 25 ms; each corpus size; 1,000 against 1 s; growth per 10× documents."""
    times = measure()
    seeds = median(times["seeds"])
    table = [
        Row(
            "build: seeds (5 articles)",
            f"{seeds:.1f} ms",
            f"≤ {SEEDS_TARGET_MS:.0f} ms",
            seeds <= SEEDS_TARGET_MS,
            spread(times["seeds"]) + " ms",
        ),
    ]
    sizes = {count: median(times[str(count)]) for count in SIZES}
    for count, ms in sizes.items():
        big = count == 1000
        table.append(
            Row(
                f"build: {count:,} articles",
                f"{ms:.1f} ms",
                f"≤ {THOUSAND_TARGET_MS:.0f} ms" if big else "—",
                (ms <= THOUSAND_TARGET_MS) if big else None,
                spread(times[str(count)]) + " ms",
            )
        )
    for small, large in ((10, 100), (100, 1000)):
        growth = sizes[large] / sizes[small]
        target = f"≤ {GROWTH_TARGET:.0f}×"
        name = f"build growth {small}→{large} articles"
        table.append(Row(name, f"{growth:.1f}×", target, growth <= GROWTH_TARGET, "ratio of medians"))
    return table


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
