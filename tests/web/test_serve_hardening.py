"""`serve` against the third hardening pass: malformed origins, a wildcard bind.

Each test drives the real aiohttp application (`GuardedServer.application`) over a real
socket; no app session is started unless the test needs one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import shlex
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from textual_serve.server import Server

from soyuztui.web import server as server_module
from soyuztui.web.server import GuardedServer, Limits, origin_of, own_origins


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _other_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.255", 9))  # a routing lookup only: UDP sends nothing on connect
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") else address


def _serve(host: str, test: Callable[[aiohttp.ClientSession, int], Awaitable[Any]]) -> Any:
    async def run() -> Any:
        port = _free_port()
        server = Server("true", host=host, port=port, title="t", public_url=f"http://{host}:{port}")
        guarded = GuardedServer(server, host=host, port=port, public_url=None, limits=Limits(4, 10.0))
        test_server = TestServer(guarded.application(), host=host, port=port)
        await test_server.start_server()
        try:
            async with aiohttp.ClientSession() as client:
                return await test(client, port)
        finally:
            await test_server.close()

    return asyncio.run(run())


async def _websocket_status(client: aiohttp.ClientSession, url: str, origin: str) -> int:
    try:
        async with client.ws_connect(f"{url}/ws", headers={"Origin": origin}) as websocket:
            await websocket.close()
            return 101
    except aiohttp.WSServerHandshakeError as error:
        return error.status


@pytest.mark.parametrize(
    "origin", ["http://[::1", "http://127.0.0.1:99999", "http://127.0.0.1:8000.evil.example", "http://[zz]:1"]
)
def test_a_malformed_origin_is_403_in_one_log_line(origin: str, caplog: pytest.LogCaptureFixture) -> None:
    assert origin_of(origin) == ""

    async def test(client: aiohttp.ClientSession, port: int) -> int:
        return await _websocket_status(client, f"http://127.0.0.1:{port}", origin)

    with caplog.at_level(logging.WARNING):
        assert _serve("127.0.0.1", test) == 403
    records = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(records) == 1 and "refused a WebSocket from origin" in records[0].getMessage()
    assert records[0].exc_info is None and "\n" not in records[0].getMessage()


def test_a_wildcard_bind_answers_on_loopback_and_the_machines_own_address() -> None:
    other = _other_address()

    async def test(client: aiohttp.ClientSession, port: int) -> dict[str, Any]:
        results: dict[str, Any] = {}
        for name in ("127.0.0.1", "localhost", other):
            if name is None:
                continue
            async with client.get(f"http://{name}:{port}/") as response:
                results[name] = (response.status, await response.text())
        # Another name for this address is not this machine's: DNS rebinding stays refused.
        async with client.get(f"http://127.0.0.1:{port}/", headers={"Host": f"evil.example:{port}"}) as response:
            results["evil host"] = response.status
        results["own origin"] = await _websocket_status(client, f"http://127.0.0.1:{port}", f"http://127.0.0.1:{port}")
        results["foreign origin"] = await _websocket_status(client, f"http://127.0.0.1:{port}", "http://evil.example")
        return results

    results = _serve("0.0.0.0", test)
    for name in ("127.0.0.1", "localhost", other):
        if name is None:
            continue
        status, page = results[name]
        assert status == 200, name
        assert f'data-session-websocket-url="ws://{name}:' in page  # never ws://0.0.0.0
    assert results["evil host"] == 421
    assert results["own origin"] == 101
    assert results["foreign origin"] == 403


def test_own_origins_are_the_address_used_and_the_machines_name() -> None:
    hostname = socket.gethostname().lower()
    assert own_origins("127.0.0.1", 8000) >= {"http://127.0.0.1:8000", "http://localhost:8000"}
    assert own_origins("::ffff:192.0.2.7", 8000) >= {"http://192.0.2.7:8000", f"http://{hostname}:8000"}
    assert "http://127.0.0.1:8000" not in own_origins("192.0.2.7", 8000)


async def test_a_screenshot_in_a_browser_session_goes_to_the_browser(
    dossier: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under serve, Screenshot delivers the SVG to the browser and writes nothing on the server."""
    from soyuztui.tui.app import SoyuzApp
    from tests.conftest import test_app

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(SoyuzApp, "is_web", property(lambda self: True))
    delivered: list[tuple[str, str | None]] = []

    def deliver_text(app: SoyuzApp, file: Any, *, save_filename: str | None = None, **options: Any) -> str:
        delivered.append((file.read(), save_filename))
        return "key"

    monkeypatch.setattr(SoyuzApp, "deliver_text", deliver_text)
    app = test_app(dossier)
    async with app.run_test(size=(100, 30)) as pilot:
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Screenshot")
        assert "Download" in command.help
        command.callback()
        for _ in range(100):
            if delivered:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        notes = [str(note.message) for note in app._notifications]
    ((svg, name),) = delivered
    assert svg.startswith("<svg") and name is not None and name.startswith("soyuz-tui-") and name.endswith(".svg")
    assert list(tmp_path.iterdir()) == []
    assert "Sent to the browser as a download" in notes


