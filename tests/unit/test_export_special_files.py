"""Exports onto FIFOs, devices, standard output, and interrupted by signals."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.export.atomic import TEMP_PREFIX, remove_stale_temporaries

EXPORT = [sys.executable, "-m", "soyuztui", "export", "--format", "json"]


def _expected_json() -> str:
    return subprocess.run(EXPORT, capture_output=True, text=True, check=True).stdout


def test_export_onto_a_fifo_replaces_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert main(["export", "--format", "json", "-o", str(fifo)]) == 0
    reader.join(10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received and received[0].startswith(b"{")
    assert [path.name for path in tmp_path.iterdir()] == ["pipe"]


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_export_onto_a_device_node_replaces_it(tmp_path: Path) -> None:
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the null device, in a folder of our own
    assert main(["export", "--format", "md", "-o", str(device)]) == 0
    assert stat.S_ISCHR(device.stat().st_mode)
    assert [path.name for path in tmp_path.iterdir()] == ["null"]


def test_export_to_dev_stdout_in_a_pipe_fails() -> None:
    result = subprocess.run([*EXPORT, "-o", "/dev/stdout"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == _expected_json()


def test_export_dash_writes_a_file_named_dash(tmp_path: Path) -> None:
    result = subprocess.run([*EXPORT, "-o", "-"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("{") and not (tmp_path / "-").exists()


_INTERRUPTED = """
import os, signal, sys
from pathlib import Path
import soyuztui.dossier.fsio as fsio
import soyuztui.export.atomic as atomic
sig = getattr(signal, sys.argv[2])
def interrupted(source, target):
    os.kill(os.getpid(), sig)
    raise AssertionError("the signal did not end the process")
fsio.os.replace = interrupted
atomic.write_atomically(Path(sys.argv[1]), "x" * 100_000)
"""


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_signal_during_export_leaves_a_temporary_file(tmp_path: Path, name: str) -> None:
    target = tmp_path / "out.json"
    result = subprocess.run([sys.executable, "-c", _INTERRUPTED, str(target), name], capture_output=True)
    assert result.returncode == -getattr(signal, name)
    assert list(tmp_path.iterdir()) == []


def test_a_sigkill_during_export_leaves_a_temporary_file_for_ever(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = subprocess.run([sys.executable, "-c", _INTERRUPTED, str(target), "SIGKILL"], capture_output=True)
    assert result.returncode == -signal.SIGKILL
    (stale,) = tmp_path.iterdir()
    assert stale.name.startswith(TEMP_PREFIX) and stale.name.endswith(".out.json.tmp")
    # The next export into that folder removes what the killed one left.
    assert main(["export", "--format", "json", "-o", str(tmp_path / "other.json")]) == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["other.json"]
    assert remove_stale_temporaries(tmp_path) == []


def test_an_export_error_prints_the_path_raw(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no\x1b[31mdir\nhere" / "out.json"
    assert main(["export", "--format", "json", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.count("\n") == 1
    assert "no\\x1b[31mdir\\x0ahere" in err
