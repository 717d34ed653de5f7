"""The cache and the crash log under attack: foreign or shared files, links, forged or huge entries, signals.

A cache entry is used only when its folder and itself are the user's own, writable by
no one else and reached without a symlink (as ssh treats its keys); an entry that breaks
the dossier's invariants, or is larger than its sources could need, is ignored like a
corrupt one. The crash log is written only on a crash, through a rename, 0600.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from soyuztui.cli import crash
from soyuztui.cli import main as main_function
from soyuztui.dossier import cache, fsio
from soyuztui.dossier.cache import load_dossier

cli = sys.modules["soyuztui.cli.commands"]


def _entry(cache_home: Path) -> Path:
    (file,) = cache_home.glob("dossier-*.json")
    return file


def _tamper(file: Path, change: Any) -> None:
    """Rewrite the cached payload through `change(data)`, with a payload hash to match (a forger can)."""
    head, _, payload = file.read_bytes().partition(b"\n")
    data = json.loads(payload)
    change(data)
    new_payload = json.dumps(data).encode()
    header = json.loads(head) | {"payload": cache._digest(new_payload)}
    file.write_bytes(json.dumps(header).encode() + b"\n" + new_payload)


# -- 7: foreign entries ----------------------------------------------------


def test_a_cache_folder_others_can_write_is_neither_read_nor_written(
    cache_home: Path, builds: list[Path], mission_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_dossier(mission_copy)
    cache_home.chmod(0o777)
    _tamper(_entry(cache_home), lambda data: data["mission"].update(title="Forged"))
    before = _entry(cache_home).read_bytes()
    assert load_dossier(mission_copy).mission.title == "Soyuz MS-19"
    assert load_dossier(mission_copy).mission.title == "Soyuz MS-19"
    assert len(builds) == 3 and _entry(cache_home).read_bytes() == before  # never written either
    (line,) = capsys.readouterr().err.splitlines()  # said once
    assert line.startswith(f"soyuz-tui: cache not used: {cache_home} is owned by another user or writable by others")


def test_a_cache_folder_that_is_a_symlink_is_not_used(
    cache_home: Path, builds: list[Path], mission_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    cache_home.parent.mkdir()
    cache_home.symlink_to(elsewhere)
    load_dossier(mission_copy)
    load_dossier(mission_copy)
    assert len(builds) == 2 and list(elsewhere.iterdir()) == []
    assert "is a symbolic link" in capsys.readouterr().err


@pytest.mark.parametrize("how", ["group-writable", "symlink", "foreign owner"])
def test_a_forged_entry_others_could_have_written_is_ignored(
    cache_home: Path, builds: list[Path], mission_copy: Path, tmp_path: Path, how: str
) -> None:
    load_dossier(mission_copy)
    entry = _entry(cache_home)
    _tamper(entry, lambda data: data["mission"].update(title="Forged"))
    if how == "group-writable":
        entry.chmod(0o620)
    elif how == "symlink":
        forged = tmp_path / "forged.json"
        entry.rename(forged)
        entry.symlink_to(forged)
    elif os.geteuid() != 0:
        pytest.skip("only root can give a file away")
    else:
        os.chown(entry, 65534, -1)
    assert load_dossier(mission_copy).mission.title == "Soyuz MS-19"
    assert len(builds) == 2


def test_a_private_forged_entry_is_the_users_own_doing(
    cache_home: Path, builds: list[Path], mission_copy: Path
) -> None:
    """The check that the others fail against: a private, well-formed entry is used as it is."""
    load_dossier(mission_copy)
    _tamper(_entry(cache_home), lambda data: data["mission"].update(title="Edited by the user"))
    assert load_dossier(mission_copy).mission.title == "Edited by the user"
    assert len(builds) == 1


# -- 8: invariants ---------------------------------------------------------


def _set_first_person(field: str, value: object) -> Any:
    return lambda data: data["people"][0].update({field: value})


def _set_first_evidence(field: str, value: object) -> Any:
    return lambda data: data["crew"][0]["evidence"][0].update({field: value})


@pytest.mark.parametrize(
    "change",
    [
        _set_first_person("name", "Anton \x1b[31mShkaplerov"),
        _set_first_person("name", "Anton\nShkaplerov"),
        _set_first_person("id", "nobody"),  # the crew's person id no longer resolves
        lambda data: data["crew"][0].update(person="nobody"),
        lambda data: data["mission"].update(countdown_to="no-such-event"),
        _set_first_evidence("doc", "999"),
        _set_first_evidence("end", 10**9),
        _set_first_evidence("start", -5),
        _set_first_evidence("text", "words the article never said"),
        lambda data: data["events"][0].update(time="1800-01-01T00:00:00+00:00"),
        lambda data: data["documents"][0].update(published="2999-01-01"),
        lambda data: data["documents"][0].update(body_start=10**9),
    ],
    ids=[
        "escape in a name",
        "newline in a name",
        "person id",
        "crew person",
        "countdown event",
        "evidence document",
        "evidence end",
        "evidence start",
        "evidence text",
        "year 1800",
        "year 2999",
        "body start",
    ],
)
def test_an_entry_that_breaks_an_invariant_is_ignored(
    cache_home: Path, builds: list[Path], mission_copy: Path, change: Any
) -> None:
    built = load_dossier(mission_copy)
    _tamper(_entry(cache_home), change)
    assert load_dossier(mission_copy) == built
    assert len(builds) == 2


# -- 9: bounded read -------------------------------------------------------


def test_a_huge_entry_is_refused_before_it_is_read(cache_home: Path, builds: list[Path], mission_copy: Path) -> None:
    load_dossier(mission_copy)
    entry = _entry(cache_home)
    with entry.open("r+b") as stream:
        stream.truncate(1 << 30)  # 1 GB, sparse: a valid header and a gigabyte after it
    tracemalloc.start()
    try:
        load_dossier(mission_copy)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(builds) == 2
    assert peak < 100 * 1024 * 1024


def test_a_header_line_without_end_is_read_only_to_its_cap(
    cache_home: Path, builds: list[Path], mission_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_dossier(mission_copy)
    monkeypatch.setattr(cache, "_HEADER_LIMIT", 1000)
    _entry(cache_home).write_bytes(b"{" + b" " * 5000 + b"}\n{}")
    load_dossier(mission_copy)
    assert len(builds) == 2


# -- 10: temporaries -------------------------------------------------------

_INTERRUPTED_CACHE_WRITE = """
import os, signal, sys
import soyuztui.dossier.fsio as fsio
from soyuztui.dossier.cache import load_dossier
sig = getattr(signal, sys.argv[2])
def interrupted(source, target):
    os.kill(os.getpid(), sig)
    raise AssertionError("the signal did not end the process")
