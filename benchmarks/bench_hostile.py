"""Hostile shapes the drafter once read in quadratic time: each must now grow linearly.

- a header line with a long run of spaces ("Crowds" + spaces + "gathered.") and a line
  in capitals, read by `read_header` (the byline and dateline patterns): 50,000 and
  200,000 spaces;
- an article with no full stops and a name every few words, drafted whole (each mention
  used to re-read its sentence from the start): 20 KB and 80 KB.

Each figure is the median CPU time (`time.process_time`) of several runs after a
warm-up; the target is linear growth (four times the input at most 6× the time, room
for noise on a shared machine) and an absolute bound on the larger size.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median, print_rows, spread

from soyuztui.draft import draft
from soyuztui.draft.header import read_header

ROUNDS = 5
GROWTH_TARGET = 6.0  # four times the input
HEADER_TARGET_MS = 1000.0  # 200,000 spaces
DRAFT_TARGET_MS = 5000.0  # an 80 KB article with no full stops
NAMES = ("Ivan Petrov", "Anna Berg", "Kofi Mensah", "Lena Sato", "Omar Haddad", "Rita Lopes")
OPENING = "The Soyuz MS-40 crew launched on February 3, 2031 and landed on April 5, 2031. "


def _cpu_ms(work: Callable[[], object]) -> list[float]:
    work()  # warm-up
    times = []
    for _ in range(ROUNDS):
        started = time.process_time()
        work()
        times.append((time.process_time() - started) * 1000)
    return times


def _header_work(spaces: int) -> Callable[[], object]:
    lines = ("Crowds" + " " * spaces + "gathered.", "CROWDS" + " " * spaces + "GATHERED")
    return lambda: [read_header(f"{line}\n\nThe story begins here.\n", 0) for line in lines]


def _draft_work(size: int, folder: Path) -> Callable[[], object]:
    parts = [OPENING]
    index = 0
    while sum(map(len, parts)) < size:
        parts.append(f"cosmonaut {NAMES[index % 6]} said the crew worked with {NAMES[(index + 3) % 6]} ,")
        index += 1
    article = folder / f"article-{size}.txt"
    article.write_text("date 2031-02-03 " + " ".join(parts) + "\n", encoding="utf-8")
    return lambda: draft([article], folder)


def _pair(
    label: str, small: str, large: str, works: tuple[Callable[[], object], Callable[[], object]], target: float
) -> list[Row]:
    small_ms, large_ms = (_cpu_ms(work) for work in works)
    growth = median(large_ms) / max(median(small_ms), 0.001)
    return [
        Row(f"{label}, {small}", f"{median(small_ms):.0f} ms", note=f"CPU, {spread(small_ms)} ms"),
        Row(
            f"{label}, {large}",
            f"{median(large_ms):.0f} ms",
            f"≤ {target:.0f} ms",
            median(large_ms) <= target,
            f"CPU, {spread(large_ms)} ms",
        ),
        Row(f"{label}, growth ×4 input", f"{growth:.2f}×", f"≤ {GROWTH_TARGET:g}×", growth <= GROWTH_TARGET),
    ]


def rows() -> list[Row]:
    """The figures: header lines, then a whole draft."""
    result = _pair(
        "header line of spaces",
        "50,000",
        "200,000",
        (_header_work(50_000), _header_work(200_000)),
        HEADER_TARGET_MS,
    )
    with tempfile.TemporaryDirectory() as folder:
        result += _pair(
            "draft, no full stops",
            "20 KB",
            "80 KB",
            (_draft_work(20_000, Path(folder)), _draft_work(80_000, Path(folder))),
            DRAFT_TARGET_MS,
        )
    return result


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
