"""What a crash leaves: one line on stderr, the whole traceback in a log file.

The log is `crash.log` in the user's state folder (`$XDG_STATE_HOME/soyuz-tui`, else
`~/.local/state/soyuz-tui` on Linux; `fsio.user_folder`), written only when something
crashed, so the last crash's traceback survives every start that does not crash. It is
written as the cache is: into a folder that is the user's own and writable by no one
else (made 0700 if missing, refused otherwise), through a temporary file and a rename
(a symlink named `crash.log` is replaced, never followed), created 0600. A terminal is
left whole (Textual restores it before anything is printed).
"""

from __future__ import annotations

import traceback
from pathlib import Path

from soyuztui.dossier import fsio
from soyuztui.dossier.errors import visible

__all__ = ["last_line", "record", "write_crash_log"]

LOG_NAME = "crash.log"


def write_crash_log(text: str) -> Path:
    """Write `text` as the crash log; its path. Raises `OSError` (`UnsafeFolder` included)."""
    path = fsio.private_folder("state") / LOG_NAME
    fsio.write_atomically(path, text.encode("utf-8", "replace"), 0o600)
    return path


def record(error: BaseException) -> str:
    """Write `error`'s traceback to the crash log; the one line to print about it."""
    summary = visible(f"{type(error).__name__}: {error}")[:200]
    try:
        path = write_crash_log("".join(traceback.format_exception(error)))
    except fsio.UnsafeFolder as unsafe:
        return f"soyuz-tui: crashed: {summary} (no crash log written: {visible(str(unsafe))})"
    except OSError:
        return f"soyuz-tui: crashed: {summary} (no crash log could be written)"
    return f"soyuz-tui: crashed: {summary} (traceback in {visible(str(path))})"


def last_line(text: str) -> str:
    """The last non-empty line of a traceback (the exception itself), escaped, at most 200 characters."""
    lines = [line.strip() for line in text.splitlines()]
    return visible(next((line for line in reversed(lines) if line), "unknown error"))[:200]
