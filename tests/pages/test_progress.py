"""Progress on stderr: a line per source always, rich's bar over more than a handful on a terminal only."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from soyuztui.cli.add import HANDFUL, progress_lines


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _report(total: int) -> None:
    with progress_lines(total) as progress:
        for done in range(1, total + 1):
            progress(done, total, f"added {done:03d}_[bold]page[/bold]:smile:.txt")


def test_no_bar_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    _report(HANDFUL + 3)
    err = capsys.readouterr().err
    assert err.splitlines() == [f"added {n:03d}_[bold]page[/bold]:smile:.txt" for n in range(1, HANDFUL + 4)]


def test_a_bar_on_a_terminal_for_more_than_a_handful(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    _report(HANDFUL + 3)
    shown = terminal.getvalue()
    assert "adding" in shown and f"{HANDFUL + 3}/{HANDFUL + 3}" in shown
    assert "added 008_[bold]page[/bold]:smile:.txt" in shown  # a page's name is never markup


def test_no_bar_on_a_terminal_for_a_handful(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    _report(HANDFUL)
    assert "adding" not in terminal.getvalue() and terminal.getvalue().count("added") == HANDFUL


def test_drafting_tells_its_progress_article_by_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from soyuztui.cli import main
    from soyuztui.draft import draft
    from soyuztui.draft.add import add_sources, expand
    from tests.pages.gold import PAGES

    add_sources(expand([str(PAGES)]), tmp_path)
    told: list[tuple[int, int, str | None]] = []
    draft([tmp_path], tmp_path, progress=lambda *a: told.append(a))
    assert told == [(n, 8, None) for n in range(1, 9)]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["draft", str(tmp_path), "-o", str(tmp_path / "osprey-6.toml")]) == 0
    assert "drafting" in terminal.getvalue() and "drafted Osprey 6" in terminal.getvalue()


def test_an_in_memory_draft_shows_the_bar_on_a_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from soyuztui.cli import main
    from soyuztui.draft.add import add_sources, expand
    from tests.pages.gold import PAGES

    add_sources(expand([str(PAGES)]), tmp_path)  # eight articles, and no mission file
    assert main(["check", "--mission", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""  # not a terminal: no bar, and nothing to say
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["check", "--mission", str(tmp_path)]) == 0
    assert "drafting" in terminal.getvalue() and "8/8" in terminal.getvalue()
