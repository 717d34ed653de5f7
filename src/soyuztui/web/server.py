"""The web server behind `soyuz-tui serve`: textual-serve's handlers inside guards of our own.

textual-serve's `Server` builds its aiohttp application privately and accepts any
WebSocket. Here the application is built from its public handlers (`handle_index`,
`handle_download`) and its public `AppService`, with what a dashboard reachable from a
browser needs in front of them:

- a WebSocket upgrade is refused unless its `Origin` is the served origin (the
  `--public-url`'s, or the address served on and its loopback names), so a page on
  another site cannot open a session (browsers let any page connect to 127.0.0.1);
- requests whose `Host` is not one served are refused (DNS rebinding);
- at most `max_sessions` sessions; terminal sizes bounded; a client that stops reading
  is dropped after `write_timeout` seconds instead of holding its app blocked;
- every response carries a Content-Security-Policy with `frame-ancestors 'none'`; the
  page is our own template with fonts served from the package, nothing from other hosts.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import ipaddress
import json
import logging
import os
import signal
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from soyuztui.web.options import DEFAULT_MAX_SESSIONS, is_loopback

log = logging.getLogger("soyuz-tui.serve")

TEMPLATES = Path(__file__).with_name("page")
MIN_WIDTH, MAX_WIDTH = 20, 500
MIN_HEIGHT, MAX_HEIGHT = 8, 200
DEFAULT_WRITE_TIMEOUT = 10.0
#: Keys from the browser a session may have waiting for its app, and how fast they refill:
#: a person types a few bytes a second, a flood of 64 KB messages is dropped here rather
#: than queued in the app (where every byte becomes an event object).
MAX_QUEUED_INPUT = 64 * 1024
INPUT_BYTES_PER_SECOND = 8 * 1024
INPUT_BURST = 32 * 1024
#: How long an app has to quit when its browser has gone, then to die of SIGTERM.
QUIT_GRACE = 2.0
TERM_GRACE = 2.0
#: A size asked for while the app starts is sent once the app has been quiet this long
#: after its first output (its first frame drawn), or at most this long after it started.
SETTLE = 0.2
SETTLE_LIMIT = 5.0


@dataclass(frozen=True)
class Limits:
    """What one server allows: sessions at once, and how long a write may wait."""

    max_sessions: int = DEFAULT_MAX_SESSIONS
    write_timeout: float = DEFAULT_WRITE_TIMEOUT


def origin_of(url: str) -> str:
    """`scheme://host[:port]` of a URL, lower-cased, default ports left out (as browsers send it).

    A URL that is not one (`http://[::1`, a port out of range) has no origin: "".
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}.get(scheme)
    return f"{scheme}://{host}" if port in (None, default) else f"{scheme}://{host}:{port}"


def is_wildcard(host: str) -> bool:
    """True for an address that binds every interface (`0.0.0.0`, `::`)."""
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return host == ""


