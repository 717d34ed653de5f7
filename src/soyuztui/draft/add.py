"""`add`: saved pages, links and text articles become articles of record in a mission's folder.

Each source's article is written once as `NNN_outlet-slug.txt` (UTF-8, NFC, no control
characters) and never rewritten: every evidence span points into it. What the page says
about it goes into the folder's record (`records.py`), which the draft reads. A source
already added (the same bytes, or the same article text) is a no-op; a changed page at
the same link is a new article. A source that gives no article is one line saying why
and never stops the others.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path

from soyuztui.dossier.errors import visible
from soyuztui.dossier.sources.documents import MAX_DOCUMENT_BYTES
from soyuztui.dossier.times.base import TimeRefused
from soyuztui.dossier.times.reader import read_times
from soyuztui.draft.header import Header, dateline_outlet, read_header
from soyuztui.draft.names import slug
from soyuztui.draft.pagefiles import LINKS_FILE, PAGE_SUFFIXES, is_link, pending_sources, read_links, recorded_source
from soyuztui.draft.progress import Progress
from soyuztui.draft.records import Record, read_records, write_records

_NUMBER = re.compile(r"\A(\d{3,})[_-]")


class SourceRefused(ValueError):
    """A source that gives no article, with the reason in a few words."""


@dataclass(slots=True)
class Added:
    """What `add_sources` did: the articles written, the sources already there, what failed, and doubts."""

    written: list[Record] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    unsure: list[str] = field(default_factory=list)


def expand(sources: Iterable[str]) -> list[str]:
    """The sources named: links and files as given, a folder as its saved pages, text articles and links."""
    found: list[str] = []
    for source in sources:
        path = Path(source)
        if not is_link(source) and path.is_dir():
            found += pending_sources(path)
            found += sorted(str(child) for child in path.glob("*.txt") if child.name != LINKS_FILE)
        elif not is_link(source) and path.name == LINKS_FILE:
            found += read_links(path)
        else:
            found.append(source)
    return list(dict.fromkeys(found))


def add_sources(
    sources: Sequence[str],
    folder: Path,
    progress: Progress | None = None,
    cache: Path | None = None,
    refresh: bool = False,
) -> Added:
    """Add each source's article to the mission's `folder`; the record there is updated once, at the end.

    `progress` is told after each source, with the line that says what became of it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    # An article a person deleted is forgotten: its page can be added again.
    records = [record for record in read_records(folder) if (folder / record.path).is_file()]
    known = {record.source_sha256 for record in records} | {record.sha256 for record in records}
    outcome = Added()
    for done, source in enumerate(sources, 1):
        shown = visible(source)
        try:
            record = _add_one(source, folder, known, cache, refresh)
        except SourceRefused as reason:
            line = f"{shown}: {reason}"
            outcome.failed.append(line)
        else:
            if record is None:
                line = f"{shown}: already added"
                outcome.unchanged.append(source)
            else:
                line = f"added {record.path} from {shown}"
                records.append(record)
                outcome.written.append(record)
                outcome.unsure += [f"{record.path}: {doubt}" for doubt in record.unsure]
                known |= {record.source_sha256, record.sha256}
        if progress is not None:
            progress(done, len(sources), line)
    if outcome.written:
        write_records(folder, records)
    return outcome


def _add_one(source: str, folder: Path, known: set[str], cache: Path | None, refresh: bool) -> Record | None:
    """The record of the article written for `source`, or None when it was added before."""
    from soyuztui.draft.pages import Page, PageRefused, clean_text, read_page

    fetched: datetime | None = None
    url: str | None = None
    if is_link(source):
        from soyuztui.draft.fetch import FetchFailed, fetch

        try:
            got = fetch(source, cache, refresh)
        except FetchFailed as error:
            raise SourceRefused(str(error)) from None
        data, url, fetched = got.data, got.url, got.fetched
    elif _in_folder(Path(source), folder):
        return None  # an article of the mission already, as it is
    else:
        data = _read_file(Path(source))
    source_sha = hashlib.sha256(data).hexdigest()
    if source_sha in known:
        return None
    suffix = "" if url else Path(source).suffix.lower()
    try:
        if suffix == ".txt":
            page = Page(text=_plain_text(data))
        else:
            page = read_page(_mhtml_page(data) if suffix in (".mhtml", ".mht") else data, url)
    except PageRefused as error:
        raise SourceRefused(str(error)) from None
    text = clean_text(page.text)
    if len(text.encode()) > MAX_DOCUMENT_BYTES:
        raise SourceRefused(f"holds an article over {MAX_DOCUMENT_BYTES // 1_000_000} MB; not a news article")
    text_sha = hashlib.sha256(text.encode()).hexdigest()
    if text_sha in known:
        return None
    name = _write_article(folder, text, page.outlet or _host(page.url or url), page.title)
    return Record(
        path=name,
        sha256=text_sha,
        source_sha256=source_sha,
        source=source if url else recorded_source(Path(source), folder),
        fetched=fetched.isoformat() if fetched else None,
        outlet=page.outlet,
        title=page.title,
        author=page.author,
        url=page.url or url,
        published=page.published.isoformat() if page.published else None,
        unsure=_doubts(text, page.author, page.published, page.undecodable),
    )


