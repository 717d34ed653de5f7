"""Reading articles: decoding, cleaning, date lines, fingerprints."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from soyuztui.dossier.errors import MissionError
from soyuztui.dossier.sources.documents import MAX_DOCUMENT_BYTES, read_document, sanitize


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    return path


def test_date_line_is_read_and_body_starts_after_it(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, b" date 2021-10-04 Actress Yulia Peresild flew."))
    assert document.published == date(2021, 10, 4)
    assert document.text[document.body_start :].startswith("Actress")
    assert document.title() == "Actress Yulia Peresild flew."


def test_no_date_line_means_undated(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, b"On Tuesday, Russia sent an actress."))
    assert document.published is None
    assert document.body_start == 0


def test_sha256_is_of_the_bytes_on_disk(tmp_path: Path) -> None:
    data = "“quoted” text\r\n".encode()
    assert read_document(write(tmp_path, data)).sha256 == hashlib.sha256(data).hexdigest()


def test_newlines_are_normalized() -> None:
    assert sanitize("a\r\nb\rc\n") == "a\nb\nc\n"


def test_control_characters_are_removed_but_tab_and_newline_kept() -> None:
    hostile = "a\x1b[2Jb\x07c\x00d\x9be\u202ef\tg\nh"
    # Whole escape sequences go, not just their first byte: ESC [ 2 J, and C1 CSI with its final byte.
    assert sanitize(hostile) == "abcdf\tg\nh"


def test_bom_is_dropped(tmp_path: Path) -> None:
    assert read_document(write(tmp_path, b"\xef\xbb\xbfHello")).text == "Hello"


def test_invalid_utf8_names_the_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, b"line one\nline \xff two\n")
    with pytest.raises(MissionError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}:2: not valid UTF-8: byte 0xff at offset 14"


def test_impossible_date_line_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, b" date 2021-02-30 text")
    with pytest.raises(MissionError, match=r":1: date line has no such day"):
        read_document(path)


def test_oversized_document_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, b"x" * (MAX_DOCUMENT_BYTES + 1))
    with pytest.raises(MissionError, match=r":1: is .* bytes; articles larger than"):
        read_document(path)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "MOSCOW, Sept. 26 (Novosti Kosmos) - The crew docked on time. More followed.",
            "MOSCOW, Sept. 26 (Novosti Kosmos) - The crew docked on time.",
        ),
        ("Dr. Ana Ito said the hatch opened. It did.", "Dr. Ana Ito said the hatch opened."),
        ("Commander J. Okoye waved. Then she left.", "Commander J. Okoye waved."),
        ("The capsule landed at 3 p.m. local time. Crews met it.", "The capsule landed at 3 p.m. local time."),
        ("Liftoff! The rocket cleared the tower.", "Liftoff!"),
    ],
)
def test_the_first_sentence_does_not_end_at_an_abbreviation(tmp_path: Path, text: str, title: str) -> None:
    assert read_document(write(tmp_path, text.encode())).title() == title