def own_origins(local_address: str, port: int) -> frozenset[str]:
    """For a wildcard bind: the origins of the address a request came in on and the machine's name.

    The address is the socket's own (so any address of this machine, as the client
    reached it), with the loopback names when it is loopback; the host name as
    `gethostname` gives it. Never another machine's name.
    """
    address = ipaddress.ip_address(local_address.split("%")[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return allowed_origins(str(address), port, None) | allowed_origins(socket.gethostname().lower(), port, None)


def allowed_origins(host: str, port: int, public_url: str | None) -> frozenset[str]:
    """The origins a page of this server has: the public URL's, else the address served on.

    A loopback address is also reached as `localhost`, `127.0.0.1` and `[::1]`; those are
    this machine's own names, so they are allowed together.
    """
    if public_url:
        return frozenset({origin_of(public_url)})
    names = {host}
    if is_loopback(host):
        names |= {"localhost", "127.0.0.1", "::1"}
    return frozenset(origin_of(f"http://{f'[{name}]' if ':' in name else name}:{port}") for name in names)


def clamp(text: str | None, low: int, high: int, default: int) -> int:
    """An integer from a query value, inside `low..high` (the default if not a number)."""
    try:
        value = int(text) if text is not None else default
    except ValueError:
        value = default
    return max(low, min(high, value))


def content_security_policy(origins: frozenset[str]) -> str:
    """Scripts, styles, fonts and images from this server only; never framed by another page."""
    sockets = " ".join(sorted("ws" + origin.removeprefix("http") for origin in origins))
    return (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"font-src 'self'; img-src 'self' data:; connect-src 'self' {sockets}; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    )


class GuardedServer:
    """textual-serve's handlers behind the origin, size, session and header guards."""

    def __init__(self, server: Server, *, host: str, port: int, public_url: str | None, limits: Limits) -> None:
        self.server = server
        self.limits = limits
        self.port = port
        self.wildcard = public_url is None and is_wildcard(host)
        self.origins = allowed_origins(host, port, public_url)
        self.sessions: set[AppService] = set()

    def origins_for(self, request: web.Request) -> frozenset[str]:
        """The origins a page of this server has, as this request reached it."""
        sockname = request.transport.get_extra_info("sockname") if request.transport else None
        if not self.wildcard or not sockname:
            return self.origins
        try:
            return own_origins(str(sockname[0]), self.port)
        except ValueError:
            return self.origins

    def application(self) -> web.Application:
        """The aiohttp application: the page, the WebSocket, downloads and static files."""
        app = web.Application(middlewares=[self._guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(TEMPLATES))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.get("/download/{key}", self.server.handle_download, name="download"),
                web.static("/static", self.server.statics_path, name="static"),
                web.static("/page", TEMPLATES / "static", name="page"),
            ]
        )
        app.on_shutdown.append(self._end_sessions)
        return app

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """The page. For a wildcard bind its WebSocket URL is the address the browser used
        (already checked against the machine's own by the guard), not `0.0.0.0`."""
        server = self.server
        if self.wildcard:
            server = copy.copy(server)
            server.public_url = f"http://{request.host}"
        return await server.handle_index(request)

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        origins = self.origins_for(request)
        if request.host.lower() not in {urlsplit(origin).netloc for origin in origins}:
            raise web.HTTPMisdirectedRequest(text="unknown host\n")
        response = await handler(request)
        if not response.prepared:  # a WebSocket has already sent its headers
            response.headers["Content-Security-Policy"] = content_security_policy(origins)
            response.headers["X-Frame-Options"] = "DENY"
            response.headers["X-Content-Type-Options"] = "nosniff"
            response.headers["Referrer-Policy"] = "no-referrer"
        return response

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
        """One browser tab: checks its origin and the session count, then runs one app."""
        origin = request.headers.get("Origin", "")
        if origin_of(origin) not in self.origins_for(request):
            log.warning("refused a WebSocket from origin %r", origin[:200])
            raise web.HTTPForbidden(text="origin not allowed\n")
        if len(self.sessions) >= self.limits.max_sessions:
            raise web.HTTPServiceUnavailable(text="too many sessions\n")
        width = clamp(request.query.get("width"), MIN_WIDTH, MAX_WIDTH, 80)
        height = clamp(request.query.get("height"), MIN_HEIGHT, MAX_HEIGHT, 24)
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=64 * 1024)
        await websocket.prepare(request)
        stalled = _Stall(request.transport, self.limits.write_timeout)
        drawing = _Output()
        service = AppService(
            self.server.command,
            write_bytes=drawing.noticing(stalled.guard(websocket.send_bytes)),
            write_str=stalled.guard(websocket.send_str),
            close=_closer(websocket),
            download_manager=self.server.download_manager,
        )
        # A session counts from here until its app process has exited, not until its
        # socket closes: an app still working through a backlog still holds memory.
        self.sessions.add(service)
        try:
            await service.start(width, height)
            await _relay(websocket, service, stalled.guard(websocket.send_str), drawing)
        except Exception as error:
            log.warning("session ended: %s", error)
        finally:
            try:
                await end_session(service)
            finally:
                self.sessions.discard(service)
        return websocket

    async def _end_sessions(self, app: web.Application) -> None:
        sessions = list(self.sessions)
        await asyncio.gather(*(end_session(service) for service in sessions), return_exceptions=True)
        self.sessions.difference_update(sessions)


def session_process(service: AppService) -> asyncio.subprocess.Process | None:
    """The app process of a session (textual-serve keeps it as `_process`; pinned below 2)."""
    process: asyncio.subprocess.Process | None = getattr(service, "_process", None)
    return process


async def end_session(service: AppService) -> None:
    """End a session's app for sure, within seconds, and return once its process has exited.

    It is asked to quit; one that does not within `QUIT_GRACE` (its loop busy with a
    backlog) gets SIGTERM to its process group, then SIGKILL after `TERM_GRACE`. The app
    is `exec`'d and leads its own group (`soyuztui.web.served`), so the group is its pid.
    """
    process = session_process(service)
    with contextlib.suppress(Exception, TimeoutError):
        # Bounded: the pipe of an app that does not read is full, and this would wait on it.
        await asyncio.wait_for(service.send_meta({"type": "quit"}), QUIT_GRACE)
    if process is not None:
        for grace, then in ((QUIT_GRACE, signal.SIGTERM), (TERM_GRACE, signal.SIGKILL)):
            try:
                await asyncio.wait_for(asyncio.shield(process.wait()), grace)
                break
            except TimeoutError:
                _signal_group(process.pid, then)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), TERM_GRACE)
    with contextlib.suppress(Exception, TimeoutError):
        await asyncio.wait_for(service.stop(), TERM_GRACE)  # reaps textual-serve's reader task


