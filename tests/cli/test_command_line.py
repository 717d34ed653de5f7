"""The command line helps: descriptions and examples, misplaced run options, completion, the config file."""

from __future__ import annotations

import argparse
import sys
from importlib import import_module
from pathlib import Path

import pytest

from soyuztui.cli.config import ConfigError, config_dir, read_config, remember_theme
from soyuztui.cli.parser import RUN_OPTIONS, SUBCOMMANDS, build_parser

cli_main = import_module("soyuztui.cli.commands")  # the module that holds the commands

KESTREL = Path(__file__).resolve().parent.parent / "missions" / "kestrel-4" / "kestrel-4.toml"
NO_ZONE = Path(__file__).resolve().parent.parent / "corpora" / "aurora-7" / "aurora-7.toml"


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_subcommand_has_a_description_examples_and_a_runner() -> None:
    parser = build_parser()
    children = _subparsers(parser)
    assert set(children) == {sub.name for sub in SUBCOMMANDS} == set(cli_main.COMMANDS)
    listing = parser.format_help()
    for name, child in children.items():
        assert child.description, name
        assert "examples:\n" in child.format_help() and "soyuz-tui " in (child.epilog or ""), name
        assert name in listing


def test_every_option_has_help_with_an_example() -> None:
    parser = build_parser()
    for owner in (parser, *_subparsers(parser).values()):
        for action in owner._actions:
            if action.option_strings and action.dest not in ("help", "version"):
                assert action.help, (owner.prog, action.dest)
                assert "e.g." in action.help or action.dest == "no_cache", (owner.prog, action.dest)


def test_help_documents_the_exit_codes_as_they_are() -> None:
    text = " ".join(build_parser().format_help().split())
    assert "1 bad input" in text and "2 a usage error" in text


@pytest.mark.parametrize(("option", "command"), [("--at", "check"), ("--speed", "summary"), ("--theme", "export")])
def test_a_run_option_given_to_a_subcommand_that_ignores_it_is_an_error_naming_it(
    option: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    value = {"--at": "yesterday", "--speed": "60", "--theme": "nord"}[option]
    extra = ["--format", "json"] if command == "export" else []
    with pytest.raises(SystemExit) as stopped:
        cli_main.main([option, value, command, *extra])
    assert stopped.value.code == 2
    assert f"{option} does not apply to {command}" in capsys.readouterr().err


def test_run_options_a_subcommand_uses_are_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["--no-cache", "summary"]) == 0
    assert cli_main.main(["--tz", "mission", "export", "--format", "csv"]) == 0
    assert all(option in RUN_OPTIONS for sub in SUBCOMMANDS for option in sub.run_options)


def test_tz_mission_without_a_zone_is_said_once_and_shows_utc(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["--tz", "mission", "export", "--format", "md", "--mission", str(NO_ZONE)]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("names no zone") == 1
    assert " UTC" in captured.out


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_come_from_the_parser(shell: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["completion", shell]) == 0
    script = capsys.readouterr().out
    assert "soyuz-tui" in script
    for word in ("export", "--format", "--mission", "serve"):
        assert word in script, word


def test_config_dir_is_platformdirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import platformdirs

    for value in (str(tmp_path), "", "relative/ignored"):
        monkeypatch.setenv("XDG_CONFIG_HOME", value)
        assert config_dir() == platformdirs.user_config_path("soyuz-tui", appauthor=False)


def test_the_config_file_gives_defaults_the_command_line_overrides(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "soyuz-tui").mkdir()
    (tmp_path / "soyuz-tui" / "config.toml").write_text('theme = "nord"\ntz = "mission"\nspeed = 60\n')
    bare = cli_main._arguments([])
    assert (bare.theme, bare.tz, bare.speed) == ("nord", "mission", 60.0)
    given = cli_main._arguments(["--speed", "10", "--theme", "soyuz"])
    assert (given.theme, given.tz, given.speed) == ("soyuz", "mission", 10.0)
    check = cli_main._arguments(["check"])  # no run options: the config does not apply
    assert (check.theme, check.speed) == (None, 1.0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("speed = 'fast'\n", ":1: speed must be a number"),
        ("\n\ncolour = 'red'\n", ":3: unknown setting 'colour'"),
        ("theme = \n", ":1: "),
    ],
)
def test_a_bad_config_file_is_one_file_line_message(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message.replace("'", ".")):
        read_config(path)


def test_a_bad_config_file_exits_1_with_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "soyuz-tui").mkdir()
    (tmp_path / "soyuz-tui" / "config.toml").write_text("speed = [\n")
    assert cli_main.main(["--at", "2021-10-05T08:00Z"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "config.toml:" in err


def test_the_theme_chosen_is_remembered_keeping_the_other_settings(tmp_path: Path) -> None:
    path = tmp_path / "soyuz-tui" / "config.toml"
    remember_theme("nord", path)
    assert read_config(path) == {"theme": "nord"}
    path.write_text('tz = "mission"\nspeed = 600\ntheme = "nord"\n')
    remember_theme("soyuz", path)
    assert read_config(path) == {"theme": "soyuz", "tz": "mission", "speed": 600.0}
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # written through a rename
    path.write_text("not toml [")
    remember_theme("nord", path)  # a file it cannot read is left as the person wrote it
    assert path.read_text() == "not toml ["


def test_reading_no_config_imports_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delitem(sys.modules, "platformdirs", raising=False)
    assert read_config() == {}
    assert "platformdirs" not in sys.modules
