"""Claims that disagree become conflicts; an event's time is its best supported claim."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from soyuztui.dossier.model import Conflict, ConflictValue, Evidence, Fact, TimeClaim
from soyuztui.dossier.times.reader import format_moment
from soyuztui.dossier.verify.evidence import fold

_FINER = {"day": 0, "minute": 1}


def _docs(evidence: Iterable[Evidence]) -> tuple[str, ...]:
    return tuple(sorted({item.doc for item in evidence}))


def _conflict(subject: str, label: str, groups: dict[str, list[Evidence]]) -> Conflict:
    values = tuple(
        ConflictValue.model_construct(value=value, docs=_docs(evidence), evidence=tuple(evidence))
        for value, evidence in groups.items()
    )
    return Conflict.model_construct(subject=subject, label=label, values=values)


def fact_conflicts(subject: str, label: str, facts: Sequence[Fact]) -> list[Conflict]:
    """One conflict per field on which the facts claim different values."""
    by_field: dict[str, dict[str, tuple[str, list[Evidence]]]] = {}
    for fact in facts:
        groups = by_field.setdefault(fact.field, {})
        key = fold(str(fact.value))
        _, evidence = groups.setdefault(key, (str(fact.value), []))
        evidence.extend(fact.evidence)
    conflicts = []
    for field, groups in by_field.items():
        if len(groups) > 1:
            shown_groups = {shown: evidence for shown, evidence in groups.values()}
            conflicts.append(_conflict(f"{subject}.{field}", f"{label} — {field}", shown_groups))
    return conflicts


class _Support:
    """Which documents agree with a time, counted in one pass over the claims.

    A day-precise claim agrees with every claim on that day; a minute-precise
    claim with the claims of that minute and the day-precise claims of its day.
    """

    def __init__(self, timed: Sequence[TimeClaim]) -> None:
        self.by_day: dict[str, set[str]] = {}
        self.day_only: dict[str, set[str]] = {}
        self.by_minute: dict[str, set[str]] = {}
        for claim in timed:
            assert claim.time is not None
            docs = {item.doc for item in claim.evidence}
            day = format_moment(claim.time, "day")
            self.by_day.setdefault(day, set()).update(docs)
            if claim.precision == "day":
                self.day_only.setdefault(day, set()).update(docs)
            else:
                self.by_minute.setdefault(format_moment(claim.time, "minute"), set()).update(docs)

    def docs(self, claim: TimeClaim) -> set[str]:
        """Documents whose claims agree with `claim`."""
        assert claim.time is not None
        day = format_moment(claim.time, "day")
        if claim.precision == "day":
            return self.by_day[day]
        return self.by_minute[format_moment(claim.time, "minute")] | self.day_only.get(day, set())

    def disagree(self) -> bool:
        """Whether two claims name different days, or different minutes of a day."""
        return len(self.by_day) > 1 or len(self.by_minute) > 1


def best_time(claims: Sequence[TimeClaim]) -> TimeClaim | None:
    """The claim with the most documents agreeing with it.

    Ties go to the finer precision, then to a time stated outright over one
    counted from another event, then to the claim written first.
    """
    timed = [claim for claim in claims if claim.time is not None]
    support = _Support(timed)
    best: TimeClaim | None = None
    best_score: tuple[int, int, bool] | None = None
    for claim in timed:
        assert claim.precision is not None
        score = (len(support.docs(claim)), _FINER[claim.precision], claim.after is None)
        if best_score is None or score > best_score:
            best, best_score = claim, score
    return best


def time_conflict(subject: str, label: str, claims: Sequence[TimeClaim]) -> Conflict | None:
    """A conflict when two timed claims about one event disagree."""
    timed = [claim for claim in claims if claim.time is not None]
    if not _Support(timed).disagree():
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
