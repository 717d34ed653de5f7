"""Nothing lost: input files are never written, and exports never replace an input."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.hostile.conftest import CliRun

from soyuztui.export import ExportError, write_atomically
from soyuztui.resources import seeds_dir


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A copy of the bundled mission and its articles."""
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), folder)
    return folder / "soyuz-ms-19.toml"


def fingerprints(folder: Path) -> dict[str, tuple[str, int]]:
    """sha256 and mtime of every file in the folder."""
    return {
        str(path.relative_to(folder)): (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_commands_leave_inputs_untouched(seeds: Path, cli: CliRun, tmp_path: Path) -> None:
    before = fingerprints(seeds.parent)
    assert cli("check", "--mission", seeds).status == 0
    assert cli("summary", "--mission", seeds).status == 0
    assert cli("export", "--format", "json", "--mission", seeds).status == 0
    assert cli("export", "--format", "json", "--mission", seeds, "-o", tmp_path / "out.json").status == 0
    assert (tmp_path / "out.json").read_text(encoding="utf-8").startswith("{")
    assert fingerprints(seeds.parent) == before


@pytest.mark.parametrize("target", ["soyuz-ms-19.toml", "000_cbbc576cd4878fcb.txt", "004_531122d5d6028f4c.txt"])
def test_export_refuses_to_overwrite_an_input(seeds: Path, cli: CliRun, target: str) -> None:
    before = fingerprints(seeds.parent)
    run = cli("export", "--format", "json", "--mission", seeds, "-o", seeds.parent / target)
    assert run.status == 1
    assert run.err == f"soyuz-tui: {seeds.parent / target}: is an input of the mission; refusing to overwrite it\n"
    assert fingerprints(seeds.parent) == before
    assert not [path for path in seeds.parent.iterdir() if path.name.startswith(".")]  # no temporary left


def test_export_refuses_an_input_reached_another_way(seeds: Path, cli: CliRun, tmp_path: Path) -> None:
    before = fingerprints(seeds.parent)
    link = tmp_path / "link.toml"
    link.symlink_to(seeds)
    for target in (link, seeds.parent / "." / ".." / "seeds" / seeds.name):
        run = cli("export", "--format", "json", "--mission", seeds, "-o", target)
        assert run.status == 1 and "refusing to overwrite" in run.err
    assert fingerprints(seeds.parent) == before


def test_export_into_a_directory_or_nowhere(seeds: Path, cli: CliRun, tmp_path: Path) -> None:
    for target, message in ((tmp_path, "is a directory"), (tmp_path / "no" / "such.json", "cannot write there")):
        run = cli("export", "--format", "json", "--mission", seeds, "-o", target)
        assert run.status == 1
        assert run.err.count("\n") == 1 and message in run.err


def test_write_atomically_replaces_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    write_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "new"

    def failing_replace(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("soyuztui.dossier.fsio.os.replace", failing_replace)
    with pytest.raises(ExportError, match="No space left on device"):
        write_atomically(target, "newer")
    assert target.read_text(encoding="utf-8") == "new"
    assert [path.name for path in tmp_path.iterdir()] == ["out.json"]


def test_write_atomically_protects_inputs(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text("keep", encoding="utf-8")
    with pytest.raises(ExportError, match="is an input of the mission"):
        write_atomically(tmp_path / "sub" / ".." / "article.txt", "gone", protected=[source])
    assert source.read_text(encoding="utf-8") == "keep"


def test_export_to_a_closed_pipe_is_quiet(seeds: Path) -> None:
    """`soyuz-tui export ... | head -c 0`: no traceback, no 'Exception ignored'."""
    process = subprocess.Popen(
        [sys.executable, "-m", "soyuztui", "export", "--format", "json", "--mission", str(seeds)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the dossier is built: its first write meets a closed pipe
    error = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in error and "Exception ignored" not in error
