"""Idle cost: CPU time the running app uses while the clock ticks at 1× and nothing else happens.

The real CLI (`python -m soyuztui`, default mission, replay at 1×) runs in a pseudo-terminal
at 120×40 — so the terminal driver really writes every redraw — next to a bare Textual app
(Header, Static, Footer) started the same way, at the same time. After a warm-up, each
process's own user+system CPU time is read from /proc/PID/stat before and after WINDOW
seconds; the figure is that CPU time as a share of one core.
"""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, print_rows

LAUNCHER = Path(__file__).resolve().parent / "launch.py"
WARM_UP = 4.0
WINDOW = float(os.environ.get("IDLE_WINDOW", "20"))
TARGET_PERCENT = 1.0
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


class PtyProcess:
    """A command running in its own pseudo-terminal, its output drained and discarded."""

    def __init__(self, command: list[str], size: tuple[int, int] = (120, 40)) -> None:
        """Start `command` on a new pty of `size` (columns, rows)."""
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
        self.process = subprocess.Popen(
            command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.bytes_out = 0
        self._drain = threading.Thread(target=self._read, daemon=True)
        self._drain.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.bytes_out += len(chunk)

    def quit(self) -> None:
        """Press q; stop it by its pid if it does not exit."""
        try:
            os.write(self.master, b"q")
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self.master)


def measure(window: float = WINDOW) -> dict[str, tuple[float, int]]:
    """{side: (percent of one core, bytes written)} over `window` seconds, both sides at once."""
    sides = {
        "soyuz": PtyProcess([sys.executable, "-m", "soyuztui"]),
        "bare": PtyProcess([sys.executable, str(LAUNCHER), "bare", "--stay"]),
    }
    try:
        time.sleep(WARM_UP)
        before = {name: (cpu_seconds(p.process.pid), p.bytes_out) for name, p in sides.items()}
        start = time.monotonic()
        time.sleep(window)
        elapsed = time.monotonic() - start
        after = {name: (cpu_seconds(p.process.pid), p.bytes_out) for name, p in sides.items()}
    finally:
        for process in sides.values():
            process.quit()
    return {
        name: (100 * (after[name][0] - before[name][0]) / elapsed, after[name][1] - before[name][1]) for name in sides
    }


def rows() -> list[Row]:
    """Idle CPU of soyuz-tui (target) and of the bare app (reference)."""
    result = measure()
    soyuz, soyuz_bytes = result["soyuz"]
    bare, bare_bytes = result["bare"]
    resolution = 100 / TICKS / WINDOW
    how = f"{WINDOW:.0f} s under a pty, ±{resolution:.2f} % (clock ticks)"
    return [
        Row("idle CPU: bare Textual app", f"{bare:.2f} %", note=f"{how}; {bare_bytes:,} bytes out"),
        Row(
            "idle CPU: soyuz-tui, clock at 1×",
            f"{soyuz:.2f} %",
            f"≤ {TARGET_PERCENT:g} % of a core",
            soyuz <= TARGET_PERCENT,
            f"{how}; {soyuz_bytes:,} bytes out",
        ),
    ]


def main() -> None:
    """Print the table."""
    print_rows(rows())


if __name__ == "__main__":
    main()
