"""Hostile mission files: one `file:line: message` line each, exit 1, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.hostile.conftest import CliRun, MissionDir

from conftest import BASE_MISSION, FORBIDDEN, assert_one_problem, line_of

OCCUPANT = """
[[occupants]]
person = "shkaplerov"
agency = "Roscosmos"
arrives_with = "launch"
leaves_with = "return"
evidence = [{ doc = "base", text = "Cosmonaut Anton Shkaplerov of Roscosmos" }]
"""
CREW = """
[[crew]]
person = "shkaplerov"
vehicle = "Soyuz MS-19"
leg = "launch"
role = "Cosmonaut"
evidence = [{ doc = "base", text = "Cosmonaut Anton Shkaplerov of Roscosmos launched on October 5 aboard Soyuz MS-19" }]
"""
REHEARSAL = """
[[events]]
id = "rehearsal"
title = "Rehearsal"

[[events.claims]]
time = "2021-10-01"
evidence = [{ doc = "base", text = "rehearsal happened on October 1" }]
"""


def sub(old: str, new: str, count: int = 1) -> Callable[[str], str]:
    """A mutation replacing `old` by `new` in the base mission."""

    def mutate(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, count)

    return mutate


def add(extra: str) -> Callable[[str], str]:
    """A mutation appending entries to the base mission."""
    return lambda text: text + extra


# (mutation, snippet on the offending line of the result, its occurrence, message pattern)
CASES = {
    "wrong type: string": (
        sub('title = "Test mission"', "title = 5"),
        "title = 5",
        1,
        r"^mission\.title: Input should be a valid string$",
    ),
    "wrong type: list": (
        sub('path = "base.txt"', 'path = ["base.txt"]'),
        "path = [",
        1,
        r"^documents\.0\.path: Input should be a valid string$",
    ),
    "wrong type: table for array": (
        sub("[[people]]", "[people]"),
        "[people]",
        1,
        r"^people: Input should be a valid list$",
    ),
    "wrong type: str|int union": (
        add('\n[[mission.facts]]\nfield = "x"\nvalue = 1.5\nevidence = [{ doc = "base", text = "x" }]\n'),
        "value = 1.5",
        1,
        r"^mission\.facts\.0\.value: Input should be a valid string or .*integer",
    ),
    "wrong schema version": (
        sub("schema_version = 1", "schema_version = 2"),
        "schema_version",
        1,
        r"^schema_version: Input should be 1$",
    ),
    "unknown key, no near match": (
        sub('name = "Anton Shkaplerov"', 'name = "Anton Shkaplerov"\ncolour = 1'),
        "colour",
        1,
        r"^people\.0\.colour: Extra inputs are not permitted$",
    ),
    "misspelt key": (
        sub('name = "Anton Shkaplerov"', 'nmae = "Anton Shkaplerov"'),
        "nmae",
        1,
        r"^people\.0\.nmae: unknown key 'nmae'; did you mean 'name'\?$",
    ),
    "missing key": (sub('title = "Test mission"\n', ""), "[mission]", 1, r"^mission\.title: Field required$"),
    "missing table": (
        sub('[mission]\nid = "test"\ntitle = "Test mission"\ncountdown_to = "launch"\nends_with = "return"\n', ""),
        "schema_version",
        1,
        r"^mission: Field required$",
    ),
    "bad id": (sub('id = "shkaplerov"', 'id = "Bad Id"'), "Bad Id", 1, r"^people\.0\.id: String should match pattern"),
    "unknown document id": (
        sub('{ doc = "base", text = "launched on October 5" }', '{ doc = "nope", text = "launched on October 5" }'),
        "nope",
        1,
        r"^unknown document id 'nope'$",
    ),
    "unknown person id": (
        add(CREW.replace('person = "shkaplerov"', 'person = "ghost"')),
        "ghost",
        1,
        r"^unknown person id 'ghost'$",
    ),
    "unknown event id (occupant)": (
        add(OCCUPANT.replace('arrives_with = "launch"', 'arrives_with = "nowhere"')),
        "nowhere",
        1,
        r"^unknown event id 'nowhere'$",
    ),
    "unknown event id (mission)": (
        sub('countdown_to = "launch"', 'countdown_to = "lunch"'),
        "countdown_to",
        1,
        r"^unknown event id 'lunch'$",
    ),
    "unknown event id (same_time_as)": (
        sub('title = "Return"', 'title = "Return"\nsame_time_as = "never"'),
        "same_time_as",
        1,
        r"^unknown event id 'never'$",
    ),
    "evidence pointing nowhere": (
        sub('text = "returned on October 17"', 'text = "returned on October 18"'),
        "October 18",
        1,
        r"^excerpt not found in document 'base': “returned on October 18”$",
    ),
    "evidence offset wrong": (
        sub('text = "returned on October 17" }', 'text = "returned on October 17", start = 3 }'),
        "start = 3",
        1,
        r"^excerpt not found in document 'base' at offset 3",
    ),
    "whitespace excerpt at an offset": (
        sub('text = "returned on October 17" }', 'text = " ", start = 0 }'),
        'text = " "',
        1,
        r"^excerpt not found in document 'base' at offset 0",
    ),
    "value not stated": (
        sub('time = "2021-10-17"', 'time = "2021-10-18"'),
        "returned on October 17",
        1,
        r"^event 'return': 2021-10-18 is not what document 'base' says",
    ),
    "duplicate document id": (
        add('\n[[documents]]\nid = "base"\npath = "base.txt"\n'),
        'id = "base"',
        2,
        r"^duplicate document id 'base'$",
    ),
    "duplicate person id": (
        add('\n[[people]]\nid = "shkaplerov"\nname = "Anton"\n'),
        'id = "shkaplerov"',
        2,
        r"^duplicate person id 'shkaplerov'$",
    ),
    "duplicate event id": (
        add(REHEARSAL.replace('id = "rehearsal"', 'id = "launch"')),
        'id = "launch"',
        2,
        r"^duplicate event id 'launch'$",
    ),
    "date that does not parse": (
        sub('time = "2021-10-17"', 'time = "2021-13-45"'),
        "2021-13-45",
        1,
        r"^event 'return': not a date: '2021-13-45'",
    ),
    "time that does not parse": (
        sub('time = "2021-10-17"', 'time = "next Tuesday"'),
        "next Tuesday",
        1,
        r"^event 'return': not an ISO date or time: 'next Tuesday'$",
    ),
    "time without zone": (sub('time = "2021-10-17"', 'time = "2021-10-17T10:00"'), "T10:00", 1, r"has no zone"),
    "time out of range": (
        sub('time = "2021-10-17"', 'time = "9999-12-31T23:00-05:00"'),
        "9999",
        1,
        r"^events\.1\.claims\.0\.time: year 9999 is outside 1900-2200$",
    ),
    "toml datetime for time": (
        sub('time = "2021-10-17"', "time = 2021-10-17"),
        "time = 2021",
        1,
        r"^events\.1\.claims\.0\.time: Input should be a valid string$",
    ),
    "published not a date": (
        sub('path = "base.txt"', 'path = "base.txt"\npublished = "soon"\npublished_basis = "x"'),
        "published = ",
        1,
        r"^documents\.0\.published: should be a date \(2031-03-11\) or a time with its zone",
    ),
    "published against the date line": (
        sub('path = "base.txt"', 'path = "base.txt"\npublished = "2021-10-05T01:00+03:00"'),
        "published = ",
        1,
        r"its date line says 2021-10-04, not 2021-10-05$",
    ),
    "return before launch": (
        lambda text: sub('ends_with = "return"', 'ends_with = "rehearsal"')(text + REHEARSAL),
        "ends_with",
        1,
        r"^the mission would end \(2021-10-01\) before it starts \(2021-10-05\)$",
    ),
    "occupant leaves before arriving": (
        add(
            OCCUPANT.replace(
                'arrives_with = "launch"\nleaves_with = "return"', 'arrives_with = "return"\nleaves_with = "launch"'
            )
        ),
        "[[occupants]]",
        1,
        r"^shkaplerov would leave \(2021-10-05 00:00\) before arriving \(2021-10-17 00:00\)$",
    ),
    "event depends on itself": (
        sub('title = "Return"', 'title = "Return"\nuntil = "return"'),
        "until",
        1,
        r"^event 'return' depends on itself through 'return'$",
    ),
    "integer too large": (
        add(
            '\n[[mission.facts]]\nfield = "x"\nvalue = ' + "9" * 5000 + '\nevidence = [{ doc = "base", text = "x" }]\n'
        ),
        "value = 999",
        1,
        r"^not valid TOML: integer too large",
    ),
    "control character in a string": (
        sub('title = "Test mission"', 'title = "Test \\u001b[2Jmission"'),
        "title = ",
        1,
        r"^mission\.title: contains the control character \\x1b$",
    ),
    "bidi override in a string": (
        sub('name = "Anton Shkaplerov"', 'name = "Anton \\u202eShkaplerov"'),
        "name = ",
        1,
        r"^people\.0\.name: contains the control character \\u202e$",
    ),
    "bad TOML": (sub('id = "test"', 'id = "test'), 'id = "test', 1, r"^not valid TOML: "),
    "duplicate table": (add('\n[mission]\nid = "again"\n'), "[mission]", 2, r"^not valid TOML: "),
    "duplicate key": (sub('id = "test"', 'id = "test"\nid = "test"'), 'id = "test"', 2, r"^not valid TOML: "),
    "line separator before an error": (
        sub("schema_version = 1", "# a\u2028comment\u2029here\nschema_version = 1\nbad ="),
        "bad =",
        1,
        r"^not valid TOML: ",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_mission_file(mission_dir: MissionDir, cli: CliRun, name: str) -> None:
    mutate, snippet, occurrence, message = CASES[name]
    text = mutate(BASE_MISSION)
    mission_dir.write(text)
    run = cli("check", "--mission", mission_dir.mission)
    assert_one_problem(run, mission_dir.mission, line_of(text, snippet, occurrence), message)
    assert not FORBIDDEN.search(run.err)


def test_base_mission_is_valid(mission_dir: MissionDir, cli: CliRun) -> None:
    mission_dir.write(BASE_MISSION + OCCUPANT + CREW + REHEARSAL)
    run = cli("check", "--mission", mission_dir.mission)
    assert run.status == 0, run.err
    assert run.out.startswith("ok: Test mission")


# -- the mission file itself ---------------------------------------------------


def test_empty_mission_file(mission_dir: MissionDir, cli: CliRun) -> None:
    mission_dir.write("")
    assert_one_problem(
        cli("check", "--mission", mission_dir.mission),
        mission_dir.mission,
        1,
        r"^is empty: a mission file needs \[mission\], \[\[documents\]\] and \[\[events\]\]$",
    )


def test_comments_only_mission_file(mission_dir: MissionDir, cli: CliRun) -> None:
    mission_dir.write("# nothing\n\n# here\n")
    assert_one_problem(cli("check", "--mission", mission_dir.mission), mission_dir.mission, 1, r"^is empty")


def test_mission_file_is_a_directory(tmp_path: Path, cli: CliRun) -> None:
    # A folder is a mission too (its one mission file, or its articles drafted); an empty one is not.
    message = r"^holds no mission file and no articles \(\*\.txt\)$"
    assert_one_problem(cli("check", "--mission", tmp_path), tmp_path, 1, message)


def test_mission_file_missing(tmp_path: Path, cli: CliRun) -> None:
    path = tmp_path / "nope.toml"
    assert_one_problem(cli("check", "--mission", path), path, 1, r"^no such mission file$")


def test_mission_file_is_a_device(cli: CliRun) -> None:
    # /dev/zero would be read forever: anything but a regular file is refused first.
    assert_one_problem(cli("check", "--mission", "/dev/zero"), "/dev/zero", 1, r"^is not a regular file$")


def test_mission_file_is_a_fifo(tmp_path: Path, cli: CliRun) -> None:
    fifo = tmp_path / "mission.toml"
    os.mkfifo(fifo)
    assert_one_problem(cli("check", "--mission", fifo), fifo, 1, r"^is not a regular file$")


def test_mission_file_not_utf8(mission_dir: MissionDir, cli: CliRun) -> None:
    mission_dir.mission.write_bytes(b"schema_version = 1\n# caf\xe9\n")
    assert_one_problem(
        cli("check", "--mission", mission_dir.mission),
        mission_dir.mission,
        2,
        r"^not valid UTF-8: byte 0xe9 at offset 24$",
    )


def test_mission_file_with_bom_and_crlf(mission_dir: MissionDir, cli: CliRun) -> None:
    mission_dir.mission.write_bytes(b"\xef\xbb\xbf" + BASE_MISSION.replace("\n", "\r\n").encode())
    assert cli("check", "--mission", mission_dir.mission).status == 0


def test_mission_file_unreadable(mission_dir: MissionDir, cli: CliRun) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    mission_dir.mission.chmod(0)
    assert_one_problem(cli("check", "--mission", mission_dir.mission), mission_dir.mission, 1, r"^cannot be read")


# -- document paths -------------------------------------------------------------


def _point_base_to(mission_dir: MissionDir, path: str) -> str:
    text: str = BASE_MISSION.replace('path = "base.txt"', f"path = {path!r}".replace("'", '"'))
    mission_dir.write(text)
    return text


@pytest.mark.parametrize("where", ["../outside.txt", "sub/../../outside.txt", "ABSOLUTE"])
def test_document_path_escaping_the_folder(mission_dir: MissionDir, cli: CliRun, where: str) -> None:
    outside = mission_dir.folder.parent / "outside.txt"
    outside.write_text("date 2021-10-04 secret", encoding="utf-8")
    path = str(outside) if where == "ABSOLUTE" else where
    text = _point_base_to(mission_dir, path)
    assert_one_problem(
        cli("check", "--mission", mission_dir.mission),
        mission_dir.mission,
        line_of(text, "path = "),
        r"^document 'base': path .* leads outside the mission's folder$",
    )


def test_document_symlink_pointing_outside(mission_dir: MissionDir, cli: CliRun) -> None:
    outside = mission_dir.folder.parent / "outside.txt"
    outside.write_text("date 2021-10-04 secret", encoding="utf-8")
    (mission_dir.folder / "link.txt").symlink_to(outside)
    text = _point_base_to(mission_dir, "link.txt")
    assert_one_problem(
        cli("check", "--mission", mission_dir.mission),
        mission_dir.mission,
        line_of(text, "path = "),
        r"^document 'base': path 'link.txt' leads outside the mission's folder$",
    )


def test_document_symlink_loop(mission_dir: MissionDir, cli: CliRun) -> None:
    (mission_dir.folder / "loop.txt").symlink_to("loop.txt")
    text = _point_base_to(mission_dir, "loop.txt")
    assert_one_problem(
        cli("check", "--mission", mission_dir.mission),
        mission_dir.mission,
        line_of(text, "path = "),
        r"^document 'base': path 'loop.txt' cannot be read: .*symbolic links",
    )


def test_document_is_a_directory(mission_dir: MissionDir, cli: CliRun) -> None:
    (mission_dir.folder / "folder.txt").mkdir()
    text = _point_base_to(mission_dir, "folder.txt")
    assert_one_problem(
        cli("check", "--mission", mission_dir.mission),
        mission_dir.mission,
        line_of(text, "path = "),
        r"^document 'base': 'folder.txt' is not a regular file$",
    )


def test_document_is_the_folder(mission_dir: MissionDir, cli: CliRun) -> None:
    text = _point_base_to(mission_dir, ".")
    assert_one_problem(
        cli("check", "--mission", mission_dir.mission),
        mission_dir.mission,
        line_of(text, "path = "),
        r"^document 'base': '.' is not a regular file$",
    )


def test_document_missing(mission_dir: MissionDir, cli: CliRun) -> None:
    text = _point_base_to(mission_dir, "gone.txt")
    assert_one_problem(
        cli("check", "--mission", mission_dir.mission),
        mission_dir.mission,
        line_of(text, "path = "),
        r"^document 'base': no such file 'gone.txt'$",
    )


def test_document_path_with_nul(mission_dir: MissionDir, cli: CliRun) -> None:
    text = BASE_MISSION.replace('path = "base.txt"', 'path = "base\\u0000.txt"')
    mission_dir.write(text)
    assert_one_problem(
        cli("check", "--mission", mission_dir.mission),
        mission_dir.mission,
        line_of(text, "path = "),
        r"^documents\.0\.path: contains the control character \\x00$",
    )


def test_document_path_too_long(mission_dir: MissionDir, cli: CliRun) -> None:
    text = _point_base_to(mission_dir, "x" * 5000 + ".txt")
    assert_one_problem(
        cli("check", "--mission", mission_dir.mission),
        mission_dir.mission,
        line_of(text, "path = "),
        r"^documents\.0\.path: String should have at most 4096 characters$",
    )


# -- times read from hostile articles --------------------------------------------


def test_relative_day_at_the_end_of_time(mission_dir: MissionDir, cli: CliRun) -> None:
    """'tomorrow' read against 9999-12-31 has no answer; it is refused, not an overflow."""
    mission_dir.article("far.txt", b"date 9999-12-31 It happens tomorrow, on Friday.\n")
    text = BASE_MISSION.replace(
        "\n[[people]]", '\n[[documents]]\nid = "far"\npath = "far.txt"\n\n[[people]]', 1
    ).replace(
        'evidence = [{ doc = "base", text = "returned on October 17" }]',
        'evidence = [{ doc = "base", text = "returned on October 17" }]\n\n[[events.claims]]\n'
        'time = "2021-10-17"\nevidence = [{ doc = "far", text = "It happens tomorrow, on Friday" }]',
    )
    mission_dir.write(text)
    run = cli("check", "--mission", mission_dir.mission)
    assert_one_problem(
        run,
        mission_dir.mission,
        line_of(text, "It happens tomorrow"),
        r"^event 'return': document 'far' “It happens tomorrow, on Friday”: .* names a time outside the calendar \(years 1 to 9999\)$",
    )


def test_moscow_time_before_the_first_day(mission_dir: MissionDir, cli: CliRun) -> None:
    """01:00 MSK on 0001-01-01 is in the year 0 in UTC: refused, not an OverflowError."""
    mission_dir.article("far.txt", b"date 0001-01-01 It happens at 01:00 MSK.\n")
    text = BASE_MISSION.replace(
        "\n[[people]]", '\n[[documents]]\nid = "far"\npath = "far.txt"\n\n[[people]]', 1
    ).replace(
        'evidence = [{ doc = "base", text = "returned on October 17" }]',
        'evidence = [{ doc = "base", text = "returned on October 17" }]\n\n[[events.claims]]\n'
        'time = "2021-10-17T10:00Z"\nevidence = [{ doc = "far", text = "It happens at 01:00 MSK" }]',
    )
    mission_dir.write(text)
    run = cli("check", "--mission", mission_dir.mission)
    assert_one_problem(
        run,
        mission_dir.mission,
        line_of(text, "It happens at"),
        r"^event 'return': document 'far' “It happens at 01:00 MSK”: .* names a time outside the calendar \(years 1 to 9999\)$",
    )


def test_huge_duration_in_an_article(mission_dir: MissionDir, cli: CliRun) -> None:
    mission_dir.article(
        "base.txt",
        (
            b"date 2021-10-04 Cosmonaut Anton Shkaplerov of Roscosmos launched on October 5 "
            b"and returned on October 17. It lasted 99999999999 months and 1e400 days.\n"
        ),
    )
    text = BASE_MISSION.replace(
        'evidence = [{ doc = "base", text = "returned on October 17" }]',
        'evidence = [{ doc = "base", text = "returned on October 17" }]\n\n[[events.claims]]\n'
        'time = "2021-10-17"\nafter = "launch"\nevidence = [{ doc = "base", text = "It lasted 99999999999 months" }]',
    )
    mission_dir.write(text)
    run = cli("check", "--mission", mission_dir.mission)
    assert_one_problem(
        run,
        mission_dir.mission,
        line_of(text, "It lasted"),
        r"^event 'return': 2021-10-17 is not launch plus what document 'base' says: .* gives no duration$",
    )


def test_long_chain_of_events(mission_dir: MissionDir, cli: CliRun) -> None:
    """Events may depend on events: a chain longer than Python's recursion limit still builds."""
    chain = "".join(
        f'\n[[events]]\nid = "e{n}"\ntitle = "E{n}"\nsame_time_as = "{"launch" if n == 0 else f"e{n - 1}"}"\n'
        for n in range(3000)
    )
    mission_dir.write(BASE_MISSION + chain)
    run = cli("check", "--mission", mission_dir.mission)
    assert run.status == 0, run.err[:500]


