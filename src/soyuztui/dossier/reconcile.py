"""Claims that disagree become conflicts; an event's time is its best supported claim."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from soyuztui.dossier.evidence import fold
from soyuztui.dossier.model import Conflict, ConflictValue, Evidence, Fact, Precision, TimeClaim
from soyuztui.dossier.times import format_moment

_FINER = {"day": 0, "minute": 1}


def _docs(evidence: Iterable[Evidence]) -> tuple[str, ...]:
    return tuple(sorted({item.doc for item in evidence}))


def _conflict(subject: str, label: str, groups: dict[str, list[Evidence]]) -> Conflict:
    values = tuple(
        ConflictValue(value=value, docs=_docs(evidence), evidence=tuple(evidence))
        for value, evidence in groups.items()
    )
    return Conflict(subject=subject, label=label, values=values)


def fact_conflicts(subject: str, label: str, facts: Sequence[Fact]) -> list[Conflict]:
    """One conflict per field on which the facts claim different values."""
    by_field: dict[str, dict[str, tuple[str, list[Evidence]]]] = {}
    for fact in facts:
        groups = by_field.setdefault(fact.field, {})
        key = fold(str(fact.value))
        shown, evidence = groups.setdefault(key, (str(fact.value), []))
        evidence.extend(fact.evidence)
    conflicts = []
    for field, groups in by_field.items():
        if len(groups) > 1:
            shown_groups = {shown: evidence for shown, evidence in groups.values()}
            conflicts.append(_conflict(f"{subject}.{field}", f"{label} — {field}", shown_groups))
    return conflicts


def _agree(a: TimeClaim, b: TimeClaim) -> bool:
    """Two timed claims agree when they are the same at the coarser precision."""
    assert a.time is not None and b.time is not None and a.precision and b.precision
    coarser: Precision = a.precision if _FINER[a.precision] <= _FINER[b.precision] else b.precision
    return format_moment(a.time, coarser) == format_moment(b.time, coarser)


def best_time(claims: Sequence[TimeClaim]) -> TimeClaim | None:
    """The claim with the most documents agreeing with it.

    Ties go to the finer precision, then to a time stated outright over one
    counted from another event, then to the claim written first.
    """
    timed = [claim for claim in claims if claim.time is not None]
    best: TimeClaim | None = None
    best_score: tuple[int, int, int] | None = None
    for claim in timed:
        support = {item.doc for other in timed if _agree(claim, other) for item in other.evidence}
        assert claim.precision is not None
        score = (len(support), _FINER[claim.precision], claim.after is None)
        if best_score is None or score > best_score:
            best, best_score = claim, score
    return best


def time_conflict(subject: str, label: str, claims: Sequence[TimeClaim]) -> Conflict | None:
    """A conflict when two timed claims about one event disagree."""
    timed = [claim for claim in claims if claim.time is not None]
    if all(_agree(a, b) for i, a in enumerate(timed) for b in timed[i + 1 :]):
        return None
    by_value: dict[str, list[TimeClaim]] = {}
    for claim in timed:
        assert claim.value is not None
        by_value.setdefault(claim.value, []).append(claim)
    groups: dict[str, list[Evidence]] = {}
    for value, same in by_value.items():
        shown = value
        if any(claim.approximate for claim in same):
            shown += " (approx.)"
        if all(claim.after for claim in same):
            shown += f" (counted from {same[0].after})"
        groups[shown] = [item for claim in same for item in claim.evidence]
    return _conflict(f"{subject}.time", f"{label} — time", groups)
