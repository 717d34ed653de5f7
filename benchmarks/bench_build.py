"""Time `build_dossier` in-process: the bundled seeds against 25 ms, synthetic corpora of
10, 100 and 1,000 articles against 1 s and linear growth, and 10,000 articles against 10 s;
then what the verified-dossier cache costs when it hits, against the build it saves.

Each figure is the median CPU time of several builds after one warm-up build (which pays
for compiling patterns once per process); sizes are interleaved round by round. The
10,000-article corpus (the most a mission file may list) is built twice, after the rounds
(a build takes seconds).
A cache hit (`load_dossier` finding its file) hashes the mission file and every article,
reads the JSON and makes the models; it is timed in-process with a cache folder of its own.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median, print_rows, spread
from corpus import write_corpus

from soyuztui.dossier import build_dossier
from soyuztui.dossier.cache import load_dossier
from soyuztui.resources import default_mission

SEEDS_TARGET_MS = 25.0
THOUSAND_TARGET_MS = 1000.0
TEN_THOUSAND_TARGET_MS = 10_000.0
TEN_THOUSAND = 10_000
HIT_SIZES = ("seeds", "1000")
HIT_REPEATS = 9
GROWTH_TARGET = 12.0  # 10× the documents may cost at most 12× the time
SIZES = (10, 100, 1000)
ROUNDS = 7
REPEATS = {"seeds": 5, "10": 3, "100": 2}  # builds per round, small corpora more often


def _build_ms(mission: Path) -> float:
    # CPU time of this process: a build is single-threaded, so on an idle machine it is the
    # wall time, and on a busy one it leaves out the time other processes had the core.
    start = time.process_time()
    build_dossier(mission)
    return (time.process_time() - start) * 1000


def measure(rounds: int = ROUNDS) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Milliseconds per build, by corpus, interleaved round by round; then per cache hit.

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
        big = write_corpus(Path(folder) / str(TEN_THOUSAND), TEN_THOUSAND)
        times[str(TEN_THOUSAND)] = [_build_ms(big) for _ in range(2)]
        hits = _hits({name: missions[name] for name in HIT_SIZES}, Path(folder) / "cache")
    return times, hits


def _hits(missions: dict[str, Path], cache_home: Path) -> dict[str, list[float]]:
    """Milliseconds per `load_dossier` that finds its cache, by corpus."""
    saved = {key: os.environ.get(key) for key in ("XDG_CACHE_HOME", "SOYUZ_NO_CACHE")}
    os.environ["XDG_CACHE_HOME"] = str(cache_home)
    os.environ.pop("SOYUZ_NO_CACHE", None)
    try:
        hits: dict[str, list[float]] = {name: [] for name in missions}
        for mission in missions.values():
            load_dossier(mission)  # the miss that writes the cache
        for _ in range(HIT_REPEATS):
            for name, mission in missions.items():
                start = time.process_time()
                load_dossier(mission)
                hits[name].append((time.process_time() - start) * 1000)
        return hits
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def rows() -> list[Row]:
    """Seeds against 25 ms; each corpus size; 1,000 against 1 s, 10,000 against 10 s; growth; cache hits."""
    times, hits = measure()
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
    targets = {1000: THOUSAND_TARGET_MS, TEN_THOUSAND: TEN_THOUSAND_TARGET_MS}
    sizes = {count: median(times[str(count)]) for count in (*SIZES, TEN_THOUSAND)}
    for count, ms in sizes.items():
        target = targets.get(count)
        table.append(
            Row(
                f"build: {count:,} articles",
                f"{ms:.1f} ms",
                f"≤ {target:.0f} ms" if target else "—",
                (ms <= target) if target else None,
                spread(times[str(count)]) + " ms",
            )
        )
    for small, large in ((10, 100), (100, 1000), (1000, TEN_THOUSAND)):
        growth = sizes[large] / sizes[small]
        target = f"≤ {GROWTH_TARGET:.0f}×"
        name = f"build growth {small:,}→{large:,} articles"
        table.append(Row(name, f"{growth:.1f}×", target, growth <= GROWTH_TARGET, "ratio of medians"))
    for name, values in hits.items():
        built = median(times[name])
        label = "seeds (5 articles)" if name == "seeds" else f"{int(name):,} articles"
        table.append(
            Row(
                f"cache hit: {label}",
                f"{median(values):.1f} ms",
                note=f"{spread(values)} ms; {median(values) / built:.0%} of the build it saves ({built:.1f} ms)",
            )
        )
    return table


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
