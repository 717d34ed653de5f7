"""The timeline: countdown or mission elapsed time, progress, and every event."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.app import ComposeResult
from textual.content import Content
from textual.reactive import reactive, var
from textual.widget import Widget

from soyuztui.dossier.model import Dossier, Event
from soyuztui.present.story import ago_text
from soyuztui.present.timeline import EventStates, State, countdown_instant, event_states
from soyuztui.present.times import (
    ZoneName,
    event_time_text,
    length_text,
    moment_text,
    short_text,
    span_text,
    until_text,
)
from soyuztui.present.wording import UNREVIEWED_MARK, claim_value, conflict_value, contradiction_text
from soyuztui.tui.clock import EPOCH
from soyuztui.tui.lines import CountedLines
from soyuztui.tui.messages import EvidenceItem, ShowEvidence, items_for
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import RowList, WrappedRowList

__all__ = ["MARKERS", "TimelinePane", "TimelineStatus", "event_evidence", "event_states"]

MARKERS = {
    "past": ("✓", "$text-muted"),
    "current": ("▶", "bold $soyuz-success-text"),
    "coming": ("·", ""),
    "untimed": ("?", "italic $text-muted"),
}


def event_evidence(dossier: Dossier, event: Event, zone: ZoneName) -> tuple[EvidenceItem, ...]:
    """Every claim about when the event happens (worded as in the exports), then its other facts."""
    items: tuple[EvidenceItem, ...] = ()
    for claim in event.claims:
        items += items_for(f"time: {claim_value(dossier, claim, zone)}", claim.evidence)
    for fact in event.facts:
        items += items_for(f"{fact.field}: {fact.value}", fact.evidence)
    return items


class TimelineStatus(Widget):
    """Countdown or elapsed time, a progress bar launch → return, and the next event."""

    now: reactive[datetime] = reactive(EPOCH)
    zone: reactive[ZoneName] = reactive("utc")

    def __init__(self, dossier: Dossier, states: EventStates | None = None) -> None:
        """Status lines for `dossier`'s mission; `states` are its events' (worked out here if not given)."""
        super().__init__(id="timeline-status")
        self.dossier = dossier
        self.states = states or EventStates(dossier)
        self.launch = dossier.event(dossier.mission.countdown_to).when
        self.end = dossier.event(dossier.mission.ends_with).when
        # The mission's length as the articles give it ("12 days"), else as the times allow.
        stated = dossier.mission.value("duration")
        known = length_text(self.launch, self.end) if self.launch and self.end else ""
        self.length = str(stated) if stated else known

    def render(self) -> Content:
        """Three lines, recomputed on each clock change (cheap: the next event is looked up, not searched for).

        Nothing is shown finer than it is known: a launch known to the minute counts
        to the second, an event known only to the day counts in days, and the
        mission is over only once the day it ends on is.
        """
        now, launch, end = self.now, self.launch, self.end
        if launch is None:
            return Content("mission times not reported")
        # The instants the header counts to and the rows show ("about 07:30" is 07:30). A flight
        # whose return the articles do not give yet (a story told in orbit) runs on untimed.
        begun = countdown_instant(launch)
        over = end.happened_by if end is not None else None
        if now < begun:
            if launch.precision == "minute":
                first = Content.assemble(("T−" + span_text(begun - now), "bold $soyuz-warning-text"), " to launch")
            else:
                first = Content.assemble(("Launch " + until_text(now, launch), "bold $soyuz-warning-text"))
        elif over is None or now < over:
            if launch.precision == "minute":
                first = Content.assemble(("MET " + span_text(now - begun), "bold $soyuz-success-text"), " elapsed")
            else:
                first = Content.assemble(
                    ("In flight", "bold $soyuz-success-text"), f" since {short_text(launch, self.zone)}"
                )
        else:
            # Live in a later year, the distance to the story is what the reader needs first.
            first = Content.assemble(("Mission ended " + ago_text(now - over), "bold"), f" · lasted {self.length}")
        if over is None:
            bar = Content.styled("return not reported", "$text-muted")
        else:
            fraction = min(1.0, max(0.0, (now - begun) / max(over - begun, timedelta(seconds=1))))
            width = max(10, self.size.width - 6)
            done = round(fraction * width)
            bar = Content.assemble(
                ("━" * done, "$soyuz-success-text"),
                ("━" * (width - done), "$panel-lighten-2"),
                f" {fraction:4.0%}",
            )
        upcoming = self.states.upcoming(now)
        if upcoming is None:
            last = Content.styled("No events left", "$text-muted")
        else:
            event, when = upcoming
            # The countdown is what the line is for: a long title is cut, never the countdown.
            countdown = f" {until_text(now, when)}"
            room = self.size.width - len("Next: ") - len(countdown)
            title = Content.styled(event.title, "bold")
            if self.size.width and title.cell_length > room:
                title = title.truncate(max(1, room), ellipsis=True)
            last = Content.assemble("Next: ", title, countdown)
        return Content("\n").join([first, bar, last])


class TimelinePane(Pane):
    """Events in order, told apart as past, current, coming, or untimed.

    The list draws only the events in view. A clock tick works out nothing unless it
    passes a moment where some event changes state, and then redraws only the events
    whose state changed; a change of zone measures the rows again (their times change).
    """

    now: var[datetime] = var(EPOCH)
    zone: var[ZoneName] = var("utc")
    selected_event: var[str | None] = var(None)

    def __init__(self, dossier: Dossier) -> None:
        """The timeline of `dossier`."""
        super().__init__(dossier, title="3 Timeline", id="timeline")
        self.states = EventStates(dossier)
        self.shown: tuple[State, ...] = ()
        """The states the list shows, in dossier order."""
        self._index = {event.id: index for index, event in enumerate(dossier.events)}
        self._texts: dict[tuple[str, ZoneName], CountedLines] = {}
        self._disputes = {
            conflict.subject.removesuffix(".time"): conflict
            for conflict in dossier.conflicts
            if conflict.subject.endswith(".time")
        }

    def compose(self) -> ComposeResult:
        """The status lines and the event list."""
        yield TimelineStatus(self.dossier, self.states).data_bind(TimelinePane.now, TimelinePane.zone)
        yield WrappedRowList(self._row, self._text, look=self._look, id="timeline-list")

    @property
    def listing(self) -> WrappedRowList[int]:
        """The list of events (its items are the events' indexes in the dossier)."""
        return self.query_one("#timeline-list", WrappedRowList)

    def on_mount(self) -> None:
        """Fill the list for the bound time."""
        self.shown = self.states.at(self.now)
        self.listing.set_items(range(len(self.dossier.events)))

    def watch_now(self) -> None:
        """Redraw the events whose state changed (none, on most ticks)."""
        if not self.is_mounted:
            return
        states = self.states.at(self.now)
        if states is self.shown:
            return
        before, self.shown = self.shown, states
        listing = self.listing
        for index, (old, new) in enumerate(zip(before, states, strict=True)):
            if old != new:
                listing.refresh_row(index)

    def watch_zone(self) -> None:
        """Event times are shown in the zone: the rows' words change, so they are measured again."""
        if self.is_mounted:
            self.listing.remeasure()

    def watch_selected_event(self, event_id: str | None) -> None:
        """Put the cursor on the event the screen selected (e.g. from the command palette)."""
        if event_id is None or not self.is_mounted or (index := self._index.get(event_id)) is None:
            return
        self.listing.move_cursor(index)

    def _look(self, index: int) -> tuple[State, ZoneName]:
        """What an event's row depends on besides the event."""
        return self.shown[index], self.zone

    def _row(self, index: int) -> Content:
        """The two (or three) lines of the event at `index`, in its state and the zone shown."""
        event, state = self.dossier.events[index], self.shown[index]
        marker, style = MARKERS[state]
        when, title, dispute = self._parts(event)
        title_style = "bold" if state == "current" else ("$text-muted" if state == "past" else "")
        return Content.assemble(
            (f"{marker} ", style),
            (when, "$text-muted" if state != "coming" else "$soyuz-accent-text"),
            "\n  ",
            (title, title_style),
            ("" if event.reviewed else f" {UNREVIEWED_MARK}", "$soyuz-warning-text"),
            *((("\n  ", ""), (dispute, "$soyuz-warning-text")) if dispute else ()),
        )

    def _text(self, index: int) -> CountedLines:
        """The event's lines as plain text (every state's look has the same words), kept per zone."""
        event = self.dossier.events[index]
        key = (event.id, self.zone)
        if (text := self._texts.get(key)) is None:
            if len(self._texts) > 4 * len(self.dossier.events) + 100:
                self._texts.clear()
            when, title, dispute = self._parts(event)
            mark = "" if event.reviewed else f" {UNREVIEWED_MARK}"
            text = self._texts[key] = CountedLines(
                f"{MARKERS['coming'][0]} {when}\n  {title}{mark}" + (f"\n  {dispute}" if dispute else "")
            )
        return text

    def _parts(self, event: Event) -> tuple[str, str, str]:
        """The event's time (in the zone shown), its title, and what disputes the time ("" if nothing)."""
        when = event_time_text(event, self.zone)
        if event.until is not None and event.until.when is not None:
            when += f" → {moment_text(event.until.when.time, event.until.when.precision, self.zone)}"
        return when, event.title, self._dispute(event)

    def _dispute(self, event: Event) -> str:
        """A line naming the times other articles give, when they disagree."""
        conflict = self._disputes.get(event.id)
        shown = event.when
        if conflict is None or shown is None:
            return ""
        chosen = {
            value.side
            for value in conflict.values
            if value.when is not None and (value.when.time, value.when.precision) == (shown.time, shown.precision)
        }
        others = [
            f"{conflict_value(self.dossier, value, self.zone)} ({', '.join(value.docs)})"
            for value in conflict.values
            if value.side not in chosen
        ]
        note = contradiction_text(conflict)
        return "≠ disputed: " + "; ".join(others) + (f"; {note}" if note else "")

    def on_row_list_selected(self, message: RowList.Selected) -> None:
        """Enter on an event: show every claim about when it happens."""
        message.stop()
        if not isinstance(message.item, int):
            return
        chosen = self.dossier.events[message.item]
        self.post_message(ShowEvidence(chosen.title, event_evidence(self.dossier, chosen, self.zone)))
