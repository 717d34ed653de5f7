"""The command line: `soyuz-tui [run options] | check | export | draft | schema | summary | serve | completion`.

Every bad input ends in `file:line: message` lines on stderr and exit status 1,
never a traceback; a usage error (argparse's) exits 2. The exit codes are listed in
`--help` (`parser.EXIT_CODES`).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from soyuztui import NO_CACHE_ENV
from soyuztui.cli.parser import GIVEN, RUN_DEFAULTS
from soyuztui.resources import default_mission
from soyuztui.tui import lightgc

if TYPE_CHECKING:
    import argparse

    from soyuztui.tui.app import SoyuzApp


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _load(mission: Path | None):  # type: ignore[no-untyped-def]
    """The dossier verified from the sources, never from the cache (for check and export)."""
    from soyuztui.cli.add import add_waiting
    from soyuztui.cli.draft import draft_in_memory
    from soyuztui.dossier import build_dossier
    from soyuztui.dossier.sources.locate import resolve_mission

    add_waiting(mission)
    target = resolve_mission(mission or default_mission())
    return draft_in_memory(target) if target.is_dir() else build_dossier(target)


def _load_cached(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The dossier from the cache if its sources are unchanged, else verified and cached."""
    from soyuztui.cli.add import add_waiting
    from soyuztui.dossier.sources.locate import resolve_mission

    add_waiting(args.mission)
    target = resolve_mission(args.mission or default_mission())
    if target.is_dir():  # articles alone: drafted in memory, never cached
        # Imported here: the drafter (and the time reader under it) is not on the warm start.
        from soyuztui.cli.draft import draft_in_memory

        return draft_in_memory(target)
    from soyuztui.dossier.cache import load_dossier

    return load_dossier(target, use_cache=not args.no_cache)


