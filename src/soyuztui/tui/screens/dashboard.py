"""The dashboard screen: owns the clock-driven state and hands it to the panes."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.dom import DOMNode
from textual.events import Resize, ScreenResume
from textual.reactive import Reactive, var
from textual.screen import Screen
from textual.widget import Widget

from soyuztui.dossier.model import Dossier
from soyuztui.present.flight import agency_heading, headline
from soyuztui.present.story import story_span
from soyuztui.present.times import ZoneName, next_zone, speed_text, to_zone, zone_choice_label
from soyuztui.tui import lightgc
from soyuztui.tui.clock import EPOCH, MissionClock
from soyuztui.tui.messages import ShowEvidence, ShowPerson
from soyuztui.tui.panes import (
    CrewPane,
    MissionHeader,
    OccupantsPane,
    QuotesPane,
    SourcesPane,
    TimelinePane,
)
from soyuztui.tui.panes.base import Pane
from soyuztui.tui.wall import SteadyFooter

if TYPE_CHECKING:
    from soyuztui.tui.widgets.matrix import Matrix  # the compare screen's; not imported on the warm start

PANES: tuple[str, ...] = ("crew", "occupants", "timeline", "quotes", "sources")
"""Pane ids, in the order the number keys 1–5 reach them."""
PANE_FRAME = 5
"""Cells a pane takes besides its rows: two borders, two of padding, the scrollbar."""
TIMELINE_MIN = 34
"""The narrowest the timeline's column gets on the grid."""
TIMELINE_SHARE = 0.38
"""The most of the screen's width the timeline's column takes."""
OCCUPANTS_MIN = 32
"""The narrowest the occupants' column gets (an arrival line, "↑ arrived 5 Oct 12:12", fits)."""
OCCUPANTS_SHARE = 0.28
"""The most of the screen's width the occupants' column takes."""
TICK_SECONDS = 0.25
"""How often the clock is read; `now` only changes (and panes only redraw) once a second."""


