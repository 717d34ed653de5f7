"""The suite's shorter Pilot waits (tests/conftest.py) still reach Textual's idle wait."""

from __future__ import annotations

import inspect

import pytest
import textual._wait

from tests.conftest import PILOT_IDLE_SLICE


def test_the_idle_wait_reads_its_slice_and_threshold_when_called() -> None:
    body = inspect.getsource(textual._wait.wait_for_idle)
    assert "await sleep(SLEEP_GRANULARITY)" in body
    assert "cpu_elapsed < SLEEP_IDLE" in body


def test_the_suite_waits_in_short_slices_with_the_same_idle_rule() -> None:
    assert textual._wait.SLEEP_GRANULARITY == PILOT_IDLE_SLICE
    assert textual._wait.SLEEP_IDLE == pytest.approx(PILOT_IDLE_SLICE / 20)
