"""The palette's Screenshot: saved in the current folder (or the one set), and the app says where."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.command import CommandList

from soyuztui.cli import main
from soyuztui.dossier import Dossier
from soyuztui.tui.app import SoyuzApp, make_app
from tests.conftest import test_app

SIZE = (100, 30)


def messages(app: SoyuzApp) -> list[str]:
    return [str(note.message) for note in app._notifications]


async def until(pilot, done: Callable[[], bool], most: int = 100) -> None:  # type: ignore[no-untyped-def]
    """Pause in short steps until `done()` (at most five seconds): a busy machine is slow to save."""
    for _ in range(most):
        if done():
            return
        await pilot.pause(0.05)


async def test_the_palette_screenshot_saves_here_and_says_where(
    dossier: Dossier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Screenshot")
        command.callback()
        await until(pilot, lambda: f"Saved {tmp_path.resolve()}" in " ".join(messages(app)))
        saved = list(tmp_path.glob("soyuz-tui-*.svg"))
        assert len(saved) == 1 and saved[0].read_text(encoding="utf-8").startswith("<svg")
        assert f"Saved {saved[0].resolve()}" in messages(app)


async def test_a_folder_that_cannot_be_written_is_reported(dossier: Dossier, tmp_path: Path) -> None:
    app = test_app(dossier)
    app.screenshot_dir = tmp_path / "missing"
    async with app.run_test(size=SIZE) as pilot:
        assert app.save_screenshot_here() is None
        await pilot.pause()
        assert any(text.startswith(f"Could not save in {tmp_path / 'missing'}") for text in messages(app))
        assert not (tmp_path / "missing").exists()


async def test_the_palette_saves_in_the_screenshot_dir(
    dossier: Dossier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+P, "Screenshot", Enter: the SVG lands in `screenshot_dir`, and the app says where."""
    here, shots = tmp_path / "here", tmp_path / "shots [b]"
    here.mkdir()
    shots.mkdir()
    monkeypatch.chdir(here)
    app = make_app(dossier, clock=test_app(dossier).clock, animate=False, blink=False, screenshot_dir=shots)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"screenshot")
        await until(
            pilot, lambda: bool(app.screen.query(CommandList)) and app.screen.query_one(CommandList).option_count > 0
        )
        await pilot.press("enter")
        await until(pilot, lambda: f"Saved {shots.resolve()}" in " ".join(messages(app)))
        saved = list(shots.glob("soyuz-tui-*.svg"))
        assert len(saved) == 1 and saved[0].read_text(encoding="utf-8").startswith("<svg")
        assert not list(here.iterdir())
        assert f"Saved {saved[0].resolve()}" in messages(app)


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda root: root / "missing", "no such folder"),
        (lambda root: (root / "a-file").write_text("x") and root / "a-file", "not a folder"),
    ],
)
def test_a_bad_screenshot_dir_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Callable[[Path], Path], problem: str
) -> None:
    folder = make(tmp_path)
    assert main(["--screenshot-dir", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err == f"soyuz-tui: --screenshot-dir {folder}: {problem}\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_screenshot_dir_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    assert main(["--screenshot-dir", str(folder)]) == 1
    assert capsys.readouterr().err == f"soyuz-tui: --screenshot-dir {folder}: not writable\n"


def test_the_cli_hands_the_folder_to_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A good folder reaches the app, made absolute (the app may be asked from elsewhere later)."""
    import soyuztui.cli.commands as cli

    made: list[SoyuzApp] = []
    monkeypatch.setattr(cli, "_has_terminal", lambda: True)

    def run(app: SoyuzApp) -> int:
        made.append(app)
        return 0

    monkeypatch.setattr(cli, "_run_in_terminal", run)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "shots").mkdir()
    assert main(["--screenshot-dir", "shots"]) == 0
    assert made[0].screenshot_dir == tmp_path / "shots"
