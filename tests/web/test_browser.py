"""End to end: `soyuz-tui serve` driven in a real headless Chromium with selenium.

The page draws the terminal with xterm.js on a canvas (WebGL or 2D), so there are no
DOM rows to read. Instead a script installed before the page's own scripts catches the
textual-serve client object when it is built (it assigns `this.fitAddon`), and the test
reads the text from xterm's own screen buffer — exactly what xterm draws.

Needs /usr/bin/chromium and /usr/bin/chromedriver (Debian's `chromium` and
`chromium-driver`; .ci/run installs them). Without them the test is skipped, loudly —
unless SOYUZ_REQUIRE_BROWSER is set (.ci/run sets it), when it fails instead.
`SOYUZ_UPDATE_SCREENSHOTS=1` also writes screenshots/web.png for the README.
Only loopback is used: the server listens on 127.0.0.1 and the browser resolves no
other host (the page needs none: its fonts come from the server itself).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
REPO = Path(__file__).resolve().parents[2]
README_SCREENSHOT = REPO / "screenshots" / "web.png"

SERVER_START_TIMEOUT = 60.0
APP_START_TIMEOUT = 60.0
KEY_TIMEOUT = 20.0

CATCH_CLIENT = """
Object.defineProperty(Object.prototype, "fitAddon", {
  configurable: true,
  set(value) {
    window.__soyuzClient = this;
    Object.defineProperty(this, "fitAddon", {value, writable: true, configurable: true, enumerable: true});
  },
});
"""
"""Keeps the textual-serve client (and so its xterm Terminal) reachable from the test."""

READ_SCREEN = """
const client = window.__soyuzClient;
if (!client || !client.terminal) { return null; }
const terminal = client.terminal, buffer = terminal.buffer.active, rows = [];
for (let y = 0; y < terminal.rows; y++) {
  const line = buffer.getLine(buffer.viewportY + y);
  rows.push(line ? line.translateToString(true) : "");
}
return rows;
"""
"""The text on xterm's screen, one string per row."""

FOCUS_TERMINAL = "window.__soyuzClient.terminal.focus();"
"""Focuses xterm's input, as a click on the terminal does, without sending the app a click."""

T = TypeVar("T")


def _require_browser() -> None:
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not os.access(path, os.X_OK)]
    if missing:
        reason = (
            f"SKIPPED the browser test: {' and '.join(missing)} not found. "
            "Install Debian's `chromium` and `chromium-driver` (as .ci/run does) to run it."
        )
        if os.environ.get("SOYUZ_REQUIRE_BROWSER"):
            pytest.fail(f"SOYUZ_REQUIRE_BROWSER is set but {' and '.join(missing)} not found")
        warnings.warn(reason, stacklevel=2)
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(what: str, check: Callable[[], T | None], timeout: float) -> T:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g}s waiting for {what}")
        time.sleep(0.2)


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """End the server and every app it started (one process group), however it is doing."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        except ProcessLookupError:
            return
    try:
        os.killpg(process.pid, signal.SIGKILL)  # stragglers: apps outliving the server
    except ProcessLookupError:
        pass
    process.wait(timeout=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """`soyuz-tui serve` on a free loopback port, in its own process group; yields its URL."""
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "soyuztui", "--theme", "soyuz", "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    try:

        def listening() -> bool:
            if process.poll() is not None:
                raise AssertionError(f"serve exited with {process.returncode}: {_tail(tmp_path / 'serve.log')}")
            with socket.socket() as probe:
                probe.settimeout(1)
                return probe.connect_ex(("127.0.0.1", port)) == 0

        _wait_for("the server to listen", listening, SERVER_START_TIMEOUT)
        yield f"http://127.0.0.1:{port}/"
    finally:
        _stop_group(process)
        log.close()


def _tail(path: Path) -> str:
    return path.read_text(errors="replace")[-2000:]


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    """Headless Chromium through Debian's chromedriver (selenium never downloads one)."""
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path / "chromium-profile"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1280,800",
        # Loopback only: every other host fails to resolve at once.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ):
        options.add_argument(flag)
    service = Service(str(CHROMEDRIVER), log_output=str(tmp_path / "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    try:
        driver.set_page_load_timeout(30)
        driver.set_script_timeout(10)
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CATCH_CLIENT})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _screen(driver: Any) -> str:
    rows = driver.execute_script(READ_SCREEN)
    return "\n".join(rows) if rows else ""


def test_dashboard_in_the_browser(browser: Any, server: str, tmp_path: Path) -> None:
    """The page loads, the app starts and draws the mission, and a key changes the screen."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    browser.get(server)
    assert browser.find_element(By.ID, "terminal")

    _wait_for(
        "the xterm canvas",
        lambda: browser.find_elements(By.CSS_SELECTOR, "#terminal .xterm-screen canvas"),
        APP_START_TIMEOUT,
    )
    screen = _wait_for("the app to draw 'Soyuz MS-19'", lambda: "Soyuz MS-19" in _screen(browser), APP_START_TIMEOUT)
    assert screen
    text = _screen(browser)
    assert "Crew" in text and "Timeline" in text and "Anton Shkaplerov" in text
    assert "UTC" in text.splitlines()[0] and "MSK" not in text.splitlines()[0]
    assert "-first-byte" in browser.execute_script("return document.body.className")
    before = browser.get_screenshot_as_png()

    # `t` switches the header's time zone from UTC to Moscow time. The keys go where a
    # user's would: to xterm's focused input. That input is a 0x0 textarea moved off the
    # page (xterm.css), which chromedriver's element send_keys rightly refuses as not
    # interactable (Chromium 150 enforces it), so the terminal is focused as its own
    # mouse-down handler does and the key is typed to the focused element.
    browser.execute_script(FOCUS_TERMINAL)
    focused = browser.switch_to.active_element
    assert "xterm-helper-textarea" in (focused.get_attribute("class") or "")
    ActionChains(browser).send_keys("t").perform()
    _wait_for("the header to show MSK after 't'", lambda: "MSK" in _screen(browser).splitlines()[0], KEY_TIMEOUT)
    after = browser.get_screenshot_as_png()
    assert after != before

    shot = tmp_path / "web.png"
    shot.write_bytes(after)
    assert shot.read_bytes().startswith(b"\x89PNG")
    if os.environ.get("SOYUZ_UPDATE_SCREENSHOTS"):
        README_SCREENSHOT.write_bytes(after)
