"""The Textual app and the one factory everything uses to build it."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.events import Resize
from textual.geometry import Size
from textual.markup import escape
from textual.screen import Screen
from textual.theme import Theme

from soyuztui.dossier.errors import visible
from soyuztui.dossier.model import Dossier
from soyuztui.present.times import ZoneName, resolve_zone
from soyuztui.resources import styles_dir
from soyuztui.tui import lightgc
from soyuztui.tui.clock import MissionClock
from soyuztui.tui.display import display_dossier
from soyuztui.tui.screens.dashboard import DashboardScreen
from soyuztui.tui.screens.too_small import TooSmallScreen, too_small
from soyuztui.tui.themes import APP_THEMES, DEFAULT_THEME, text_variables
from soyuztui.tui.wall import measure_like_terminals, open_command_palette, open_theme_palette


def _mission_commands() -> type[Provider]:
    """The palette's mission commands, imported when the palette first opens."""
    from soyuztui.tui.commands import MissionCommands

    return MissionCommands


class SoyuzApp(App[None]):
    """The mission dashboard. Build it with `make_app`."""

    CSS_PATH = str(styles_dir() / "app.tcss")
    COMMANDS = App.COMMANDS | {_mission_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
    ]

    def __init__(self, dossier: Dossier, clock: MissionClock, zone: ZoneName, *, blink: bool) -> None:
        """An app showing `dossier` on `clock` in `zone`; `blink` = cursor blink.

        The app keeps the dossier as the screen shows it (`display.display_dossier`), and
        rich measures text as terminals draw it (`wall.measure_like_terminals`).
        """
        measure_like_terminals()
        super().__init__()
        for theme in APP_THEMES:
            self.register_theme(theme)
        self.dossier = display_dossier(dossier)
        self.clock = clock
        self.zone: ZoneName = zone
        self.cursor_blink = blink
        self.title = self.dossier.mission.title

    screenshot_dir: Path | None = None
    """Where the palette's Screenshot saves; None: the folder the app was started in."""

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's palette commands, with Screenshot saving where `screenshot_dir` says."""
        # The palette reads help as markup; a folder's name is not markup.
        where = escape(visible(str(self.screenshot_dir))) if self.screenshot_dir else "the current folder"
        for command in super().get_system_commands(screen):
            if command.title == "Keys":  # Textual's own key panel: the app has one help, `?`
                command = SystemCommand(
                    "Keys", "Every key of every screen, and what every mark means (?)", self.action_help
                )
            elif command.title == "Screenshot" and self.is_web:
                # In a browser (serve): the picture goes to the browser, never the server's disk.
                command = SystemCommand(
                    "Screenshot",
                    "Download an SVG picture of the screen",
                    lambda: self.set_timer(0.1, self.deliver_screenshot_to_browser),
                )
            elif command.title == "Screenshot":
                # Textual's own saves to a Downloads folder that often does not exist.
                command = SystemCommand(
                    "Screenshot",
                    f"Save an SVG picture of the screen in {where}",
                    lambda: self.set_timer(0.1, self.save_screenshot_here),
                )
            yield command

    def deliver_screenshot_to_browser(self) -> None:
        """Send an SVG of the screen to the browser as a download (web mode only)."""
        self.deliver_screenshot(filename=f"soyuz-tui-{datetime.now():%Y-%m-%dT%H-%M-%S}.svg")
        self.notify("Sent to the browser as a download", title="Screenshot", markup=False)

    def save_screenshot_here(self) -> Path | None:
        """Save an SVG of the screen in `screenshot_dir` and say where; returns the file, None on failure."""
        folder = self.screenshot_dir or Path.cwd()
        # Our own name, never the mission's title: a title is untrusted text, not a path.
        name = f"soyuz-tui-{datetime.now():%Y-%m-%dT%H-%M-%S}.svg"
        target = folder / name
        try:
            if target.exists():
                raise FileExistsError(f"{target} exists")
            saved = Path(self.save_screenshot(filename=name, path=str(folder)))
        except OSError as error:
            reason = error.strerror or str(error)
            self.notify(f"Could not save in {folder}: {reason}", title="Screenshot", severity="error", markup=False)
            return None
        self.notify(f"Saved {saved.resolve()}", title="Screenshot", markup=False)
        return saved

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables and the app's text colours, readable on this theme's grounds."""
        variables = super().get_css_variables()
        variables.update(text_variables(variables))
        self.theme_variables = variables  # what `Content` styles such as "$soyuz-accent-text" read
        return variables

    def get_default_screen(self) -> DashboardScreen:
        """The dashboard is the first screen (not a blank one with the dashboard pushed on it)."""
        screen = DashboardScreen(self.dossier, self.clock, self.zone)
        self.install_screen(screen, "dashboard")
        return screen

    exit_on_signals = False
    """Set by the command line: SIGTERM and SIGHUP then end the app as `q` does."""

    notice: str | None = None
    """Said once in a notification when the dashboard opens (e.g. `--tz mission` without a zone)."""

    on_theme: Callable[[str], None] | None = None
    """Told the name of each theme chosen while the app runs (the command line remembers it)."""

    def on_mount(self) -> None:
        """Cover the dashboard at once if the terminal starts too small; say the notice; follow theme changes."""
        self._fit_screen(self.size)
        if self.exit_on_signals:
            self._exit_on_signals()
        if self.notice:
            self.notify(self.notice, title="Time zone", markup=False, timeout=8)
        if self.on_theme is not None:
            self.theme_changed_signal.subscribe(self, self._theme_chosen)

    def _theme_chosen(self, theme: Theme) -> None:
        if self.on_theme is not None:
            self.on_theme(theme.name)

    def _exit_on_signals(self) -> None:
        # Without this a SIGTERM or SIGHUP kills the process with the terminal still on the
        # alternate screen, the cursor hidden and mouse reporting on; exiting restores it.
        loop = asyncio.get_running_loop()
        for number in (signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, partial(self.exit, return_code=128 + number))

    def on_ready(self) -> None:
        """The first frame is drawn: the garbage collector goes back to its usual pace."""
        lightgc.first_frame_drawn()

    def on_resize(self, event: Resize) -> None:
        """Cover everything with a message while the terminal is too small; uncover it after."""
        # The event's size: this runs before App's own handler has recorded it.
        self._fit_screen(event.size)

    def _fit_screen(self, size: Size) -> None:
        shown = self.screen if isinstance(self.screen, TooSmallScreen) else None
        if too_small(size):
            if shown is None:
                self.push_screen(TooSmallScreen(size))
            elif shown.is_mounted:
                shown.show_size(size)
        elif shown is not None:
            self.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Nothing opens over the too-small message (it must stay on top to be taken away)."""
        if action in ("help", "command_palette") and isinstance(self.screen, TooSmallScreen):
            return False
        return True

    def action_command_palette(self) -> None:
        """Open the command palette: Textual's, with the guards of `wall.SafeCommandPalette`."""
        open_command_palette(self)

    def search_themes(self) -> None:
        """The palette's theme search: Textual's, with the same guards (a key storm found it unguarded)."""
        open_theme_palette(self)

    def action_help(self) -> None:
        """Show the one help screen: every key of every screen, then every mark."""
        from soyuztui.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(help_sections()))