class DashboardScreen(Screen[None]):
    """Header, five panes, footer. The screen owns `now`, `zone` and the clock's mode."""

    # Screen declares these without ClassVar, so mypy refuses one here.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012

    BINDINGS: ClassVar[list[BindingType]] = [
        # In order of priority: the footer shows keys in this order as far as they fit
        # whole, so on a narrow terminal the last ones go. Help and quit are never cut.
        Binding("question_mark", "app.help", "Help", key_display="?", id="app.help"),
        Binding("q", "app.quit", "Quit", id="app.quit"),
        Binding("space", "toggle_pause", "Pause/resume", id="clock.pause"),
        Binding("n", "next_event", "Next event", id="clock.next"),
        Binding("p", "previous_event", "Prev event", id="clock.previous"),
        Binding("c", "compare", "Compare", id="view.compare"),
        Binding("t", "cycle_zone", "Zone", id="clock.zone"),
        Binding("l", "live", "Live", id="clock.live"),
        Binding("less_than_sign", "slower", "Slower", key_display="<", id="clock.slower"),
        Binding("greater_than_sign", "faster", "Faster", key_display=">", id="clock.faster"),
        # Shown last, as far as the footer has room: the five pane keys as one entry ("1–5
        # Panes"; the help lists each key with its `tooltip`), the card and the filter.
        *(
            Binding(
                str(number),
                f"focus_pane('{pane}')",
                "Panes" if number == 1 else f"Go to {pane}",
                key_display="1–5" if number == 1 else None,
                show=number == 1,
                tooltip=f"Go to {pane}",
                id=f"pane.{pane}",
            )
            for number, pane in enumerate(PANES, start=1)
        ),
        Binding("m", "mission", "Card", tooltip="The mission card: vehicle, film, duration", id="view.mission"),
        Binding("slash", "filter_quotes", "Filter", key_display="/", tooltip="Filter the quotes", id="quotes.filter"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="pane.next"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="pane.previous"),
    ]

    # Textual's Screen repaints itself, i.e. every widget on it, when focus moves. Here
    # what focus changes is drawn by the widgets it restyles (the two panes' borders,
    # the two lists' cursors), which repaint themselves: a pane switch redraws those,
    # not the whole screen.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    # `var`, not `reactive`: the screen draws none of these itself. A reactive would
    # repaint the whole screen on every clock second; only the widgets bound to them redraw.
    now: var[datetime] = var(EPOCH)
    zone: var[ZoneName] = var("utc")
    mode: var[str] = var("")
    selected_event: var[str | None] = var(None)
    """The event last chosen from the command palette."""

    def __init__(self, dossier: Dossier, clock: MissionClock, zone: ZoneName = "utc") -> None:
        """A dashboard for `dossier`, driven by `clock`, showing times in `zone`."""
        super().__init__()
        self.dossier = dossier
        self.clock = clock
        span = story_span(dossier)
        self.story_end = span[1] if span is not None else None
        """Where a running replay stops: the end of the last day the articles cover."""
        self._coverage: dict[ZoneName, Matrix] = {}
        """The compare screen's matrix, measured, by the zone its times are in."""
        self.set_reactive(DashboardScreen.zone, zone)
        self.set_reactive(DashboardScreen.now, self._read_clock())
        self.set_reactive(DashboardScreen.mode, self._mode_text())
        # The size classes Textual would add on the first resize, added now (the app makes
        # its screen once it knows the terminal's size): the screen and its panes are
        # styled once for them instead of styled, then all restyled.
        width, height = self.app.size
        self.update_classes(
            {
                **_breakpoint_classes(width, self.HORIZONTAL_BREAKPOINTS),
                **_breakpoint_classes(height, self.VERTICAL_BREAKPOINTS),
            },
            update=False,
        )

    @cached_property
    def _timeline_need(self) -> int:
        """Cells the timeline's column needs: its widest time or title line, border and scrollbar."""
        # A time line is "· 2021-10-05 08:55" (20 cells), with " → " and its end when it lasts;
        # the status line "Next: TITLE today · 8 Dec" is the title and 22 cells.
        widest = max(
            (max(cell_len(event.title) + 22, 20 + (19 if event.until else 0)) for event in self.dossier.events),
            default=0,
        )
        return widest + PANE_FRAME

    @cached_property
    def _occupants_need(self) -> int:
        """Cells the occupants' column needs: its widest name or group heading, border and scrollbar."""
        names = {occupant.person for occupant in self.dossier.occupants}
        widest = max((cell_len(self.dossier.person(name).name) + 6 for name in names), default=0)
        # A group's heading: its agency and its count, "Pan-African Space Agency (1)".
        groups = max((cell_len(agency_heading(occupant.agency)) + 5 for occupant in self.dossier.occupants), default=0)
        return max(widest, groups) + PANE_FRAME

    def compose(self) -> ComposeResult:
        """Header, the pane grid, footer."""
        launch = self.dossier.event(self.dossier.mission.countdown_to).when
        title = headline(self.dossier.mission)
        yield MissionHeader(title, launch, self.dossier.unreviewed()).data_bind(
            DashboardScreen.now, DashboardScreen.zone, DashboardScreen.mode
        )
        panes = Container(id="panes")
        self._fit_columns(self.app.size.width, panes)  # styled once, before the first layout
        with panes:
            yield CrewPane(self.dossier).with_key()  # focus starts in it (`on_mount`)
            yield OccupantsPane(self.dossier).data_bind(DashboardScreen.now, DashboardScreen.zone)
            yield TimelinePane(self.dossier).data_bind(
                DashboardScreen.now, DashboardScreen.zone, DashboardScreen.selected_event
            )
            yield QuotesPane(self.dossier)
            yield SourcesPane(self.dossier).data_bind(DashboardScreen.zone)
        yield SteadyFooter()

    def on_screen_resume(self, event: ScreenResume) -> None:
        """The first time the screen shows, its widgets have just been styled: not all again.

        Textual restyles a resuming screen and everything on it; on the first resume that
        is the styling they were given when mounted a moment before (about a tenth of the
        first frame). Later resumes (after a modal screen, a theme change) restyle as usual.
        """
        if not self._shown_once:
            self._shown_once = True
            event.refresh_styles = False

    _shown_once = False

    def on_mount(self) -> None:
        """Start reading the clock and put focus in the first pane."""
        self.set_interval(TICK_SECONDS, self._tick)
        self.action_focus_pane(PANES[0])

    # ------------------------------------------------------------------ clock

    def _read_clock(self) -> datetime:
        # Whole seconds: the reactive only fires (and panes only redraw) when the
        # shown second changes, however often the timer ticks.
        return self.clock.time().replace(microsecond=0)

    def _mode_text(self) -> str:
        if self.clock.live:
            return "● live"
        # Not ▶: in the timeline that means "now", one meaning per mark.
        state = "⏸ paused" if self.clock.paused else "replay"
        return f"{state} {speed_text(self.clock.speed)}"

    def _tick(self) -> None:
        moment = self._read_clock()
        end = self.story_end
        # A replay running past the story's end would show days the articles say nothing
        # about: it stops there once. Resumed, or started later, it runs on as asked.
        if end is not None and not self.clock.live and not self.clock.paused and self.now < end <= moment:
            self.clock.jump(end)
            self.clock.pause()
            self._clock_changed()
            shown = to_zone(end, self.zone)
            self.notify(
                f"Replay paused at the mission's end ({shown:%Y-%m-%d %H:%M}): the articles report nothing later.",
                title="End of the story",
            )
            return
        self.now = moment

    def _clock_changed(self) -> None:
        self.now = self._read_clock()
        self.mode = self._mode_text()

    def action_toggle_pause(self) -> None:
        """Pause or resume the replay."""
        self.clock.toggle_pause()
        self._clock_changed()

    def action_slower(self) -> None:
        """Step the replay speed down."""
        self.clock.slower()
        self._clock_changed()

    def action_faster(self) -> None:
        """Step the replay speed up."""
        self.clock.faster()
        self._clock_changed()

    def action_next_event(self) -> None:
        """Jump to the next timed event."""
        if self.clock.next_event() is None:
            self.notify("No later event.", timeout=2)
        self._clock_changed()

    def action_previous_event(self) -> None:
        """Jump to the previous timed event."""
        if self.clock.previous_event() is None:
            self.notify("No earlier event.", timeout=2)
        self._clock_changed()

    def action_live(self) -> None:
        """Show real time."""
        self.clock.go_live()
        self._clock_changed()

    def action_cycle_zone(self) -> None:
        """UTC → the mission's zone → local → UTC."""
        self.zone = next_zone(self.zone, self.dossier.mission.zone)
        self.notify(f"Times in {zone_choice_label(self.zone, self.now)}", timeout=2)

    def set_zone(self, zone: ZoneName) -> None:
        """Show times in `zone` (used by the command palette)."""
        self.zone = zone

    def set_speed(self, speed: float) -> None:
        """Run the replay at `speed` (used by the command palette)."""
        self.clock.set_speed(speed)
        self._clock_changed()

    def go_to_event(self, event_id: str) -> None:
        """Jump the clock to an event and highlight it in the timeline."""
        event = self.dossier.event(event_id)
        if event.when is not None:
            self.clock.jump(event.when.time)
            self._clock_changed()
        self.selected_event = None
        self.selected_event = event_id
        self.action_focus_pane("timeline")

    # ------------------------------------------------------------------ panes

    def action_focus_pane(self, pane_id: str) -> None:
        """Move focus into the pane `pane_id`."""
        pane = self.query_one(f"#{pane_id}", Pane)
        target = pane.focus_target()
        if target is not None:
            target.focus()
        # Stacked on a small terminal: bring the whole pane, title first, into view —
        # after the focus change has scrolled the focused list into view, or it wins.
        panes = self.query_one("#panes")
        self.call_after_refresh(panes.scroll_to_widget, pane, animate=False, top=True)

    def on_resize(self, event: Resize) -> None:
        """A resize may stack the panes (or lay them out again): the pane with focus stays in view."""
        self._fit_columns(event.size.width)
        self.call_after_refresh(self._show_focused_pane)

    def _fit_columns(self, width: int, panes: Widget | None = None) -> None:
        """Give the grid's columns the widths their content needs (docs/display.md, "Pane widths").

        The timeline's column is as wide as its rows (34 cells to 38 % of the screen), the
        occupants' as their names (32 to 28 %), and the quotes take the rest: the crew
        table, over the first two columns, has room at any of these widths.
        """
        timeline = min(max(TIMELINE_MIN, self._timeline_need), int(width * TIMELINE_SHARE))
        occupants = min(max(OCCUPANTS_MIN, self._occupants_need), int(width * OCCUPANTS_SHARE))
        columns = f"{timeline} 1fr {occupants}"
        grid = panes or self.query_one("#panes")
        if str(grid.styles.grid_columns) != columns:
            grid.styles.grid_columns = columns

    def _show_focused_pane(self) -> None:
        node: DOMNode | None = self.focused
        while node is not None and not isinstance(node, Pane):
            node = node.parent
        panes = self.query_one("#panes")
        if node is None or not panes.is_scrollable:
            return
        if not panes.region.contains_region(node.region):  # its title or its lines are out of view
            panes.scroll_to_widget(node, animate=False, top=True)

    def action_filter_quotes(self) -> None:
        """Open the quotes filter."""
        self.query_one(QuotesPane).start_filter()

    def action_compare(self) -> None:
        """Open the compare-outlets matrix."""
        from soyuztui.present.coverage import compared
        from soyuztui.tui.screens.compare import CompareScreen
        from soyuztui.tui.widgets.matrix import matrix

        # Built and measured once per zone (3.6 s a time on a 2,000-event mission when built at each `c`).
        measured = self._coverage.get(self.zone)
        if measured is None:
            measured = self._coverage[self.zone] = matrix(compared(self.dossier, self.zone), self.dossier.documents)
            lightgc.keep_long_lived()
        self.app.push_screen(CompareScreen(self.dossier, self.zone, measured))

    def action_mission(self) -> None:
        """Open the mission card: the story's facts."""
        from soyuztui.tui.screens.mission import MissionScreen

        self.app.push_screen(MissionScreen(self.dossier))

    def on_show_person(self, message: ShowPerson) -> None:
        """A crew row was chosen: open the person's card."""
        from soyuztui.tui.screens.person import PersonScreen

        self.app.push_screen(PersonScreen(self.dossier, message.person_id, self.zone))

    def on_show_evidence(self, message: ShowEvidence) -> None:
        """A pane chose a fact: open its evidence."""
        from soyuztui.tui.screens.evidence import EvidenceScreen

        if message.items:
            self.app.push_screen(EvidenceScreen(self.dossier, message.subject, message.items))
        else:
            self.notify("No evidence recorded for this.", severity="warning")


def _breakpoint_classes(size: int, breakpoints: list[tuple[int, str]]) -> dict[str, bool]:
    """Each breakpoint's class, True for the one `size` falls in (the largest not above it)."""
    reached = [(limit, name) for limit, name in breakpoints if size >= limit]
    chosen = max(reached)[1] if reached else None
    return {name: name == chosen for _, name in breakpoints}
