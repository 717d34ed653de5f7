"""Re-running `draft` over an edited file keeps what a person reviewed or changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier import build_dossier
from soyuztui.dossier.sources.missionfile import load_mission_file
from soyuztui.draft.merge import drafted_marks

KESTREL = Path(__file__).resolve().parents[1] / "missions" / "kestrel-4"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "k"
    target.mkdir()
    for name in ("a_preview.txt", "b_launch.txt"):
        shutil.copy(KESTREL / name, target / name)
    return target


def _draft(folder: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    output = folder / "mission.toml"
    assert main(["draft", str(folder), "-o", str(output)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    return output


def test_redraft_of_the_same_articles_changes_nothing(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = _draft(folder, capsys)
    first = output.read_text(encoding="utf-8")
    _draft(folder, capsys)
    assert output.read_text(encoding="utf-8") == first


def test_reviewed_and_edited_entries_survive_new_articles(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = _draft(folder, capsys)
    text = output.read_text(encoding="utf-8")
    # A person reviews Brenner (and renames nothing), and edits the launch's title.
    brenner = text.index('id = "brenner"')
    text = text[:brenner] + text[brenner:].replace("reviewed = false", "reviewed = true", 1)
    text = text.replace('title = "Launch"', 'title = "Liftoff from Port Avalon"')
    output.write_text(text, encoding="utf-8")
    shutil.copy(KESTREL / "c_docked.txt", folder / "c_docked.txt")
    _draft(folder, capsys)
    spec, _ = load_mission_file(output)
    brenner_spec = next(person for person in spec.people if person.id == "brenner")
    assert brenner_spec.reviewed
    assert next(event for event in spec.events if event.id == "launch").title == "Liftoff from Port Avalon"
    assert {document.path for document in spec.documents} == {"a_preview.txt", "b_launch.txt", "c_docked.txt"}
    # The new article's findings were added: c counts the landing from the launch.
    landing = next(event for event in spec.events if event.id == "return")
    assert any(claim.after == "launch" and claim.evidence[0].doc == "c" for claim in landing.claims)
    assert build_dossier(output).mission.title == "Kestrel 4"


def test_marks_follow_the_entries(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = _draft(folder, capsys)
    spec, _ = load_mission_file(output)
    marks = drafted_marks(output.read_text(encoding="utf-8"))
    assert len(marks["people"]) == len(spec.people) and all(marks["people"])
    assert len(marks["events"]) == len(spec.events)


def test_a_broken_file_is_not_overwritten(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = folder / "mission.toml"
    output.write_text("this is [not toml\n", encoding="utf-8")
    assert main(["draft", str(folder), "-o", str(output)]) == 1
    assert "nothing written" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "this is [not toml\n"
