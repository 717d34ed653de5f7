"""The cyclic collector paused from the command line's start until the first frame."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterator

import pytest

from soyuztui.dossier import Dossier
from soyuztui.tui import lightgc
from tests.conftest import test_app

cli = importlib.import_module("soyuztui.cli.commands")


@pytest.fixture
def collector() -> Iterator[None]:
    """Nothing frozen before the test (an app test in the same worker may have frozen its
    start-up), and whatever the test does, the collector is on and nothing frozen afterwards."""
    gc.unfreeze()
    yield
    lightgc.resume()
    gc.enable()
    gc.unfreeze()


@pytest.mark.usefixtures("collector")
def test_paused_until_the_first_frame_then_frozen_and_on() -> None:
    gc.unfreeze()
    lightgc.pause_until_first_frame()
    assert not gc.isenabled()
    lightgc.pause_until_first_frame()  # a second call changes nothing
    assert not gc.isenabled()
    lightgc.first_frame_drawn()
    assert gc.isenabled() and gc.get_freeze_count() > 0
    frozen = gc.get_freeze_count()
    lightgc.first_frame_drawn()  # not paused: nothing more is frozen
    assert gc.get_freeze_count() == frozen


@pytest.mark.usefixtures("collector")
def test_resume_freezes_nothing_and_a_disabled_collector_stays_off() -> None:
    gc.unfreeze()
    lightgc.pause_until_first_frame()
    lightgc.resume()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()  # someone else turned it off: not ours to turn on
    lightgc.pause_until_first_frame()
    lightgc.first_frame_drawn()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector")
@pytest.mark.parametrize("argv", [["check"], ["schema"], ["--speed", "nan"], ["no-such-command"]])
def test_a_command_that_draws_no_frame_leaves_the_collector_on(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        cli.main(argv)
    except SystemExit:
        pass
    capsys.readouterr()
    assert gc.isenabled() and gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector")
async def test_the_app_turns_the_collector_back_on_at_its_first_frame(dossier: Dossier) -> None:
    gc.unfreeze()
    lightgc.pause_until_first_frame()
    async with test_app(dossier).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert gc.isenabled() and gc.get_freeze_count() > 0
