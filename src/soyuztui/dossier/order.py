"""The order events are built in: every event after the events its times depend on."""

from __future__ import annotations

from collections.abc import Sequence

from soyuztui.dossier.sources.spec import EventSpec

Loc = tuple[str | int, ...]


def _depends(index: int, item: EventSpec) -> list[tuple[Loc, str]]:
    """The events `item` refers to (`same_time_as`, `until`, a claim's `after`), each with where it says so."""
    refs: list[tuple[Loc, str]] = []
    if item.same_time_as:
        refs.append((("events", index, "same_time_as"), item.same_time_as))
    if item.until:
        refs.append((("events", index, "until"), item.until))
    for number, claim in enumerate(item.claims):
        if claim.after:
            refs.append((("events", index, "claims", number, "after"), claim.after))
    return refs


def event_order(events: Sequence[EventSpec]) -> tuple[list[tuple[int, EventSpec]], list[tuple[Loc, str]]]:
    """The events in an order to build them, and the problems found on the way.

    Each event comes after every event it refers to. A reference to no event, or
    one that leads back to the event itself, is a problem: the reference is
    skipped and the event still comes, so every problem is listed in one run.
    The walk keeps a stack of its own: a chain of events longer than Python's
    recursion limit is still a valid mission file.
    """
    specs = {item.id: (index, item) for index, item in enumerate(events)}
    order: list[tuple[int, EventSpec]] = []
    problems: list[tuple[Loc, str]] = []
    done: set[str] = set()
    visiting: set[str] = set()
    for root in specs:
        if root in done or root in visiting:
            continue
        visiting.add(root)
        stack = [(root, iter(_depends(*specs[root])))]
        while stack:
            event_id, refs = stack[-1]
            for loc, ref in refs:
                if ref not in specs:
                    problems.append((loc, f"unknown event id {ref!r}"))
                elif ref in visiting:
                    problems.append((loc, f"event {event_id!r} depends on itself through {ref!r}"))
                elif ref not in done:
                    visiting.add(ref)
                    stack.append((ref, iter(_depends(*specs[ref]))))
                    break
            else:
                stack.pop()
                visiting.discard(event_id)
                done.add(event_id)
                order.append(specs[event_id])
    return order, problems
