"""Writing a mission file as TOML, in the layout of a hand-written one, with comments.

tomli reads TOML but does not write it; the mission file's shape is small and
fixed, so it is written here key by key. Every drafted entry is preceded by a
`# drafted <hash>` line: re-drafting compares the hash with the entry as it now
stands to tell entries a person edited from those still as drafted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date, datetime

from soyuztui.dossier.sources import spec as s

_HEADER = """\
# Drafted by `soyuz-tui draft` from {count} article(s). Nothing here is reviewed yet.
# Read each entry against its excerpts, fix what is wrong, and set `reviewed = true`
# (or delete the line). `soyuz-tui check` verifies every excerpt; re-running `draft`
# keeps entries marked reviewed and entries you changed.
"""


def quote(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, but for \\u007f and the like.

    TOML's `\\u` takes exactly four digits, so a code point above U+FFFF (a flag's tag
    characters, the private-use planes) is written `\\U` with eight.
    """
    escaped = json.dumps(text, ensure_ascii=False)
    return "".join(char if char.isprintable() or char in "\n\t" else _escape(char) for char in escaped)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def entry_hash(entry: s.Spec) -> str:
    """A short fingerprint of an entry's content, reviewed flag excluded."""
    data = entry.model_dump(mode="json", exclude={"reviewed"})
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    return quote(str(value))


def _evidence(items: Iterable[s.EvidenceSpec]) -> list[str]:
    lines = ["evidence = ["]
    for item in items:
        start = f", start = {item.start}" if item.start is not None else ""
        lines.append(f"  {{ doc = {quote(item.doc)}, text = {quote(item.text)}{start} }},")
    lines.append("]")
    return lines


def _reviewed(entry: s.Spec) -> list[str]:
    return [] if getattr(entry, "reviewed", True) else ["reviewed = false"]


def _marker(entry: s.Spec) -> list[str]:
    return [] if getattr(entry, "reviewed", True) else [f"# drafted {entry_hash(entry)}"]


def _facts(table: str, facts: Iterable[s.FactSpec]) -> list[str]:
    lines: list[str] = []
    for fact in facts:
        lines += ["", *_marker(fact), f"[[{table}]]", f"field = {quote(fact.field)}", f"value = {_value(fact.value)}"]
        lines += _reviewed(fact) + _evidence(fact.evidence)
    return lines


def _named_entry(table: str, entry: s.PersonSpec | s.OrganisationSpec) -> list[str]:
    """A person or an organisation: id, name, other spellings, descriptions, then facts."""
    lines = ["", *_marker(entry), f"[[{table}]]", f"id = {quote(entry.id)}", f"name = {quote(entry.name)}"]
    if entry.aliases:
        lines.append(f"aliases = {_value(entry.aliases)}")
    if entry.descriptions:
        lines.append(f"descriptions = {_value(entry.descriptions)}")
    return lines + _reviewed(entry) + _facts(f"{table}.facts", entry.facts)


def _published(value: object) -> str:
    """A date as written; a time to the minute with its offset ("2031-03-11T22:40+01:00")."""
    if isinstance(value, datetime):
        text = value.isoformat(timespec="minutes")
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return value.isoformat() if isinstance(value, date) else str(value)


def _source_lines(lines: list[str]) -> list[str]:
    shown = " · ".join(quote(line[:120]) for line in lines[:4])
    return [f"# From the article's header lines: {shown}"] if lines else []


def render(
    spec: s.MissionFile, comments: dict[str, str] | None = None, sources: dict[str, list[str]] | None = None
) -> str:
    """The mission file as TOML text.

    `comments` maps section names to a comment line; `sources` maps a document's path
    to the header lines its title, outlet, author and time were read from.
    """
    comments = comments or {}
    sources = sources or {}
    mission = spec.mission
    lines = [_HEADER.format(count=len(spec.documents)).rstrip("\n"), "schema_version = 1", ""]
    lines += [*_marker(mission), "[mission]", f"id = {quote(mission.id)}", f"title = {quote(mission.title)}"]
    lines += [f"countdown_to = {quote(mission.countdown_to)}", f"ends_with = {quote(mission.ends_with)}"]
    lines += _reviewed(mission) + _facts("mission.facts", mission.facts)
    if spec.terms:
        lines += ["", "# Words the articles use for a value the file names otherwise.", "[terms]"]
        lines += [f"{quote(key)} = {_value(values)}" for key, values in spec.terms.items()]
    lines += ["", "# " + "-" * 60 + " documents"]
    for document in spec.documents:
        lines += [
            "",
            *_source_lines(sources.get(document.path, [])),
            *_marker(document),
            "[[documents]]",
            f"id = {quote(document.id)}",
            f"path = {quote(document.path)}",
        ]
        for key in ("outlet", "title", "author", "url", "zone"):
            if getattr(document, key):
                lines.append(f"{key} = {quote(getattr(document, key))}")
        if document.published:
            lines.append(f"published = {quote(_published(document.published))}")
        if document.published_basis:
            lines.append(f"published_basis = {quote(document.published_basis)}")
        if document.source:
            lines.append(f"source = {quote(document.source)}")
        if document.fetched:
            lines.append(f"fetched = {quote(document.fetched.isoformat())}")
        lines += _reviewed(document)
    lines += ["", "# " + "-" * 60 + " people"]
    for person in spec.people:
        lines += _named_entry("people", person)
    if spec.organisations:
        lines += ["", "# " + "-" * 60 + " organisations"]
    for item in spec.organisations:
        lines += _named_entry("organisations", item)
    if comments.get("crew"):
        lines += ["", f"# {comments['crew']}"]
    lines += ["", "# " + "-" * 60 + " crew"]
    for seat in spec.crew:
        lines += ["", *_marker(seat), "[[crew]]", f"person = {quote(seat.person)}", f"vehicle = {quote(seat.vehicle)}"]
        lines += [f"leg = {quote(seat.leg)}", *([f"role = {quote(seat.role)}"] if seat.role else [])]
        lines += [*_reviewed(seat), *_evidence(seat.evidence)]
    lines += ["", "# " + "-" * 60 + " occupants"]
    for occupant in spec.occupants:
        lines += ["", *_marker(occupant), "[[occupants]]", f"person = {quote(occupant.person)}"]
        lines += [f"agency = {quote(occupant.agency)}"] if occupant.agency else []
        for key in ("arrives_with", "leaves_with", "aboard_since", "gone_by"):
            if getattr(occupant, key):
                lines.append(f"{key} = {quote(getattr(occupant, key))}")
        lines += _reviewed(occupant) + _evidence(occupant.evidence)
    lines += ["", "# " + "-" * 60 + " events"]
    for event in spec.events:
        lines += ["", *_marker(event), "[[events]]", f"id = {quote(event.id)}", f"title = {quote(event.title)}"]
        for key in ("same_time_as", "until"):
            if getattr(event, key):
                lines.append(f"{key} = {quote(getattr(event, key))}")
        lines += _reviewed(event)
        for claim in event.claims:
            lines += ["", *_marker(claim), "[[events.claims]]"]
            if claim.time:
                lines.append(f"time = {quote(claim.time)}")
            if claim.after:
                lines.append(f"after = {quote(claim.after)}")
            if claim.zone:  # the zone its excerpts' bare clock times were read in
                lines.append(f"zone = {quote(claim.zone)}")
            lines += _reviewed(claim) + _evidence(claim.evidence)
        lines += _facts("events.facts", event.facts)
    return "\n".join(lines) + "\n"
