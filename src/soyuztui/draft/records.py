"""The record `soyuz-tui add` keeps beside the articles it wrote: `documents.json`.

One entry per article of record: its file, the fingerprints of its text and of the
page it came from, where it came from (the saved page or the link, and when that was
fetched), and the metadata the page states (outlet, headline, author, address,
publication time with its zone), with what did not agree with the text. The draft reads
it to fill each document's entry, so a folder of added pages drafts with every outlet,
headline and time the pages give. It is JSON, not TOML, so a folder's one `*.toml`
stays its mission file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from soyuztui.dossier.errors import MissionError
from soyuztui.dossier.sources.basis import page_metadata_basis

if TYPE_CHECKING:
    from soyuztui.dossier.sources.spec import DocumentSpec

RECORD_NAME = "documents.json"
"""The record's file name, in the folder of the articles it describes."""
_FORMAT = "soyuz-tui documents 1"
#: The document keys a record fills in, from the page.
PAGE_KEYS = ("outlet", "title", "author", "url", "published", "source", "fetched")


@dataclass(slots=True)
class Record:
    """One article of record and what `add` knew about it when it wrote it."""

    path: str
    #: sha256 of the article's text as written: the same article is never written twice.
    sha256: str
    #: sha256 of the bytes it was read from: the same page is never read twice.
    source_sha256: str
    source: str
    fetched: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    #: ISO-8601: a date, or a time with the zone the page gives.
    published: str | None = None
    #: Where the metadata disagrees with the text, in words; the draft repeats them as `unsure:` lines.
    unsure: list[str] = field(default_factory=list)


def read_records(folder: Path) -> list[Record]:
    """The records kept in `folder` (none when it has no record); a damaged record is a `file:line` error."""
    target = folder / RECORD_NAME
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as error:
        raise MissionError.single(target, 1, f"cannot be read as the record of added documents: {error}") from None
    names = {item.name for item in fields(Record)}
    try:
        if data.get("format") != _FORMAT:
            raise TypeError("not a record written by soyuz-tui add")
        records = [Record(**{key: value for key, value in item.items() if key in names}) for item in data["documents"]]
        for record in records:
            _check(record)
    except (AttributeError, TypeError, KeyError, ValueError) as error:
        raise MissionError.single(target, 1, f"is not a record of added documents ({error})") from None
    return records


def _check(record: Record) -> None:
    """Raise TypeError or ValueError for a record a person's edit left in a shape the draft cannot read."""
    for item in fields(Record):
        value = getattr(record, item.name)
        if item.name == "unsure":
            if not isinstance(value, list) or not all(isinstance(doubt, str) for doubt in value):
                raise TypeError("`unsure` should be a list of lines")
        elif not (value is None or isinstance(value, str)) or (value is None and item.name in ("path", "source")):
            raise TypeError(f"`{item.name}` of {record.path!r} should be text")
    published_value(record)
    if record.fetched:
        datetime.fromisoformat(record.fetched)


def write_records(folder: Path, records: list[Record]) -> None:
    """Replace the record in `folder` with `records`, atomically."""
    from soyuztui.draft.fetch import replace_file

    payload = {"format": _FORMAT, "documents": [asdict(record) for record in records]}
    replace_file(folder / RECORD_NAME, (json.dumps(payload, ensure_ascii=False, indent=1) + "\n").encode())


def records_for(files: list[Path]) -> dict[Path, Record]:
    """The record of each of `files` that `add` wrote, by resolved path."""
    found: dict[Path, Record] = {}
    for folder in sorted({path.resolve().parent for path in files}):
        for record in read_records(folder):
            found[folder / record.path] = record
    return found


def published_value(record: Record) -> datetime | date | None:
    """The record's publication time (with its zone) or date."""
    if not record.published:
        return None
    moment = datetime.fromisoformat(record.published)
    return moment if len(record.published) > 10 else moment.date()


def page_day(record: Record | None) -> date | None:
    """The day the page says it was published, in the zone it gives; None without a record or a date."""
    published = published_value(record) if record is not None else None
    return published.date() if isinstance(published, datetime) else published


def with_page_metadata(
    item: DocumentSpec, record: Record | None, dated_by_line: bool, notes: list[str]
) -> DocumentSpec:
    """`item` with what the page states laid over what the article's header lines gave, unreviewed.

    The page's publication time replaces a date read from the text; an article of record
    with a date line of its own keeps it (the dossier holds the two to the same day).
    A value the mission file could not hold is left out. Where the page's metadata and the
    text disagreed when the article was added, `notes` is told.
    """
    if record is None:
        return item
    from pydantic import ValidationError

    from soyuztui.dossier.sources.spec import DocumentSpec

    notes += [f"{record.path}: {doubt}" for doubt in record.unsure]
    update: dict[str, object] = {
        key: getattr(record, key) for key in PAGE_KEYS if key != "published" and getattr(record, key)
    }
    published = published_value(record)
    if published is not None and not dated_by_line:
        update["published"] = published
        update["published_basis"] = page_metadata_basis(record.source)[:400]
    if not update:
        return item
    data = {**item.model_dump(exclude_none=True), **update, "reviewed": False}
    try:
        return DocumentSpec.model_validate(data)
    except ValidationError as error:
        wrong = {str(problem["loc"][0]) for problem in error.errors() if problem["loc"]}
        kept = {key: value for key, value in data.items() if key not in wrong or key not in update}
        return DocumentSpec.model_validate(kept)