fsio.os.replace = interrupted
load_dossier(sys.argv[1])
"""


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGKILL"])
def test_a_signal_during_the_cache_write_leaves_no_temporary_for_long(
    cache_home: Path, mission_copy: Path, name: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_CACHE_WRITE, str(mission_copy), name],
        capture_output=True,
        env={**os.environ, "XDG_CACHE_HOME": str(cache_home.parent)},
    )
    assert result.returncode == -getattr(signal, name)
    left = [path.name for path in cache_home.iterdir()]
    if name == "SIGKILL":  # nothing can run on a SIGKILL: the next write sweeps it
        (stale,) = left
        assert stale.startswith(fsio.TEMP_PREFIX) and stale.endswith(".tmp")
        load_dossier(mission_copy)
        left = [path.name for path in cache_home.iterdir()]
        assert len(left) == 1 and left[0].startswith("dossier-")
    else:
        assert left == []


# -- 6: symlink loops ------------------------------------------------------


def test_a_symlink_loop_is_one_line_everywhere(
    cache_home: Path, mission_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    assert main_function(["export", "--format", "json", "-o", str(loop), "--mission", str(mission_copy)]) == 1
    assert (
        capsys.readouterr().err.strip().lower()
        == f"soyuz-tui: {loop}: cannot write there: too many levels of symbolic links"
    )
    for command in (["summary"], ["check"]):
        assert main_function([*command, "--mission", str(loop)]) == 1
        (line,) = capsys.readouterr().err.splitlines()
        assert str(loop) in line and "symbolic links" in line
    # A loop where the cache entry should be: rebuilt, and the loop left alone.
    load_dossier(mission_copy)
    entry = _entry(cache_home)
    entry.unlink()
    entry.symlink_to(entry)
    assert load_dossier(mission_copy).mission.title == "Soyuz MS-19"
    assert entry.is_symlink()


# -- 11, 12: the crash log -------------------------------------------------


class _App:
    """What `_run_in_terminal` needs of an app: run, a return code, an error console."""

    def __init__(self, crash_with: str | None) -> None:
        self.crash_with = crash_with
        self.return_code: int | None = None
        self.error_console: Any = None
        self.exit_on_signals = False

    def run(self) -> None:
        if self.crash_with:
            self.error_console.print(f"Traceback (most recent call last):\n{self.crash_with}")
            self.return_code = 1
        else:
            self.return_code = 0


@pytest.fixture
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state" / "soyuz-tui"


def test_a_start_that_does_not_crash_keeps_the_last_crash_log(
    state_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli._run_in_terminal(_App("RuntimeError: the first crash")) == 1
    log = state_home / "crash.log"
    assert "the first crash" in log.read_text()
    assert capsys.readouterr().err.strip().endswith(f"RuntimeError: the first crash (traceback in {log})")
    assert cli._run_in_terminal(_App(None)) == 0
    assert "the first crash" in log.read_text()
    assert log.stat().st_mode & 0o777 == 0o600


def test_the_crash_log_replaces_a_symlink_and_never_writes_its_target(state_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    state_home.mkdir(parents=True, mode=0o700)
    (state_home / "crash.log").symlink_to(target)
    line = crash.record(RuntimeError("boom"))
    assert line.endswith(f"(traceback in {state_home / 'crash.log'})")
    assert target.read_text() == "keep me"
    log = state_home / "crash.log"
    assert not log.is_symlink() and "RuntimeError: boom" in log.read_text()
    assert log.stat().st_mode & 0o777 == 0o600


def test_a_state_folder_others_can_write_gets_no_crash_log(state_home: Path) -> None:
    state_home.mkdir(parents=True)
    state_home.chmod(0o777)
    line = crash.record(RuntimeError("boom"))
    assert line.startswith("soyuz-tui: crashed: RuntimeError: boom (no crash log written: ")
    assert "writable by others" in line
    assert list(state_home.iterdir()) == []


def test_a_missing_state_folder_is_made_private(state_home: Path) -> None:
    crash.record(RuntimeError("boom"))
    assert state_home.stat().st_mode & 0o777 == 0o700


def test_a_draft_into_a_symlink_loop_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text("date 2031-02-03 Cosmonaut Ivan Petrov launched on February 3.\n", encoding="utf-8")
    loop = tmp_path / "loop.toml"
    loop.symlink_to(loop)
    assert main_function(["draft", str(article), "-o", str(loop)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"{loop}:1: cannot be written: too many levels of symbolic links"
