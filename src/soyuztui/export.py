"""Writing the dossier out: JSON (the contract in DESIGN.md), and written safely.

Exports are written atomically (a temporary file beside the target, then a
rename) and never over one of the mission's input files.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from soyuztui.dossier.model import Dossier

Exporter = Callable[[Dossier], str]


def to_json(dossier: Dossier) -> str:
    """The dossier as JSON: mission, documents, people, crew, occupants, events, quotes, conflicts."""
    return json.dumps(dossier.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


EXPORTERS: dict[str, Exporter] = {"json": to_json}


class ExportError(Exception):
    """The export cannot be written where asked."""


def write_atomically(target: Path, text: str, protected: Iterable[Path] = ()) -> None:
    """Write `text` to `target` through a temporary file and a rename.

    Refuses to replace any of `protected` (the mission's own input files).
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
        os.replace(temporary, resolved)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):  # a full disk: the old file stays whole
            raise ExportError(f"{target}: cannot write there: {error.strerror}") from None
        raise