def _check(args: argparse.Namespace) -> int:
    dossier = _load(args.mission)
    print(
        f"ok: {dossier.mission.title}: {len(dossier.documents)} documents, "
        f"{len(dossier.people)} people, {len(dossier.events)} events, "
        f"{len(dossier.quotes)} quotes, {len(dossier.conflicts)} conflicts"
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from soyuztui.cli.add import add_waiting
    from soyuztui.dossier.sources.locate import resolve_mission
    from soyuztui.export import ExportError, ExportOptions, export, write_atomically
    from soyuztui.present.times import resolve_zone

    add_waiting(args.mission)
    mission = resolve_mission(args.mission or default_mission())
    dossier = _load(mission)
    if note := zone_note(args.tz, dossier.mission.zone):
        print(f"soyuz-tui: {note}", file=sys.stderr)
    text = export(dossier, args.format, ExportOptions(zone=resolve_zone(args.tz, dossier.mission.zone)))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    folder = mission if mission.is_dir() else mission.parent
    inputs = [mission, *(folder / document.path for document in dossier.documents)]
    try:
        write_atomically(args.output, text, protected=inputs)
    except ExportError as error:
        return _fail(f"soyuz-tui: {error}")
    return 0


def _add(args: argparse.Namespace) -> int:
    from soyuztui.cli.add import run_add

    return run_add(args.sources, args.mission, args.refresh)


def _draft(args: argparse.Namespace) -> int:
    from soyuztui.cli.draft import run_draft

    return run_draft(args.paths, args.output)


def _schema(args: argparse.Namespace) -> int:
    from soyuztui.dossier.sources.spec import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


def _completion(args: argparse.Namespace) -> int:
    import shtab

    from soyuztui.cli.parser import build_parser

    print(shtab.complete(build_parser(), args.shell), end="")
    return 0


def zone_note(zone: str, mission_zone: str | None) -> str | None:
    """What to say once when `--tz mission` is asked of a mission whose file names no zone (UTC is shown)."""
    if zone == "mission" and not mission_zone:
        return "--tz mission: the mission file names no zone; times are shown in UTC"
    return None


def _summary(args: argparse.Namespace) -> int:
    from soyuztui.export.text import summary

    sys.stdout.write(summary(_load_cached(args)))
    return 0


def _check_run_options(args: argparse.Namespace) -> str | None:
    """The one-line error for a bad --speed, --at or --theme, or None.

    A good `--at` is kept, read, as `args.at_moment` (None without `--at`).
    """
    from soyuztui.dossier.errors import visible
    from soyuztui.tui.clock import parse_at, speed_problem

    if problem := speed_problem(args.speed):
        return f"soyuz-tui: --speed {problem}, not {args.speed:g}"
    try:
        args.at_moment = parse_at(args.at) if args.at else None
    except ValueError as error:
        reason = str(error) if str(error).startswith("is outside") else "is not an ISO-8601 time"
        return f"soyuz-tui: --at {visible(repr(args.at))} {reason}"
    if args.theme is not None:
        from soyuztui.tui.themes import theme_names

        if args.theme not in theme_names():
            return f"soyuz-tui: unknown theme {args.theme!r}; choose from: {', '.join(theme_names())}"
    folder = getattr(args, "screenshot_dir", None)
    if folder is not None and (problem := _folder_problem(folder)):
        return f"soyuz-tui: --screenshot-dir {visible(str(folder))}: {problem}"
    return None


def _folder_problem(folder: Path) -> str | None:
    """Why screenshots cannot be saved in `folder`, or None."""
    if not folder.exists():
        return "no such folder"
    if not folder.is_dir():
        return "not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return "not writable"
    return None


def _run(args: argparse.Namespace) -> int:
    # The collector was paused by `main`; the app resumes it when its first frame is drawn.
    try:
        status = _run_app(args)
    finally:
        lightgc.resume()  # if it never drew one
    if status == 0:
        lightgc.freeze_before_exit()
    return status


def _run_app(args: argparse.Namespace) -> int:
    from soyuztui.tui.clock import MissionClock
    from soyuztui.web.served import bind_to_server

    bind_to_server()

    error = _check_run_options(args)
    if error:
        return _fail(error)
    at = args.at_moment
    dossier = _load_cached(args)  # a bad mission is reported even with no terminal
    if not _has_terminal():
        print(NO_TERMINAL, file=sys.stderr)
        return 2
    clock = MissionClock.for_dossier(dossier, at=at, speed=args.speed)

    from soyuztui.cli.config import remember_theme
    from soyuztui.tui.app import make_app
    from soyuztui.tui.themes import DEFAULT_THEME

    app = make_app(
        dossier,
        clock=clock,
        zone=args.tz,
        theme=args.theme or DEFAULT_THEME,
        screenshot_dir=args.screenshot_dir.resolve() if args.screenshot_dir else None,
        notice=zone_note(args.tz, dossier.mission.zone),
        on_theme=remember_theme,
    )
    return _run_in_terminal(app)


NO_TERMINAL = (
    "soyuz-tui: the dashboard needs a terminal on stdin and stdout; "
    "for text use `soyuz-tui summary` or `soyuz-tui export`"
)


def _has_terminal() -> bool:
    # textual-serve's sessions talk through pipes on purpose, with its web driver.
    if os.environ.get("TEXTUAL_DRIVER"):
        return True
    return sys.stdin.isatty() and sys.stdout.isatty()


def _run_in_terminal(app: SoyuzApp) -> int:
    """Run the app; a crash is one line here and its traceback in the crash log."""
    import io

    from rich.console import Console

    from soyuztui.cli.crash import last_line, write_crash_log
    from soyuztui.dossier.errors import visible
    from soyuztui.dossier.fsio import UnsafeFolder

    # Textual prints an unhandled exception's traceback to `error_console` once the
    # terminal is restored: kept here in plain text, and written to the crash log only
    # if there was a crash (so a start that does not crash leaves the last log alone).
    traceback = io.StringIO()
    app.error_console = Console(file=traceback, width=120, color_system=None, force_terminal=False)
    app.exit_on_signals = True
    app.run()
    code = app.return_code or 0
    if code == 1:
        text = traceback.getvalue()
        try:
            where = f"traceback in {visible(str(write_crash_log(text)))}"
        except UnsafeFolder as unsafe:
            where = f"no crash log written: {visible(str(unsafe))}"
        except OSError:
            where = "no crash log could be written"
        return _fail(f"soyuz-tui: the dashboard crashed: {last_line(text)} ({where})")
    return code


def _serve(args: argparse.Namespace) -> int:
    from soyuztui.web.serve import ServeError, app_command, serve

    error = _check_run_options(args)
    if error:
        return _fail(error)
    # Build the dossier once here so a bad mission fails now, with file:line messages,
    # not later inside every browser tab.
    dossier = _load_cached(args)
    if note := zone_note(args.tz, dossier.mission.zone):
        print(f"soyuz-tui: {note}", file=sys.stderr)
    if args.no_cache:
        os.environ[NO_CACHE_ENV] = "1"  # for the app each browser session starts
    command = app_command(
        args.mission,
        at=args.at,
        speed=args.speed if args.speed != 1.0 else None,
        zone=args.tz if args.tz != "utc" else None,
        theme=args.theme,
        screenshot_dir=getattr(args, "screenshot_dir", None),
    )
    try:
        serve(
            command,
            host=args.host,
            port=args.port,
            title=f"soyuz-tui: {dossier.mission.title}",
            public_url=args.public_url,
            max_sessions=args.max_sessions,
        )
    except ServeError as error:
        return _fail(f"soyuz-tui: serve: {error}")
    return 0


COMMANDS = {
    "check": _check,
    "export": _export,
    "add": _add,
    "draft": _draft,
    "schema": _schema,
    "summary": _summary,
    "serve": _serve,
    "completion": _completion,
}
"""The function that runs each subcommand of `parser.SUBCOMMANDS` (a test holds the two alike)."""


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The command line read, with the config file's defaults where it gave none.

    Bare `soyuz-tui` (the dashboard, every default) builds no parser: importing argparse
    and building the parser is about 2 ms of a start. A run option given to a subcommand
    that does not use it is a usage error (exit 2).
    """
    if not argv:
        args = cast("argparse.Namespace", SimpleNamespace(**RUN_DEFAULTS))
    else:
        from soyuztui.cli.parser import build_parser, unused_run_option

        parser = build_parser()
        args = parser.parse_args(argv)
        if problem := unused_run_option(args):
            parser.error(problem)
    if args.command in (None, "serve"):
        _apply_config(args)
    return args


def _apply_config(args: argparse.Namespace) -> None:
    """The config file's theme, zone and speed, where the command line gave none (raises ConfigError)."""
    from soyuztui.cli.config import config_file, read_config

    settings = read_config()
    if not settings:
        return
    given = getattr(args, GIVEN, ())
    for key, value in settings.items():
        if f"--{key}" in given or (key == "theme" and args.theme is not None):
            continue
        if key == "tz":
            import argparse

            from soyuztui.cli.config import ConfigError
            from soyuztui.cli.parser import zone_choice

            try:
                value = zone_choice(value)
            except argparse.ArgumentTypeError as error:
                raise ConfigError(f"{config_file()}: tz: {error}") from None
        setattr(args, key, value)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    # Paused before the dossier's and Textual's imports, which are most of what a start
    # allocates; every command but the app's resumes it at once.
    lightgc.pause_until_first_frame()
    from soyuztui.cli.config import ConfigError
    from soyuztui.dossier.errors import MissionError

    try:
        args = _arguments(sys.argv[1:] if argv is None else argv)
    except SystemExit:
        lightgc.resume()
        raise
    except ConfigError as error:
        lightgc.resume()
        return _fail(str(error))
    command = COMMANDS.get(args.command or "", _run)
    if command is not _run:
        lightgc.resume()
    try:
        return command(args)
    except MissionError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: one line here, the traceback in the crash log
        from soyuztui.cli.crash import record

        print(record(error), file=sys.stderr)
        return 1
