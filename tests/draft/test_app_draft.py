"""`soyuz-tui --mission DIR` with articles and no mission file: the app on an in-memory draft."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier.errors import MissionError
from soyuztui.dossier.sources.locate import resolve_mission
from soyuztui.draft.memory import load_draft
from soyuztui.tui.panes import MissionHeader
from soyuztui.tui.panes.crew import crew_cells
from soyuztui.tui.widgets import RowList
from tests.conftest import test_app

KESTREL = Path(__file__).resolve().parents[1] / "missions" / "kestrel-4"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in KESTREL.glob("*.txt"):
        shutil.copy(article, folder / article.name)
    return folder


async def test_app_opens_a_folder_of_articles(articles: Path) -> None:
    dossier = load_draft(articles)
    assert dossier.unreviewed() > 0
    app = test_app(dossier, at="2031-03-12T00:00Z")
    async with app.run_test(size=(120, 40)) as pilot:
        header = app.screen.query_one(MissionHeader)
        assert f"draft: {dossier.unreviewed()} unreviewed" in str(header.render())
        crew = app.screen.query_one("#crew-list", RowList)
        names = [crew_cells(dossier, member)[1].plain for member in crew.items]
        assert names and all(name.startswith("◌ ") for name in names)
        timeline = app.screen.query_one("#timeline-list", RowList)
        prompts = [timeline.row(item).plain for item in timeline.items]
        assert any("◌" in prompt for prompt in prompts)
        await pilot.press("q")


def test_reviewed_mission_has_no_marks() -> None:
    from soyuztui.dossier import build_dossier

    assert build_dossier(KESTREL / "kestrel-4.toml").unreviewed() == 0


def test_folder_with_one_mission_file_is_that_file() -> None:
    assert resolve_mission(KESTREL) == KESTREL / "kestrel-4.toml"


def test_folder_with_two_mission_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text("", encoding="utf-8")
    (tmp_path / "b.toml").write_text("", encoding="utf-8")
    with pytest.raises(MissionError, match="several mission files"):
        resolve_mission(tmp_path)


def test_check_and_export_accept_a_folder_of_articles(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--mission", str(articles)]) == 0
    assert capsys.readouterr().out.startswith("ok: Kestrel 4:")
    assert main(["export", "--mission", str(articles), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert '"reviewed": false' in out and '"unreviewed": ' in out
    assert not list(articles.glob("*.toml"))  # nothing written beside the articles


def test_empty_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--mission", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip().endswith("holds no mission file and no articles (*.txt)")
