"""What a crash leaves: one line on stderr, the whole traceback in a log file.

The log is `$XDG_STATE_HOME/soyuz-tui/crash.log` (`~/.local/state/soyuz-tui/crash.log`
when XDG_STATE_HOME is unset), overwritten by each crash: the last one is what a bug
report needs. A terminal is left whole (Textual restores it before anything is printed).
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

from soyuztui.dossier.errors import visible


def crash_log() -> Path:
    """Where the traceback of a crash is written."""
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "soyuz-tui" / "crash.log"


def open_crash_log() -> Path:
    """The crash log's path, its folder made (private to the user) if it is missing."""
    path = crash_log()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def record(error: BaseException) -> str:
    """Write `error`'s traceback to the crash log; the one line to print about it."""
    summary = visible(f"{type(error).__name__}: {error}")[:200]
    try:
        path = open_crash_log()
        path.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
    except OSError:
        return f"soyuz-tui: crashed: {summary} (no crash log could be written)"
    return f"soyuz-tui: crashed: {summary} (traceback in {visible(str(path))})"


def last_line(path: Path) -> str:
    """The last non-empty line of a crash log (the exception itself), escaped, at most 200 characters."""
    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    except OSError:
        return "unknown error"
    return visible(next((line for line in reversed(lines) if line), "unknown error"))[:200]
