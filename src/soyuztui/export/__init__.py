"""Writing the dossier out: JSON, iCalendar, Markdown, CSV (coverage) and a plain-text summary.

One registry, `EXPORTERS`, maps a format name to its writer; each writer's module is
imported only when that format is asked for (icalendar is not needed for JSON).
Exports are written atomically and never over one of the mission's input files
(`atomic`). No export imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

from soyuztui.lazy import lazy_attributes

if TYPE_CHECKING:
    from soyuztui.dossier.model import Dossier
    from soyuztui.export.atomic import ExportError, write_atomically
    from soyuztui.export.options import ExportOptions

__all__ = ["EXPORTERS", "ExportError", "ExportOptions", "Exporter", "export", "write_atomically"]

Exporter = Callable[["Dossier", "ExportOptions"], str]

# Loaded on first use: the command line needs `EXPORTERS` for its options, not the writers.
_HOMES = {
    "ExportError": "soyuztui.export.atomic",
    "write_atomically": "soyuztui.export.atomic",
    "ExportOptions": "soyuztui.export.options",
}

__getattr__ = lazy_attributes(__name__, _HOMES)


#: Format name → (module, function) of its writer.
_WRITERS: dict[str, tuple[str, str]] = {
    "json": ("soyuztui.export.json", "to_json"),
    "ics": ("soyuztui.export.ics", "to_ics"),
    "md": ("soyuztui.export.markdown", "to_markdown"),
    "csv": ("soyuztui.export.csv", "to_csv"),
}

#: The formats `soyuz-tui export --format` accepts.
EXPORTERS: tuple[str, ...] = tuple(_WRITERS)


def export(dossier: Dossier, format_name: str, options: ExportOptions | None = None) -> str:
    """The dossier written in `format_name` (one of `EXPORTERS`)."""
    module, function = _WRITERS[format_name]
    writer: Exporter = getattr(import_module(module), function)
    if options is None:
        from soyuztui.export.options import ExportOptions

        options = ExportOptions()
    return writer(dossier, options)
