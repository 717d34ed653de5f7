"""The wall around Textual's private names: what `soyuztui.tui.wall` relies on still exists,
with the signatures it overrides, and nothing else in `soyuztui.tui` touches a private name.

If one of these fails after upgrading Textual, a palette guard no longer guards: read the
new Textual's `command.py`/`app.py`, move the guard to what replaced the name, and only
then update the test.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from pathlib import Path

import pytest
import textual.reactive
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widgets import OptionList

from soyuztui.tui import wall
from soyuztui.tui.wall import PALETTE_ID, SafeCommandPalette
from tests.conftest import test_app

TUI = Path(wall.__file__).resolve().parent


def parameters(function: object) -> list[str]:
    """The parameter names of `function`, in order."""
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


def body_without_docstring(function: object) -> str:
    """The statements of `function`, unparsed, without its docstring."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))  # type: ignore[arg-type]
    definition = tree.body[0]
    assert isinstance(definition, ast.FunctionDef)
    body = definition.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    return "\n".join(ast.unparse(statement) for statement in body)


# ------------------------------------------------------------------ the names wall.py relies on


def test_list_visible_is_a_private_reactive_with_a_watcher_of_that_name() -> None:
    declared = inspect.getattr_static(CommandPalette, "_list_visible")
    assert isinstance(declared, Reactive), "CommandPalette._list_visible is no longer a reactive"
    watcher = inspect.getattr_static(CommandPalette, "_watch__list_visible")
    assert callable(watcher)
    assert parameters(watcher) == ["self"]
    assert parameters(SafeCommandPalette._watch__list_visible) == ["self"]


def test_reactives_call_private_watchers_by_this_name() -> None:
    # `_watch__list_visible` is only called if Textual still looks watchers up as `_watch_<name>`.
    assert 'f"_watch_{name}"' in inspect.getsource(textual.reactive)


def test_command_list_action_is_private_and_takes_the_action_name() -> None:
    action = inspect.getattr_static(CommandPalette, "_action_command_list")
    assert parameters(action) == ["self", "action"]
    assert parameters(SafeCommandPalette._action_command_list) == ["self", "action"]
    # Actions resolve to `_action_<name>` before `action_<name>`: the binding reaches the override.
    assert 'f"_action_{action_name}"' in inspect.getsource(App)


def test_palette_pages_through_the_guarded_action() -> None:
    actions = {binding.action for binding in CommandPalette.BINDINGS if not isinstance(binding, tuple)}
    assert "command_list('page_down')" in actions
    assert "command_list('page_up')" in actions


def test_dismiss_keeps_its_signature() -> None:
    assert parameters(Screen.dismiss) == ["self", "result"]
    assert parameters(SafeCommandPalette.dismiss) == ["self", "result"]


def test_command_list_is_the_palette_s_list() -> None:
    assert issubclass(CommandList, OptionList)
    assert "CommandList" in inspect.getsource(CommandPalette.compose)


def test_open_command_palette_copies_textual_s_action() -> None:
    expected = ast.unparse(
        ast.parse(
            "if self.use_command_palette and not CommandPalette.is_open(self):\n"
            f"    self.push_screen(CommandPalette(id={PALETTE_ID!r}))"
        )
    )
    assert body_without_docstring(App.action_command_palette) == expected, (
        "App.action_command_palette changed: bring wall.open_command_palette in line with it"
    )


# ------------------------------------------------------------------ the guards, driven


async def test_guards_run_in_the_palette(dossier, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    watch = SafeCommandPalette._watch__list_visible
    act = SafeCommandPalette._action_command_list

    def spy_watch(self: SafeCommandPalette) -> None:
        calls.append("watch")
        watch(self)

    def spy_act(self: SafeCommandPalette, action: str) -> None:
        calls.append(action)
        act(self, action)

    monkeypatch.setattr(SafeCommandPalette, "_watch__list_visible", spy_watch)
    monkeypatch.setattr(SafeCommandPalette, "_action_command_list", spy_act)
    app = test_app(dossier)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, SafeCommandPalette)
        assert app.screen.id == PALETTE_ID
        await pilot.press("g", "o")
        await pilot.pause(0.3)
        await pilot.press("pagedown", "pageup")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SafeCommandPalette)
    assert "watch" in calls
    assert "page_down" in calls and "page_up" in calls
