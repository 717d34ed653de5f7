"""The command line: check, export, schema, summary; errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from soyuztui.cli import main


def test_check_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("ok: Soyuz MS-19: 5 documents")


def test_schema_is_json_schema_of_the_mission_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "soyuz-tui mission file"
    assert {"mission", "documents", "events"} <= set(schema["required"])


def test_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    assert "Anton Shkaplerov — Commander" in out
    assert "Return to Earth — time: 2021-10-16 [001] ≠ 2021-10-17 [003, 004]; 2021-10-17, counted from Launch" in out


def test_export_to_file_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "dossier.json"
    assert main(["export", "--format", "json", "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["mission"]["id"] == "soyuz-ms-19"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.json"]  # no temporary file left


def test_export_refuses_to_overwrite_an_input(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = mission_copy.parent / "000_cbbc576cd4878fcb.txt"
    before = article.read_bytes()
    status = main(["export", "--format", "json", "--mission", str(mission_copy), "-o", str(article)])
    assert status == 1
    assert capsys.readouterr().err == f"soyuz-tui: {article}: is an input of the mission; refusing to overwrite it\n"
    assert article.read_bytes() == before


def test_python_dash_m_runs_the_same_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "soyuztui", "check", "--mission", str(tmp_path / "x.toml")],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == f"{tmp_path / 'x.toml'}:1: no such mission file\n"
    assert "Traceback" not in result.stderr


def test_no_arguments_are_the_parsers_defaults() -> None:
    """`soyuz-tui` alone skips the parser: what it uses instead is what the parser would give."""
    from soyuztui.cli.commands import _arguments
    from soyuztui.cli.parser import GIVEN, RUN_DEFAULTS, build_parser

    parsed = vars(build_parser().parse_args([]))
    assert parsed == RUN_DEFAULTS
    assert vars(_arguments([])) == parsed
    # Any argument at all goes through the parser (and its errors).
    assert vars(_arguments(["--speed", "2"])) == {**parsed, "speed": 2.0, GIVEN: ("--speed",)}
    with pytest.raises(SystemExit):
        _arguments(["--no-such-option"])
