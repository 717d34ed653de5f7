"""Reading a mission's articles: each path checked, each file read, its date weighed."""

from __future__ import annotations

import stat
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from soyuztui.dossier.errors import MissionError, Problems
from soyuztui.dossier.model import Document
from soyuztui.dossier.sources.basis import DATE_LINE
from soyuztui.dossier.sources.documents import RawDocument, read_document
from soyuztui.dossier.sources.spec import DocumentSpec

Loc = tuple[str | int, ...]


def read_documents(
    mission: Path,
    items: Sequence[DocumentSpec],
    problems: Problems,
    read: Callable[[Path], RawDocument] = read_document,
) -> tuple[list[Document], dict[str, RawDocument]]:
    """The documents the mission file lists, and their raw text by id; what is wrong goes to `problems`.

    A document that cannot be read is left out (and reported); the others are still read,
    so that every problem is listed in one run. `read` reads one checked path (a draft
    passes the copies it read a moment before).
    """
    folder = mission.parent.resolve()
    documents: list[Document] = []
    raws: dict[str, RawDocument] = {}
    for index, item in enumerate(items):
        loc: Loc = ("documents", index)
        target = _target(mission, loc, item, folder, problems)
        if target is None:
            continue
        try:
            raw = read(target)
        except MissionError as error:
            problems.extend(error.problems)
            continue
        published, published_at = _publication(item.published)
        if published and raw.published and published != raw.published:
            problems.add(
                (*loc, "published"),
                f"document {item.id!r}: its date line says {raw.published}, not {published}",
            )
        if published and not raw.published and not item.published_basis:
            problems.add((*loc, "published"), f"document {item.id!r}: `published` needs a `published_basis` saying why")
        published = raw.published or published
        basis = DATE_LINE if raw.published else (item.published_basis or "")
        raws[item.id] = raw
        documents.append(
            Document.model_construct(
                id=item.id,
                path=item.path,
                title=item.title or raw.title(),
                title_basis="headline" if item.title else "first sentence",
                published=published,
                published_at=published_at,
                published_basis=basis if published else "undated",
                outlet=item.outlet,
                author=item.author,
                url=item.url,
                sha256=raw.sha256,
                text=raw.text,
                body_start=raw.body_start,
                reviewed=item.reviewed,
                zone=item.zone,
            )
        )
    return documents, raws


def _target(mission: Path, loc: Loc, item: DocumentSpec, folder: Path, problems: Problems) -> Path | None:
    """The regular file inside the mission's folder that `item` names, or None (reported)."""
    here, name = (*loc, "path"), repr(_shorten(item.path))
    try:
        target = (mission.parent / item.path).resolve()
        if not target.is_relative_to(folder):
            problems.add(here, f"document {item.id!r}: path {name} leads outside the mission's folder")
            return None
        if not stat.S_ISREG(target.stat().st_mode):
            problems.add(here, f"document {item.id!r}: {name} is not a regular file")
            return None
    except FileNotFoundError:
        problems.add(here, f"document {item.id!r}: no such file {name}")
        return None
    except OSError as error:
        problems.add(here, f"document {item.id!r}: path {name} cannot be read: {error.strerror}")
        return None
    except RuntimeError:  # Python 3.11's resolve() on a symlink loop
        problems.add(here, f"document {item.id!r}: path {name} cannot be read: too many levels of symbolic links")
        return None
    except ValueError as error:  # a NUL in the path
        problems.add(here, f"document {item.id!r}: path {name} cannot be read: {error}")
        return None
    return target


def _publication(value: date | datetime | None) -> tuple[date | None, datetime | None]:
    """The publication date in the article's own zone, and the UTC time if one is given."""
    if isinstance(value, datetime):
        return value.date(), value.astimezone(UTC)
    return value, None


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
