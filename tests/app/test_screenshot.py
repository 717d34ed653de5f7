"""The palette's Screenshot: saved in the current folder (or the one set), and the app says where."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import test_app

SIZE = (100, 30)


def messages(app) -> list[str]:
    return [str(note.message) for note in app._notifications]


async def test_the_palette_screenshot_saves_here_and_says_where(
    dossier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Screenshot")
        command.callback()
        await pilot.pause(0.3)
        saved = list(tmp_path.glob("soyuz-tui-*.svg"))
        assert len(saved) == 1 and saved[0].read_text(encoding="utf-8").startswith("<svg")
        assert f"Saved {saved[0].resolve()}" in messages(app)


async def test_a_folder_that_cannot_be_written_is_reported(dossier, tmp_path: Path) -> None:
    app = test_app(dossier)
    app.screenshot_dir = tmp_path / "missing"
    async with app.run_test(size=SIZE) as pilot:
        assert app.save_screenshot_here() is None
        await pilot.pause()
        assert any(text.startswith(f"Could not save in {tmp_path / 'missing'}") for text in messages(app))
        assert not (tmp_path / "missing").exists()
