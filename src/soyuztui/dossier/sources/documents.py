"""Reading articles: decode, clean, find the date line, fingerprint.

Document text is untrusted. Control characters other than newline and tab, and
the invisible bidirectional controls that can make text read other than it is,
are removed here, before any offset is taken, so every span in the dossier
points into text that is safe to show.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from soyuztui.dossier.errors import MissionError
from soyuztui.dossier.fsio import FileTooLarge, NotRegularFile, read_regular

#: Articles larger than this are refused: they are not news articles.
MAX_DOCUMENT_BYTES = 2_000_000

# C0 (but tab and newline), DEL, C1, the bidi embedding/override/isolate/mark controls,
# and the invisible zero-width space, word joiner and stray byte-order marks.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff]")
# Whole terminal escape sequences, 7-bit (ESC ...) or 8-bit (C1): removing only the ESC
# would leave their parameters ("[31m", "]8;;https://...") in the text as noise.
# A string sequence (OSC, DCS, ...) must end on its line, so an unterminated one
# cannot swallow the article; 8-bit ones are left to the removal of single C1 codes.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
_LINE_SEPARATORS = re.compile("\r\n?|[\u2028\u2029]")
_DATE_LINE = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")
_TITLE_END = re.compile(r"(?<=[.!?])\s|\n")
# A full stop that ends an abbreviation or an initial ("MOSCOW, Sept. 26", "Dr. Ito",
# "J. Smith"), not the sentence; nor does one followed by a digit or a small letter.
_NOT_AN_END = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Prof"
    r"|Lt|Col|Capt|Sgt|No|vs|approx)|(?<![\w.])[A-Z])\.$"
)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """An article as read from disk, before it joins the dossier."""

    path: Path
    text: str
    sha256: str
    published: date | None
    body_start: int

    def title(self, limit: int = 240) -> str:
        """The first sentence, shortened to `limit` characters (screens cut it to their width)."""
        body = self.text[self.body_start :].strip()
        end = len(body)
        for match in _TITLE_END.finditer(body):
            after = body[match.end() : match.end() + 1]
            if match.group() != "\n" and (
                _NOT_AN_END.search(body, max(0, match.start() - 8), match.start()) or after.isdigit() or after.islower()
            ):
                continue
            end = match.start()
            break
        first = body[:end].strip()
        return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def sanitize(text: str) -> str:
    """Normalize newlines and remove characters that must never reach a terminal."""
    text = _LINE_SEPARATORS.sub("\n", text)
    return _UNSAFE.sub("", _ESCAPE_SEQUENCE.sub("", text))


def first_unsafe(text: str) -> str | None:
    """The first character of `text` that `sanitize` would remove, if any."""
    match = _UNSAFE.search(text)
    return match.group(0) if match else None


def decode(data: bytes, path: Path) -> str:
    """Decode UTF-8 (a BOM is dropped), or fail naming the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise MissionError.single(
            path, line, f"not valid UTF-8: byte 0x{data[error.start]:02x} at offset {error.start}"
        ) from None


def read_document(path: Path) -> RawDocument:
    """Read, decode and clean one article."""
    try:
        data = read_regular(path, MAX_DOCUMENT_BYTES)
    except FileTooLarge as error:
        refused = f"articles larger than {MAX_DOCUMENT_BYTES:,} bytes are refused"
        raise MissionError.single(path, 1, f"is {error.size:,} bytes; {refused}") from None
    except (NotRegularFile, IsADirectoryError):
        raise MissionError.single(path, 1, "is not a regular file") from None
    except OSError as error:
        raise MissionError.single(path, 1, f"cannot be read: {error.strerror}") from None
    except ValueError as error:  # a NUL in the path
        raise MissionError.single(path, 1, f"cannot be read: {error}") from None
    text = sanitize(decode(data, path))
    published: date | None = None
    body_start = 0
    if match := _DATE_LINE.match(text):
        year, month, day = (int(group) for group in match.groups())
        try:
            published = date(year, month, day)
        except ValueError:
            line = match.group(0).strip()
            raise MissionError.single(path, 1, f"date line has no such day: {line}") from None
        body_start = match.end()
    return RawDocument(
        path=path,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        published=published,
        body_start=body_start,
    )
