"""The wall around Textual's private names: what `soyuztui.tui.wall` relies on still exists,
with the signatures it overrides, and nothing else in `soyuztui.tui` touches a private name.

If one of these fails after upgrading Textual, a palette guard no longer guards: read the
new Textual's `command.py`/`app.py`, move the guard to what replaced the name, and only
then update the test. The same for rich: if a test of its cell widths fails, read the new
`rich/cells.py` and move `measure_like_terminals` to what replaced the table's loader.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rich.cells
import textual.reactive
from rich.cells import CellTable
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widgets import Footer, OptionList
from textual.widgets._footer import FooterKey

from soyuztui.dossier import Dossier
from soyuztui.tui import wall
from soyuztui.tui.wall import PALETTE_ID, SafeCommandPalette, SteadyFooter, rich_cells
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


def test_open_theme_palette_copies_textual_s_theme_search() -> None:
    expected = ast.unparse(
        ast.parse("self.push_screen(CommandPalette(providers=[ThemeProvider], placeholder='Search for themes…'))")
    )
    assert body_without_docstring(App.search_themes) == expected, (
        "App.search_themes changed: bring wall.open_theme_palette in line with it"
    )


async def test_the_theme_search_is_the_guarded_palette(dossier: Dossier) -> None:
    """A key storm paged Textual's own theme palette before its list had lines (KeyError: 0)."""
    app = test_app(dossier)
    async with app.run_test(size=(100, 30)) as pilot:
        app.search_themes()
        await pilot.press("pagedown", "pageup")  # at once: its list has no lines yet
        assert isinstance(app.screen, SafeCommandPalette)
        await pilot.press("escape")


# ------------------------------------------------------------------ the guards, driven


async def test_guards_run_in_the_palette(dossier: Dossier, monkeypatch: pytest.MonkeyPatch) -> None:
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


# ------------------------------------------------------------------ the footer


def test_footer_learns_of_bindings_through_bindings_changed() -> None:
    assert parameters(Footer.bindings_changed) == ["self", "screen"]
    assert parameters(SteadyFooter.bindings_changed) == ["self", "screen"]
    assert "self.bindings_changed" in inspect.getsource(Footer.on_mount)


def test_footer_rebuilds_under_the_conditions_steady_footer_copies() -> None:
    source = inspect.getsource(Footer.bindings_changed)
    for condition in ("app_focus", "self.is_attached", "screen is self.screen", "self.recompose"):
        assert condition in source, f"Footer.bindings_changed no longer checks {condition}"


def test_footer_shows_the_bindings_steady_footer_compares() -> None:
    source = inspect.getsource(Footer.compose)
    assert "if binding.show" in source
    assert "COMMAND_PALETTE_BINDING" in source


