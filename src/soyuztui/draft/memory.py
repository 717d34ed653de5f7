"""An in-memory draft: the dossier of a folder of articles with no mission file, every entry unreviewed."""

from __future__ import annotations

from pathlib import Path

from soyuztui.dossier.build import build_from_spec
from soyuztui.dossier.model import Dossier
from soyuztui.draft.mission import draft
from soyuztui.draft.progress import Progress
from soyuztui.draft.writer import render


def load_draft(folder: Path, progress: Progress | None = None) -> Dossier:
    """The dossier of an in-memory draft of the articles in `folder`: every entry unreviewed.

    `progress` is told as each article is read, as `draft` tells it.
    """
    result = draft([folder], folder, progress)
    return build_from_spec(folder / "(draft).toml", result.spec, render(result.spec, sources=result.sources))
