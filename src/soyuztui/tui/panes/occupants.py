"""Who is aboard the station at the clock's time, grouped by agency, with comings and goings.

The pane is titled by the station the articles name ("Tiangong occupants"); for a free
flyer it says plainly that the flight visits no station instead of showing an empty list.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from textual.app import ComposeResult
from textual.content import Content
from textual.reactive import var

from soyuztui.dossier.model import Dossier, Occupant
from soyuztui.present.flight import agency_heading, no_station_text, nobody_aboard_text, station_name, station_title
from soyuztui.present.story import Side, outside, reported_moment, story_span
from soyuztui.present.times import ZoneName, short_text, to_zone
from soyuztui.present.wording import UNREVIEWED_MARK
from soyuztui.tui.clock import EPOCH
from soyuztui.tui.messages import ShowEvidence, items_for
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import RowList
from soyuztui.tui.widgets.entries import Entry, EntryList


def group_line(content: Content) -> Entry[Occupant]:
    """A line the cursor passes over: a group's name, or a notice."""
    return Entry(content)


def _state(occupant: Occupant, moment: datetime) -> str:
    """aboard, arriving (not yet known to be aboard), later (first named aboard later) or departed.

    Someone arriving with an event known only to the day is arriving all that
    day; someone leaving with one is aboard until that day is over. Someone whose
    arrival the articles do not give, only a later day they are named aboard, is
    not "arriving": they are named aboard later.
    """
    if occupant.aboard_at(moment):
        return "aboard"
    arrived = occupant.arrived_by()
    if arrived is not None and moment < arrived:
        return "arriving" if occupant.arrival is not None else "later"
    return "departed"


def _long_day(moment: datetime, zone: ZoneName) -> str:
    """A day with its year, in `zone`: "17 Oct 2021"."""
    shown = to_zone(moment, zone)
    return f"{shown.day} {shown:%b %Y}"


