"""The command line's options and subcommands: one parser for `soyuz-tui` and all it does.

Building it imports no dossier, Textual or rich: `--help` and a bad option answer at once.
Importing this module imports not even argparse: `soyuz-tui` with nothing after it reads
`RUN_DEFAULTS` and never builds the parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from soyuztui import NO_CACHE_ENV, __version__

if TYPE_CHECKING:
    import argparse

__all__ = ["RUN_DEFAULTS", "build_parser"]

RUN_DEFAULTS: dict[str, Any] = {
    "command": None,
    "mission": None,
    "at": None,
    "speed": 1.0,
    "tz": "utc",
    "theme": None,
    "screenshot_dir": None,
    "no_cache": False,
}
"""What `build_parser().parse_args([])` gives: the dashboard with every default (a test holds them equal)."""


def _mission_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    import argparse

    # A subcommand's copy of an option must not reset what was given before the
    # subcommand (`soyuz-tui --mission F export`): its default is SUPPRESS.
    parser.add_argument(
        "--mission",
        type=Path,
        default=RUN_DEFAULTS["mission"] if top else argparse.SUPPRESS,
        metavar="FILE|DIR",
        help="mission file, or a folder of articles (drafted in memory if it holds no mission file; "
        "default: the bundled Soyuz MS-19 mission)",
    )


def _zone_choice(text: str) -> str:
    """A `--tz` value: utc, mission, local (or the old "moscow"), or an IANA zone name."""
    import argparse

    word = text.strip()
    if word.lower() in ("utc", "mission", "local"):
        return word.lower()  # "mission" is resolved once the mission file is read
    from soyuztui.present.times import ZONE_ALIASES, resolve_zone

    if word.lower() in ZONE_ALIASES:
        return word.lower()
    try:
        return resolve_zone(word, None)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    import argparse

    from soyuztui.export import EXPORTERS
    from soyuztui.web.options import (
        DEFAULT_HOST,
        DEFAULT_MAX_SESSIONS,
        DEFAULT_PORT,
        SERVE_HELP,
        port_number,
        session_count,
    )

    parser = argparse.ArgumentParser(
        prog="soyuz-tui",
        description="A terminal dashboard for a crewed space mission, built from news articles.",
    )
    parser.add_argument("--version", action="version", version=f"soyuz-tui {__version__}")
    _mission_option(parser, top=True)
    parser.add_argument(
        "--at", default=RUN_DEFAULTS["at"], metavar="ISO-TIME", help="start the mission clock at this time"
    )
    parser.add_argument(
        "--speed", type=float, default=RUN_DEFAULTS["speed"], metavar="X", help="clock speed (default 1)"
    )
    parser.add_argument(
        "--tz",
        type=_zone_choice,
        default=RUN_DEFAULTS["tz"],
        metavar="ZONE",
        help="time zone shown: utc, mission (the mission's own), local, or an IANA name such as America/New_York",
    )
    _theme_option(parser, top=True)
    parser.add_argument(
        "--screenshot-dir",
        type=Path,
        default=RUN_DEFAULTS["screenshot_dir"],
        metavar="DIR",
        help="folder where the command palette's Screenshot saves its SVG (default: the current folder)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="verify the mission from its sources instead of loading the dossier verified last time "
        f"(also: {NO_CACHE_ENV}=1); check and export always verify from the sources",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.set_defaults(command=RUN_DEFAULTS["command"])

    check = commands.add_parser(
        "check", help="verify the mission file and its documents (always from the sources, never the cache)"
    )
    _mission_option(check)

    export = commands.add_parser(
        "export", help="write the dossier as json, ics, md or csv (verified from the sources, never the cache)"
    )
    _mission_option(export)
    export.add_argument("--format", required=True, choices=EXPORTERS)
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="file to write (default: stdout)")
    export.add_argument(
        "--tz",
        type=_zone_choice,
        default=argparse.SUPPRESS,
        metavar="ZONE",
        help="time zone of the md briefing: utc, mission, local or an IANA name (json and ics are always UTC)",
    )

    draft = commands.add_parser(
        "draft",
        help="draft a mission file from articles (every entry marked reviewed = false)",
        description="Read the articles (files, or folders of *.txt) and write a mission file that "
        "`soyuz-tui check` accepts: people, crew, occupants, events and conflicts, each with evidence. "
        "Prints a summary and what the draft was unsure of to stderr.",
    )
    draft.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="an article, or a folder of articles")
    draft.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="mission file to write (default: stdout); an existing draft there is re-drafted, keeping reviewed entries",
    )

    commands.add_parser("schema", help="print the JSON Schema of the mission file")

    summary = commands.add_parser("summary", help="print a plain-text summary of the dossier")
    _mission_option(summary)

    serve = commands.add_parser(
        "serve",
        help="serve the dashboard in a web browser (no authentication; loopback by default)",
        description=SERVE_HELP,
    )
    serve.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to listen on (default {DEFAULT_HOST}; any other address exposes the "
        "unauthenticated dashboard to that network)",
    )
    serve.add_argument("--port", type=port_number, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    serve.add_argument(
        "--public-url",
        metavar="URL",
        help="the URL browsers use to reach the server, if not http://HOST:PORT (e.g. behind a proxy)",
    )
    serve.add_argument(
        "--max-sessions",
        type=session_count,
        default=DEFAULT_MAX_SESSIONS,
        metavar="N",
        help=f"browser tabs served at once; each runs its own app (default {DEFAULT_MAX_SESSIONS})",
    )
    _mission_option(serve)
    _theme_option(serve)
    return parser


def _theme_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    import argparse

    # Checked in _run_settings, not with `choices`, so the error is one line that
    # lists the names and Textual is not imported just to print --help.
    parser.add_argument(
        "--theme",
        default=RUN_DEFAULTS["theme"] if top else argparse.SUPPRESS,
        metavar="NAME",
        help="colour theme: soyuz (mission control), textual-dark (default), or any of "
        "Textual's built-in themes; also in the command palette (Ctrl+P, Theme)",
    )
