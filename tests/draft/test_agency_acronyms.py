"""An agency written as its acronym in one article and spelled out in another is one value, not a conflict,
even when the acronym is not the name's initials: an article pairs them in parentheses.

Invented articles about an invented Shenzhou-style flight; the agency is a real one (a public fact).
"""

from __future__ import annotations

from pathlib import Path

from soyuztui.dossier import build_dossier
from tests.draft.drafted import drafted_spec

RELEASE = """ date 2041-05-14 Tern 7 reaches the Halo outpost

The Tern 7 capsule lifted off at 02:10 GMT on Tuesday and docked with the Halo outpost at 09:05 GMT on Tuesday, carrying commander Asha Verhoeven and pilot Kofi Lindgren.

They were greeted aboard the station by Rin Abe of JAXA (Japan Aerospace Exploration Agency), who has lived there since March.
"""
WIRE = """ date 2041-05-15 Halo outpost welcomes two

Rin Abe of the Japan Aerospace Exploration Agency, who has been aboard the station since March, welcomed Asha Verhoeven and Kofi Lindgren on Tuesday.
"""


def test_an_acronym_and_the_name_an_article_pairs_it_with_are_one_agency(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path, RELEASE, WIRE)
    dossier = build_dossier(tmp_path / "mission.toml")  # `check` accepts the draft unedited
    agencies = {
        str(fact.value)
        for person in spec.people
        if person.id == "abe"
        for fact in person.facts
        if fact.field == "agency"
    }
    assert agencies == {"JAXA"}
    assert not [conflict for conflict in dossier.conflicts if conflict.subject.endswith(".agency")]
