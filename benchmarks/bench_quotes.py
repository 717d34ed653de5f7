"""Time the quote work alone (direct and reported speech, attribution, merging across
outlets) on 500, 1,000 and 2,000 articles: 1,000 against 1 s, and linear growth.

The articles are the six invented Aster-6 articles of tests/corpora/quotes/ and the five
seed articles, repeated with a number in every quotation so that no two articles quote
the same words (merging then finds nothing to merge and must still look); people and
organisations are both missions' own. Each figure is the median of several runs after
one warm-up run, sizes interleaved round by round. The figure is the process's CPU
time (`time.process_time`): the work itself, which a shared machine's other jobs do not
inflate the way they inflate wall time (shown in the note).

A second measure is hostile: one sentence of "X said" repeated to 128 KB and 256 KB
(issue 25 item 4: each reporting verb once counted the words to its sentence's end,
42 s for 256 KB). 256 KB must take well under a second, and twice the text at most
2.4× the time.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median, print_rows, spread

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Document, Dossier
from soyuztui.dossier.quotes.extract import extract_quotes
from soyuztui.resources import default_mission

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpora" / "quotes" / "mission.toml"
THOUSAND_TARGET_MS = 1000.0
GROWTH_TARGET = 2.4  # twice the articles may cost at most 2.4× the time
SIZES = (500, 1000, 2000)
ROUNDS = 5
HOSTILE_KB = (128, 256)
HOSTILE_TARGET_MS = 500.0
_OPENING = re.compile(r"([“\"])(?=\w)")


def articles(dossiers: list[Dossier], count: int) -> list[Document]:
    """`count` articles cycling through the dossiers' documents, each quotation numbered."""
    base = [document for dossier in dossiers for document in dossier.documents]
    made = []
    for index in range(count):
        document = base[index % len(base)]
        text = _OPENING.sub(rf"\g<1>{index} ", document.text)
        made.append(document.model_copy(update={"id": f"{document.id}-{index}", "text": text}))
    return made


def measure(rounds: int = ROUNDS) -> tuple[dict[int, list[float]], dict[int, list[float]]]:
    """CPU and wall milliseconds of quote work per size, interleaved round by round."""
    dossiers = [build_dossier(default_mission()), build_dossier(CORPUS)]
    people = [person for dossier in dossiers for person in dossier.people]
    organisations = [item for dossier in dossiers for item in dossier.organisations]
    corpora = {size: articles(dossiers, size) for size in SIZES}
    extract_quotes(corpora[SIZES[0]], people, organisations)  # warm-up: patterns compiled
    times: dict[int, list[float]] = {size: [] for size in SIZES}
    walls: dict[int, list[float]] = {size: [] for size in SIZES}
    for round_ in range(rounds):
        for size in SIZES[round_ % len(SIZES) :] + SIZES[: round_ % len(SIZES)]:
            start, wall = time.process_time(), time.perf_counter()
            extract_quotes(corpora[size], people, organisations)
            times[size].append((time.process_time() - start) * 1000)
            walls[size].append((time.perf_counter() - wall) * 1000)
    return times, walls


def hostile(rounds: int = 3) -> dict[int, float]:
    """Median CPU milliseconds of the quote work on one sentence of "X said" repeated, per size in KB."""
    dossier = build_dossier(CORPUS)
    base = dossier.documents[0]
    unit = f"{dossier.people[0].name} said "
    documents = {
        size: base.model_copy(update={"text": unit * (size * 1024 // len(unit)) + "it was fine."})
        for size in HOSTILE_KB
    }
    times: dict[int, list[float]] = {size: [] for size in HOSTILE_KB}
    for _ in range(rounds):
        for size, document in documents.items():
            start = time.process_time()
            extract_quotes([document], dossier.people, dossier.organisations)
            times[size].append((time.process_time() - start) * 1000)
    return {size: median(values) for size, values in times.items()}


def rows() -> list[Row]:
    """1,000 articles against 1 s; 2,000 against 1,000 for linear growth; the hostile sentence."""
    times, walls = measure()
    thousand = median(times[1000])
    growth = median(times[2000]) / thousand

    def note(size: int) -> str:
        return f"CPU {spread(times[size])}; wall median {median(walls[size]):.0f} ms"

    result = [
        Row(f"quote work, {size:,} articles", f"{median(times[size]):.0f} ms", note=note(size))
        for size in SIZES
        if size != 1000
    ]
    result.insert(
        1,
        Row(
            "quote work, 1,000 articles",
            f"{thousand:.0f} ms",
            f"≤ {THOUSAND_TARGET_MS:.0f} ms",
            thousand <= THOUSAND_TARGET_MS,
            note(1000),
        ),
    )
    result.append(
        Row(
            "quote work growth, 2,000 / 1,000 articles",
            f"{growth:.2f}×",
            f"≤ {GROWTH_TARGET}×",
            growth <= GROWTH_TARGET,
        )
    )
    hostile_ms = hostile()
    largest, smaller = HOSTILE_KB[-1], HOSTILE_KB[0]
    result.append(
        Row(
            f'quote work, one sentence of "X said", {largest} KB',
            f"{hostile_ms[largest]:.0f} ms",
            f"≤ {HOSTILE_TARGET_MS:.0f} ms",
            hostile_ms[largest] <= HOSTILE_TARGET_MS,
            f"{smaller} KB: {hostile_ms[smaller]:.0f} ms",
        )
    )
    hostile_growth = hostile_ms[largest] / hostile_ms[smaller]
    result.append(
        Row(
            f'quote work growth, "X said" {largest} / {smaller} KB',
            f"{hostile_growth:.2f}×",
            f"≤ {GROWTH_TARGET}×",
            hostile_growth <= GROWTH_TARGET,
        )
    )
    return result


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
