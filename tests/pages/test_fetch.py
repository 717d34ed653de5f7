"""Links: fetched from a server on 127.0.0.1 that the test starts, kept in the cache, read offline the second time."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from soyuztui.cli import main
from soyuztui.draft import fetch as fetch_module
from soyuztui.draft.add import add_sources
from soyuztui.draft.fetch import RETRY_AFTER, USER_AGENT, FetchFailed, fetch, pages_cache
from soyuztui.draft.pages import MAX_PAGE_BYTES
from soyuztui.draft.records import read_records
from tests.pages.gold import PAGES

WIRE = (PAGES / "03-wire.html").read_bytes()


class _Site(BaseHTTPRequestHandler):
    """The routes the tests ask for; `pages` can be changed between requests."""

    pages: ClassVar[dict[str, bytes]] = {}
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/moved":
            self._answer(302, b"", {"Location": "/wire"})
        elif self.path == "/slow":
            time.sleep(1.0)
            self._answer(200, WIRE)
        elif self.path == "/huge":
            self._answer(200, b"", {"Content-Length": str(MAX_PAGE_BYTES * 10)}, length=False)
        elif self.path == "/endless":
            self._answer(200, b"<p>" + b"x" * (MAX_PAGE_BYTES + 10), length=False)
        elif self.path == "/paper.pdf":
            self._answer(200, b"%PDF-1.7", {"Content-Type": "application/pdf"})
        elif self.path in self.pages:
            self._answer(200, self.pages[self.path])
        else:
            self._answer(404, b"<h1>Not Found</h1>")

    def _answer(self, status: int, body: bytes, headers: dict[str, str] | None = None, length: bool = True) -> None:
        self.send_response(status)
        headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
        for key, value in headers.items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should past the cap

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read what matters from the answers."""


@pytest.fixture
def site() -> Iterator[tuple[str, ThreadingHTTPServer]]:
    _Site.pages = {"/wire": WIRE}
    _Site.agents = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", server
    server.shutdown()
    server.server_close()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return pages_cache()


def test_a_link_is_fetched_with_a_user_agent_and_kept_in_the_users_cache(
    site: tuple[str, ThreadingHTTPServer], cache: Path, tmp_path: Path
) -> None:
    base, _server = site
    assert cache == tmp_path / "xdg" / "soyuz-tui" / "pages"
    page = fetch(f"{base}/moved", cache)  # a redirect is followed
    assert (page.data, page.url, page.from_cache) == (WIRE, f"{base}/wire", False)
    assert _Site.agents == [USER_AGENT, USER_AGENT] and USER_AGENT.startswith("soyuz-tui/")
    assert len(list(cache.glob("*.html"))) == 1
    assert fetch(f"{base}/moved", cache).from_cache is True
    assert len(_Site.agents) == 2  # the second time, no request at all


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/nowhere", "the server answered 404 Not Found"),
        ("/huge", "is larger than 5 MB (50 MB); not read"),
        ("/endless", "is larger than 5 MB; not read"),
        ("/paper.pdf", "is application/pdf, not a web page"),
    ],
)
def test_a_failed_fetch_says_why(site: tuple[str, ThreadingHTTPServer], path: str, reason: str) -> None:
    with pytest.raises(FetchFailed) as failed:
        fetch(site[0] + path)
    assert str(failed.value) == reason


def test_a_slow_server_is_given_up_on(site: tuple[str, ThreadingHTTPServer]) -> None:
    with pytest.raises(FetchFailed, match=r"no answer within 0.2 s"):
        fetch(f"{site[0]}/slow", timeout=0.2)


