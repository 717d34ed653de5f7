"""`soyuz-tui serve` without a browser: the command it serves, its checks, its warnings."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import soyuztui.web.serve as serve_module
from soyuztui.cli import main
from soyuztui.cli.parser import build_parser
from soyuztui.web.options import is_loopback
from soyuztui.web.serve import app_command


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Calls to `serve`, recorded instead of starting a server."""
    calls: list[dict[str, object]] = []

    def fake_serve(command: str, **options: object) -> None:
        calls.append({"command": command, **options})

    monkeypatch.setattr(serve_module, "serve", fake_serve)
    return calls


def test_the_served_command_is_this_python_running_this_package() -> None:
    assert shlex.split(app_command()) == [sys.executable, "-m", "soyuztui"]


def test_paths_and_values_are_quoted_for_the_shell(tmp_path: Path) -> None:
    mission = tmp_path / "a dir; rm -rf ~" / "it's $HOME.toml"
    shots = tmp_path / "shots & more"
    command = app_command(
        mission, at="2021-10-05T13:00Z", speed=60.0, zone="moscow", theme="soyuz", screenshot_dir=shots
    )
    assert shlex.split(command) == [
        sys.executable,
        "-m",
        "soyuztui",
        "--mission",
        str(mission.resolve()),
        "--at",
        "2021-10-05T13:00Z",
        "--speed",
        "60.0",
        "--tz",
        "moscow",
        "--theme",
        "soyuz",
        "--screenshot-dir",
        str(shots.resolve()),
    ]


def test_the_quoted_command_survives_a_real_shell(tmp_path: Path) -> None:
    mission = tmp_path / "space and 'quote'" / "m $x.toml"
    printed = subprocess.run(
        ["/bin/sh", "-c", app_command(mission).replace(shlex.quote(sys.executable), "printf '%s\\n'", 1)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert printed == ["-m", "soyuztui", "--mission", str(mission.resolve())]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("127.1.2.3", True),
        ("0.0.0.0", False),
        ("192.168.1.5", False),
        ("example.org", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_defaults_to_loopback_port_8000(served: list[dict[str, object]]) -> None:
    assert main(["serve"]) == 0
    (call,) = served
    assert call["host"] == "127.0.0.1" and call["port"] == 8000
    assert call["title"] == "soyuz-tui: Soyuz MS-19"
    assert shlex.split(str(call["command"])) == [sys.executable, "-m", "soyuztui"]


def test_run_options_and_mission_reach_every_session(served: list[dict[str, object]], mission_copy: Path) -> None:
    argv = ["--tz", "moscow", "--speed", "60", "--at", "2021-10-05T13:00Z"]
    assert main([*argv, "serve", "--mission", str(mission_copy), "--theme", "soyuz", "--port", "8123"]) == 0
    (call,) = served
    assert call["port"] == 8123
    parts = shlex.split(str(call["command"]))
    assert parts[3:] == [
        "--mission", str(mission_copy.resolve()), "--at", "2021-10-05T13:00Z",
        "--speed", "60.0", "--tz", "moscow", "--theme", "soyuz",
    ]  # fmt: skip


def test_help_warns_there_is_no_authentication() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "soyuztui", "serve", "--help"], capture_output=True, text=True, check=True
    )
    text = " ".join(result.stdout.split())
    assert "NO AUTHENTICATION" in text
    assert "127.0.0.1 (this machine only) by default" in text
    assert "any other address exposes it to that network" in text


def test_top_level_help_says_so_too() -> None:
    text = " ".join(build_parser().format_help().split())
    assert "serve the dashboard in a web browser (no authentication; loopback by default)" in text


def test_other_hosts_are_warned_about(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    started: list[tuple[str, int]] = []

    async def fake_run(app: object, host: str, port: int, url: str) -> None:
        started.append((host, port))

    monkeypatch.setattr(serve_module, "_serve_until_signal", fake_run)
    assert main(["serve", "--host", "0.0.0.0", "--port", "8001"]) == 0
    assert started == [("0.0.0.0", 8001)]
    assert "no authentication" in capsys.readouterr().err
    assert main(["serve"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--theme", "nope", "serve"], "soyuz-tui: unknown theme 'nope'; choose from: soyuz, "),
        (["--speed", "0", "serve"], "soyuz-tui: --speed must be a number from 1 to 86400, not 0"),
        (["--at", "soon", "serve"], "soyuz-tui: --at 'soon' is not an ISO-8601 time"),
    ],
)
def test_bad_options_fail_before_serving(
    served: list[dict[str, object]], capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1
    assert not served


def test_a_bad_mission_fails_before_serving(
    served: list[dict[str, object]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["serve", "--mission", str(tmp_path / "missing.toml")]) == 1
    assert "missing.toml" in capsys.readouterr().err
    assert not served


def test_unknown_theme_on_the_dashboard_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--theme", "nope"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "textual-dark" in err and "nord" in err


@pytest.mark.parametrize("port", ["0", "65536", "http"])
def test_bad_ports_are_refused(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--port", port])
    assert exit_.value.code == 2
    assert "is not a port number" in capsys.readouterr().err
