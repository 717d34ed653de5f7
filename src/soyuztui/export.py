"""Writing the dossier out: JSON (the contract in DESIGN.md), iCalendar and Markdown.

Exports are written atomically (a temporary file beside the target, then a
rename) and never over one of the mission's input files. No export imports
Textual: they run from the command line and in tests without a screen.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from soyuztui.dossier.model import Dossier
from soyuztui.zones import ZoneName


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """How to export: the zone for times shown to people, and the clock for stamps.

    JSON and iCalendar are always UTC; `zone` applies to the Markdown briefing.
    """

    zone: ZoneName = "utc"
    now: Callable[[], datetime] = field(default=_now)


Exporter = Callable[[Dossier, ExportOptions], str]


def to_json(dossier: Dossier, options: ExportOptions | None = None) -> str:
    """The dossier as JSON (always UTC): the keys DESIGN.md names, and more."""
    return json.dumps(dossier.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def _to_ics(dossier: Dossier, options: ExportOptions | None = None) -> str:
    from soyuztui.export_ics import to_ics

    return to_ics(dossier, options or ExportOptions())


def _to_md(dossier: Dossier, options: ExportOptions | None = None) -> str:
    from soyuztui.export_md import to_markdown

    return to_markdown(dossier, options or ExportOptions())


EXPORTERS: dict[str, Exporter] = {"json": to_json, "ics": _to_ics, "md": _to_md}


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