def test_a_cycle_of_events(mission_dir: MissionDir, cli: CliRun) -> None:
    text = (
        BASE_MISSION + '\n[[events]]\nid = "a"\ntitle = "A"\nsame_time_as = "b"\n'
        '\n[[events]]\nid = "b"\ntitle = "B"\nsame_time_as = "a"\n'
    )
    mission_dir.write(text)
    run = cli("check", "--mission", mission_dir.mission)
    assert run.status == 1
    line = line_of(text, 'same_time_as = "a"')
    assert run.lines == [f"{mission_dir.mission}:{line}: event 'b' depends on itself through 'a'"]


# -- no traceback, seen from outside ------------------------------------------------


def _run_module(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "soyuztui", *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("name", ["integer too large", "time out of range", "control character in a string"])
def test_subprocess_reports_one_line_and_no_traceback(mission_dir: MissionDir, name: str) -> None:
    mutate, snippet, occurrence, _message = CASES[name]
    text = mutate(BASE_MISSION)
    mission_dir.write(text)
    for command in ("check", "summary"):
        result = _run_module(command, "--mission", mission_dir.mission)
        assert result.returncode == 1
        assert result.stdout == ""
        assert "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith(f"{mission_dir.mission}:{line_of(text, snippet, occurrence)}: ")


def test_subprocess_symlink_loop_and_directory(mission_dir: MissionDir, tmp_path: Path) -> None:
    (mission_dir.folder / "loop.txt").symlink_to("loop.txt")
    _point_base_to(mission_dir, "loop.txt")
    for target in (mission_dir.mission, tmp_path):
        result = _run_module("export", "--format", "json", "--mission", target)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
