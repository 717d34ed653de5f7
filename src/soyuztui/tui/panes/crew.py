"""The crew roster: who flew up on Soyuz MS-19 and who comes down on Soyuz MS-18."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable

from soyuztui.dossier.model import CrewMember, Dossier
from soyuztui.present.wording import UNREVIEWED_MARK
from soyuztui.tui.messages import EvidenceItem, ShowEvidence, items_for
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import FactTable

LEG_LABELS = {"launch": "↑", "landing": "↓"}
# The roster is a narrow table; long role names get a short form (the full
# role is in the evidence view).
ROLE_SHORT = {"Spaceflight participant": "Participant"}
COLUMNS = ("Leg", "Name", "Role", "Occupation", "Agency", "Age")


def agency_of(dossier: Dossier, person_id: str) -> str:
    """The agency a person flies for: their own fact, else their occupant record."""
    stated = dossier.person(person_id).value("agency")
    if stated is not None:
        return str(stated)
    for occupant in dossier.occupants:
        if occupant.person == person_id:
            return occupant.agency
    return "—"


def crew_evidence(dossier: Dossier, member: CrewMember) -> tuple[EvidenceItem, ...]:
    """The seat's own evidence, then the evidence for the person's facts shown."""
    person = dossier.person(member.person)
    items = items_for(f"{member.role} on {member.vehicle} ({member.leg})", member.evidence)
    for field in ("occupation", "age", "agency"):
        for fact in person.facts_for(field):
            items += items_for(f"{field}: {fact.value}", fact.evidence)
    for occupant in dossier.occupants:
        if occupant.person == member.person:
            items += items_for(f"agency: {occupant.agency}", occupant.evidence)
    return items


class CrewPane(Pane):
    """A table of the crew, one row per seat and leg."""

    def __init__(self, dossier: Dossier) -> None:
        """The roster of `dossier`'s crew."""
        super().__init__(dossier, title="1 Crew", id="crew")

    def compose(self) -> ComposeResult:
        """One table; rows are added on mount."""
        table = FactTable(cursor_type="row", id="crew-table")
        table.add_columns(*COLUMNS)
        for index, member in enumerate(self.dossier.crew):
            table.add_row(*self._cells(member), key=str(index))
        yield table

    def _cells(self, member: CrewMember) -> tuple[Text, ...]:
        person = self.dossier.person(member.person)
        age = person.value("age")
        occupation = person.value("occupation")
        # Articles that disagree on the occupation make a conflict (shown in Sources): mark it.
        disputed = any(conflict.subject == f"{person.id}.occupation" for conflict in self.dossier.conflicts)
        occupations = f"{occupation}{'*' if disputed else ''}" if occupation else ""
        leg = f"{LEG_LABELS[member.leg]} {member.vehicle.removeprefix('Soyuz ')}"
        return (
            # rich Text, never markup: names and roles come from the articles.
            Text(leg),
            Text(person.name if member.reviewed else f"{UNREVIEWED_MARK} {person.name}", style="bold"),
            Text(ROLE_SHORT.get(member.role, member.role)),
            Text(occupations or "—"),
            Text(agency_of(self.dossier, member.person)),
            Text("—" if age is None else str(age)),
        )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row: show the evidence for that seat and person."""
        event.stop()
        member = self.dossier.crew[int(str(event.row_key.value))]
        name = self.dossier.person(member.person).name
        self.post_message(ShowEvidence(f"{name} — {member.vehicle}", crew_evidence(self.dossier, member)))
