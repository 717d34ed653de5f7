"""The dossier's timeline as iCalendar (RFC 5545), written with the `icalendar` library.

One VEVENT per event with a known time. Times are UTC; an event known only to
the day is an all-day event (DATE values). UIDs are built from the mission and
event ids, so importing a newer export updates the same calendar entries.
"""

from __future__ import annotations

from datetime import UTC, timedelta

from icalendar import Calendar, vCategory, vDDDTypes, vText
from icalendar import Event as CalendarEvent

from soyuztui import __version__
from soyuztui.dossier.model import Dossier, Event
from soyuztui.export.options import ExportOptions
from soyuztui.present.documents import citation
from soyuztui.present.times import format_time
from soyuztui.present.wording import claim_value, conflict_text, event_conflicts, one_line

_DAY = timedelta(days=1)


def event_uid(dossier: Dossier, event: Event) -> str:
    """A UID that stays the same from one export to the next."""
    return f"{dossier.mission.id}.{event.id}@soyuz-tui"


def _ending(dossier: Dossier, event: Event) -> Event | None:
    """The event that ends `event`, if it lasts."""
    return dossier.find_event(event.until.event) if event.until is not None else None


def _description(dossier: Dossier, event: Event) -> str:
    """Every claim about the event with its sources, then its facts and conflicts."""
    lines = ["Claims:"]
    for claim in event.claims:
        lines.append(f"- {claim_value(dossier, claim)}")
        for evidence in claim.evidence:
            lines.append(f"  [{evidence.doc}] “{one_line(evidence.text)}”")
    if event.until is not None and event.until.when is not None:
        lasts = _ending(dossier, event)
        until = format_time(event.until.when.time, event.until.when.precision, "utc")
        lines.append(f"Lasts until: {until}" + (f" ({lasts.title})" if lasts else ""))
    if event.facts:
        lines.append("Facts:")
        for fact in event.facts:
            lines.append(f"- {fact.field}: {fact.value}")
            for evidence in fact.evidence:
                lines.append(f"  [{evidence.doc}] “{one_line(evidence.text)}”")
    conflicts = event_conflicts(dossier, event)
    if conflicts:
        lines.append("Conflicts:")
        for conflict in conflicts:
            lines.append(f"- {conflict.label}: {conflict_text(dossier, conflict, 'utc')}")
    lines += _sources(dossier, event)
    return "\n".join(lines)


def _sources(dossier: Dossier, event: Event) -> list[str]:
    """The articles the description cites: outlet, headline, date and address."""
    cited = {item.doc for claim in event.claims for item in claim.evidence}
    cited |= {item.doc for fact in event.facts for item in fact.evidence}
    lines = ["Sources:"]
    for document in dossier.documents:
        if document.id in cited:
            lines.append(f"- [{document.id}] {one_line(citation(document))}")
            if document.url:
                lines.append(f"  {document.url}")
    return lines if len(lines) > 1 else []


def _calendar_event(dossier: Dossier, event: Event, options: ExportOptions) -> CalendarEvent:
    assert event.when is not None
    entry = CalendarEvent()
    # Every value goes in as an icalendar type: text is escaped by vText (a line break
    # becomes `\n`), so nothing from a mission file can end a line or start a component.
    entry.add("uid", vText(event_uid(dossier, event)))
    entry.add("dtstamp", vDDDTypes(options.now().astimezone(UTC)))
    entry.add("summary", vText(event.title))
    start = event.when.time.astimezone(UTC)
    ends = event.until.when if event.until is not None else None
    if event.when.precision == "day":
        # An all-day event: DATE values, the end the day after the last day.
        day = start.date()
        entry.add("dtstart", vDDDTypes(day))
        end = day + _DAY
        if ends is not None and ends.time.astimezone(UTC).date() >= day:
            end = ends.time.astimezone(UTC).date() + _DAY
        entry.add("dtend", vDDDTypes(end))
    else:
        entry.add("dtstart", vDDDTypes(start))
        # A lasting event ends with its ending event: at its minute, or, for an end
        # known only to the day, when that day is over (DTEND takes DATE-TIME here,
        # as DTSTART does). An event that does not last is an instant.
        finish = event.until.over_by() if event.until is not None else None
        if finish is not None and finish > start:
            entry.add("dtend", vDDDTypes(finish.astimezone(UTC)))
    entry.add("description", vText(_description(dossier, event)))
    if conflicts := event_conflicts(dossier, event):
        entry.add("categories", vCategory(["Conflicting sources"]))
        entry.add("comment", vText(f"{len(conflicts)} conflict(s) between the sources"))
    return entry


def to_ics(dossier: Dossier, options: ExportOptions) -> str:
    """The timed events of the dossier as an iCalendar document."""
    calendar = Calendar()
    calendar.add("prodid", vText(f"-//soyuz-tui {__version__}//{dossier.mission.id}//EN"))
    calendar.add("version", vText("2.0"))
    calendar.add("calscale", vText("GREGORIAN"))
    calendar.add("x-wr-calname", vText(dossier.mission.title))
    for event in dossier.timed_events():
        calendar.add_component(_calendar_event(dossier, event, options))
    return str(calendar.to_ical(), "utf-8")  # icalendar is untyped: say what it returns
