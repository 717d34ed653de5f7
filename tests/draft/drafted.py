"""Drafting invented articles in a test: write them, draft, check unedited, build the dossier; or read
one invented article's event claims."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.sources import spec as s
from soyuztui.draft import draft
from soyuztui.draft.events import EventFindings, RawClaim, event_claims
from soyuztui.draft.text import Article
from soyuztui.draft.writer import render


def draft_and_check(folder: Path, capsys: pytest.CaptureFixture[str], articles: dict[str, str]) -> tuple[Dossier, str]:
    """The dossier drafted from `articles` (file name -> text) and the draft's notes; `check` must pass."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    output = folder / "mission.toml"
    assert main(["draft", *sorted(str(folder / name) for name in articles), "-o", str(output)]) == 0
    err = capsys.readouterr().err
    assert main(["check", "--mission", str(output)]) == 0
    return build_dossier(output), err


def drafted_spec(folder: Path, *articles: str) -> s.MissionFile:
    """The mission file drafted from the texts (as numbered articles in `folder`), after `check` accepted it unedited."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in numbered(*articles).items():
        (folder / name).write_text(text, encoding="utf-8")
    spec = draft([folder], folder).spec
    (folder / "mission.toml").write_text(render(spec), encoding="utf-8")
    build_dossier(folder / "mission.toml")  # raises on anything `check` refuses
    return spec


def numbered(*texts: str) -> dict[str, str]:
    """`texts` under article file names in their order ("000_article.txt", "001_article.txt", ...)."""
    return {f"{number:03d}_article.txt": text for number, text in enumerate(texts)}


def claims_of(text: str, published: date) -> list[RawClaim]:
    """Every event claim of one article with no header, written on `published`."""
    findings = EventFindings()
    event_claims(Article("000", text, 0, published).prepare(), findings)
    return [claim for claims in findings.claims.values() for claim in claims]


def timed_values(text: str, published: date) -> dict[str, list[str]]:
    """Event id -> the values the article's timed claims give it."""
    found: dict[str, list[str]] = {}
    for claim in claims_of(text, published):
        if claim.value:
            found.setdefault(claim.event, []).append(claim.value)
    return found


def aboard(dossier: Dossier, moment: str) -> set[str]:
    """The ids of the people the dossier has aboard at `moment` (an ISO minute, UTC)."""
    at = datetime.fromisoformat(moment).replace(tzinfo=UTC)
    return {occupant.person for occupant in dossier.occupants_at(at)}
