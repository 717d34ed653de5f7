"""Every mark drawn on any screen (and in the exports) is in the legend; every key binding is in the one help."""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.binding import Binding

import soyuztui.tui
from soyuztui.dossier import Dossier
from soyuztui.draft.memory import load_draft
from soyuztui.export import ExportOptions, export
from soyuztui.export.text import summary
from soyuztui.present.legend import MARKS
from soyuztui.tui.app import SoyuzApp
from soyuztui.tui.screens.help import KEY_WIDTH, HelpScreen
from tests.conftest import test_app

TESTS = Path(__file__).resolve().parent.parent
DRAFTED = TESTS / "corpora" / "petrel-5"
LEGEND = tuple(mark.mark for mark in MARKS)

TYPOGRAPHY = set("“”‘’—–…")
"""Punctuation of running text, not marks."""
WORD_MARKS = (
    r"\bMET\b",
    r"T−",
    r"T\+",
    r"\d+ h/s",
    r"\d+ d/s",
    r"\breplay\b",
    r"\bpaused\b",
    r"● live",
    r"\(\d+\)",
    r"\breported\b",
    r"\borganisation\b",
    r"\d+ articles?\b",
    r"\(date line\)",
    r"\(page metadata\)",
    r"\(date inferred\)",
    r"launch day",
    r"outlet not given",
    r"━+",
)
"""Words and signs that are marks: where one is shown, the legend must have a mark of the same shape."""


def symbols(text: str) -> set[str]:
    """The non-ASCII signs in `text`: symbols and punctuation, not letters, borders or scrollbars."""
    found = set()
    for char in text:
        if char.isascii() or char.isalnum() or char in TYPOGRAPHY:
            continue
        if "\u2500" <= char <= "\u259f" and char != "━":  # borders, scrollbars (the progress bar is a mark)
            continue
        if unicodedata.category(char)[0] in "SP":
            found.add(char)
    return found


def unexplained(text: str) -> list[str]:
    """The marks in `text` the legend does not explain."""
    missing = [char for char in sorted(symbols(text)) if not any(char in mark for mark in LEGEND)]
    for pattern in WORD_MARKS:
        if re.search(pattern, text) and not any(re.search(pattern, mark) for mark in LEGEND):
            missing.append(pattern)
    return missing


def screen_text(app: SoyuzApp) -> str:
    """The whole screen as the compositor sends it to the terminal (a Textual private the test reads)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


STEPS: tuple[tuple[str, ...], ...] = (
    (),  # before launch: T−, replay
    ("2",),
    ("3",),
    ("4",),
    ("5",),
    ("c",),
    ("escape", "m"),
    ("escape", "1", "enter"),  # a person's card
    ("escape", "3", "enter"),  # an event's evidence
    ("escape", "n", "n"),  # after launch: T+, MET
    ("space",),  # paused
    (">", ">", ">", ">", ">"),  # 1 d/s
    ("l",),  # live
)
"""Keys pressed one step after another; the screen is read after each (one app per mission, for speed)."""


@pytest.fixture(scope="module")
def drafted() -> Dossier:
    return load_draft(DRAFTED)


@pytest.mark.parametrize("mission", ["seeds", "drafted"])
async def test_every_mark_on_screen_is_in_the_legend(dossier: Dossier, drafted: Dossier, mission: str) -> None:
    app = test_app(dossier if mission == "seeds" else drafted)
    async with app.run_test(size=(120, 40)) as pilot:
        for keys in STEPS:
            await pilot.press(*keys)
            await pilot.pause()
            text = screen_text(app)
            assert unexplained(text) == [], (keys, text.splitlines()[:3])


@pytest.mark.parametrize("form", ["md", "csv"])
def test_every_mark_in_the_exports_is_in_the_legend(dossier: Dossier, drafted: Dossier, form: str) -> None:
    for chosen in (dossier, drafted):
        text = export(chosen, form, ExportOptions(zone="utc"))
        assert unexplained(text) == []
    assert unexplained(summary(dossier)) == []


def test_a_mark_missing_from_the_legend_is_found() -> None:
    assert unexplained("▶ now ✓ over ☂ rain MET 00:01") == ["☂"]
    assert unexplained("T−00:10:00 ━━━━  40%  (7)  2 articles") == []


def _app_bindings() -> Iterator[tuple[str, Binding]]:
    """Every binding the app's own classes declare, with the class that declares it."""
    for module in pkgutil.walk_packages(soyuztui.tui.__path__, "soyuztui.tui."):
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if isinstance(value, type) and value.__module__ == loaded.__name__ and "BINDINGS" in vars(value):
                for binding in Binding.make_bindings(vars(value)["BINDINGS"]):
                    yield value.__name__, binding


async def test_every_binding_of_every_screen_is_in_the_one_help(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = help_screen.text().splitlines()
        bindings = list(_app_bindings())
        assert len(bindings) > 30
        for owner, binding in bindings:
            key = app.get_key_display(Binding(binding.key, binding.action))
            meaning = binding.tooltip or binding.description
            assert any(key in _keys(row) and meaning in row for row in rows), (owner, binding.key, meaning)
        for shown in ("pgup", "pgdn", "tab", "shift+tab", "^p"):
            assert any(shown in _keys(row) for row in rows), shown


def _keys(row: str) -> list[str]:
    """The keys a help row lists (its first column)."""
    return row[:KEY_WIDTH].strip().split(" / ")


async def test_the_palettes_keys_command_opens_the_same_help(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        commands = {command.title: command for command in app.get_system_commands(app.screen)}
        commands["Keys"].callback()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")  # closes it: one help, never a second over it
        assert not isinstance(app.screen, HelpScreen)
