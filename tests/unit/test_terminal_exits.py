"""How the dashboard ends: on `q`, on SIGTERM/SIGHUP, on a crash, and with no terminal at all."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

_MODES = re.compile(rb"\x1b\[\?[\d;]+[hl]")


def _run_in_pty(argv: list[str], act: str, state: Path, code: str | None = None) -> tuple[int, bytes, bytes]:
    """Start the dashboard in a 100x30 pseudo-terminal; once it has drawn, `act`.

    Returns the exit status, the output before the act and the output after it.
    """
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "soyuztui", *argv]
    env = {**os.environ, "TERM": "xterm-256color", "XDG_STATE_HOME": str(state), "COLUMNS": "100", "LINES": "30"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the dashboard
        os.execvpe(command[0], command, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    before, after = b"", b""
    deadline = time.monotonic() + 60
    acted = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            if acted:
                after += chunk
            else:
                before += chunk
        if not acted and b"Crew" in before:
            time.sleep(0.5)  # let the first frames finish
            if len(act) == 1:  # a key
                os.write(fd, act.encode())
            else:
                os.kill(pid, getattr(signal, act))
            acted = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), before, after


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_signal_leaves_the_terminal_on_the_alternate_screen(tmp_path: Path, name: str) -> None:
    quit_status, _, quit_tail = _run_in_pty([], "q", tmp_path)
    status, _, tail = _run_in_pty([], name, tmp_path)
    restored = _MODES.findall(quit_tail)
    assert quit_status == 0 and b"\x1b[?1049l" in restored and b"\x1b[?25h" in restored
    assert _MODES.findall(tail) == restored  # the same modes put back, in the same order
    assert status == 128 + getattr(signal, name)


_CRASHING = """
import sys
from soyuztui.tui.app import SoyuzApp
def broken(self):
    raise RuntimeError("boom \\x1b[31m")
SoyuzApp.action_help = broken
from soyuztui.cli import main
sys.exit(main([]))
"""


def test_a_crash_of_the_app_exits_zero(tmp_path: Path) -> None:
    status, _, tail = _run_in_pty([], "?", tmp_path, code=_CRASHING)
    text = tail.decode("utf-8", "replace")
    log = tmp_path / "soyuz-tui" / "crash.log"
    assert status == 1
    lines = [line for line in re.sub(r"\x1b\[[\d;?]*[a-zA-Z]", "", text).splitlines() if line.strip()]
    assert lines[-1].endswith(f"soyuz-tui: the dashboard crashed: RuntimeError: boom \\x1b[31m (traceback in {log})")
    assert "Traceback" in log.read_text() and "broken" in log.read_text()
    assert "Traceback" not in text


def test_with_no_terminal_it_never_exits() -> None:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "soyuztui"], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "soyuz-tui: the dashboard needs a terminal on stdin and stdout; "
        "for text use `soyuz-tui summary` or `soyuz-tui export`"
    ]
    assert time.monotonic() - started < 30
