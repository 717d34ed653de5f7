"""`soyuz-tui serve`: the dashboard in a web browser, through textual-serve.

textual-serve runs one copy of the app per browser tab, as a shell command with
its own output sent to the page over a websocket. The command is the same entry
point the terminal uses (`python -m soyuztui ...`), so the browser shows the very
same app `make_app` builds. There is no authentication: whoever can reach the port
can use the dashboard (and its command palette), so it binds to loopback unless told.
"""

from __future__ import annotations

import asyncio
import errno
import os
import shlex
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from soyuztui.dossier.errors import visible
from soyuztui.web.options import DEFAULT_HOST, DEFAULT_MAX_SESSIONS, DEFAULT_PORT, is_loopback
from soyuztui.web.served import SERVE_PID

if TYPE_CHECKING:
    from aiohttp import web


def app_command(
    mission: Path | None = None,
    *,
    at: str | None = None,
    speed: float | None = None,
    zone: str | None = None,
    theme: str | None = None,
    screenshot_dir: Path | None = None,
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
    if screenshot_dir is not None:
        parts += ["--screenshot-dir", str(screenshot_dir.resolve())]
    return shlex.join(parts)


class ServeError(Exception):
    """The server cannot start: a bad address, a busy port. Its text is one line."""


def serve(
    command: str,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    title: str = "soyuz-tui",
    public_url: str | None = None,
    max_sessions: int = DEFAULT_MAX_SESSIONS,
) -> None:
    """Serve `command` on `host:port` until a signal (INT, TERM, HUP or QUIT) ends it.

    Each session is `exec`'d by the shell textual-serve starts, so the app is the
    server's own child: it takes its own process group and dies with the server
    (see `soyuztui.web.served`).
    """
    try:
        from textual_serve.server import Server

        from soyuztui.web.server import GuardedServer, Limits
    except ImportError as error:  # pragma: no cover - it is a dependency
        raise ServeError(f"serve needs textual-serve ({error})") from error

    if not is_loopback(host):
        print(
            f"soyuz-tui: warning: serving on {visible(host)} with no authentication; "
            "anyone who can reach it can use the dashboard",
            file=sys.stderr,
        )
    url = public_url or f"http://{f'[{host}]' if ':' in host else host}:{port}"
    server = Server(f"exec {command}", host=host, port=port, title=title, public_url=url)
    guarded = GuardedServer(server, host=host, port=port, public_url=public_url, limits=Limits(max_sessions))
    # Sessions inherit the environment: this is how each knows which process to die with.
    previous = os.environ.get(SERVE_PID)
    os.environ[SERVE_PID] = str(os.getpid())
    try:
        asyncio.run(_serve_until_signal(guarded.application(), host, port, url))
    finally:
        if previous is None:
            os.environ.pop(SERVE_PID, None)
        else:
            os.environ[SERVE_PID] = previous


async def _serve_until_signal(app: web.Application, host: str, port: int, url: str) -> None:
    from aiohttp import web

    runner = web.AppRunner(app, handle_signals=False, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as error:
        await runner.cleanup()
        reason = error.strerror or str(error)
        if error.errno == errno.EADDRINUSE:
            reason = "the port is already in use"
        raise ServeError(f"cannot listen on {visible(host)} port {port}: {visible(reason)}") from None
    print(f"soyuz-tui: serving on {visible(url)} (Ctrl+C to stop)", file=sys.stderr)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
        loop.add_signal_handler(number, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
