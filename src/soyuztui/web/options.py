"""What `soyuz-tui serve` accepts: its defaults, its help and its option types.

Apart from the server so that building the command line's parser (every start, `--help`)
imports none of it.
"""

from __future__ import annotations

import argparse
import ipaddress

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_SESSIONS = 4

SERVE_HELP = (
    "Serve the dashboard in a web browser (textual-serve). It has NO AUTHENTICATION: "
    "anyone who can reach the address can use it. It listens on 127.0.0.1 (this machine "
    "only) by default; binding --host to any other address exposes it to that network. "
    "Run options given before `serve` (--at, --speed, --tz, --theme, --screenshot-dir) apply to every "
    "browser session."
)


def session_count(text: str) -> int:
    """An argparse type: how many browser sessions may run at once, 1–64."""
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= 64:
        raise argparse.ArgumentTypeError(f"{text!r} is not a session count (1-64)")
    return count


def port_number(text: str) -> int:
    """An argparse type: a TCP port, 1–65535."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1-65535)")
    return port


def is_loopback(host: str) -> bool:
    """True if `host` is a loopback name or address (only this machine can connect)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
