"""The app tells the command line which theme was chosen, and says a start-up notice once."""

from __future__ import annotations

import pytest

from soyuztui.dossier import Dossier
from soyuztui.tui.app import make_app
from soyuztui.tui.clock import MissionClock, frozen_now
from tests.conftest import REAL_NOW


async def test_a_theme_chosen_in_the_app_is_handed_on(dossier: Dossier) -> None:
    chosen: list[str] = []
    clock = MissionClock.for_dossier(dossier, now=frozen_now(REAL_NOW))
    app = make_app(dossier, clock=clock, animate=False, blink=False, on_theme=chosen.append)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert chosen == []  # the theme it started with is not a choice
        app.theme = "nord"
        await pilot.pause()
    assert chosen == ["nord"]


async def test_the_notice_is_said_once(dossier: Dossier) -> None:
    clock = MissionClock.for_dossier(dossier, now=frozen_now(REAL_NOW))
    notice = "--tz mission: the mission file names no zone; times are shown in UTC"
    app = make_app(dossier, clock=clock, animate=False, blink=False, notice=notice)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        said = [item.message for item in app._notifications]
    assert said == [notice]


def test_the_zone_key_names_the_local_zone_even_when_it_is_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from soyuztui.present.times import zone_choice_label

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert zone_choice_label("local", REAL_NOW) == "local UTC"  # it said just "local"
    finally:
        monkeypatch.undo()
        time.tzset()
