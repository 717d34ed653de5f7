"""The dashboard drafted, unedited, from each invented corpus of another family of crewed flight.

One snapshot per family, mid-flight: a Shenzhou handover at Tiangong, a private Crew Dragon flight to
the ISS, a free-flying Dragon with no station, a lunar flyby written before launch, a Soyuz whose crew
come home in two craft, and a Gaganyaan orbital flight. The development corpora of real articles are
checked pane by pane instead (tests/app/test_shared_screens.py): their text is never stored here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from soyuztui.draft.memory import load_draft
from tests.conftest import SnapCompare, test_app

CORPORA = Path(__file__).resolve().parents[1] / "corpora"

#: Each family's corpus and an instant while its crew is in flight (UTC).
FAMILIES = {
    "shenzhou-15-handover": "2023-05-31T12:00Z",
    "axiom-2": "2023-05-25T00:00Z",
    "polaris-dawn": "2024-09-12T12:00Z",
    "artemis-2": "2026-03-01T00:00Z",
    "soyuz-ms-25": "2024-03-26T00:00Z",
    "gaganyaan-h1": "2027-03-15T12:00Z",
}


@pytest.mark.parametrize("corpus", list(FAMILIES))
def test_family_dashboard(snap_compare: SnapCompare, corpus: str) -> None:
    """Station title (or none), craft, crew roles and occupants as drafted from the articles alone."""
    dossier = load_draft(CORPORA / corpus / "articles")
    assert snap_compare(test_app(dossier, at=FAMILIES[corpus]), terminal_size=(120, 40))