def _in_folder(path: Path, folder: Path) -> bool:
    """Whether `path` is a text article in the mission's folder (one of its articles)."""
    return path.suffix.lower() == ".txt" and path.resolve().parent == folder.resolve()


def _read_file(path: Path) -> bytes:
    from soyuztui.draft.pages import MAX_PAGE_BYTES

    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise SourceRefused(
                f"is {size / 1_000_000:.0f} MB; pages over {MAX_PAGE_BYTES // 1_000_000} MB are not read"
            )
        if path.suffix.lower() not in (*PAGE_SUFFIXES, ".txt"):
            raise SourceRefused("is not a saved page (.html, .htm, .mhtml), a text article (.txt) or a link")
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceRefused("no such file") from None
    except IsADirectoryError:
        raise SourceRefused("is a folder") from None
    except OSError as error:
        raise SourceRefused(f"cannot be read: {error.strerror}") from None


def _plain_text(data: bytes) -> str:
    if b"\x00" in data:
        raise SourceRefused("is binary data, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SourceRefused(f"is not UTF-8 text (byte {error.start})") from None


def _mhtml_page(data: bytes) -> bytes:
    """The HTML part of a page saved as MHTML (a MIME message, read by the standard library)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if isinstance(message, EmailMessage):
        for part in message.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    return payload
    raise SourceRefused("is an MHTML file with no HTML page in it")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _write_article(folder: Path, text: str, outlet: str | None, title: str | None) -> str:
    """Write `text` as a new article of record, numbered after the last one; its file name."""
    numbers = [int(match.group(1)) for path in folder.glob("*.txt") if (match := _NUMBER.match(path.name))]
    number = max(numbers, default=0) + 1
    words = "-".join(part for part in (slug(outlet) if outlet else "", slug(title) if title else "") if part)
    # "NNN_": the draft names a document by what comes before the first "_", so its id is the number.
    stem = f"{number:03d}_{words or 'article'}"[:80].rstrip("-")
    while True:
        target = folder / f"{stem}.txt"
        try:
            with target.open("x", encoding="utf-8", newline="\n") as stream:  # never over another file
                stream.write(text)
        except FileExistsError:
            number += 1
            stem = f"{number:03d}_{stem.partition('_')[2]}"
            continue
        return target.name


def _doubts(text: str, author: str | None, published: datetime | date | None, undecodable: int) -> list[str]:
    """Where the page's metadata and its text disagree, and what of the page could not be decoded."""
    doubts: list[str] = []
    day = published.date() if isinstance(published, datetime) else published
    header = read_header(text, 0, day)
    for stated, line in _stated_days(header, day):
        if day is not None and stated != day:
            doubts.append(
                f"the page's metadata says it was published on {day.isoformat()}, its text says "
                f"{stated.isoformat()} ({visible(line)!r}); the metadata's date is kept"
            )
            break
    if author and header.author and not _same_person(author, header.author):
        doubts.append(f"the page's metadata names {author} as its author, its byline {header.author}")
    if undecodable:
        doubts.append(f"{undecodable} characters of the page could not be decoded (shown as \ufffd)")
    return doubts


def _stated_days(header: Header, day: date | None) -> list[tuple[date, str]]:
    """The days the text's own header states: its publication line, and a wire or agency dateline's day."""
    stated: list[tuple[date, str]] = []
    if header.published is not None:
        moment = header.published
        stated.append((moment.date() if isinstance(moment, datetime) else moment, header.published_line or ""))
    for line in header.lines:
        if dateline_outlet(line) is None:
            continue
        try:
            readings = read_times(line, published=day, zone=None)
        except TimeRefused:
            continue
        stated += [(reading.time.date(), line) for reading in readings if reading.precision == "day"][:1]
    return stated


def _same_person(one: str, other: str) -> bool:
    a, b = one.casefold(), other.casefold()
    return a in b or b in a
