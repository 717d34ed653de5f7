"""What every benchmark shares: a table row, medians, and the printed table.

Each benchmark module has `rows() -> list[Row]` and a `main()` that prints them;
`run_all.py` gathers every module's rows into one table.
"""

from __future__ import annotations

import os
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One line of the table: what was measured, the figure, the target, and whether it was met.

    `met` is None for a figure shown for reference only (no target).
    `note` says how it was measured (runs, spread) so the noise is visible.
    """

    measure: str
    figure: str
    target: str = "—"
    met: bool | None = None
    note: str = ""


def median(values: Sequence[float]) -> float:
    """The median of `values`."""
    return statistics.median(values)


def spread(values: Sequence[float]) -> str:
    """'n=…, min–max' for a note on how noisy a figure is."""
    return f"n={len(values)}, {min(values):.3g}–{max(values):.3g}"


def percentile(values: Sequence[float], fraction: float) -> float:
    """The `fraction` percentile (nearest rank) of `values`."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def verdict(met: bool | None) -> str:
    """met / MISSED / '' for a reference figure."""
    return "" if met is None else ("met" if met else "MISSED")


def format_table(rows: Sequence[Row], markdown: bool = False) -> str:
    """The rows as an aligned text table, or as a Markdown table."""
    header = ("measure", "figure", "target", "met?", "how")
    lines = [(r.measure, r.figure, r.target, verdict(r.met), r.note) for r in rows]
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(cells) + " |" for cells in lines]
        return "\n".join(out)
    widths = [max(len(str(cells[i])) for cells in [header, *lines]) for i in range(len(header))]

    def fmt(cells: Sequence[str]) -> str:
        return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *(fmt(c) for c in lines)])


def print_rows(rows: Sequence[Row]) -> None:
    """Print `rows` as a table, with the machine's load so the noise can be judged."""
    print(format_table(rows))
    print(machine_note())


def machine_note() -> str:
    """CPU count and load average at the time of printing."""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"({os.cpu_count()} CPUs, load average {load})"