_STUBBORN_APP = """
import os, signal, sys, time
os.setpgid(0, 0)
signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a loop too busy to end on SIGTERM
with open(sys.argv[1], "w") as out:
    out.write(str(os.getpid()))
while True:
    time.sleep(0.1)  # and it never reads its input
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    return True


def test_a_flooding_client_that_hangs_up_ends_its_app_and_is_counted_until_then(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "QUIT_GRACE", 0.5)
    monkeypatch.setattr(server_module, "TERM_GRACE", 0.5)
    pid_file = tmp_path / "pid"
    command = f"exec {sys.executable} -c {shlex.quote(_STUBBORN_APP)} {shlex.quote(str(pid_file))}"

    async def run() -> tuple[int, int, bool, float]:
        port = _free_port()
        server = Server(command, host="127.0.0.1", port=port, title="t", public_url=f"http://127.0.0.1:{port}")
        guarded = GuardedServer(server, host="127.0.0.1", port=port, public_url=None, limits=Limits(4, 10.0))
        test_server = TestServer(guarded.application(), host="127.0.0.1", port=port)
        await test_server.start_server()
        try:
            url = f"http://127.0.0.1:{port}"
            async with aiohttp.ClientSession() as client:
                websocket = await client.ws_connect(f"{url}/ws", headers={"Origin": url})
                for _ in range(200):
                    if pid_file.exists() and pid_file.read_text():
                        break
                    await asyncio.sleep(0.05)
                flood = json.dumps(["stdin", "x" * 60_000])
                for _ in range(40):  # 2.4 MB of keys, far beyond what is queued
                    await websocket.send_str(flood)
                queued = session_process_input(guarded)
                await websocket.close()
            pid = int(pid_file.read_text())
            hung_up = time.monotonic()
            counted_while_alive = True
            while _alive(pid) and time.monotonic() - hung_up < 20:
                counted_while_alive &= len(guarded.sessions) == 1
                await asyncio.sleep(0.05)
            ended_in = time.monotonic() - hung_up
            for _ in range(100):
                if not guarded.sessions:
                    break
                await asyncio.sleep(0.05)
            return queued, len(guarded.sessions), counted_while_alive and not _alive(pid), ended_in
        finally:
            await test_server.close()

    queued, sessions, counted, ended_in = asyncio.run(run())
    assert queued <= server_module.MAX_QUEUED_INPUT + 100
    assert counted and sessions == 0
    assert ended_in < 10


def session_process_input(guarded: GuardedServer) -> int:
    """Bytes of input waiting in the pipe to the one session's app."""
    (service,) = guarded.sessions
    return int(service.stdin.transport.get_write_buffer_size())


class _RecordingService:
    """What `_Sizes` needs of a session: where the sizes it sends go."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, int]] = []

    async def set_terminal_size(self, width: int, height: int) -> None:
        self.sent.append((width, height))


def test_sizes_asked_for_during_start_up_reach_the_app_once_it_has_drawn_last_one_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(server_module, "SETTLE", 0.05)

    async def run() -> list[list[tuple[int, int]]]:
        service = _RecordingService()
        output = server_module._Output()
        sizes = server_module._Sizes(service, output)  # type: ignore[arg-type]
        seen = []
        await sizes.request(120, 40)
        await sizes.request(90, 30)
        await asyncio.sleep(0.1)
        seen.append(list(service.sent))  # nothing reaches an app that has not started

        async def browser(data: bytes) -> None:
            pass

        write = output.noticing(browser)
        for _ in range(4):  # the first frame, in pieces
            await write(b"frame")
            await asyncio.sleep(0.01)
        seen.append(list(service.sent))  # nor one still drawing its first frame
        await asyncio.sleep(0.2)
        seen.append(list(service.sent))
        await sizes.request(100, 35)
        seen.append(list(service.sent))
        return seen

    before, drawing, settled, after = asyncio.run(run())
    assert before == [] and drawing == []
    assert settled == [(90, 30)]
    assert after == [(90, 30), (100, 35)]


def test_a_resize_during_start_up_settles_on_the_last_size() -> None:
    """A WebSocket client asks for another size while its app starts: the app redraws a few
    times, then goes quiet (it used to flip between the sizes, ~200 KB/s for good)."""
    from soyuztui.web.serve import app_command

    async def run() -> int:
        port = _free_port()
        command = f"exec {app_command()}"
        server = Server(command, host="127.0.0.1", port=port, title="t", public_url=f"http://127.0.0.1:{port}")
        guarded = GuardedServer(server, host="127.0.0.1", port=port, public_url=None, limits=Limits(4, 10.0))
        test_server = TestServer(guarded.application(), host="127.0.0.1", port=port)
        await test_server.start_server()
        url = f"http://127.0.0.1:{port}"
        try:
            async with aiohttp.ClientSession() as client:
                websocket = await client.ws_connect(f"{url}/ws?width=100&height=30", headers={"Origin": url})
                await asyncio.sleep(0.05)
                await websocket.send_str(json.dumps(["resize", {"width": 120, "height": 40}]))

                async def received(seconds: float, enough: int | None = None) -> int:
                    total, until = 0, time.monotonic() + seconds
                    while (left := until - time.monotonic()) > 0 and (enough is None or total < enough):
                        with contextlib.suppress(TimeoutError):
                            message = await asyncio.wait_for(websocket.receive(), left)
                            if message.type == aiohttp.WSMsgType.BINARY:
                                total += len(message.data)
                    return total

                assert await received(60, enough=20_000) >= 20_000  # the first frame, however slow
                await received(2.0)  # the size settles: a redraw or two
                quiet = await received(2.0)
                await websocket.send_str('["stdin", "q"]')
                await websocket.close()
            for _ in range(100):
                if not guarded.sessions:
                    break
                await asyncio.sleep(0.1)
            return quiet
        finally:
            await test_server.close()

    assert asyncio.run(run()) < 40_000
