"""Peers, for information: other Textual apps' start-up against a bare app of their own Textual.

Each peer is installed in a virtual environment of its own (`make peers-venv`, or
SOYUZ_PEERS_PYTHON naming that environment's python), since peers pin other Textual
versions. Every run goes through `launch.py` as soyuz-tui's do: a fresh interpreter,
headless at 120×40, exiting at the first frame; the peer alternates with the bare app
(Header, Static, Footer) run by the same interpreter, and the figure is the median of the
paired ratios. Compare it with soyuz-tui's warm start-up ratio from `bench_startup`.
No target: this table is not soyuz-tui's to meet. Skipped when there is no peers environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median, print_rows, spread

HERE = Path(__file__).resolve().parent
LAUNCHER = HERE / "launch.py"
DEFAULT_VENV = HERE / ".peers"
ROUNDS = 8

# name → (module to find, the statement that runs the app); {log} is a small log file.
PEERS: dict[str, tuple[str, str]] = {
    "toolong": ("toolong", "from toolong.ui import UI; UI([{log!r}]).run()"),
}


def peers_python() -> Path | None:
    """The peers environment's python, or None if there is none."""
    named = os.environ.get("SOYUZ_PEERS_PYTHON")
    python = Path(named) if named else DEFAULT_VENV / "bin" / "python"
    return python if python.exists() else None


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"{command[3:]} exited {done.returncode}: {done.stderr.decode(errors='replace')[-500:]}")
    return time.perf_counter() - start


def _installed(python: Path, module: str) -> bool:
    return subprocess.run([str(python), "-c", f"import {module}"], capture_output=True).returncode == 0


def rows() -> list[Row]:
    """One row per installed peer: its start-up time over its own bare app's."""
    python = peers_python()
    if python is None:
        return [Row("peers", "skipped", note="no peers environment: make peers-venv")]
    table = []
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "app.log"
        log.write_text("".join(f"2031-03-04 08:{i % 60:02d}:00 INFO step {i} done\n" for i in range(200)))
        for name, (module, statement) in PEERS.items():
            if not _installed(python, module):
                table.append(Row(f"peer: {name}", "not installed", note=str(python)))
                continue
            peer = [str(python), str(LAUNCHER), "peer", statement.format(log=str(log))]
            bare = [str(python), str(LAUNCHER), "bare"]
            _seconds(peer), _seconds(bare)  # warm-up: file cache and .pyc files
            ratios = []
            for round_ in range(ROUNDS):
                first, second = (peer, bare) if round_ % 2 == 0 else (bare, peer)
                a, b = _seconds(first), _seconds(second)
                ratios.append(a / b if first is peer else b / a)
            table.append(
                Row(
                    f"peer start-up: {name} / its bare app",
                    f"{median(ratios):.2f}×",
                    note=f"{spread(ratios)}; information",
                )
            )
    return table


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
