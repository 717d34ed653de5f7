"""`benchmarks/draft_score.py` on the command line: its help, and a corpus it does not know."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import draft_score


def test_help_prints_the_usage_instead_of_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        draft_score.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: draft_score.py") and "--shared [DIR]" in out and "CORPUS" in out


def test_an_unknown_corpus_is_one_line_naming_the_known_ones(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        draft_score.main(["no-such-flight"])
    assert exited.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert message.startswith("draft_score.py: error: no corpus named no-such-flight; known: seeds, ")
