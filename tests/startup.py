"""What a whole start of the dashboard imports: the command line run headless to its first frame, in a new process."""

from __future__ import annotations

import subprocess
import sys

_APP_START = """
import sys
from textual.app import App

async def leave(pilot):
    await pilot.pause()
    pilot.app.exit()

run = App.run
App.run = lambda self, **options: run(self, headless=True, size=(120, 40), auto_pilot=leave)
import soyuztui.cli.commands
from soyuztui.cli import main

soyuztui.cli.commands._has_terminal = lambda: True  # headless on purpose: no terminal is needed

heavy = tuple(sys.argv[1].split())
assert main(sys.argv[2:]) == 0
print(" ".join(sorted(name for name in sys.modules if name.startswith(heavy))))
"""


def imported_at_start(heavy: tuple[str, ...], argv: tuple[str, ...] = ()) -> str:
    """The modules starting with one of `heavy` that `soyuz-tui ARGV` imported by its first frame, space-separated."""
    command = [sys.executable, "-c", _APP_START, " ".join(heavy), *argv]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()
