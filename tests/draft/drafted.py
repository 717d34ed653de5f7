"""Drafting invented articles in a test: write them, draft, check unedited, build the dossier."""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier


def draft_and_check(folder: Path, capsys: pytest.CaptureFixture[str], articles: dict[str, str]) -> tuple[Dossier, str]:
    """The dossier drafted from `articles` (file name -> text) and the draft's notes; `check` must pass."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    output = folder / "mission.toml"
    assert main(["draft", *sorted(str(folder / name) for name in articles), "-o", str(output)]) == 0
    err = capsys.readouterr().err
    assert main(["check", "--mission", str(output)]) == 0
    return build_dossier(output), err


def numbered(*texts: str) -> dict[str, str]:
    """`texts` under article file names in their order ("000_article.txt", "001_article.txt", ...)."""
    return {f"{number:03d}_article.txt": text for number, text in enumerate(texts)}
