"""`serve` as a hostile web page or client would try it: origins, sessions, sizes, stalls, orphans."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from soyuztui.web.serve import app_command
from soyuztui.web.server import (
    MAX_HEIGHT,
    MAX_WIDTH,
    GuardedServer,
    Limits,
    _Stall,
    allowed_origins,
    clamp,
    origin_of,
)

# Sessions' subprocess pipes may be collected after their test's event loop has closed.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _guarded(port: int, command: str, max_sessions: int = 4) -> GuardedServer:
    from textual_serve.server import Server

    url = f"http://127.0.0.1:{port}"
    server = Server(command, host="127.0.0.1", port=port, title="t", public_url=url)
    return GuardedServer(server, host="127.0.0.1", port=port, public_url=None, limits=Limits(max_sessions, 10.0))


def _with_server(
    command: str, test: Callable[[aiohttp.ClientSession, str, GuardedServer], Awaitable[Any]], **options: Any
) -> Any:
    async def run() -> Any:
        result = await serve_once()
        gc.collect()  # the sessions' pipes are closed while their loop still runs
        await asyncio.sleep(0.05)
        return result

    async def serve_once() -> Any:
        port = _free_port()
        guarded = _guarded(port, command, **options)
        server = TestServer(guarded.application(), host="127.0.0.1", port=port)
        await server.start_server()
        try:
            async with aiohttp.ClientSession() as client:
                return await test(client, f"http://127.0.0.1:{port}", guarded)
        finally:
            # Let every session end (its app quit) before the loop goes away.
            for _ in range(300):
                if not guarded.sessions:
                    break
                await asyncio.sleep(0.05)
            await server.close()

    return asyncio.run(run())


async def _status(client: aiohttp.ClientSession, url: str, origin: str | None) -> int:
    headers = {} if origin is None else {"Origin": origin}
    try:
        async with client.ws_connect(f"{url}/ws", headers=headers) as websocket:
            await websocket.close()
            return 101
    except aiohttp.WSServerHandshakeError as error:
        return error.status


@pytest.mark.parametrize(
    "origin", ["http://evil.example", "null", None, "http://127.0.0.1:1", "https://127.0.0.1:{port}", "file://"]
)
def test_serve_accepts_websockets_from_any_origin(origin: str | None) -> None:
    async def test(client: aiohttp.ClientSession, url: str, guarded: GuardedServer) -> int:
        port = url.rsplit(":", 1)[1]
        return await _status(client, url, None if origin is None else origin.format(port=port))

    assert _with_server("true", test) == 403


def test_serve_own_origin_gets_the_dashboard() -> None:
    async def test(client: aiohttp.ClientSession, url: str, guarded: GuardedServer) -> int:
        received = 0
        async with client.ws_connect(f"{url}/ws?width=100&height=30", headers={"Origin": url}) as websocket:
            while received < 1000:
                message = await asyncio.wait_for(websocket.receive(), 30)
                if message.type != aiohttp.WSMsgType.BINARY:
                    break
                received += len(message.data)
            await websocket.send_str('["stdin", "q"]')
        return received

    assert _with_server(f"exec {app_command()}", test) >= 1000


def test_loopback_names_are_one_origin_and_a_public_url_is_the_only_one() -> None:
    assert allowed_origins("127.0.0.1", 8000, None) == {
        "http://127.0.0.1:8000",
        "http://localhost:8000",
        "http://[::1]:8000",
    }
    assert allowed_origins("0.0.0.0", 80, "https://Dash.Example.org:443/app/") == {"https://dash.example.org"}
    assert origin_of("null") not in allowed_origins("127.0.0.1", 8000, None)


def test_serve_has_no_session_cap() -> None:
    async def test(client: aiohttp.ClientSession, url: str, guarded: GuardedServer) -> list[int]:
        sockets = [await client.ws_connect(f"{url}/ws", headers={"Origin": url}) for _ in range(2)]
        await asyncio.sleep(0.2)
        third = await _status(client, url, url)
        for websocket in sockets:
            await websocket.close()
        return [len(sockets), third]

    # `head` stands in for the app: it stays until the server's quit message reaches it.
    assert _with_server("exec head -c 1 >/dev/null", test, max_sessions=2) == [2, 503]


def test_serve_width_and_height_are_unbounded() -> None:
    assert clamp("5000", 20, MAX_WIDTH, 80) == MAX_WIDTH
    assert clamp("-3", 8, MAX_HEIGHT, 24) == 8
    assert clamp("1e9", 20, MAX_WIDTH, 80) == 80
    assert clamp(None, 20, MAX_WIDTH, 80) == 80
    assert MAX_WIDTH * MAX_HEIGHT <= 100_000


def test_serve_a_stalled_client_holds_its_app_for_ever() -> None:
    class Transport:
        aborted = False

        def abort(self) -> None:
            self.aborted = True

    async def never(data: bytes) -> None:
        await asyncio.sleep(3600)

    async def run() -> tuple[bool, bool, float]:
        transport = Transport()
        stall = _Stall(transport, 0.05)  # type: ignore[arg-type]
        send = stall.guard(never)
        started = time.monotonic()
        await send(b"x")
        await send(b"y")  # dropped at once: the session is dead
        return stall.dead, transport.aborted, time.monotonic() - started

    dead, aborted, took = asyncio.run(run())
    assert dead and aborted and took < 1.0


def test_serve_page_pulls_fonts_from_another_host_and_can_be_framed() -> None:
    async def test(client: aiohttp.ClientSession, url: str, guarded: GuardedServer) -> tuple[str, str, str, int]:
        async with client.get(f"{url}/") as page:
            body = await page.text()
            policy = page.headers.get("Content-Security-Policy", "")
            frame = page.headers.get("X-Frame-Options", "")
        async with client.get(f"{url}/page/page.css") as css:
            fonts = await css.text()
        async with client.get(f"{url}/", headers={"Host": "rebound.example:80"}) as rebound:
            return body + fonts, policy, frame, rebound.status

    body, policy, frame, rebound = _with_server("true", test)
    assert "frame-ancestors 'none'" in policy and frame == "DENY"
    assert "default-src 'none'" in policy and "script-src 'self';" in policy
    assert "googleapis" not in body and "https://" not in body
    assert "/static/fonts/RobotoMono" in body
    assert rebound == 421  # a DNS-rebound name is not served


def _children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGHUP])
def test_serve_leaves_orphans(kill: signal.Signals, tmp_path: Path) -> None:
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "soyuztui", "serve", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"

        async def open_session() -> set[int]:
            for _ in range(100):
                try:
                    async with aiohttp.ClientSession() as client:
                        websocket = await client.ws_connect(f"{url}/ws", headers={"Origin": url})
                        await asyncio.wait_for(websocket.receive(), 30)  # the app is drawing
                        children = _children_of(server.pid)
                        server.send_signal(kill)
                        return children
                except aiohttp.ClientConnectorError:
                    await asyncio.sleep(0.1)
            raise AssertionError((tmp_path / "serve.log").read_text())

        children = asyncio.run(open_session())
        assert children, "a session runs as a child of the server"
        assert all(os.getpgid(child) == child for child in children if _alive(child))
        deadline = time.monotonic() + 10
        while any(_alive(child) for child in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(child) for child in children)
    finally:
        server.kill()
        server.wait()
        log.close()


def _serve_error(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "soyuztui", "serve", *argv], capture_output=True, text=True, timeout=60
    )


def test_serve_bad_host_is_a_traceback() -> None:
    result = _serve_error("--host", "256.1.1.1", "--port", str(_free_port()))
    assert result.returncode == 1
    warning, error = result.stderr.splitlines()
    assert warning.startswith("soyuz-tui: warning: serving on 256.1.1.1 with no authentication")
    assert error.startswith("soyuz-tui: serve: cannot listen on 256.1.1.1 port ")


def test_serve_busy_port_is_a_traceback() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = _serve_error("--port", str(port))
    assert result.returncode == 1
    assert result.stderr == f"soyuz-tui: serve: cannot listen on 127.0.0.1 port {port}: the port is already in use\n"


def test_the_application_is_textual_serves_handlers_behind_guards() -> None:
    guarded = _guarded(_free_port(), "true")
    app = guarded.application()
    assert isinstance(app, web.Application)
    assert {route.name for route in app.router.routes() if route.name} >= {"index", "websocket", "static"}