class OccupantsPane(Pane):
    """The station's occupants at `now`; the list is rebuilt only when someone comes or goes."""

    now: var[datetime] = var(EPOCH)
    zone: var[ZoneName] = var("utc")

    def __init__(self, dossier: Dossier) -> None:
        """The occupants of `dossier`'s station."""
        mission = dossier.mission
        self.station = station_name(mission)
        super().__init__(dossier, title=Content(f"2 {station_title(mission)}"), id="occupants")
        self._shown: tuple[object, ...] | None = None
        self.span = story_span(dossier)

    def compose(self) -> ComposeResult:
        """One list, filled when the clock is bound."""
        yield EntryList[Occupant](id="occupants-list")

    def on_mount(self) -> None:
        """Fill the list for the bound time."""
        self._update()

    def watch_now(self) -> None:
        """The clock moved: rebuild only if the set of people aboard changed."""
        self._update()

    def watch_zone(self) -> None:
        """Times are shown in the zone: redraw."""
        self._shown = None
        self._update()

    def side(self) -> Side | None:
        """ "before" or "after" when `now` is outside the times the articles cover, else None."""
        return outside(self.span, self.now)

    def states(self) -> tuple[str, ...]:
        """Each occupant's state at `now` (outside the story: at its nearest edge), in dossier order."""
        side = self.side()
        moment = self.now if side is None or self.span is None else reported_moment(self.span, side)
        return tuple(_state(occupant, moment) for occupant in self.dossier.occupants)

    def aboard_count(self) -> int | None:
        """How many are aboard at `now`; None outside the story, where the articles do not say."""
        if self.side() is not None:
            return None
        return self.states().count("aboard")

    def _update(self) -> None:
        if not self.is_mounted:
            return
        states = self.states()
        side = self.side()
        # Outside the story the list only changes with the day shown in the notice.
        day = to_zone(self.now, self.zone).date() if side is not None else None
        key = (states, self.zone, side, day)
        if key == self._shown:
            return
        self._shown = key
        listing: EntryList[Occupant] = self.query_one("#occupants-list", EntryList)
        entries = list(self._notice())
        if not self.dossier.occupants:
            self.border_subtitle = ""
        elif side is None:
            self.border_subtitle = f"{states.count('aboard')} aboard"
            entries += self._options(states)
        else:
            self.border_subtitle = "not reported"
            entries += self._outside_options(states, side)
        listing.set_items(entries, listing.cursor)

    def _notice(self) -> Iterable[Entry[Occupant]]:
        """A free flyer's statement that it visits no station; a line saying no one is listed aboard."""
        mission = self.dossier.mission
        if mission.is_free_flyer:
            yield group_line(Content.styled(no_station_text(mission), "italic $soyuz-secondary-text"))
        elif not self.dossier.occupants:
            yield group_line(Content.styled(nobody_aboard_text(mission), "italic $text-muted"))

    def _outside_options(self, states: tuple[str, ...], side: Side) -> Iterable[Entry[Occupant]]:
        """The notice that the articles are silent now, then the crew they last (or first) report."""
        assert self.span is not None
        edge = reported_moment(self.span, side)
        yield group_line(
            Content.styled(
                f"The articles do not say who is aboard on {_long_day(self.now, self.zone)}.",
                "italic $soyuz-warning-text",
            )
        )
        verb = "Last" if side == "after" else "First"
        members = [o for i, o in enumerate(self.dossier.occupants) if states[i] == "aboard"]
        # The story's end is the first moment after its last day: that day is the one named.
        day = edge if side == "before" else edge - timedelta(seconds=1)
        heading = f"{verb} reported on {_long_day(day, self.zone)} ({len(members)})"
        yield group_line(Content.styled(heading, "bold $soyuz-secondary-text"))
        for occupant in members:
            yield Entry(self._prompt(occupant, "reported"), occupant)

    def _options(self, states: tuple[str, ...]) -> Iterable[Entry[Occupant]]:
        indexed = list(enumerate(self.dossier.occupants))
        # Those whose agency the articles do not give come last, under a heading that says so.
        agencies = sorted({o.agency for i, o in indexed if states[i] == "aboard"}, key=lambda a: (a is None, a or ""))
        for agency in agencies:
            members = [o for i, o in indexed if states[i] == "aboard" and o.agency == agency]
            yield group_line(Content.styled(f"{agency_heading(agency)} ({len(members)})", "bold $soyuz-accent-text"))
            for occupant in members:
                yield Entry(self._prompt(occupant, "aboard"), occupant)
        for state, heading in (("arriving", "Arriving"), ("later", "Named aboard later"), ("departed", "Departed")):
            members = [o for i, o in indexed if states[i] == state]
            if members:
                yield group_line(Content.styled(f"{heading} ({len(members)})", "bold $soyuz-secondary-text"))
                for occupant in members:
                    yield Entry(self._prompt(occupant, state), occupant)

    def _prompt(self, occupant: Occupant, state: str) -> Content:
        name = self.dossier.person(occupant.person).name
        notes: list[str] = []
        # Times as they are known: "arriving 8 Dec" for a day, "arrived 5 Oct 12:12" for a minute.
        if occupant.arrival is not None and state != "departed":
            verb = "arriving" if state == "arriving" else "arrived"
            notes.append(f"↑ {verb} {short_text(occupant.arrival, self.zone)}")
        elif occupant.aboard_since is not None and state != "departed":
            # Not an arrival: the day the articles first place them aboard.
            notes.append(f"↑ named aboard {short_text(occupant.aboard_since, self.zone)}")
        if occupant.departure is not None and state != "arriving":
            verb = "left" if state == "departed" else "leaving"
            notes.append(f"↓ {verb} {short_text(occupant.departure, self.zone)}")
        elif occupant.gone_by is not None and state not in ("arriving", "later"):
            notes.append(f"↓ gone by {short_text(occupant.gone_by, self.zone)} (inferred)")
        style = "" if state == "aboard" else "$text-muted"
        if state == "reported":
            notes = []
        mark = "" if occupant.reviewed else f"{UNREVIEWED_MARK} "
        parts: list[str | tuple[str, str]] = [("  " + mark + name, style)]
        if state != "aboard" and occupant.agency is not None:
            parts.append((f" · {occupant.agency}", "$text-muted"))
        if notes:
            parts.append(("".join(f"\n    {note}" for note in notes), "italic $text-muted"))
        return Content.assemble(*parts)

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        """Enter on a person: show why we think they are (or were) aboard."""
        event.stop()
        occupant = event.item.item if isinstance(event.item, Entry) else None
        if not isinstance(occupant, Occupant):
            return
        name = self.dossier.person(occupant.person).name
        label = ", ".join(part for part in (name, occupant.agency, f"aboard {self.station}") if part)
        self.post_message(ShowEvidence(f"{name} aboard {self.station}", items_for(label, occupant.evidence)))
