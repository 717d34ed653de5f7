"""`draft` then `check`, unedited, on every corpus of articles in the tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier import build_dossier
from soyuztui.dossier.sources.missionfile import load_mission_file

ROOT = Path(__file__).resolve().parents[2]
CORPORA = sorted(
    [ROOT / "seeds", ROOT / "tests" / "missions" / "kestrel-4"]
    + [folder for folder in (ROOT / "tests" / "corpora").glob("*") if folder.is_dir()]
)


def _articles_only(source: Path, target: Path) -> Path:
    target.mkdir()
    if (source / "articles").is_dir():  # a corpus laid out as ../shared/corpora's (tests/corpora/heron-4)
        source = source / "articles"
    for article in source.glob("*.txt"):
        shutil.copy(article, target / article.name)
    return target


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda path: path.name)
def test_draft_then_check(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _articles_only(corpus, tmp_path / "articles")
    output = folder / "mission.toml"
    assert main(["draft", str(folder), "-o", str(output)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("drafted ")
    assert all(line.startswith("unsure: ") for line in err[1:])
    dossier = build_dossier(output)
    assert dossier.people and dossier.events
    spec, _ = load_mission_file(output)
    assert not spec.mission.reviewed
    assert all(not person.reviewed for person in spec.people)
    assert all(not seat.reviewed for seat in spec.crew)
    assert main(["check", "--mission", str(output)]) == 0


def test_draft_to_stdout_is_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _articles_only(ROOT / "tests" / "missions" / "kestrel-4", tmp_path / "k")
    assert main(["draft", str(folder)]) == 0
    out = capsys.readouterr().out
    (folder / "m.toml").write_text(out, encoding="utf-8")
    assert build_dossier(folder / "m.toml").mission.title == "Kestrel 4"


def test_missing_path_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].endswith("no such file or folder")


def test_output_outside_the_articles_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _articles_only(ROOT / "tests" / "missions" / "kestrel-4", tmp_path / "k")
    (tmp_path / "elsewhere").mkdir()
    assert main(["draft", str(folder), "-o", str(tmp_path / "elsewhere" / "m.toml")]) == 1
    assert "must sit in a folder that holds every article" in capsys.readouterr().err
    assert not (tmp_path / "elsewhere" / "m.toml").exists()