def _signal_group(pid: int, number: signal.Signals) -> None:
    try:
        os.killpg(pid, number)
    except (ProcessLookupError, PermissionError):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, number)  # not a group leader (yet): the process itself


def _closer(websocket: web.WebSocketResponse) -> Callable[[], Awaitable[None]]:
    """Closes the browser's socket when the app exits (bounded: the client may be stalled)."""

    async def close() -> None:
        with contextlib.suppress(Exception, asyncio.TimeoutError):
            await asyncio.wait_for(websocket.close(), 2.0)

    return close


class _Stall:
    """Writes to a browser that give up after a timeout and then drop the session.

    A client that stops reading fills the socket; without a limit the write would wait
    for ever, and with it the app's output pipe and the app itself.
    """

    def __init__(self, transport: asyncio.Transport | None, timeout: float) -> None:
        self.transport = transport
        self.timeout = timeout
        self.dead = False

    def guard(self, send: Callable[[Any], Awaitable[None]]) -> Callable[[Any], Awaitable[None]]:
        """`send`, bounded in time; after one timeout every later write is dropped."""

        async def bounded(data: Any) -> None:
            if self.dead:
                return
            try:
                await asyncio.wait_for(send(data), self.timeout)
            except TimeoutError:
                self.dead = True
                log.warning("dropped a client that stopped reading for %gs", self.timeout)
                if self.transport is not None:
                    self.transport.abort()  # a close frame would wait behind the stalled data
            except (ConnectionError, RuntimeError):
                self.dead = True  # the client has gone; the app is ended by the caller

        return bounded


