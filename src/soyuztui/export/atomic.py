"""Writing an export: atomically onto a regular file, directly onto anything else.

A regular file is written through a temporary file beside it and a rename, so a reader
never sees half an export. A FIFO, a terminal, a device node or `/dev/stdout` is not
replaced (a rename would put a plain file in its place): it is opened and written as
it is. `-` is standard output. The temporary files are named
`.soyuz-tui-<pid>-<random>.<target>.tmp`: a SIGTERM or SIGHUP during the write removes
them, and a later export into the same folder removes those whose process has died
(after a SIGKILL).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType

from soyuztui.dossier.errors import visible

TEMP_PREFIX = ".soyuz-tui-"
_TEMP_NAME = re.compile(rf"^{re.escape(TEMP_PREFIX)}(\d+)-.*\.tmp$")
_pending: set[str] = set()


class ExportError(Exception):
    """The export cannot be written where asked."""


def write_atomically(target: Path, text: str, protected: Iterable[Path] = ()) -> None:
    """Write `text` to `target`: `-` is stdout, a special file is written in place.

    Refuses to replace any of `protected` (the mission's own input files): the
    comparison is on resolved paths, so a symlink or `..` does not get around it.
    """
    shown = visible(str(target))
    if str(target) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    resolved = target.resolve()
    if any(resolved == Path(path).resolve() for path in protected):
        raise ExportError(f"{shown}: is an input of the mission; refusing to overwrite it")
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise ExportError(f"{shown}: cannot write there: {error.strerror}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise ExportError(f"{shown}: is a directory")
    if (mode is not None and not stat.S_ISREG(mode)) or str(target).startswith("/dev/"):
        _write_in_place(target, text, shown)
        return
    _write_through_rename(resolved, text, shown)


def _write_in_place(target: Path, text: str, shown: str) -> None:
    """A FIFO, device or standard stream: opened as it is, never created or replaced."""
    try:
        with open(target, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    except OSError as error:
        raise ExportError(f"{shown}: cannot write there: {error.strerror}") from None


def _write_through_rename(resolved: Path, text: str, shown: str) -> None:
    folder = resolved.parent
    remove_stale_temporaries(folder)
    with _removed_on_signal():
        try:
            handle, temporary = tempfile.mkstemp(
                prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=f".{resolved.name[:100]}.tmp", dir=folder
            )
        except OSError as error:
            raise ExportError(f"{shown}: cannot write there: {error.strerror}") from None
        _pending.add(temporary)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            # mkstemp makes the file private (0600); an export is an ordinary file.
            os.chmod(temporary, resolved.stat().st_mode & 0o777 if resolved.exists() else 0o644)
            os.replace(temporary, resolved)
        except BaseException as error:
            Path(temporary).unlink(missing_ok=True)
            if isinstance(error, OSError):  # a full disk: the old file stays whole
                raise ExportError(f"{shown}: cannot write there: {error.strerror}") from None
            raise
        finally:
            _pending.discard(temporary)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove temporary export files in `folder` left by processes that no longer exist."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            match = _TEMP_NAME.match(entry.name)
            if match and not _alive(int(match.group(1))) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


@contextlib.contextmanager
def _removed_on_signal() -> Iterator[None]:
    """While writing: SIGTERM and SIGHUP remove the temporary file, then end the process."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    numbers = (signal.SIGTERM, signal.SIGHUP)
    previous = {number: signal.getsignal(number) for number in numbers}

    def handler(number: int, frame: FrameType | None) -> None:
        for temporary in list(_pending):
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)

    for number in numbers:
        signal.signal(number, handler)
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old if old is not None else signal.SIG_DFL)
