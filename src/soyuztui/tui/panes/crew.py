"""The crew roster: who flew up on Soyuz MS-19 and who comes down on Soyuz MS-18."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from soyuztui.dossier.model import CrewMember, Dossier
from soyuztui.present.wording import UNREVIEWED_MARK
from soyuztui.tui.messages import ShowPerson
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import RowList

LEG_LABELS = {"launch": "↑", "landing": "↓"}
# The roster is narrow: long role names get a short form (the full role is in the evidence view).
ROLE_SHORT = {"Spaceflight participant": "Participant"}
COLUMNS = ("Leg", "Name", "Role", "Occupation", "Agency", "Age")


def agency_of(dossier: Dossier, person_id: str) -> str:
    """The agency a person flies for: their own fact, else their occupant record."""
    stated = dossier.person(person_id).value("agency")
    if stated is not None:
        return str(stated)
    for occupant in dossier.occupants:
        if occupant.person == person_id and occupant.agency:
            return occupant.agency
    return "—"


def crew_cells(dossier: Dossier, member: CrewMember) -> tuple[Content, ...]:
    """The roster's cells for one seat: leg, name, role, occupation, agency, age."""
    person = dossier.person(member.person)
    age = person.value("age")
    occupation = person.value("occupation")
    # Articles that disagree on the occupation make a conflict (shown in Sources): mark it.
    disputed = any(conflict.subject == f"{person.id}.occupation" for conflict in dossier.conflicts)
    occupations = f"{occupation}{'*' if disputed else ''}" if occupation else ""
    leg = f"{LEG_LABELS[member.leg]} {member.vehicle.removeprefix('Soyuz ')}"
    # Content, never markup: names and roles come from the articles.
    return (
        Content(leg),
        Content.styled(person.name if member.reviewed else f"{UNREVIEWED_MARK} {person.name}", "bold"),
        Content(ROLE_SHORT.get(member.role, member.role) if member.role else ""),
        Content(occupations or "—"),
        Content(agency_of(dossier, member.person)),
        Content("—" if age is None else str(age)),
    )


def columns_line(cells: tuple[Content, ...], widths: tuple[int, ...]) -> Content:
    """Cells side by side, each padded to its column's width with a space either side."""
    return Content("").join(
        Content(" ") + cell.pad_right(width - cell.cell_length) + Content(" ")
        for cell, width in zip(cells, widths, strict=True)
    )


class CrewPane(Pane):
    """The crew, one row per seat and leg, under a line of column names."""

    def __init__(self, dossier: Dossier) -> None:
        """The roster of `dossier`'s crew."""
        super().__init__(dossier, title="1 Crew", id="crew")
        self.cells = {id(member): crew_cells(dossier, member) for member in dossier.crew}
        header = tuple(Content.styled(name, "bold") for name in COLUMNS)
        self.widths = tuple(
            max(cell.cell_length for cell in column) for column in zip(header, *self.cells.values(), strict=True)
        )
        self.header = columns_line(header, self.widths)

    def compose(self) -> ComposeResult:
        """The column names, then the roster."""
        yield Static(self.header, id="crew-header")
        roster: RowList[CrewMember] = RowList(self.row, id="crew-list")
        roster.set_items(self.dossier.crew)
        yield roster

    def row(self, member: CrewMember) -> Content:
        """The roster's line for one seat."""
        return columns_line(self.cells[id(member)], self.widths)

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        """Enter on a seat: the person's card."""
        event.stop()
        member = event.item
        if isinstance(member, CrewMember):
            self.post_message(ShowPerson(member.person))
