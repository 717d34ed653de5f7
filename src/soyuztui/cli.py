"""The command line: `soyuz-tui [run options] | check | export | schema | summary | serve`.

Every bad input ends in `file:line: message` lines on stderr and exit status 1,
never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from soyuztui import __version__
from soyuztui.resources import default_mission
from soyuztui.zones import ZONE_NAMES

TIME_ZONES = ZONE_NAMES


def _mission_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # A subcommand's copy of an option must not reset what was given before the
    # subcommand (`soyuz-tui --mission F export`): its default is SUPPRESS.
    parser.add_argument(
        "--mission",
        type=Path,
        default=None if top else argparse.SUPPRESS,
        metavar="FILE",
        help="mission file (default: the bundled Soyuz MS-19 mission)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="soyuz-tui",
        description="A terminal dashboard for a crewed space mission, built from news articles.",
    )
    parser.add_argument("--version", action="version", version=f"soyuz-tui {__version__}")
    _mission_option(parser, top=True)
    parser.add_argument("--at", metavar="ISO-TIME", help="start the mission clock at this time")
    parser.add_argument(
        "--speed", type=float, default=1.0, metavar="X", help="clock speed (default 1)"
    )
    parser.add_argument("--tz", choices=TIME_ZONES, default="utc", help="time zone shown")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="verify the mission file and its documents")
    _mission_option(check)

    export = commands.add_parser("export", help="write the dossier as json, ics or md")
    _mission_option(export)
    export.add_argument("--format", required=True, choices=("json", "ics", "md"))
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="file to write (default: stdout)"
    )
    export.add_argument(
        "--tz",
        choices=TIME_ZONES,
        default=argparse.SUPPRESS,
        help="time zone of the md briefing (json and ics are always UTC)",
    )

    commands.add_parser("schema", help="print the JSON Schema of the mission file")

    summary = commands.add_parser("summary", help="print a plain-text summary of the dossier")
    _mission_option(summary)
    return parser


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _load(mission: Path | None):  # type: ignore[no-untyped-def]
    from soyuztui.dossier import build_dossier

    return build_dossier(mission or default_mission())


def _check(args: argparse.Namespace) -> int:
    dossier = _load(args.mission)
    print(
        f"ok: {dossier.mission.title}: {len(dossier.documents)} documents, "
        f"{len(dossier.people)} people, {len(dossier.events)} events, "
        f"{len(dossier.quotes)} quotes, {len(dossier.conflicts)} conflicts"
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from soyuztui.export import EXPORTERS, ExportError, ExportOptions, write_atomically

    exporter = EXPORTERS.get(args.format)
    if exporter is None:
        return _fail(f"soyuz-tui: export format {args.format!r} is not available yet")
    mission = args.mission or default_mission()
    dossier = _load(mission)
    text = exporter(dossier, ExportOptions(zone=args.tz))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    inputs = [mission, *(mission.parent / document.path for document in dossier.documents)]
    try:
        write_atomically(args.output, text, protected=inputs)
    except ExportError as error:
        return _fail(f"soyuz-tui: {error}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from soyuztui.dossier.spec import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


def _summary(args: argparse.Namespace) -> int:
    from soyuztui.summary import summary

    sys.stdout.write(summary(_load(args.mission)))
    return 0


def _run(args: argparse.Namespace) -> int:
    from soyuztui.clock import MissionClock, parse_at

    if args.speed <= 0:
        return _fail(f"soyuz-tui: --speed must be positive, not {args.speed:g}")
    try:
        at = parse_at(args.at) if args.at else None
    except ValueError:
        return _fail(f"soyuz-tui: --at {args.at!r} is not an ISO-8601 time")
    dossier = _load(args.mission)
    clock = MissionClock.for_dossier(dossier, at=at, speed=args.speed)

    from soyuztui.tui.app import make_app

    make_app(dossier, clock=clock, zone=args.tz).run()
    return 0


COMMANDS = {"check": _check, "export": _export, "schema": _schema, "summary": _summary}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from soyuztui.dossier.errors import MissionError

    args = build_parser().parse_args(argv)
    command = COMMANDS.get(args.command or "", _run)
    try:
        return command(args)
    except MissionError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
