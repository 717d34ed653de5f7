"""Hypothesis profiles: "ci" keeps `make test` fast, "fuzz" (`make fuzz`) digs deep.

Choose with HYPOTHESIS_PROFILE=ci|fuzz|dev; the default is "ci".
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from soyuztui.resources import seeds_dir

_COMMON = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
settings.register_profile("ci", _COMMON, max_examples=40)
settings.register_profile("dev", _COMMON, max_examples=300)
settings.register_profile("fuzz", _COMMON, max_examples=10_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# What must never reach a document's text or any output made from it.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]")
# One problem: `file:line: message`, on one line.
PROBLEM = re.compile(r"^(?P<path>.+?):(?P<line>[1-9]\d*): (?P<message>\S.*)$")


@pytest.fixture(scope="module")
def seeds_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the bundled articles and mission file."""
    folder = tmp_path_factory.mktemp("seeds") / "seeds"
    shutil.copytree(seeds_dir(), folder)
    return folder
