"""The app's side of `serve`: a session process that cannot outlive its server.

`serve` puts its own process id in the environment (`SOYUZ_SERVE_PID`) before it starts
any session. A session then takes a process group of its own (a Ctrl+C meant for the
server reaches the server, which ends each session itself), and on Linux asks the kernel
to kill it when its parent dies (`PR_SET_PDEATHSIG`), so even a SIGKILL of the server
leaves no app behind. Elsewhere a thread watches the parent instead.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

SERVE_PID = "SOYUZ_SERVE_PID"
_PR_SET_PDEATHSIG = 1


def _parent_watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os.kill(os.getpid(), signal.SIGKILL)


def bind_to_server() -> None:
    """If started by `serve`: own process group, and die with the server."""
    parent = os.environ.pop(SERVE_PID, None)
    if not parent or not parent.isdigit():
        return
    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    bound = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes  # only in a served session: every start runs this function

            libc = ctypes.CDLL(None, use_errno=True)
            bound = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            bound = False
    # The server may have died before the request above; then the parent is already init.
    if os.getppid() != int(parent):
        os._exit(1)
    if not bound:
        threading.Thread(target=_parent_watch, args=(int(parent),), daemon=True).start()