class _Output:
    """When a session's app first wrote (its driver runs) and when it last did."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.last = 0.0

    def noticing(self, send: Callable[[bytes], Awaitable[None]]) -> Callable[[bytes], Awaitable[None]]:
        """`send`, noting every write of the app."""

        async def write(data: bytes) -> None:
            self.last = time.monotonic()
            self.started.set()
            await send(data)

        return write

    async def settled(self) -> None:
        """Once the app has started and then written nothing for `SETTLE` seconds (its
        first frame drawn), or `SETTLE_LIMIT` seconds after it started."""
        await self.started.wait()
        limit = time.monotonic() + SETTLE_LIMIT
        while (quiet := time.monotonic() - self.last) < SETTLE and time.monotonic() < limit:
            await asyncio.sleep(SETTLE - quiet)


async def _relay(
    websocket: web.WebSocketResponse,
    service: AppService,
    send_str: Callable[[str], Awaitable[None]],
    drawing: _Output,
) -> None:
    """Keys, resizes and focus from the browser to the app; sizes kept inside the bounds."""
    keys = _Input(service)
    sizes = _Sizes(service, drawing)
    try:
        await _relay_messages(websocket, service, send_str, keys, sizes)
    finally:
        sizes.cancel()


async def _relay_messages(
    websocket: web.WebSocketResponse,
    service: AppService,
    send_str: Callable[[str], Awaitable[None]],
    keys: _Input,
    sizes: _Sizes,
) -> None:
    async for message in websocket:
        if message.type != WSMsgType.TEXT:
            continue
        try:
            envelope = json.loads(message.data)
            kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
        except (ValueError, TypeError, IndexError, KeyError):
            continue
        if kind == "stdin" and isinstance(data, str):
            keys.forward(data.encode("utf-8"))
        elif kind == "resize" and isinstance(data, dict):
            width = clamp(str(data.get("width")), MIN_WIDTH, MAX_WIDTH, 80)
            height = clamp(str(data.get("height")), MIN_HEIGHT, MAX_HEIGHT, 24)
            await sizes.request(width, height)
        elif kind == "ping":
            await send_str(json.dumps(["pong", data]))
        elif kind == "blur":
            await service.blur()
        elif kind == "focus":
            await service.focus()


class _Input:
    """Keys from the browser to a session's app, never blocking the relay and never unbounded.

    Input is written without waiting for the app to read it (an app that does not read
    must not stop the relay from seeing its socket close), and dropped beyond
    `MAX_QUEUED_INPUT` bytes waiting in the pipe or beyond a rate of
    `INPUT_BYTES_PER_SECOND` (bursts of `INPUT_BURST`).
    """

    def __init__(self, service: AppService) -> None:
        self.service = service
        self.allowance = float(INPUT_BURST)
        self.checked = time.monotonic()
        self.dropped = False

    def forward(self, data: bytes) -> bool:
        """Queue `data` for the app; False if it was dropped."""
        now = time.monotonic()
        self.allowance = min(INPUT_BURST, self.allowance + (now - self.checked) * INPUT_BYTES_PER_SECOND)
        self.checked = now
        stdin = self.service.stdin
        waiting = stdin.transport.get_write_buffer_size()
        if len(data) > self.allowance or waiting + len(data) > MAX_QUEUED_INPUT or stdin.is_closing():
            if not self.dropped:
                self.dropped = True
                log.warning("dropped input from a client sending faster than its app reads")
            return False
        self.allowance -= len(data)
        stdin.write(AppService.encode_packet(b"D", data))
        return True


class _Sizes:
    """The terminal size the browser asks for, reaching the app only once its driver runs.

    A resize that reaches the app while it starts can overtake the driver's own first
    resize (the size the app was started at), or land while the first screen is laid
    out; the app then keeps a stale size, or redraws for good. So sizes asked for before
    the app has drawn its first frame are held (the last one wins) and sent once it has
    (`_Output.settled`); later ones go at once.
    """

    def __init__(self, service: AppService, drawing: _Output) -> None:
        self.service = service
        self.drawing = drawing
        self.pending: tuple[int, int] | None = None
        self.settled = False
        self.task: asyncio.Task[None] | None = asyncio.create_task(self._send_when_started())

    async def request(self, width: int, height: int) -> None:
        """Send `width` x `height` to the app now, or once it has started."""
        if self.settled and self.task is None:
            await self.service.set_terminal_size(width, height)
            return
        self.pending = (width, height)  # sent by the task once the app has settled

    async def _send_when_started(self) -> None:
        await self.drawing.settled()
        self.settled = True
        while self.pending is not None:  # one asked for while this one was sent goes too
            width, height = self.pending
            self.pending = None
            await self.service.set_terminal_size(width, height)
        self.task = None

    def cancel(self) -> None:
        """Drop a size still held (the session is ending)."""
        if self.task is not None:
            self.task.cancel()
