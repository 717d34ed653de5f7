"""Hostile articles: each one loads clean, or is refused with one `file:line: message`."""

from __future__ import annotations

import json

import pytest
from tests.hostile.conftest import CliRun, MissionDir

from conftest import BASE_MISSION, FORBIDDEN, assert_one_problem
from soyuztui.dossier import build_dossier
from soyuztui.dossier.sources.documents import MAX_DOCUMENT_BYTES

MARKER = "Peresild"

# A mission fact whose evidence lies inside the hostile article, so its text reaches exports.
HOSTILE_ENTRY = """
[[documents]]
id = "hostile"
path = "hostile.txt"
"""
HOSTILE_FACT = """
[[mission.facts]]
field = "marker"
value = "Peresild"
evidence = [{ doc = "hostile", text = "Peresild" }]
"""


def with_hostile(marker: bool = True) -> str:
    """The base mission plus the hostile article (and a fact read from it)."""
    text: str = BASE_MISSION.replace("\n[[documents]]", HOSTILE_ENTRY + "\n[[documents]]", 1)
    if marker:
        text = text.replace("\n[[documents]]", HOSTILE_FACT + "\n[[documents]]", 1)
    return text


def _chars(*ranges: tuple[int, int]) -> str:
    return "".join(chr(code) for low, high in ranges for code in range(low, high + 1))


# name -> bytes around the marker. Each is generated, never stored.
LOADABLE: dict[str, bytes] = {
    "markup": b"[bold]x[/] [/ [/] [link=x]y[/link] [@click=app.quit]z[/] [red",
    "csi": b"\x1b[31mred\x1b[0m \x1b[2J\x1b[H\x1b[?1049h \x1b[6n",
    "osc": b"\x1b]0;pwned\x07 \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ \x1b]52;c;Zm9v\x07",
    "c0": _chars((0x01, 0x08), (0x0B, 0x1F), (0x7F, 0x7F)).encode(),
    "c1": _chars((0x80, 0x9F)).encode(),
    "csi-c1": "\x9b31mred\x9b0m \x9d0;title\x9c".encode(),
    "bidi": _chars((0x202A, 0x202E), (0x2066, 0x2069), (0x200E, 0x200F), (0x061C, 0x061C)).encode(),
    "zero-width": "a\u200bb\u2060c\ufeffd \u200c\u200d".encode(),
    "line-separators": "one\u2028two\u2029three\x85four".encode(),
    "nul": b"a\x00b\x00\x00c",
    "bom": b"\xef\xbb\xbf" + b"date 2021-10-04 Breaking",
    "crlf": b"one\r\ntwo\r\n\r\nthree",
    "lone-cr": b"one\rtwo\r\rthree",
}


def _article(junk: bytes) -> bytes:
    return junk + b" " + MARKER.encode() + b" flew. " + junk + b"\n"


@pytest.mark.parametrize("name", sorted(LOADABLE))
def test_hostile_article_loads_clean(mission_dir: MissionDir, cli: CliRun, name: str) -> None:
    mission_dir.article("hostile.txt", _article(LOADABLE[name]))
    mission_dir.write(with_hostile())
    dossier = build_dossier(mission_dir.mission)
    document = dossier.document("hostile")
    assert not FORBIDDEN.search(document.text), repr(document.text)
    assert "\r" not in document.text
    assert not FORBIDDEN.search(document.title), repr(document.title)
    [fact] = dossier.mission.facts
    evidence = fact.evidence[0]
    assert document.text[evidence.start : evidence.end] == evidence.text == MARKER

    exported = cli("export", "--format", "json", "--mission", mission_dir.mission)
    assert exported.status == 0, exported.err
    assert not FORBIDDEN.search(exported.out)
    assert "\\u001b" not in exported.out and "\\u009b" not in exported.out
    assert json.loads(exported.out)["documents"][0]["id"] == "hostile"

    summarized = cli("summary", "--mission", mission_dir.mission)
    assert summarized.status == 0, summarized.err
    assert not FORBIDDEN.search(summarized.out)


def test_markup_is_kept_as_plain_text(mission_dir: MissionDir) -> None:
    """Markup is data, not formatting: the text keeps it verbatim for the UI to escape."""
    mission_dir.article("hostile.txt", _article(LOADABLE["markup"]))
    mission_dir.write(with_hostile())
    document = build_dossier(mission_dir.mission).document("hostile")
    assert "[@click=app.quit]z[/]" in document.text


