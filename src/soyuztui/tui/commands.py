"""The app's own commands in the command palette (Ctrl+P)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from soyuztui.present.times import speed_text, zone_choice_label, zone_cycle
from soyuztui.tui.clock import SPEEDS
from soyuztui.tui.themes import APP_THEMES


class MissionCommands(Provider):
    """Go to a pane or an event; change the time zone, the clock speed or the theme."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        from soyuztui.tui.screens.dashboard import PANES, DashboardScreen

        screen = self.app.get_screen("dashboard")
        assert isinstance(screen, DashboardScreen)
        dashboard: DashboardScreen = screen
        commands: list[tuple[str, Callable[[], object], str]] = []

        def focus(pane: str) -> None:
            from soyuztui.tui.screens.card import CardScreen
            from soyuztui.tui.screens.evidence import EvidenceScreen
            from soyuztui.tui.screens.help import HelpScreen

            # Back to the dashboard through the evidence or help it was opened over. Nothing
            # else is popped: keys typed fast may already have opened a new palette on top.
            while isinstance(self.app.screen, EvidenceScreen | HelpScreen | CardScreen):
                self.app.pop_screen()
            if self.app.screen is screen:
                dashboard.action_focus_pane(pane)

        for number, pane in enumerate(PANES, start=1):
            commands.append((f"Go to pane: {pane} ({number})", partial(focus, pane), "Move focus"))
        commands.append(("Compare outlets (c)", screen.action_compare, "Which article states what"))
        commands.append(("Mission facts (m)", screen.action_mission, "The story: vehicle, film, duration"))
        # Only events with a time: the clock cannot jump to one the articles give no time for.
        for event in screen.dossier.timed_events():
            commands.append(
                (
                    f"Go to event: {event.title}",
                    partial(screen.go_to_event, event.id),
                    "Jump the clock",
                )
            )
        for zone in zone_cycle(screen.dossier.mission.zone):
            commands.append(
                (
                    f"Time zone: {zone_choice_label(zone)}",
                    partial(screen.set_zone, zone),
                    "Show times in it",
                )
            )
        for speed in SPEEDS:
            commands.append((f"Speed: {speed_text(speed)}", partial(screen.set_speed, speed), "Replay speed"))
        for theme in APP_THEMES:
            # Textual's own "Theme" command lists every theme; this finds the app's own by name.
            commands.append(
                (f"Theme: {theme.name} (mission control)", partial(setattr, self.app, "theme", theme.name), "Colours")
            )
        commands.append(("Clock: live", screen.action_live, "Show real time"))
        commands.append(("Clock: pause / resume", screen.action_toggle_pause, "Replay"))
        return commands

    async def discover(self) -> Hits:
        """Everything, before anything is typed."""
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands matching what was typed."""
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, highlight(matcher, name), callback, text=name, help=help_text)


def highlight(matcher: Matcher, name: str) -> Content:
    """`name` with the letters the query matched marked, read as plain text.

    `Matcher.highlight` (and a `str` given to a hit) reads the name as markup: an
    event title from the mission file such as "[/" would raise MarkupError in the palette.
    """
    content = Content(name)
    score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    if not score:
        return content
    for offset in offsets:
        if not name[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
