"""Writing an export atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


class ExportError(Exception):
    """The export cannot be written where asked."""


def write_atomically(target: Path, text: str, protected: Iterable[Path] = ()) -> None:
    """Write `text` to `target` through a temporary file and a rename.

    Refuses to replace any of `protected` (the mission's own input files): the
    comparison is on resolved paths, so a symlink or `..` does not get around it.
    """
    resolved = target.resolve()
    if any(resolved == Path(path).resolve() for path in protected):
        raise ExportError(f"{target}: is an input of the mission; refusing to overwrite it")
    if resolved.is_dir():
        raise ExportError(f"{target}: is a directory")
    folder = resolved.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{resolved.name}.", dir=folder)
    except OSError as error:
        raise ExportError(f"{target}: cannot write there: {error.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        # mkstemp makes the file private (0600); an export is an ordinary file.
        os.chmod(temporary, resolved.stat().st_mode & 0o777 if resolved.exists() else 0o644)
        os.replace(temporary, resolved)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):  # a full disk: the old file stays whole
            raise ExportError(f"{target}: cannot write there: {error.strerror}") from None
        raise
