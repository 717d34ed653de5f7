"""A claim moved to another article's offsets keeps every other field, as `dataclasses.replace` would."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

from soyuztui.draft.events import RawClaim, _moved


def test_a_moved_claim_is_the_replaced_claim() -> None:
    claim = RawClaim(
        "launch", "a.txt", 10, 24, "2031-05-13T08:00Z", "docking", True, "Europe/Moscow", True, True, True,
        date(2031, 5, 12), (3, 9), True,
    )  # fmt: skip
    assert all(getattr(claim, item.name) != item.default for item in fields(RawClaim))  # no field left at its default
    moved = _moved(claim, 100, "b.txt", date(2031, 5, 14))
    assert moved == replace(claim, doc="b.txt", start=110, end=124, written=date(2031, 5, 14))
    assert moved is not claim
    assert (claim.doc, claim.start, claim.end) == ("a.txt", 10, 24)  # the claim it was moved from stays
