"""The dossier as a Markdown briefing: every fact with the excerpts that support it.

Citations are footnotes labelled by document, `[^002-3]`; each footnote names the
document and quotes the excerpt. The same excerpt cited twice is one footnote.
Article text is untrusted: it is put on one line and its Markdown-significant
characters are escaped, so an excerpt cannot open a link, a heading or raw HTML, nor
become a link under GFM's autolinks (a URL, `www.` name or e-mail address in a quote).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime

from soyuztui.dossier.model import Dossier, Evidence, Fact, When
from soyuztui.export.options import ExportOptions
from soyuztui.present.coverage import coverage
from soyuztui.present.documents import citation, date_basis, outlet_text, published_text
from soyuztui.present.flight import (
    FLIGHT_LABELS,
    flight_facts,
    no_station_text,
    nobody_aboard_text,
    seat_text,
    station_name,
    story_facts,
)
from soyuztui.present.times import ZoneName, describe_zone, format_time
from soyuztui.present.wording import (
    UNREVIEWED_MARK,
    claim_value,
    conflict_sides,
    conflict_value,
    contradiction_text,
    event_conflicts,
    one_line,
    source_evidence,
    speaker_label,
)

# Backslash-escapable ASCII punctuation that can start or end inline Markdown
# (emphasis, code, links, images, raw HTML, entities, strikethrough, tables).
_SIGNIFICANT = re.compile(r"([\\`*_\[\]<>&|~!#])")
# GFM links URLs, `www.` names and e-mail addresses with no syntax at all (and
# markdown-it's linkify any domain name): escaping the `:` of `://` and every `.` or
# `@` inside a word leaves the text as it reads but gives the link finders nothing whole.
_AUTOLINK = re.compile(r"(?<=\w)([.@])(?=\w)|(:)(?=//)")


def escape(text: str) -> str:
    """Article or mission-file text made safe to put inline in Markdown, on one line.

    The briefing never starts a line with such text (it always follows a list
    marker, a heading mark or a label), so only inline syntax needs escaping, and
    what GFM would turn into a link by itself.
    """
    return _AUTOLINK.sub(r"\\\g<0>", _SIGNIFICANT.sub(r"\\\1", one_line(text)))


class Citations:
    """Footnotes for excerpts, numbered per document in the order first cited."""

    def __init__(self, dossier: Dossier | None = None) -> None:
        """Citations into `dossier`'s documents (without one, footnotes name only the id)."""
        self._dossier = dossier
        self._labels: dict[tuple[str, int, int], str] = {}
        self._notes: list[tuple[str, Evidence]] = []
        self._per_doc: dict[str, int] = {}

    def cite(self, evidence: Iterable[Evidence]) -> str:
        """Footnote references for `evidence`, e.g. `[^002-1][^004-2]`."""
        refs = []
        for item in evidence:
            key = (item.doc, item.start, item.end)
            label = self._labels.get(key)
            if label is None:
                number = self._per_doc.get(item.doc, 0) + 1
                self._per_doc[item.doc] = number
                label = self._labels[key] = f"{item.doc}-{number}"
                self._notes.append((label, item))
            refs.append(f"[^{label}]")
        return "".join(refs)

    def footnotes(self) -> list[str]:
        """The footnote definitions, in the order they were first cited."""
        return [f"[^{label}]: {self._source(item.doc)}: “{escape(item.text)}”" for label, item in self._notes]

    def _source(self, doc_id: str) -> str:
        """The document's id, with its outlet, headline and date when they are known."""
        if self._dossier is None:
            return doc_id
        try:
            return f"{doc_id} ({escape(citation(self._dossier.document(doc_id)))})"
        except KeyError:
            return doc_id


