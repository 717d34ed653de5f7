"""Time `draft` in-process (the seeds against 0.2 s; 200 and 1,000 articles against linear
growth and the 1,000-articles budget of 2 s) and score the drafts against the reviewed mission files
(targets on the seeds: at least 90 % recall and precision on every measure).

Each time is the median CPU time of several drafts after one warm-up draft.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import draft_score
from common import Row, median, print_rows, spread

from soyuztui.draft import draft

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEEDS_TARGET_S = 0.2
LARGEST = 1000
LARGEST_TARGET_S = 2.0 * LARGEST / 1000  # the budget of 2 s per 1,000 articles (issue 22)
GROWTH_TARGET = 6.0  # 5× the articles may cost at most 6× the time (linear, with room)
SCORE_TARGET = 0.9
HEADER_KINDS = ("document metadata", "organisations")


def _copies(folder: Path, count: int) -> None:
    """`count` articles: the seed articles over and over, as a week of syndicated copies."""
    folder.mkdir(parents=True)
    articles = sorted(SEEDS.glob("*.txt"))
    for number in range(count):
        source = articles[number % len(articles)]
        (folder / f"{number:05d}_{source.name}").write_bytes(source.read_bytes())


def _seconds(folder: Path, runs: int) -> list[float]:
    draft([folder], folder)  # warm-up: compiles the patterns once per process
    times = []
    for _ in range(runs):
        # CPU time of this process: the machine is shared, and wall time measured the queue.
        start = time.process_time()
        draft([folder], folder)
        times.append(time.process_time() - start)
    return times


def rows() -> list[Row]:
    """Draft times and scores."""
    out: list[Row] = []
    seeds = _seconds(SEEDS, 7)
    out.append(
        Row(
            "draft: 5 seed articles",
            f"{median(seeds):.3f} s",
            f"≤ {SEEDS_TARGET_S} s",
            median(seeds) <= SEEDS_TARGET_S,
            spread(seeds),
        )
    )
    with tempfile.TemporaryDirectory() as scratch:
        sizes = {}
        for count, runs in ((200, 3), (LARGEST, 3)):
            folder = Path(scratch) / str(count)
            _copies(folder, count)
            sizes[count] = _seconds(folder, runs)
        big = median(sizes[LARGEST])
        growth = big / median(sizes[200])
        out.append(
            Row(
                f"draft: {LARGEST} articles",
                f"{big:.2f} s",
                f"≤ {LARGEST_TARGET_S:g} s",
                big <= LARGEST_TARGET_S,
                spread(sizes[LARGEST]),
            )
        )
        out.append(
            Row(
                f"draft: 200 → {LARGEST} articles",
                f"×{growth:.1f}",
                f"≤ ×{GROWTH_TARGET:g}",
                growth <= GROWTH_TARGET,
                spread(sizes[200]),
            )
        )
    for name, mission in draft_score.corpora().items():
        every = draft_score.score_corpus(mission)
        # The target covers the story's findings; documents' metadata and organisations,
        # which the reviewed seeds do not record, have rows of their own.
        scores = [item for item in every if item.kind not in HEADER_KINDS]
        for item in every:
            if item.kind in HEADER_KINDS:
                out.append(
                    Row(
                        f"draft {item.kind}: {name}",
                        f"recall {item.recall:.0%} ({item.found}/{item.reviewed}), "
                        f"precision {item.precision:.0%} ({item.right}/{item.drafted})",
                        "—",
                        None,
                        "",
                    )
                )
        worst_recall = min(scores, key=lambda item: item.recall)
        worst_precision = min(scores, key=lambda item: item.precision)
        target = name == "seeds"
        figure = f"recall ≥ {worst_recall.recall:.0%}, precision ≥ {worst_precision.precision:.0%}"
        met = worst_recall.recall >= SCORE_TARGET and worst_precision.precision >= SCORE_TARGET if target else None
        out.append(
            Row(
                f"draft score: {name}",
                figure,
                "≥ 90 % each" if target else "—",
                met,
                f"lowest: {worst_recall.kind} / {worst_precision.kind}",
            )
        )
    return out


def main() -> int:
    """Print the rows."""
    print_rows(rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
