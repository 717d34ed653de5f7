"""File-system safety, written once for every room: reading, writing and the user's folders.

- **Reading** (`open_regular`, `read_regular`): a file is opened first and checked after,
  on the open descriptor (`fstat`), so nothing can be swapped in between; `O_NONBLOCK`
  keeps a FIFO from blocking the open, and only a regular file is read, never more than
  a cap. `follow_links=False` refuses a symlink (`O_NOFOLLOW`), for files that must be
  the user's own (the cache).
- **Writing** (`write_atomically`, `write_file`): a regular file is replaced through a
  temporary file in the same folder, flushed to disk and renamed over it, so a reader
  sees the old file or the new one, never half of one. A FIFO, terminal or device is
  written in place as it is (a rename would put a plain file where it was). Temporary
  files are named `.soyuz-tui-<pid>-<random>.<name>.tmp`: SIGTERM and SIGHUP during the
  write remove them, and the next write into the folder removes those whose process has
  died (after a SIGKILL).
- **The user's folders** (`user_folder`, `private_folder`): cache, state and config
  through platformdirs (`$XDG_CACHE_HOME/soyuz-tui` and so on), and a folder is trusted
  as ssh trusts `~/.ssh`: a real folder, not a symlink, owned by the user, writable by
  no one else (`is_private`).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import BinaryIO, Literal

APP_NAME = "soyuz-tui"
TEMP_PREFIX = ".soyuz-tui-"
_TEMP_NAME = re.compile(rf"^{re.escape(TEMP_PREFIX)}(\d+)-.*\.tmp$")
_NOT_OTHERS_WRITABLE = stat.S_IWGRP | stat.S_IWOTH
_pending: set[str] = set()

Folder = Literal["cache", "state", "config"]


class NotRegularFile(OSError):
    """The path is a FIFO, device, socket or folder, where a regular file was expected."""


class FileTooLarge(OSError):
    """The file is larger than the cap its reader allows."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"{path}: {size:,} bytes, more than {limit:,}")
        self.size = size
        self.limit = limit


class UnsafeFolder(OSError):
    """A user folder (or a file in it) that someone else could have written: not trusted."""


# -- reading ---------------------------------------------------------------


def open_regular(path: Path | str, *, follow_links: bool = True) -> BinaryIO:
    """`path` opened for reading in binary, checked to be a regular file on the descriptor.

    Raises `IsADirectoryError` for a folder, `NotRegularFile` for anything else that is
    not a regular file, and `OSError` as `open` does (ELOOP for a symlink loop, or for a
    symlink at all when `follow_links` is False).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(f"{path}: not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)  # a regular file never blocks; undo O_NONBLOCK's mark
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: Path | str, limit: int, *, follow_links: bool = True) -> bytes:
    """The bytes of the regular file at `path`, refused (`FileTooLarge`) if over `limit`.

    Never more than `limit + 1` bytes are read, even if the file grows meanwhile.
    """
    with open_regular(path, follow_links=follow_links) as stream:
        size = os.fstat(stream.fileno()).st_size
        data = stream.read(limit + 1) if size <= limit else b""
    if size > limit or len(data) > limit:
        raise FileTooLarge(Path(path), max(size, len(data)), limit)
    return data


def is_private(info: os.stat_result) -> bool:
    """Whether a file or folder is the user's own and writable by no one else (as ssh asks)."""
    if not hasattr(os, "geteuid"):
        return True  # Windows: ownership is an ACL matter, outside what stat shows
    return info.st_uid == os.geteuid() and not info.st_mode & _NOT_OTHERS_WRITABLE


# -- the user's folders ----------------------------------------------------


def user_folder(kind: Folder) -> Path:
    """soyuz-tui's cache, state or config folder on this platform (not made, not checked).

    On Linux `$XDG_CACHE_HOME/soyuz-tui` (else `~/.cache/soyuz-tui`), `$XDG_STATE_HOME/…`
    (`~/.local/state/…`), `$XDG_CONFIG_HOME/…` (`~/.config/…`); the platform's own
    folders on macOS and Windows. Raises `RuntimeError` when there is no home folder.
    """
    import platformdirs  # only where a folder is needed: not on the path of `--help`

    where = {
        "cache": platformdirs.user_cache_path,
        "state": platformdirs.user_state_path,
        "config": platformdirs.user_config_path,
    }[kind]
    return Path(where(APP_NAME, appauthor=False))


def private_folder(kind: Folder, *, create: bool = True) -> Path:
    """The user's `kind` folder, made private (0700) if missing, checked if it exists.

    Raises `UnsafeFolder` (one line naming the folder and what is wrong) for a symlink,
    something that is not a folder, a folder owned by someone else or writable by group
    or others; `FileNotFoundError` if it is missing and `create` is False.
    """
    try:
        folder = user_folder(kind)
    except RuntimeError as error:  # no home folder to be found
        raise FileNotFoundError(f"no {kind} folder: {error}") from None
    if create:
        folder.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    check_private(folder, folder=True)
    return folder


def check_private(path: Path, *, folder: bool) -> os.stat_result:
    """`path`'s own status (links not followed), raising `UnsafeFolder` unless it is private."""
    info = os.lstat(path)
    kind = "folder" if folder else "file"
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeFolder(f"{path} is a symbolic link, not a {kind} of the user's own")
    if folder and not stat.S_ISDIR(info.st_mode):
        raise UnsafeFolder(f"{path} is not a folder")
    if not is_private(info):
        raise UnsafeFolder(
            f"{path} is owned by another user or writable by others (mode {stat.S_IMODE(info.st_mode):04o})"
        )
    return info


# -- writing ---------------------------------------------------------------


def write_file(target: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` to `target`: a regular file (or a new one) atomically, a special file in place.

    `mode` is the new file's permissions; None keeps an existing file's, else 0644.
    Raises `IsADirectoryError` for a folder, `OSError` when it cannot be written.
    """
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "Is a directory", str(target))
    if (info is not None and not stat.S_ISREG(info.st_mode)) or str(target).startswith("/dev/"):
        # A FIFO, device or standard stream: opened as it is, never created or replaced.
        with open(target, "wb") as stream:
            stream.write(data)
        return
    if mode is None:
        mode = stat.S_IMODE(info.st_mode) if info is not None else 0o644
    write_atomically(target.resolve(), data, mode)


def write_atomically(target: Path, data: bytes, mode: int) -> None:
    """Replace `target` with a file holding `data`, permissions `mode`, through a rename.

    The temporary file is made in `target`'s folder (0600 from the start), flushed to
    disk, given `mode` and renamed over `target`; a symlink at `target` is replaced, never
    followed. On any failure the temporary file is removed and `target` left as it was.
    """
    folder = target.parent
    remove_stale_temporaries(folder)
    with _removed_on_signal():
        handle, temporary = tempfile.mkstemp(
            prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=f".{target.name[:100]}.tmp", dir=folder
        )
        _pending.add(temporary)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
                if hasattr(os, "fchmod"):
                    os.fchmod(stream.fileno(), mode)
                else:  # Windows
                    os.chmod(temporary, mode)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        finally:
            _pending.discard(temporary)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove soyuz-tui's temporary files in `folder` whose writing process no longer exists."""
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
    """While writing: SIGTERM and SIGHUP remove the temporary files, then end the process."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGHUP"):
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
