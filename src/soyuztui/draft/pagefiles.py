"""Which files and lines are sources for `add`: saved pages, `links.txt`, links.

Light on purpose: every start with `--mission DIR` asks whether the folder holds pages
not added yet, and that question imports no HTML library and no dossier model.
"""

from __future__ import annotations

import re
from pathlib import Path

#: The suffixes of saved pages.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht")
#: A file of links, one a line (`#` starts a comment), read from a folder given as a source.
LINKS_FILE = "links.txt"
_LINK = re.compile(r"\Ahttps?://\S+\Z", re.IGNORECASE)


def is_link(source: str) -> bool:
    """Whether `source` is an http(s) address rather than a path."""
    return bool(_LINK.match(source))


def pending_sources(folder: Path) -> list[str]:
    """The sources a mission's folder holds besides its articles: saved pages and the links in `links.txt`."""
    pages = sorted(str(path) for path in folder.iterdir() if path.suffix.lower() in PAGE_SUFFIXES and path.is_file())
    return pages + read_links(folder / LINKS_FILE)


def read_links(path: Path) -> list[str]:
    """The links in a file of links (none if there is no such file); blank lines and `#` comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def recorded_source(path: Path, folder: Path) -> str:
    """A saved page as its record names it: by name inside the mission's folder, else by its full path."""
    resolved = path.resolve()
    return resolved.name if resolved.parent == folder.resolve() else str(resolved)
