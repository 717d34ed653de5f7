"""The garbage collector eased until the first frame, and put back by the app."""

from __future__ import annotations

import gc

from soyuztui import lightgc
from soyuztui.dossier import Dossier
from tests.conftest import test_app


def test_eased_until_the_first_frame_then_as_before() -> None:
    before = gc.get_threshold()
    try:
        lightgc.ease_until_first_frame()
        eased = gc.get_threshold()
        assert eased[0] == max(lightgc.STARTUP_THRESHOLD, before[0]) and eased[1:] == before[1:]
        lightgc.ease_until_first_frame()  # a second call does not lose what to put back
        lightgc.first_frame_drawn()
        assert gc.get_threshold() == before
        lightgc.first_frame_drawn()  # nothing to put back: nothing changes
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*before)


async def test_the_app_puts_the_collector_back_at_its_first_frame(dossier: Dossier) -> None:
    before = gc.get_threshold()
    lightgc.ease_until_first_frame()
    try:
        assert gc.get_threshold() != before
        async with test_app(dossier).run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert gc.get_threshold() == before
    finally:
        lightgc.first_frame_drawn()
        gc.set_threshold(*before)
