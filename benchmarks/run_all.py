"""Run every benchmark and print one table: measure, figure, target, met/MISSED.

python benchmarks/run_all.py              # everything (a few minutes)
python benchmarks/run_all.py --markdown   # the same table as Markdown, for the README
python benchmarks/run_all.py --skip tests # leave out a benchmark by name
(peers: other Textual apps, informational, only if `make peers-venv` was run)
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, format_table, machine_note

BENCHMARKS = ("startup", "build", "draft", "pages", "quotes", "hostile", "idle", "keys", "large", "tests", "peers")


def main() -> int:
    """Run the benchmarks; exit 1 if any target was missed."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--skip", action="append", default=[], choices=BENCHMARKS)
    args = parser.parse_args()
    rows: list[Row] = []
    for name in BENCHMARKS:
        if name in args.skip:
            continue
        started = time.perf_counter()
        print(f"running bench_{name} …", file=sys.stderr, flush=True)
        rows += importlib.import_module(f"bench_{name}").rows()
        print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    print(format_table(rows, markdown=args.markdown))
    print(("\n" if args.markdown else "") + machine_note())
    return 0 if all(row.met is not False for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