class _Briefing:
    """Builds the briefing section by section, collecting citations as it goes."""

    def __init__(self, dossier: Dossier, zone: ZoneName) -> None:
        self.dossier = dossier
        self.zone = zone
        self.cites = Citations(dossier)
        self.lines: list[str] = []

    def name(self, person_id: str | None) -> str:
        if person_id is None:
            return "unknown speaker"
        try:
            return escape(self.dossier.speaker(person_id).name)
        except KeyError:
            return escape(person_id)

    def section(self, title: str) -> None:
        self.lines += ["", f"## {title}", ""]

    def facts(self, facts: Iterable[Fact], indent: str = "", labels: Mapping[str, str] | None = None) -> None:
        for fact in facts:
            said = f"{escape((labels or {}).get(fact.field, fact.field))}: {escape(str(fact.value))}"
            self.lines.append(f"{indent}- {said} {self.cites.cite(fact.evidence)}")

    # -- sections --------------------------------------------------------

    def header(self) -> None:
        mission = self.dossier.mission
        self.lines += [
            f"# {escape(mission.title)} — briefing",
            "",
            f"Times are in {describe_zone(self.zone)}; a time known only to the day is shown"
            " as the date the articles state. Every fact cites the excerpts that support it"
            " as footnotes named by document: `002-3` is the third excerpt cited from 002.",
        ]
        if unreviewed := self.dossier.unreviewed():
            self.lines += [
                "",
                f"**Draft:** {unreviewed} entries were drafted from the articles and are not reviewed yet;"
                f" they are marked {UNREVIEWED_MARK}.",
            ]
        if mission.facts:
            self.section("Mission")
            self.facts((*flight_facts(mission), *story_facts(mission)), labels=FLIGHT_LABELS)

    def crew(self) -> None:
        self.section("Crew")
        for leg, heading in (("launch", "Up (launch)"), ("landing", "Down (landing)")):
            seats = [member for member in self.dossier.crew if member.leg == leg]
            self.lines.append(f"### {heading}")
            self.lines.append("")
            if not seats:
                self.lines.append("_No crew recorded for this leg._")
            for member in seats:
                self.lines.append(
                    f"- {'' if member.reviewed else UNREVIEWED_MARK + ' '}**{self.name(member.person)}**"
                    f" — {escape(seat_text(member.role, member.vehicle))} {self.cites.cite(member.evidence)}"
                )
            self.lines.append("")
        self.lines.pop()

    def occupants(self) -> None:
        mission = self.dossier.mission
        self.section(f"Aboard {escape(station_name(mission))}" if not mission.is_free_flyer else "No station")
        if mission.is_free_flyer:
            self.lines.append(f"_{escape(no_station_text(mission))}_")
        elif not self.dossier.occupants:
            self.lines.append(f"_{escape(nobody_aboard_text(mission))}_")
        for occupant in self.dossier.occupants:
            since = "before the story"
            if occupant.arrival is not None:
                since = self.moment_of(occupant.arrives_with, occupant.arrival.time)
            elif occupant.aboard_since is not None:
                since = f"{self.bound(occupant.aboard_since)} at the latest (arrival not given)"
            until = "after the story"
            if occupant.departure is not None:
                until = self.moment_of(occupant.leaves_with, occupant.departure.time)
            elif occupant.gone_by is not None:
                until = f"{self.bound(occupant.gone_by)} at the latest (departure not given)"
            agency = f" ({escape(occupant.agency)})" if occupant.agency else ""
            self.lines.append(
                f"- **{self.name(occupant.person)}**{agency} — aboard from"
                f" {since} until {until} {self.cites.cite(occupant.evidence)}"
            )

    def people(self) -> None:
        described = [person for person in self.dossier.people if person.facts]
        if not described:
            return
        self.section("People")
        for person in described:
            aliases = ", ".join(escape(alias) for alias in person.aliases)
            also = f" (also: {aliases})" if aliases else ""
            self.lines.append(f"- **{escape(person.name)}**{also}")
            self.facts(person.facts, indent="  ")

    def bound(self, when: When) -> str:
        """A stay's bound (`aboard_since`, `gone_by`) at its precision."""
        return format_time(when.time, when.precision, self.zone)

    def moment_of(self, event_id: str | None, fallback: datetime) -> str:
        """An arrival or departure: the event's time at its precision, and its title."""
        event = self.dossier.find_event(event_id)
        if event is None or event.when is None:
            return format_time(fallback, "minute", self.zone)
        when = format_time(event.when.time, event.when.precision, self.zone)
        return f"{when} ({escape(event.title)})"

    def timeline(self) -> None:
        self.section("Timeline")
        events = list(self.dossier.timed_events())
        events += [event for event in self.dossier.events if event.when is None]
        for event in events:
            when = "time not reported"
            if event.when is not None:
                when = format_time(event.when.time, event.when.precision, self.zone)
            flag = " ⚠ sources disagree" if event_conflicts(self.dossier, event) else ""
            self.lines.append(f"- **{when}** — {escape(event.title)}{flag}")
            if event.until is not None and event.until.when is not None:
                ending = self.dossier.find_event(event.until.event)
                until = format_time(event.until.when.time, event.until.when.precision, self.zone)
                title = f" ({escape(ending.title)})" if ending is not None else ""
                self.lines.append(f"  - lasts until {until}{title}")
            for claim in event.claims:
                said = escape(claim_value(self.dossier, claim, self.zone))
                self.lines.append(f"  - {said} {self.cites.cite(claim.evidence)}")
            self.facts(event.facts, indent="  ")

    def quotes(self) -> None:
        self.section("Quotes")
        if not self.dossier.quotes:
            self.lines.append("_No quotes were extracted from the documents._")
        for quote in self.dossier.quotes:
            said = f"“{escape(quote.text)}”" if quote.kind == "direct" else f"(reported) {escape(quote.text)}"
            self.lines.append(f"> {said}")
            self.lines.append(
                f"> — {escape(speaker_label(self.dossier, quote))} {self.cites.cite(source_evidence(quote))}"
            )
            self.lines.append("")
        if self.dossier.quotes:
            self.lines.pop()

    def conflicts(self) -> None:
        self.section("Conflicts")
        if not self.dossier.conflicts:
            self.lines.append("_The documents agree on every curated fact._")
        for conflict in self.dossier.conflicts:
            self.lines.append(f"- **{escape(conflict.label)}**")
            for side in conflict_sides(conflict):
                said = "; ".join(
                    f"{escape(conflict_value(self.dossier, value, self.zone))}"
                    f" (documents {', '.join(value.docs)}) {self.cites.cite(value.evidence)}"
                    for value in side
                )
                self.lines.append(f"  - {said}")
            if note := contradiction_text(conflict):
                self.lines.append(f"  - _{escape(note)}_")

    def coverage(self) -> None:
        """Which article states what: a table, facts down and articles across."""
        rows = coverage(self.dossier, self.zone)
        if not rows:
            return
        self.section("Coverage")
        docs = [f"{document.id} ({outlet_text(document)})" for document in self.dossier.documents]
        self.lines += [
            "Which article states what. ✓ states it (with its value), ≠ states a different value,"
            " · says nothing about it. Disputed rows first; the articles are listed under Sources.",
            "",
            "| Fact | " + " | ".join(escape(doc) for doc in docs) + " |",
            "|---|" + "---|" * len(docs),
        ]
        for row in rows:
            label = f"**{escape(row.label)}**" if row.conflict else escape(row.label)
            cells = " | ".join(escape(cell.text()) for cell in row.cells)
            self.lines.append(f"| {label} | {cells} |")

    def sources(self) -> None:
        self.section("Sources")
        for document in self.dossier.documents:
            published = published_text(document, self.zone)
            basis = date_basis(document)
            basis = "" if basis in ("", "date line") else f" ({basis})"
            headline = "" if document.title_basis == "headline" else "first sentence: "
            self.lines.append(
                f"- **{document.id}** — {escape(outlet_text(document))} — {published}{basis} —"
                f" {headline}{escape(document.title)} (`{document.path.replace('`', '')}`)"
            )
            if document.author:
                self.lines.append(f"  - by {escape(document.author)}")
            if document.url:
                self.lines.append(f"  - {escape(document.url)}")

    def render(self) -> str:
        self.header()
        self.crew()
        self.occupants()
        self.people()
        self.timeline()
        self.quotes()
        self.conflicts()
        self.coverage()
        self.sources()
        notes = self.cites.footnotes()
        if notes:
            self.lines += ["", *notes]
        return "\n".join(self.lines) + "\n"


def to_markdown(dossier: Dossier, options: ExportOptions) -> str:
    """The dossier as a Markdown briefing with footnoted citations, times in `options.zone`."""
    return _Briefing(dossier, options.zone).render()
