"""Mutations of the real mission file: `check` exits 0 or 1 with well-formed lines, nothing else."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

from hypothesis import event, given
from hypothesis import strategies as st

from conftest import FORBIDDEN, PROBLEM
from soyuztui.cli import main
from soyuztui.resources import default_mission

ORIGINAL = default_mission().read_bytes().split(b"\n")

VALUES = [
    b"1",
    b"-1",
    b"1.5",
    b"true",
    b'""',
    b'" "',
    b"[]",
    b"{}",
    b"[1, 2]",
    b'{ doc = "000" }',
    b"2021-10-05",
    b"2021-10-05T08:55:00Z",
    b'"2021-10-05"',
    b'"2021-13-45"',
    b'"2021-10-05T08:55"',
    b'"9999-12-31T23:00-05:00"',
    b'"0001-01-01T00:00+05:00"',
    b'"../seeds/000_cbbc576cd4878fcb.txt"',
    b'"/etc/passwd"',
    b'"."',
    b'"launch"',
    b'"return"',
    b'"docking"',
    b'"nobody"',
    b'"000"',
    b'"\\u001b[2J"',
    b'"\\u202e"',
    b'"\\u0000"',
    b"9" * 5000,
    b"[" * 500,
    b'"""\nmulti\n"""',
]

lines_index = st.integers(min_value=0, max_value=len(ORIGINAL) - 1)
operation = st.one_of(
    st.tuples(st.just("delete"), lines_index),
    st.tuples(st.just("duplicate"), lines_index),
    st.tuples(st.just("swap"), lines_index, lines_index),
    st.tuples(st.just("value"), lines_index, st.one_of(st.sampled_from(VALUES), st.binary(max_size=12))),
    st.tuples(st.just("bytes"), lines_index, st.integers(0, 200), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("swap-values"), lines_index, lines_index),
)


def mutate(lines: list[bytes], operations: list[tuple[Any, ...]]) -> bytes:
    lines = list(lines)
    for kind, index, *rest in operations:
        index %= len(lines)
        if kind == "delete" and len(lines) > 1:
            del lines[index]
        elif kind == "duplicate":
            lines.insert(index, lines[index])
        elif kind == "swap":
            other = rest[0] % len(lines)
            lines[index], lines[other] = lines[other], lines[index]
        elif kind == "value" and b"=" in lines[index]:
            key = lines[index].split(b"=", 1)[0]
            lines[index] = key + b"= " + rest[0]
        elif kind == "swap-values":
            other = rest[0] % len(lines)
            if b"=" in lines[index] and b"=" in lines[other]:
                (key, value), (key2, value2) = lines[index].split(b"=", 1), lines[other].split(b"=", 1)
                lines[index], lines[other] = key + b"=" + value2, key2 + b"=" + value
        elif kind == "bytes":
            line = lines[index]
            at = rest[0] % (len(line) + 1)
            lines[index] = line[:at] + rest[1] + line[at:]
    return b"\n".join(lines)


def run_check(path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["check", "--mission", str(path)])
    return status, out.getvalue(), err.getvalue()


@given(operations=st.lists(operation, min_size=1, max_size=5))
def test_mutated_mission_file(seeds_copy: Path, operations: list[tuple[Any, ...]]) -> None:
    data = mutate(ORIGINAL, operations)
    path = seeds_copy / "mutated.toml"
    path.write_bytes(data)
    status, out, err = run_check(path)
    assert status in (0, 1)
    event(f"exit {status}")
    if status == 0:
        assert out.startswith("ok: ") and err == ""
        return
    assert out == "" and err.endswith("\n")
    line_count = data.count(b"\n") + 1
    for line in err.splitlines():
        match = PROBLEM.match(line)
        assert match, line
        assert not FORBIDDEN.search(line), line
        if match["path"] == str(path):
            assert int(match["line"]) <= line_count, line


def test_original_is_valid(seeds_copy: Path) -> None:
    path = seeds_copy / "unchanged.toml"
    path.write_bytes(b"\n".join(ORIGINAL))
    assert run_check(path)[0] == 0