def test_a_refused_connection_names_the_link(cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    port = server.server_address[1]
    server.server_close()  # nothing listens there now
    assert main(["add", f"http://127.0.0.1:{port}/wire", "--mission", str(tmp_path / "m")]) == 1
    assert capsys.readouterr().err.startswith(f"http://127.0.0.1:{port}/wire: cannot be reached: ")


def test_failed_links_never_stop_the_others_and_a_second_run_works_offline(
    site: tuple[str, ThreadingHTTPServer], cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, server = site
    links = tmp_path / "links.txt"
    links.write_text(f"# the launch\n{base}/nowhere\n{base}/wire\n\n{base}/paper.pdf\n", encoding="utf-8")
    assert main(["add", str(links), "--mission", str(tmp_path / "one")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:3] == [
        f"{base}/nowhere: the server answered 404 Not Found",
        f"added 001_meridian-wire-three-set-to-launch-on-osprey-6-as-winds-ease.txt from {base}/wire",
        f"{base}/paper.pdf: is application/pdf, not a web page",
    ]
    (record,) = read_records(tmp_path / "one")
    assert record.source == f"{base}/wire" and record.fetched is not None and record.published is not None
    server.shutdown()
    server.server_close()
    assert main(["add", f"{base}/wire", "--mission", str(tmp_path / "two")]) == 0  # from the cache
    assert len(list((tmp_path / "two").glob("*.txt"))) == 1


def test_a_changed_page_at_the_same_link_becomes_a_new_document(
    site: tuple[str, ThreadingHTTPServer], cache: Path, tmp_path: Path
) -> None:
    base, _server = site
    mission = tmp_path / "m"
    assert len(add_sources([f"{base}/wire"], mission, cache=cache).written) == 1
    _Site.pages["/wire"] = WIRE.replace(b"eased, mission managers said.", b"eased, mission managers said on Tuesday.")
    assert add_sources([f"{base}/wire"], mission, cache=cache).unchanged == [f"{base}/wire"]  # the kept copy
    again = add_sources([f"{base}/wire"], mission, cache=cache, refresh=True)
    assert [record.path[:4] for record in again.written] == ["002_"]
    assert add_sources([f"{base}/wire"], mission, cache=cache, refresh=True).written == []


def test_a_folder_with_a_links_file_opens_as_a_mission(
    site: tuple[str, ThreadingHTTPServer], cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _server = site
    _Site.pages = {f"/{page.stem}": page.read_bytes() for page in sorted(PAGES.glob("*.html"))}
    mission = tmp_path / "flight"
    mission.mkdir()
    (mission / "links.txt").write_text("\n".join(f"{base}{path}" for path in _Site.pages) + "\n", encoding="utf-8")
    assert main(["check", "--mission", str(mission)]) == 0
    assert capsys.readouterr().out.startswith("ok: Osprey 6: 8 documents")
    assert main(["check", "--mission", str(mission)]) == 0  # every link added already: no request at all
    assert len(_Site.agents) == 8


def test_a_date_in_the_links_address_does_not_hide_the_pages_time(
    site: tuple[str, ThreadingHTTPServer], cache: Path, tmp_path: Path
) -> None:
    base, _server = site
    _Site.pages["/2033/09/12/drill"] = (PAGES / "04-agency-blog.html").read_bytes()
    added = add_sources([f"{base}/2033/09/12/drill"], tmp_path / "m", cache=cache)
    assert added.written[0].published == "2033-09-15T08:30:00-04:00"


def test_a_failed_link_is_left_alone_for_a_while_and_refresh_asks_at_once(
    site: tuple[str, ThreadingHTTPServer], cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _server = site
    link, mission = f"{base}/later", str(tmp_path / "m")
    assert main(["add", link, "--mission", mission]) == 1
    assert capsys.readouterr().err.startswith(f"{link}: the server answered 404 Not Found\n")
    # The next start says when it asks again and why it failed, and asks nothing now.
    assert main(["add", link, "--mission", mission]) == 1
    assert re.match(
        rf"{re.escape(link)}: not fetched again until \d\d:\d\d \(last failure: the server answered 404 Not Found\); "
        r"add --refresh fetches it now\n",
        capsys.readouterr().err,
    )
    assert len(_Site.agents) == 1
    # --refresh asks at once; the page is there now, and the failure is forgotten.
    _Site.pages["/later"] = WIRE
    assert main(["add", "--refresh", link, "--mission", mission]) == 0
    assert len(_Site.agents) == 2 and not list(cache.glob("*.failed"))


def test_a_failed_link_is_fetched_again_once_the_hour_is_over(
    site: tuple[str, ThreadingHTTPServer], cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, _server = site
    failed = datetime(2033, 9, 14, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(fetch_module, "_now", lambda: failed)
    with pytest.raises(FetchFailed, match="404"):
        fetch(f"{base}/later", cache)
    until = (failed + RETRY_AFTER).astimezone()
    monkeypatch.setattr(fetch_module, "_now", lambda: failed + RETRY_AFTER - timedelta(seconds=1))
    with pytest.raises(FetchFailed, match=f"not fetched again until {until:%H:%M} "):
        fetch(f"{base}/later", cache)
    monkeypatch.setattr(fetch_module, "_now", lambda: failed + RETRY_AFTER)
    _Site.pages["/later"] = WIRE
    assert fetch(f"{base}/later", cache).data == WIRE
    assert len(_Site.agents) == 2
