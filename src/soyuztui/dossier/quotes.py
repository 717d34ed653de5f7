"""Direct quotations found in the documents and attributed to the people who said them.

Extraction is implemented separately; until then no quotes are found.
"""

from __future__ import annotations

from collections.abc import Sequence

from soyuztui.dossier.model import Document, Person, Quote


def extract_quotes(documents: Sequence[Document], people: Sequence[Person]) -> list[Quote]:
    """Every speech quote in `documents`, attributed to one of `people` where possible."""
    return []
