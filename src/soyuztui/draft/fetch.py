"""Links fetched once and kept: a page from the web, or from the user's cache folder on later runs.

The request says who asks (`soyuz-tui/VERSION` and the project's address), gives up after
a timeout, stops reading past a size cap, and takes only HTML. A fetched page is kept in
the user's cache folder with its final address and when it was fetched, so a second run
reads it from there without the network; `refresh` asks the web again. A link that failed
is kept there too, with why and when, and is not asked again for `RETRY_AFTER`: a start
that has nothing new to learn from it does not wait on it, nor load its server.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from soyuztui import __version__
from soyuztui.draft.pages import MAX_PAGE_BYTES

USER_AGENT = f"soyuz-tui/{__version__} (+https://example.org/soyuz-tui)"
"""Who fetches: the program, its version and where to read about it."""
#: Seconds to wait for the server to connect or to send the next bytes.
TIMEOUT_SECONDS = 20.0
_HTML_TYPES = ("text/html", "application/xhtml+xml")
RETRY_AFTER = timedelta(hours=1)
"""How long a link that failed is left alone before it is fetched again (`refresh` asks at once)."""


class FetchFailed(Exception):
    """A link that gave no page, with the reason in a few words."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page as fetched: its bytes, the address it ended at, and when."""

    data: bytes
    url: str
    fetched: datetime
    from_cache: bool = False


def pages_cache() -> Path:
    """The folder fetched pages are kept in: the user's cache folder for soyuz-tui, `pages/`.

    platformdirs gives the platform's place (`$XDG_CACHE_HOME/soyuz-tui` or `~/.cache/soyuz-tui`
    on Linux, `~/Library/Caches/soyuz-tui` on macOS, `%LOCALAPPDATA%\\soyuz-tui\\Cache` on Windows).
    """
    from platformdirs import user_cache_path

    return user_cache_path("soyuz-tui", appauthor=False) / "pages"


def fetch(url: str, cache: Path | None = None, refresh: bool = False, timeout: float = TIMEOUT_SECONDS) -> Fetched:
    """The page at `url`: from `cache` when it was fetched before (unless `refresh`), else from the web.

    Raises `FetchFailed` naming why: an HTTP status, a timeout, a refused connection,
    a body over `MAX_PAGE_BYTES`, or a content type that is not HTML; or, for a link that
    failed less than `RETRY_AFTER` ago (unless `refresh`), when it is fetched again and why
    it failed last.
    """
    entry = _entry(cache, url) if cache is not None else None
    if entry is not None and not refresh:
        kept = _read_entry(entry)
        if kept is not None:
            return kept
        _raise_held(entry)
    try:
        page = _download(url, timeout)
    except FetchFailed as error:
        if entry is not None:
            _write_failure(entry, str(error))
        raise
    if entry is not None:
        _write_entry(entry, page)
    return page


def _now() -> datetime:
    """The time now, in UTC (one place, so the tests can move the clock)."""
    return datetime.now(UTC).replace(microsecond=0)


def _raise_held(entry: Path) -> None:
    """Raise `FetchFailed` when the link kept at `entry` failed less than `RETRY_AFTER` ago."""
    try:
        failure = json.loads(entry.with_suffix(".failed").read_text(encoding="utf-8"))
        until = datetime.fromisoformat(str(failure["failed"])) + RETRY_AFTER
        reason = str(failure["reason"])
    except (OSError, ValueError, KeyError, TypeError):
        return  # none kept, or unreadable: the link is fetched
    if _now() < until:
        raise FetchFailed(
            f"not fetched again until {until.astimezone():%H:%M} (last failure: {reason}); add --refresh fetches it now"
        )


def _write_failure(entry: Path, reason: str) -> None:
    """Keep why and when the link kept at `entry` failed."""
    failure = {"failed": _now().isoformat(), "reason": reason}
    try:
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        replace_file(entry.with_suffix(".failed"), json.dumps(failure).encode())
    except OSError:
        pass  # a cache that cannot be written costs a fetch next time, nothing more


def _download(url: str, timeout: float) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in _HTML_TYPES:
                raise FetchFailed(f"is {kind}, not a web page")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_PAGE_BYTES:
                raise FetchFailed(_too_large(int(length)))
            data = response.read(MAX_PAGE_BYTES + 1)
            if len(data) > MAX_PAGE_BYTES:
                raise FetchFailed(_too_large(None))
            final = response.geturl()
    except urllib.error.HTTPError as error:
        raise FetchFailed(f"the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise FetchFailed(f"no answer within {timeout:g} s") from None
        raise FetchFailed(f"cannot be reached: {getattr(reason, 'strerror', None) or reason}") from None
    except TimeoutError:
        raise FetchFailed(f"no answer within {timeout:g} s") from None
    except (OSError, ValueError) as error:  # a dropped connection, a malformed address or header
        raise FetchFailed(f"cannot be read: {error}") from None
    return Fetched(data, final, _now())


def _too_large(length: int | None) -> str:
    size = f" ({length / 1_000_000:.0f} MB)" if length else ""
    return f"is larger than {MAX_PAGE_BYTES // 1_000_000} MB{size}; not read"


def _entry(cache: Path, url: str) -> Path:
    return cache / hashlib.sha256(url.encode()).hexdigest()[:32]


def _read_entry(entry: Path) -> Fetched | None:
    """The kept page, or None when there is none or it cannot be read (it is fetched again)."""
    try:
        meta = json.loads(entry.with_suffix(".json").read_text(encoding="utf-8"))
        data = entry.with_suffix(".html").read_bytes()
        if hashlib.sha256(data).hexdigest() != meta["sha256"]:
            return None
        return Fetched(data, str(meta["url"]), datetime.fromisoformat(str(meta["fetched"])), from_cache=True)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_entry(entry: Path, page: Fetched) -> None:
    """Keep `page`: the bytes first, then the record that vouches for them (each written atomically)."""
    meta = {"url": page.url, "fetched": page.fetched.isoformat(), "sha256": hashlib.sha256(page.data).hexdigest()}
    try:
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        replace_file(entry.with_suffix(".html"), page.data)
        replace_file(entry.with_suffix(".json"), json.dumps(meta).encode())
        entry.with_suffix(".failed").unlink(missing_ok=True)  # the link works now
    except OSError:
        pass  # a cache that cannot be written costs a fetch next time, nothing more


def replace_file(target: Path, data: bytes) -> None:
    """Write `data` to `target` through a temporary file in its folder, so no reader sees half of it."""
    handle, temporary = tempfile.mkstemp(prefix=".soyuz-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