async def test_steady_footer_rebuilds_only_when_its_keys_change(
    dossier: Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuilds: list[int] = []
    recompose = Footer.recompose

    async def counting(self: Footer) -> None:
        rebuilds.append(1)
        await recompose(self)

    monkeypatch.setattr(Footer, "recompose", counting)
    app = test_app(dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        before = len(rebuilds)
        assert before, "the footer never showed its keys"
        await pilot.press("2", "3", "4", "5", "1")
        await pilot.pause(0.3)
        assert len(rebuilds) == before, "a pane switch rebuilt the footer though its keys stayed the same"
        await pilot.press("slash")  # the filter box takes letters: q and ? leave the footer
        await pilot.pause(0.3)
        assert len(rebuilds) > before
        footer = app.screen.query_one(SteadyFooter)
        assert "q" not in {key.key for key in footer.query(FooterKey)}


# ------------------------------------------------------------------ nothing else crosses the wall


def tui_modules() -> Iterator[Path]:
    """Every module of the app's Textual layer except the wall itself."""
    for path in sorted(TUI.rglob("*.py")):
        if path.name != "wall.py":
            yield path


def is_private(name: str) -> bool:
    """`_x`, not `__x__`."""
    return name.startswith("_") and not name.startswith("__")


def test_no_private_textual_module_is_imported() -> None:
    wrong = []
    for path in tui_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
                if node.module.startswith("textual"):
                    names += [alias.name for alias in node.names]
            line = getattr(node, "lineno", 0)
            for name in names:
                if name.startswith("textual") and any(is_private(part) for part in name.split(".")):
                    wrong.append(f"{path.relative_to(TUI)}:{line}: imports {name}")
                elif not name.startswith(("textual", "soyuztui")) and is_private(name):
                    wrong.append(f"{path.relative_to(TUI)}:{line}: imports {name}")
    assert not wrong, "\n".join(wrong)


def textual_private_names(cls: type) -> set[str]:
    """Private names Textual's classes in `cls`'s ancestry define: attributes and `self._x` fields."""
    names: set[str] = set()
    for base in cls.__mro__:
        if base.__module__.startswith("textual"):
            names |= private_names_of(base)
    return names


@functools.cache
def private_names_of(base: type) -> frozenset[str]:
    """The private names one class defines in its body or sets on `self`."""
    names = {name for name in vars(base) if is_private(name)}
    try:
        source = textwrap.dedent(inspect.getsource(base))
    except (OSError, TypeError):
        return frozenset(names)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            if is_private(node.attr):
                names.add(node.attr)
    return frozenset(names)


def our_textual_classes() -> dict[str, type]:
    """Every class in `soyuztui.tui` (outside the wall) built on a Textual class, by name."""
    import importlib

    found: dict[str, type] = {}
    for path in tui_modules():
        module_name = "soyuztui." + ".".join(path.relative_to(TUI.parent).with_suffix("").parts)
        module = importlib.import_module(module_name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and any(base.__module__.startswith("textual") for base in value.__mro__)
            ):
                found[value.__qualname__] = value
    return found


def test_no_private_textual_name_is_used_outside_the_wall() -> None:
    """Our classes neither override nor read a private name of the Textual classes they extend;
    no code here reads a private name of any Textual class it uses."""
    classes = our_textual_classes()
    everything: set[str] = set()
    for cls in classes.values():
        everything |= textual_private_names(cls)
    wrong = []
    for path in tui_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for definition in ast.walk(tree):
            if not isinstance(definition, ast.ClassDef) or definition.name not in classes:
                continue
            inherited = textual_private_names(classes[definition.name])
            for node in ast.walk(definition):
                line = getattr(node, "lineno", 0)
                name = None
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    name = node.name
                elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                    name = node.attr if node.value.id in ("self", "cls") else None
                if name and is_private(name) and name in inherited:
                    wrong.append(f"{path.relative_to(TUI)}:{line}: {definition.name} uses Textual's {name}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and is_private(node.attr) and node.attr in everything:
                receiver = node.value
                if not (isinstance(receiver, ast.Name) and receiver.id in ("self", "cls")):
                    wrong.append(f"{path.relative_to(TUI)}:{node.lineno}: reads Textual's {node.attr}")
    assert not wrong, "\n".join(sorted(set(wrong)))


def test_the_scan_sees_a_private_name() -> None:
    # The scan above must be able to fail: Textual's OptionList does define these.
    assert {"_update_lines", "_line_cache", "_get_option_render"} <= textual_private_names(OptionList)


# ------------------------------------------------------------------ rich's cell widths


def test_rich_reads_its_cell_table_through_one_module_global() -> None:
    # `measure_like_terminals` replaces `rich.cells.load_cell_table`: every measure must read
    # the table through that name at call time, and nothing in rich.cells may reach the
    # table data another way.
    import rich._unicode_data

    assert wall._RICH_LOAD in (None, rich._unicode_data.load)
    if wall._RICH_LOAD is None:
        assert rich_cells.load_cell_table is rich._unicode_data.load
    source = inspect.getsource(rich.cells)
    assert source.count("_unicode_data") == 1, "rich.cells reaches its tables some other way"
    assert "from rich._unicode_data import load as load_cell_table" in source
    readers = {
        "get_character_cell_size": rich.cells.get_character_cell_size.__wrapped__,
        "_cell_len": rich.cells._cell_len,
        "split_graphemes": rich.cells.split_graphemes,
    }
    for name, function in readers.items():
        assert "load_cell_table" in function.__code__.co_names, f"rich.cells.{name} no longer reads the global"
    # Every other measure goes through those three.
    for name in ("cell_len", "cached_cell_len", "set_cell_size", "chop_cells", "_split_text", "split_text"):
        function = inspect.unwrap(getattr(rich.cells, name))
        assert set(function.__code__.co_names) & {
            *readers,
            "cached_cell_len",
            "_cell_len",
            "cell_len",
            "_split_text",
        }, name


def test_rich_cell_table_keeps_its_fields_and_caches() -> None:
    assert CellTable._fields == ("unicode_version", "widths", "narrow_to_wide")
    for cached in (rich.cells.get_character_cell_size, rich.cells.cached_cell_len):
        assert callable(cached.cache_clear)
    assert inspect.signature(rich_cells.load_cell_table).parameters.keys() == {"unicode_version"}


def test_textual_measures_with_rich_cells() -> None:
    import textual._cells

    # Untyped handles: these modules take the names from rich without listing them as their own.
    textual_wrap: Any = importlib.import_module("textual._wrap")
    textual_content: Any = importlib.import_module("textual.content")
    textual_strip: Any = importlib.import_module("textual.strip")

    assert textual._cells.cell_len is rich.cells.cached_cell_len
    assert textual_strip.cell_len is rich.cells.cell_len
    assert textual_strip.set_cell_size is rich.cells.set_cell_size
    assert textual_content.set_cell_size is rich.cells.set_cell_size
    assert textual_wrap.get_character_cell_size is rich.cells.get_character_cell_size


def test_rich_still_gives_spacing_marks_no_width() -> None:
    # If this fails, rich measures spacing marks as terminals do: the wrapper can go.
    import rich._unicode_data

    table = rich._unicode_data.load("latest").widths
    assert any(start <= 0x0BBE <= end and width == 0 for start, end, width in table)


def test_measure_like_terminals_costs_nothing_until_text_needs_it() -> None:
    code = (
        "import sys\n"
        "from soyuztui.tui.app import make_app\n"
        "from soyuztui.tui.wall import measure_like_terminals\n"
        "measure_like_terminals()\n"
        "print(sorted(m for m in sys.modules if m.startswith('rich._unicode_data.unicode')))\n"
        "from rich.cells import cell_len\n"
        "print(cell_len('\\u0b95\\u0bbe'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after = result.stdout.splitlines()
    assert before == "[]", f"tables loaded before any text needed them: {before}"
    assert after == "2"
