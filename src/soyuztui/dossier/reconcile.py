"""Claims that disagree become conflicts; an event's time is its best supported claim.

A time claim stands for an interval: a day is the whole day in the zone it was
stated in, a minute is that minute, an approximate minute a window around it
(`model.interval`). Two claims agree when their intervals meet. A day claim that
meets a finer claim backs it and is never shown as a value of its own beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from soyuztui.dossier.intervals import meet
from soyuztui.dossier.model import Conflict, ConflictValue, Evidence, Fact, TimeClaim, When
from soyuztui.dossier.verify.evidence import fold


def _docs(evidence: Iterable[Evidence]) -> tuple[str, ...]:
    return tuple(sorted({item.doc for item in evidence}))


#: Fields a person holds several values of at once: "scientist" and "researcher",
#: "astronaut" and "engineer" are both true of one person, never a disagreement.
_MANY_VALUED = frozenset({"occupation"})


def fact_conflicts(subject: str, label: str, facts: Sequence[Fact]) -> list[Conflict]:
    """One conflict per field on which documents claim different values.

    A value every one of whose documents also gives another value is one article
    using two words for one thing, not a disagreement between articles: it is left
    out. A field that holds several values at once (an occupation) is no conflict.
    """
    by_field: dict[str, dict[str, tuple[str, list[Evidence]]]] = {}
    for fact in facts:
        if fact.field in _MANY_VALUED:
            continue
        groups = by_field.setdefault(fact.field, {})
        key = fold(str(fact.value))
        _, evidence = groups.setdefault(key, (str(fact.value), []))
        evidence.extend(fact.evidence)
    conflicts = []
    for name, groups in by_field.items():
        docs = {shown: set(_docs(evidence)) for shown, evidence in groups.values()}
        kept = [
            (shown, evidence)
            for shown, evidence in groups.values()
            if not any(other != shown and docs[shown] <= docs[other] for other in docs)
        ]
        if len(kept) > 1:
            values = tuple(
                ConflictValue.model_construct(
                    value=shown,
                    when=None,
                    counted_from=None,
                    side=side,
                    docs=_docs(evidence),
                    evidence=tuple(evidence),
                )
                for side, (shown, evidence) in enumerate(kept)
            )
            conflicts.append(
                Conflict.model_construct(subject=f"{subject}.{name}", label=f"{label} — {name}", values=values)
            )
    return conflicts


@dataclass(slots=True)
class _Timed:
    """A claim with a time, its interval and its place among the claims."""

    claim: TimeClaim
    when: When
    index: int
    docs: frozenset[str]
    side: int = -1
    # Worked out once: every claim is compared with every other, and the bounds mean a zone lookup.
    bounds: tuple[datetime, datetime] = field(init=False)
    width: float = field(init=False)

    def __post_init__(self) -> None:
        self.bounds = self.when.bounds
        self.width = (self.bounds[1] - self.bounds[0]).total_seconds()

    def meets(self, other: _Timed) -> bool:
        return meet(self.bounds, other.bounds)


class _Reconciled:
    """The timed claims of one event: which are shown, on which side, and who backs whom."""

    def __init__(self, claims: Sequence[TimeClaim]) -> None:
        self.timed: list[_Timed] = []
        for index, claim in enumerate(claims):
            when = claim.when
            if when is not None:
                self.timed.append(_Timed(claim, when, index, frozenset(item.doc for item in claim.evidence)))
        # A claim is shown unless a finer claim it agrees with stands for it.
        self.shown = [
            item
            for item in self.timed
            if not any(other.width < item.width and other.meets(item) for other in self.timed)
        ]
        sides: list[list[_Timed]] = []
        for item in self.shown:
            for number, members in enumerate(sides):
                if all(item.meets(member) for member in members):
                    members.append(item)
                    item.side = number
                    break
            else:
                item.side = len(sides)
                sides.append([item])
        self.sides = sides
        on_sides: dict[str, set[int]] = {}
        for item in self.shown:
            for doc in item.docs:
                on_sides.setdefault(doc, set()).add(item.side)
        self.contradicting = frozenset(doc for doc, found in on_sides.items() if len(found) > 1)

    def support(self, item: _Timed) -> int:
        """How many documents agree with `item`; one that contradicts itself counts for no side.

        A claim that meets every value shown ("docked on Monday" beside 13:12 and 13:13)
        backs none of them over another: it is not counted.
        """
        docs: set[str] = set()
        for other in self.timed:
            if other.meets(item) and not all(other.meets(shown) for shown in self.shown):
                docs |= other.docs
        return len(docs - self.contradicting)


def best_time(claims: Sequence[TimeClaim]) -> TimeClaim | None:
    """The claim with the most documents agreeing with it.

    Only the finest claims are candidates: a day claim backs the minute claims it
    meets and never outvotes them. Ties go to the narrower interval, then to a
    time stated outright over one counted from another event, then to the claim
    written first.
    """
    reconciled = _Reconciled(claims)
    best: _Timed | None = None
    best_score: tuple[int, float, bool, int] | None = None
    for item in reconciled.shown:
        score = (reconciled.support(item), -item.width, item.claim.after is None, -item.index)
        if best_score is None or score > best_score:
            best, best_score = item, score
    return best.claim if best else None


def time_conflict(subject: str, label: str, claims: Sequence[TimeClaim]) -> Conflict | None:
    """A conflict when the claims about one event's time fall on more than one side."""
    reconciled = _Reconciled(claims)
    if len(reconciled.sides) < 2:
        return None
    groups: dict[tuple[str, str | None, bool, str | None], list[_Timed]] = {}
    for item in sorted(reconciled.shown, key=lambda item: (item.side, item.index)):
        key = (item.claim.value or "", item.claim.after, item.when.approximate, item.when.zone)
        groups.setdefault(key, []).append(item)
    values = []
    for (value, after, _, _), same in groups.items():
        evidence = [evidence for item in same for evidence in item.claim.evidence]
        values.append(
            ConflictValue.model_construct(
                value=value,
                when=same[0].when,
                counted_from=after,
                side=same[0].side,
                docs=_docs(evidence),
                evidence=tuple(evidence),
            )
        )
    return Conflict.model_construct(
        subject=f"{subject}.time",
        label=f"{label} — time",
        values=tuple(values),
        self_contradicting=tuple(sorted(reconciled.contradicting)),
    )
