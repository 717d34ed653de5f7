"""Who published an article, and when, as people read it: shared by the panes and the exports."""

from __future__ import annotations

from soyuztui.dossier.model import Document
from soyuztui.dossier.sources.basis import DATE_LINE, from_page_metadata
from soyuztui.present.times import ZoneName, format_time

OUTLET_NOT_GIVEN = "outlet not given"
"""Said where an article's outlet is unknown (the mission file does not name it)."""


def outlet_text(document: Document) -> str:
    """The outlet, or 'outlet not given'."""
    return document.outlet or OUTLET_NOT_GIVEN


def published_text(document: Document, zone: ZoneName) -> str:
    """When it was published: a time in `zone` when known, else the date, else 'undated'."""
    if document.published_at is not None:
        return format_time(document.published_at, "minute", zone)
    return document.published.isoformat() if document.published else "undated"


def date_basis(document: Document) -> str:
    """Where the date comes from, in two words: 'date line' when the article states it, 'page metadata'
    when the page it was added from does, else 'date inferred' ('' if undated)."""
    if document.published is None:
        return ""
    if document.published_basis == DATE_LINE:
        return "date line"
    return "page metadata" if from_page_metadata(document.published_basis) else "date inferred"


def byline(document: Document, zone: ZoneName = "utc") -> str:
    """One line naming the article: outlet · author · published."""
    parts = [outlet_text(document)]
    if document.author:
        parts.append(f"by {document.author}")
    parts.append(published_text(document, zone))
    return " · ".join(parts)


def citation(document: Document) -> str:
    """How an export names an article in a citation: `Outlet, “Headline”, 2031-03-11`.

    The headline is named only when one is given: a first sentence is too long for a citation.
    """
    when = document.published.isoformat() if document.published else "undated"
    headline = f"“{document.title}”, " if document.title_basis == "headline" else ""
    return f"{outlet_text(document)}, {headline}{when}"
