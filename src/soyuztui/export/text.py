"""A plain-text summary of the dossier, for `soyuz-tui summary` and pipes."""

from __future__ import annotations

from soyuztui.dossier.model import Dossier
from soyuztui.dossier.times.reader import format_moment
from soyuztui.present.documents import outlet_text
from soyuztui.present.wording import conflict_text


def summary(dossier: Dossier) -> str:
    """A short text overview: crew, timeline, quotes and conflicts."""
    mission = dossier.mission
    lines = [f"{mission.title} — {mission.value('destination') or ''}".rstrip(" —"), ""]
    lines.append(f"Documents: {len(dossier.documents)}")
    for document in dossier.documents:
        lines.append(f"  {document.id}  {document.published or 'undated'}  {outlet_text(document)}: {document.title}")
    lines += ["", "Crew:"]
    for member in dossier.crew:
        person = dossier.person(member.person)
        age = person.value("age")
        aged = f", {age}" if age is not None else ""
        role = f" — {member.role}" if member.role else ""
        lines.append(f"  {member.vehicle:<12} {member.leg:<8} {person.name}{aged}{role}")
    lines += ["", "Timeline (UTC):"]
    for event in dossier.events:
        when = format_moment(event.time, event.precision) if event.time and event.precision else "time not reported"
        lines.append(f"  {when:<18} {event.title}")
    lines += ["", f"Quotes: {len(dossier.quotes)}", "", f"Conflicts: {len(dossier.conflicts)}"]
    for conflict in dossier.conflicts:
        lines.append(f"  {conflict.label}: {conflict_text(dossier, conflict, 'utc')}")
    return "\n".join(lines) + "\n"
