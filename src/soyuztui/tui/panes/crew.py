"""The crew roster: who flies up on which spacecraft, and who comes down on which.

A seat shows only what the articles give: no role when they state none, no agency
when neither the person's facts nor their stay aboard names one.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from soyuztui.dossier.model import CrewMember, Dossier
from soyuztui.present.flight import given
from soyuztui.present.wording import UNREVIEWED_MARK
from soyuztui.tui.messages import ShowPerson
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import RowList

LEG_LABELS = {"launch": "↑", "landing": "↓"}
# The roster is narrow: long role names get a short form (the full role is in the evidence view).
ROLE_SHORT = {"Spaceflight participant": "Participant"}
COLUMNS = ("Leg", "Name", "Role", "Occupation", "Agency", "Age")
NO_SEATS = "No crew seat is recorded: the mission file names no one flying up or down."


def agency_of(dossier: Dossier, person_id: str) -> str | None:
    """The agency a person flies for: their own fact, else their occupant record; None if neither says."""
    stated = dossier.person(person_id).fact_text("agency")
    if stated is not None:
        return stated
    return next(
        (occupant.agency for occupant in dossier.occupants if occupant.person == person_id and occupant.agency),
        None,
    )


def vehicle_labels(vehicles: Iterable[str]) -> dict[str, str]:
    """Each vehicle's name for the narrow Leg column: less the leading words every one of them shares.

    "Soyuz MS-19" and "Soyuz MS-18" become "MS-19" and "MS-18"; "Starliner Calypso" and
    "Crew Dragon Freedom" share nothing and stay whole, as does a single vehicle.
    """
    names = list(dict.fromkeys(vehicles))
    split = [name.split() for name in names]
    shared = 0
    if len(names) > 1:
        while all(len(words) > shared + 1 and words[shared] == split[0][shared] for words in split):
            shared += 1
    return {name: " ".join(words[shared:]) for name, words in zip(names, split, strict=True)}


def crew_cells(dossier: Dossier, member: CrewMember, vehicle: str | None = None) -> tuple[Content, ...]:
    """The roster's cells for one seat: leg, name, role, occupation, agency, age.

    `vehicle` is the name the Leg column gives the seat's vehicle (its whole name by default;
    empty when the pane's title names the one vehicle every seat shares).
    """
    person = dossier.person(member.person)
    age = person.value("age")
    occupation = person.value("occupation")
    # Articles that disagree on the occupation make a conflict (shown in Sources): mark it.
    disputed = any(conflict.subject == f"{person.id}.occupation" for conflict in dossier.conflicts)
    occupations = f"{occupation}{'*' if disputed else ''}" if occupation else ""
    leg = f"{LEG_LABELS[member.leg]} {member.vehicle if vehicle is None else vehicle}".rstrip()
    # Content, never markup: names and roles come from the articles.
    return (
        Content(leg),
        Content.styled(person.name if member.reviewed else f"{UNREVIEWED_MARK} {person.name}", "bold"),
        Content(given(member.role and ROLE_SHORT.get(member.role, member.role))),
        Content(given(occupations)),
        Content(given(agency_of(dossier, member.person))),
        Content(given(age)),
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
        vehicles = list(dict.fromkeys(member.vehicle for member in dossier.crew))
        # One spacecraft carries every seat: it is named once, in the title, and the Leg
        # column keeps to its arrow, so the columns that tell people apart fit the pane.
        only = vehicles[0] if len(vehicles) == 1 else None
        super().__init__(dossier, title=Content(f"1 Crew · {only}") if only else "1 Crew", id="crew")
        labels = {only: ""} if only else vehicle_labels(vehicles)
        self.cells = {id(member): crew_cells(dossier, member, labels[member.vehicle]) for member in dossier.crew}
        header = tuple(Content.styled(name, "bold") for name in COLUMNS)
        self.widths = tuple(
            max(cell.cell_length for cell in column) for column in zip(header, *self.cells.values(), strict=True)
        )
        self.header = columns_line(header, self.widths)

    def compose(self) -> ComposeResult:
        """The column names, then the roster; without a seat, a line that says so instead of the names."""
        if self.dossier.crew:
            yield Static(self.header, id="crew-header")
        else:
            yield Static(Content.styled(NO_SEATS, "italic $text-muted"), id="crew-header")
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