class _Palette:
    """The palette's key, as a binding the help can list (Textual keeps it apart from BINDINGS)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(App.COMMAND_PALETTE_BINDING, "command_palette", "Command palette: panes, events, zones, speeds, themes")
    ]


def help_sections() -> list[tuple[str, list[type]]]:
    """What the help lists: a heading and the classes whose bindings it reads, for every screen."""
    from soyuztui.tui.screens.card import CardScreen
    from soyuztui.tui.screens.compare import CompareScreen
    from soyuztui.tui.screens.evidence import EvidenceScreen
    from soyuztui.tui.screens.help import HelpScreen, HelpScroll
    from soyuztui.tui.widgets import FactList, RowList
    from soyuztui.tui.widgets.matrix import MatrixRows

    return [
        ("Everywhere", [SoyuzApp, _Palette]),
        ("Dashboard", [DashboardScreen]),
        ("In a list (every pane, compare, evidence, cards)", [RowList, FactList]),
        ("Compare outlets (c)", [CompareScreen, MatrixRows]),
        ("Evidence (Enter on a fact)", [EvidenceScreen]),
        ("Cards (m; Enter on a crew row)", [CardScreen]),
        ("Help", [HelpScreen, HelpScroll]),
    ]


def make_app(
    dossier: Dossier,
    *,
    clock: MissionClock | None = None,
    zone: ZoneName = "utc",
    theme: str = DEFAULT_THEME,
    animate: bool = True,
    blink: bool = True,
    screenshot_dir: Path | None = None,
    notice: str | None = None,
    on_theme: Callable[[str], None] | None = None,
) -> SoyuzApp:
    """Build the app: the one way the CLI, `serve`, tests and benchmarks make it.

    Tests pass a clock with a frozen time source, `animate=False` and `blink=False`
    so a snapshot changes only when the screen does. `theme` is any name from
    `soyuztui.tui.themes.theme_names()`; an unknown one raises `InvalidThemeError`.
    `zone` is utc, mission, local or an IANA name (an unknown one raises ValueError).
    `screenshot_dir` is where the palette's Screenshot saves (None: the current folder).
    `notice` is said once when the dashboard opens; `on_theme` is told each theme chosen.
    """
    shown = resolve_zone(zone, dossier.mission.zone)
    app = SoyuzApp(dossier, clock or MissionClock.for_dossier(dossier), shown, blink=blink)
    app.theme = theme
    app.screenshot_dir = screenshot_dir
    app.notice = notice
    app.on_theme = on_theme
    if not animate:
        app.animation_level = "none"
    return app
