"""Writing an export where asked: `-` is standard output, anything else through `fsio`.

A regular file is replaced atomically (a reader never sees half an export), a FIFO,
terminal or device is written in place, and the temporary files are cleaned up after a
signal: all of it is `soyuztui.dossier.fsio.write_file`. Here: never over one of the
mission's own input files, and every failure as one `ExportError` line.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from soyuztui.dossier.errors import visible
from soyuztui.dossier.fsio import TEMP_PREFIX, remove_stale_temporaries, write_file

__all__ = ["TEMP_PREFIX", "ExportError", "remove_stale_temporaries", "write_atomically"]


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
    try:
        resolved = target.resolve()
        if any(resolved == Path(path).resolve() for path in protected):
            raise ExportError(f"{shown}: is an input of the mission; refusing to overwrite it")
        write_file(target, text.encode("utf-8"))
    except IsADirectoryError:
        raise ExportError(f"{shown}: is a directory") from None
    except OSError as error:  # a full disk or a symlink loop: the old file stays whole
        raise ExportError(f"{shown}: cannot write there: {error.strerror or error}") from None
    except RuntimeError:  # Python 3.11's resolve() on a symlink loop
        raise ExportError(f"{shown}: cannot write there: too many levels of symbolic links") from None
