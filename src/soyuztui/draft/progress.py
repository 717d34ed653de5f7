"""How long work tells how far it has gone: a callback, so the data rooms draw nothing themselves.

`add` and `draft` call it; the command line draws it (rich's progress bar on a terminal).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str | None], None]
"""Told after each item: how many are done, of how many, and a line to show for it (None: nothing to say)."""
