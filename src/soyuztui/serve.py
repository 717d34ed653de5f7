"""`soyuz-tui serve`: the dashboard in a web browser, through textual-serve.

textual-serve runs one copy of the app per browser tab, as a shell command with
its own output sent to the page over a websocket. The command is the same entry
point the terminal uses (`python -m soyuztui ...`), so the browser shows the very
same app `make_app` builds. There is no authentication: whoever can reach the port
can use the dashboard (and its command palette), so it binds to loopback unless told.
"""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000

SERVE_HELP = (
    "Serve the dashboard in a web browser (textual-serve). It has NO AUTHENTICATION: "
    "anyone who can reach the address can use it. It listens on 127.0.0.1 (this machine "
    "only) by default; binding --host to any other address exposes it to that network. "
    "Run options given before `serve` (--at, --speed, --tz, --theme) apply to every "
    "browser session."
)


def is_loopback(host: str) -> bool:
    """True if `host` is a loopback name or address (only this machine can connect)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def app_command(
    mission: Path | None = None,
    *,
    at: str | None = None,
    speed: float | None = None,
    zone: str | None = None,
    theme: str | None = None,
) -> str:
    """The shell command textual-serve runs for each session: this Python, this package.

    Every part is quoted with `shlex`, so paths with spaces or shell characters are safe
    (textual-serve starts the command with a shell).
    """
    parts = [sys.executable, "-m", "soyuztui"]
    if mission is not None:
        parts += ["--mission", str(mission.resolve())]
    if at is not None:
        parts += ["--at", at]
    if speed is not None:
        parts += ["--speed", repr(speed)]
    if zone is not None:
        parts += ["--tz", zone]
    if theme is not None:
        parts += ["--theme", theme]
    return shlex.join(parts)


def serve(
    command: str,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    title: str = "soyuz-tui",
    public_url: str | None = None,
) -> None:
    """Serve `command` on `host:port` until interrupted (Ctrl+C or SIGTERM)."""
    try:
        from textual_serve.server import Server
    except ImportError as error:  # pragma: no cover - it is a dependency
        raise SystemExit(f"soyuz-tui: serve needs textual-serve ({error})") from error

    if not is_loopback(host):
        print(
            f"soyuz-tui: warning: serving on {host} with no authentication; "
            "anyone who can reach it can use the dashboard",
            file=sys.stderr,
        )
    server = Server(command, host=host, port=port, title=title, public_url=public_url)
    server.serve()


def port_number(text: str) -> int:
    """An argparse type: a TCP port, 1–65535."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1-65535)")
    return port
