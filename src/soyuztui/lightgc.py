"""Garbage collection around the app's start and exit.

Start-up makes hundreds of thousands of objects (modules, classes, the screen's widgets and
styles) and almost none of them become garbage, yet the collector walks them again and
again as they pile up; at exit it walks them all once more. So the command line eases
the collector until the first frame is drawn, and freezes what is alive once the app
has returned, so the interpreter's shutdown does not collect it again.
"""

from __future__ import annotations

import gc

#: Objects allocated between two young-generation collections while starting (Python's default: 700).
STARTUP_THRESHOLD = 50_000

_saved: tuple[int, int, int] | None = None


def ease_until_first_frame() -> None:
    """Collect the young generation less often until `first_frame_drawn` is called."""
    global _saved
    if _saved is None:
        _saved = gc.get_threshold()
        gc.set_threshold(max(STARTUP_THRESHOLD, _saved[0]), _saved[1], _saved[2])


def first_frame_drawn() -> None:
    """Put the collector's thresholds back as they were (nothing to do if they were not eased)."""
    global _saved
    if _saved is not None:
        gc.set_threshold(*_saved)
        _saved = None


def freeze_before_exit() -> None:
    """Leave everything alive now out of the collections that shutdown would make."""
    gc.freeze()
