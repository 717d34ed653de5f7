"""The dossier as JSON (always UTC): the keys of the contract in docs/architecture.md, and more."""

from __future__ import annotations

import json

from soyuztui.dossier.model import Dossier
from soyuztui.export.options import ExportOptions


def to_json(dossier: Dossier, options: ExportOptions | None = None) -> str:
    """The dossier as indented JSON, UTF-8 text, one trailing newline."""
    data = dossier.model_dump(mode="json")
    # Entries drafted by `soyuz-tui draft` and not yet reviewed carry "reviewed": false.
    data["unreviewed"] = dossier.unreviewed()
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
