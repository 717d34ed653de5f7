"""How claims, conflicts and events are worded for people: shared by the panes and the exports."""

from __future__ import annotations

from soyuztui.dossier.model import Conflict, Dossier, Event, TimeClaim
from soyuztui.dossier.times.reader import TimeError, parse_claimed
from soyuztui.present.times import ZoneName, format_time

#: Marks an entry `soyuz-tui draft` wrote that no person has reviewed yet.
UNREVIEWED_MARK = "◌"


def unreviewed_note(count: int) -> str:
    """The header's words for how much of the dossier is unreviewed draft ("" when none)."""
    if count == 0:
        return ""
    return f"{UNREVIEWED_MARK} draft: {count} unreviewed"


def one_line(text: str) -> str:
    """Article text on one line: every run of white space (newlines too) becomes a space."""
    return " ".join(text.split())


def event_conflicts(dossier: Dossier, event: Event) -> tuple[Conflict, ...]:
    """The conflicts about `event`: its time, and any of its facts."""
    subjects = {f"{event.id}.time", *(f"{event.id}.{fact.field}" for fact in event.facts)}
    return tuple(conflict for conflict in dossier.conflicts if conflict.subject in subjects)


def event_title(dossier: Dossier, event_id: str | None) -> str:
    """The title of the event `event_id`, or the id itself if there is no such event."""
    if event_id is None:
        return ""
    try:
        return dossier.event(event_id).title
    except KeyError:
        return event_id


def claim_value(dossier: Dossier, claim: TimeClaim, zone: ZoneName = "utc") -> str:
    """What a time claim says, in words: its time, how it was counted, its zone."""
    if claim.time is None:
        return "reported without a time"
    text = format_time(claim.time, claim.precision, zone)
    notes = []
    if claim.after:
        notes.append(f"counted from {event_title(dossier, claim.after)}")
    if claim.approximate:
        notes.append("approximate")
    if claim.source_zone:
        notes.append(f"source stated {claim.source_zone}")
    return f"{text} ({'; '.join(notes)})" if notes else text


def conflict_value(value: str, zone: ZoneName) -> str:
    """A conflicting value as shown: a claimed UTC time is converted to `zone`.

    Time conflicts carry the mission file's value ("2021-10-05T12:25Z"), maybe
    followed by notes ("(approx.)"); other values are returned unchanged.
    """
    head, space, rest = value.partition(" ")
    try:
        moment = parse_claimed(head)
    except TimeError:
        return value
    return format_time(moment.time, moment.precision, zone) + space + rest
