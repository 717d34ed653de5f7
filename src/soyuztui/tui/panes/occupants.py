"""Who is aboard the ISS at the clock's time, grouped by agency, with comings and goings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from textual.app import ComposeResult
from textual.content import Content
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from soyuztui.dossier.model import Dossier, Occupant
from soyuztui.present.times import ZoneName, moment_text
from soyuztui.present.wording import UNREVIEWED_MARK
from soyuztui.tui.messages import ShowEvidence, items_for
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import FactList

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class OccupantOption(Option):
    """A person in the occupants list, carrying their occupant record."""

    def __init__(self, prompt: Content, occupant: Occupant) -> None:
        """An option showing `prompt` for `occupant`."""
        super().__init__(prompt)
        self.occupant = occupant


def _state(occupant: Occupant, moment: datetime) -> str:
    """aboard, arriving (not yet aboard) or departed."""
    if occupant.aboard_at(moment):
        return "aboard"
    if occupant.aboard_from is not None and moment < occupant.aboard_from:
        return "arriving"
    return "departed"


def _short(text: str) -> str:
    """Drop the year: the story spans two weeks of one October."""
    return text[5:] if text[:4].isdigit() else text


class OccupantsPane(Pane):
    """The station's occupants at `now`; the list is rebuilt only when someone comes or goes."""

    now: var[datetime] = var(EPOCH)
    zone: var[ZoneName] = var("utc")

    def __init__(self, dossier: Dossier) -> None:
        """The occupants of `dossier`'s station."""
        super().__init__(dossier, title="2 ISS occupants", id="occupants")
        self._shown: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        """One list, filled when the clock is bound."""
        yield FactList(id="occupants-list")

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

    def states(self) -> tuple[str, ...]:
        """Each occupant's state at `now`, in dossier order."""
        return tuple(_state(occupant, self.now) for occupant in self.dossier.occupants)

    def aboard_count(self) -> int:
        """How many are aboard at `now`."""
        return self.states().count("aboard")

    def _update(self) -> None:
        if not self.is_mounted:
            return
        states = self.states()
        key = (states, self.zone)
        if key == self._shown:
            return
        self._shown = key
        aboard = states.count("aboard")
        self.border_subtitle = f"{aboard} aboard"
        option_list = self.query_one(FactList)
        highlighted = option_list.highlighted
        option_list.set_options(self._options(states))
        if highlighted is not None and highlighted < option_list.option_count:
            option_list.highlighted = highlighted

    def _options(self, states: tuple[str, ...]) -> Iterable[Option]:
        indexed = list(enumerate(self.dossier.occupants))
        agencies = sorted({o.agency for i, o in indexed if states[i] == "aboard"})
        for agency in agencies:
            members = [o for i, o in indexed if states[i] == "aboard" and o.agency == agency]
            yield Option(Content.styled(f"{agency} ({len(members)})", "bold $accent"), disabled=True)
            for occupant in members:
                yield OccupantOption(self._prompt(occupant, "aboard"), occupant)
        for state, heading in (("arriving", "Arriving"), ("departed", "Departed")):
            members = [o for i, o in indexed if states[i] == state]
            if members:
                yield Option(Content.styled(f"{heading} ({len(members)})", "bold $text-secondary"), disabled=True)
                for occupant in members:
                    yield OccupantOption(self._prompt(occupant, state), occupant)

    def _prompt(self, occupant: Occupant, state: str) -> Content:
        name = self.dossier.person(occupant.person).name
        notes: list[str] = []
        if occupant.arrives_with and state != "departed":
            event = self.dossier.event(occupant.arrives_with)
            verb = "arrives" if state == "arriving" else "arrived"
            notes.append(f"↑ {verb} {_short(moment_text(event.time, event.precision, self.zone))}")
        if occupant.leaves_with and state != "arriving":
            event = self.dossier.event(occupant.leaves_with)
            verb = "left" if state == "departed" else "leaves"
            notes.append(f"↓ {verb} {_short(moment_text(event.time, event.precision, self.zone))}")
        style = "" if state == "aboard" else "$text-muted"
        mark = "" if occupant.reviewed else f"{UNREVIEWED_MARK} "
        parts: list[str | tuple[str, str]] = [("  " + mark + name, style)]
        if state != "aboard":
            parts.append((f" · {occupant.agency}", "$text-muted"))
        if notes:
            parts.append(("".join(f"\n    {note}" for note in notes), "italic $text-muted"))
        return Content.assemble(*parts)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a person: show why we think they are (or were) aboard."""
        event.stop()
        if not isinstance(event.option, OccupantOption):
            return
        occupant = event.option.occupant
        name = self.dossier.person(occupant.person).name
        label = f"{name}, {occupant.agency}, aboard the station"
        self.post_message(ShowEvidence(f"{name} aboard the ISS", items_for(label, occupant.evidence)))
