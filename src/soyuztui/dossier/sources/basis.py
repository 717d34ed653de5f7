"""Where an article's publication date comes from, in the words its `published_basis` uses.

The dossier writes the first (an article's own date line); `add` and the draft write the
second (a saved page's or a link's metadata); anything else is a person's or the draft's
reasoning, a date worked out. The panes and exports say which of the three it is.
"""

from __future__ import annotations

DATE_LINE = "date line"
"""The basis of a date read from the article's own first line."""

PAGE_METADATA = "The page's metadata"
"""How the basis of a date the page states in its metadata begins: `The page's metadata: SOURCE`."""


def page_metadata_basis(source: str) -> str:
    """The basis of a date taken from the metadata of the page `source` (a saved page or a link)."""
    return f"{PAGE_METADATA}: {source}"


def from_page_metadata(basis: str) -> bool:
    """Whether `basis` says the date is the one a page's metadata states."""
    return basis.startswith(f"{PAGE_METADATA}:")
