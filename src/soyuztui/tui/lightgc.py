"""Garbage collection around the app's start and exit.

Start-up makes hundreds of thousands of objects (modules, classes, pydantic models, the
screen's widgets and styles) and almost none of them become garbage, yet the collector
walks them again and again as they pile up: about a tenth of the start-up's CPU time.
So the command line pauses the cyclic collector from its first line until the first
frame is drawn, then freezes what is alive (start-up's objects stay out of every later
collection, and the little cyclic garbage start-up made stays with them) and collects as
before. Once the app has returned it freezes again, so the interpreter's shutdown does
not collect it all once more. Reference counting frees memory as usual throughout.
"""

from __future__ import annotations

import gc

_paused = False


def pause_until_first_frame() -> None:
    """No cyclic collection until `first_frame_drawn` or `resume` (nothing if it is off already)."""
    global _paused
    if not _paused and gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collect as before, freezing nothing: for a command that draws no frame."""
    global _paused
    if _paused:
        gc.enable()
        _paused = False


def first_frame_drawn() -> None:
    """Freeze start-up's objects, then collect as before (nothing if it was not paused)."""
    global _paused
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False


def freeze_before_exit() -> None:
    """Leave everything alive now out of the collections that shutdown would make."""
    gc.freeze()


def keep_long_lived() -> None:
    """Leave what is alive now out of later collections: called after building a large
    structure the app keeps to its end (the compare screen's coverage table, 100,000 cells
    on a 2,000-event mission), which every full collection would otherwise walk again."""
    gc.freeze()