def test_escape_sequences_are_removed_whole(mission_dir: MissionDir) -> None:
    """Not just the ESC byte: the parameters of a CSI or OSC sequence would be noise."""
    mission_dir.article("hostile.txt", _article(LOADABLE["csi"] + LOADABLE["osc"]))
    mission_dir.write(with_hostile())
    text = build_dossier(mission_dir.mission).document("hostile").text
    assert "[31m" not in text and "]8;;" not in text and "pwned" not in text
    assert "red" in text and "link" in text


def test_line_separators_become_newlines(mission_dir: MissionDir) -> None:
    mission_dir.article("hostile.txt", _article(LOADABLE["line-separators"]))
    mission_dir.write(with_hostile())
    text = build_dossier(mission_dir.mission).document("hostile").text
    assert text.startswith("one\ntwo\nthreefour")


def test_bom_does_not_hide_the_date_line(mission_dir: MissionDir) -> None:
    mission_dir.article("hostile.txt", _article(LOADABLE["bom"]))
    mission_dir.write(with_hostile())
    document = build_dossier(mission_dir.mission).document("hostile")
    assert str(document.published) == "2021-10-04"


def test_empty_article_loads(mission_dir: MissionDir, cli: CliRun) -> None:
    mission_dir.article("hostile.txt", b"")
    mission_dir.write(with_hostile(marker=False))
    document = build_dossier(mission_dir.mission).document("hostile")
    assert document.text == "" and document.title == ""
    assert cli("check", "--mission", mission_dir.mission).status == 0


def test_one_megabyte_single_line_loads(mission_dir: MissionDir, cli: CliRun) -> None:
    mission_dir.article("hostile.txt", b"x" * 1_000_000 + b" " + MARKER.encode())
    mission_dir.write(with_hostile())
    document = build_dossier(mission_dir.mission).document("hostile")
    assert len(document.text) == 1_000_000 + 1 + len(MARKER)
    assert len(document.title) <= 240
    assert cli("summary", "--mission", mission_dir.mission).status == 0


def test_article_over_the_size_limit_is_refused(mission_dir: MissionDir, cli: CliRun) -> None:
    path = mission_dir.article("hostile.txt", b"a" * (MAX_DOCUMENT_BYTES + 1))
    mission_dir.write(with_hostile(marker=False))
    run = cli("check", "--mission", mission_dir.mission)
    assert_one_problem(run, path, 1, r"is 2,000,001 bytes; articles larger than 2,000,000 bytes are refused")


def test_article_at_the_size_limit_loads(mission_dir: MissionDir) -> None:
    mission_dir.article("hostile.txt", b"a" * MAX_DOCUMENT_BYTES)
    mission_dir.write(with_hostile(marker=False))
    assert len(build_dossier(mission_dir.mission).document("hostile").text) == MAX_DOCUMENT_BYTES


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (b"fine\nfine\n\xff\xfe bad", 3, r"not valid UTF-8: byte 0xff at offset 10"),
        (b"\xc3\x28", 1, r"not valid UTF-8: byte 0xc3 at offset 0"),
        ("date 2021-10-04 UTF-16".encode("utf-16"), 1, r"not valid UTF-8: byte 0xff at offset 0"),
        (b"ok\n\xed\xa0\x80 surrogate", 2, r"not valid UTF-8: byte 0xed at offset 3"),
        (b"date 2021-02-30 Feb", 1, r"date line has no such day: date 2021-02-30"),
    ],
)
def test_undecodable_article_is_refused_at_its_line(
    mission_dir: MissionDir, cli: CliRun, data: bytes, line: int, message: str
) -> None:
    path = mission_dir.article("hostile.txt", data)
    mission_dir.write(with_hostile(marker=False))
    assert_one_problem(cli("check", "--mission", mission_dir.mission), path, line, message)


def test_messages_never_carry_control_characters(mission_dir: MissionDir, cli: CliRun) -> None:
    """An excerpt that is not found is quoted in the message: with its controls escaped."""
    text = BASE_MISSION.replace('text = "launched on October 5"', 'text = "launched \\u001b[2J\\u202e on"')
    mission_dir.write(text)
    run = cli("check", "--mission", mission_dir.mission)
    assert run.status == 1
    assert not FORBIDDEN.search(run.err), repr(run.err)
