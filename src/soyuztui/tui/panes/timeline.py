"""The timeline: countdown or mission elapsed time, progress, and every event."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from textual.app import ComposeResult
from textual.content import Content
from textual.reactive import reactive, var
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from soyuztui.dossier.model import Dossier, Event
from soyuztui.present.story import ago_text
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
from soyuztui.tui.lines import CountedLines
from soyuztui.tui.messages import EvidenceItem, ShowEvidence, items_for
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.widgets import FactList

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MARKERS = {
    "past": ("✓", "$text-muted"),
    "current": ("▶", "bold $soyuz-success-text"),
    "coming": ("·", ""),
    "untimed": ("?", "italic $text-muted"),
}


def event_states(dossier: Dossier, moment: datetime) -> tuple[str, ...]:
    """past, current, coming or untimed for every event, in dossier order.

    Current is the latest event that has started, any lasting event not yet over,
    and an event known only to the day all through that day.
    """
    starts = dossier.event_starts()
    latest = max((start for start in starts.values() if start <= moment), default=None)
    states = []
    for event in dossier.events:
        when, start = event.when(), starts.get(event.id)
        if when is None or start is None:
            states.append("untimed")
        elif start > moment:
            states.append("coming")
        elif (
            start == latest
            or (when.precision == "day" and moment < when.end)
            or (event.until is not None and moment < (event.until.over_by() or moment))
        ):
            states.append("current")
        else:
            states.append("past")
    return tuple(states)


def event_evidence(dossier: Dossier, event: Event, zone: ZoneName) -> tuple[EvidenceItem, ...]:
    """Every claim about when the event happens (worded as in the exports), then its other facts."""
    items: tuple[EvidenceItem, ...] = ()
    for claim in event.claims:
        items += items_for(f"time: {claim_value(dossier, claim, zone)}", claim.evidence)
    for fact in event.facts:
        items += items_for(f"{fact.field}: {fact.value}", fact.evidence)
    return items


class EventOption(Option):
    """An event in the timeline, carrying the event (its id is the event's, to find it by)."""

    def __init__(self, prompt: Content, event: Event) -> None:
        """An option showing `prompt` for `event`."""
        super().__init__(prompt, id=event.id)
        self.event = event


class TimelineStatus(Widget):
    """Countdown or elapsed time, a progress bar launch → return, and the next event."""

    now: reactive[datetime] = reactive(EPOCH)
    zone: reactive[ZoneName] = reactive("utc")

    def __init__(self, dossier: Dossier) -> None:
        """Status lines for `dossier`'s mission."""
        super().__init__(id="timeline-status")
        self.dossier = dossier
        self.launch = dossier.event(dossier.mission.countdown_to).when()
        self.end = dossier.event(dossier.mission.ends_with).when()
        starts = dossier.event_starts()
        self.timed = sorted(
            ((starts[event.id], event, when) for event in dossier.events if (when := event.when()) is not None),
            key=lambda item: item[0],
        )
        # The mission's length as the articles give it ("12 days"), else as the times allow.
        stated = dossier.mission.value("duration")
        known = length_text(self.launch, self.end) if self.launch and self.end else ""
        self.length = str(stated) if stated else known

    def render(self) -> Content:
        """Three lines, recomputed on each clock change (cheap: a few comparisons).

        Nothing is shown finer than it is known: a launch known to the minute counts
        to the second, an event known only to the day counts in days, and the
        mission is over only once the day it ends on is.
        """
        now, launch, end = self.now, self.launch, self.end
        if launch is None or end is None:
            return Content("mission times not reported")
        over = end.start if end.precision == "minute" else end.end
        if now < launch.start:
            if launch.precision == "minute":
                first = Content.assemble(
                    ("T−" + span_text(launch.start - now), "bold $soyuz-warning-text"), " to launch"
                )
            else:
                first = Content.assemble(("Launch " + until_text(now, launch), "bold $soyuz-warning-text"))
        elif now < over:
            if launch.precision == "minute":
                first = Content.assemble(
                    ("MET " + span_text(now - launch.start), "bold $soyuz-success-text"), " elapsed"
                )
            else:
                first = Content.assemble(
                    ("In flight", "bold $soyuz-success-text"), f" since {short_text(launch, self.zone)}"
                )
        else:
            # Live in a later year, the distance to the story is what the reader needs first.
            first = Content.assemble(("Mission ended " + ago_text(now - over), "bold"), f" · lasted {self.length}")
        fraction = min(1.0, max(0.0, (now - launch.start) / max(over - launch.start, timedelta(seconds=1))))
        width = max(10, self.size.width - 6)
        done = round(fraction * width)
        bar = Content.assemble(
            ("━" * done, "$soyuz-success-text"),
            ("━" * (width - done), "$panel-lighten-2"),
            f" {fraction:4.0%}",
        )
        upcoming = next(
            (
                (event, when)
                for start, event, when in self.timed
                if start > now or (when.precision == "day" and now < when.end)
            ),
            None,
        )
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
    """Events in order, told apart as past, current, coming, or untimed."""

    now: var[datetime] = var(EPOCH)
    zone: var[ZoneName] = var("utc")
    selected_event: var[str | None] = var(None)

    def __init__(self, dossier: Dossier) -> None:
        """The timeline of `dossier`."""
        super().__init__(dossier, title="3 Timeline", id="timeline")
        self._shown: tuple[object, ...] | None = None
        self._prompts: dict[tuple[str, str, str], CountedLines] = {}
        self._disputes = {
            conflict.subject.removesuffix(".time"): conflict
            for conflict in dossier.conflicts
            if conflict.subject.endswith(".time")
        }

    def compose(self) -> ComposeResult:
        """The status lines and the event list."""
        yield TimelineStatus(self.dossier).data_bind(TimelinePane.now, TimelinePane.zone)
        yield FactList(id="timeline-list")

    def on_mount(self) -> None:
        """Fill the list for the bound time."""
        self._update()

    def watch_now(self) -> None:
        """Rebuild the list only when an event changes state."""
        self._update()

    def watch_zone(self) -> None:
        """Event times are shown in the zone."""
        self._update()

    def watch_selected_event(self, event_id: str | None) -> None:
        """Highlight the event the screen selected (e.g. from the command palette)."""
        if event_id is None or not self.is_mounted:
            return
        option_list = self.query_one(FactList)
        option_list.highlighted = option_list.get_option_index(event_id)

    def _update(self) -> None:
        if not self.is_mounted:
            return
        states = event_states(self.dossier, self.now)
        key = (states, self.zone)
        if key == self._shown:
            return
        self._shown = key
        option_list = self.query_one(FactList)
        highlighted = option_list.highlighted
        option_list.set_options(self._options(states))
        if highlighted is not None:
            option_list.highlighted = highlighted

    def _options(self, states: tuple[str, ...]) -> Iterable[Option]:
        # An event's prompt depends only on its state and the zone: kept, so a tick that
        # moves a few events, or a zone seen before, does not rebuild (and re-measure) all.
        prompts = self._prompts
        if len(prompts) > 20 * len(self.dossier.events) + 100:
            prompts.clear()
        for event, state in zip(self.dossier.events, states, strict=True):
            key = (event.id, state, self.zone)
            if (prompt := prompts.get(key)) is None:
                prompt = prompts[key] = CountedLines.of(self._prompt(event, state))
            yield EventOption(prompt, event)

    def _prompt(self, event: Event, state: str) -> Content:
        """The two (or three) lines of `event` in `state`, in the zone shown."""
        marker, style = MARKERS[state]
        when = event_time_text(event, self.zone)
        if event.until is not None and event.until.when is not None:
            when += f" → {moment_text(event.until.when.time, event.until.when.precision, self.zone)}"
        title_style = "bold" if state == "current" else ("$text-muted" if state == "past" else "")
        return Content.assemble(
            (f"{marker} ", style),
            (when, "$text-muted" if state != "coming" else "$soyuz-accent-text"),
            "\n  ",
            (event.title, title_style),
            ("" if event.reviewed else f" {UNREVIEWED_MARK}", "$soyuz-warning-text"),
            *self._dispute(event),
        )

    def _dispute(self, event: Event) -> tuple[tuple[str, str], ...]:
        """A line naming the times other articles give, when they disagree."""
        conflict = self._disputes.get(event.id)
        if conflict is None or event.time is None or event.precision is None:
            return ()
        chosen = {
            value.side for value in conflict.values if value.time == event.time and value.precision == event.precision
        }
        others = [
            f"{conflict_value(self.dossier, value, self.zone)} ({', '.join(value.docs)})"
            for value in conflict.values
            if value.side not in chosen
        ]
        note = contradiction_text(conflict)
        return (
            ("\n  ", ""),
            ("≠ disputed: " + "; ".join(others) + (f"; {note}" if note else ""), "$soyuz-warning-text"),
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on an event: show every claim about when it happens."""
        event.stop()
        if not isinstance(event.option, EventOption):
            return
        chosen = event.option.event
        self.post_message(ShowEvidence(chosen.title, event_evidence(self.dossier, chosen, self.zone)))
