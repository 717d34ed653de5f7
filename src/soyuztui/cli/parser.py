"""The command line's options and subcommands: one parser for `soyuz-tui` and all it does.

Building it imports no dossier, Textual or rich: `--help` and a bad option answer at once.
Importing this module imports not even argparse: `soyuz-tui` with nothing after it reads
`RUN_DEFAULTS` and never builds the parser.

A subcommand is added in one place, `SUBCOMMANDS`: its name, help, description, examples,
the run options it uses and a function adding its own options. `soyuztui.cli.main` maps
each name to the function that runs it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from soyuztui import NO_CACHE_ENV, __version__

if TYPE_CHECKING:
    import argparse

__all__ = [
    "EXIT_CODES",
    "GIVEN",
    "RUN_DEFAULTS",
    "RUN_OPTIONS",
    "SUBCOMMANDS",
    "Subcommand",
    "build_parser",
    "unused_run_option",
    "zone_choice",
]


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

RUN_OPTIONS: tuple[str, ...] = ("--at", "--speed", "--tz", "--theme", "--screenshot-dir", "--no-cache")
"""The options of the dashboard itself, given before any subcommand."""

GIVEN = "given_options"
"""The namespace attribute listing the run options the command line gave (absent: none)."""

EXIT_CODES = (
    "exit status: 0 done; 1 bad input (one `file:line: message` line per problem) or a crash "
    "(one line; the traceback in the crash log); 2 a usage error (an unknown or misplaced "
    "option, a bad value) or no terminal for the dashboard; 130 interrupted (Ctrl+C)"
)


@dataclass(frozen=True)
class Subcommand:
    """One subcommand of `soyuz-tui`: what `--help` says of it and the options it takes."""

    name: str
    help: str
    """One line, in the list of subcommands."""
    description: str
    examples: tuple[str, ...]
    run_options: tuple[str, ...] = ()
    """The run options (`RUN_OPTIONS`) it uses; any other one given is a usage error."""
    options: Callable[[argparse.ArgumentParser], None] | None = None
    """Adds its own options to its parser."""


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
        "default: the bundled Soyuz MS-19 mission); e.g. --mission my-flight/",
    )


def zone_choice(text: str) -> str:
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


ZONE_HELP = (
    "time zone shown: utc (default), mission (the mission's own; UTC, said once, when the mission "
    "file names none), local, or an IANA name; e.g. --tz America/New_York"
)


def _check_options(parser: argparse.ArgumentParser) -> None:
    _mission_option(parser)


def _export_options(parser: argparse.ArgumentParser) -> None:
    import argparse

    from soyuztui.export import EXPORTERS

    _mission_option(parser)
    parser.add_argument(
        "--format",
        required=True,
        choices=EXPORTERS,
        help="json: the dossier (UTC); ics: a calendar event per timed event; md: a briefing with "
        "every fact footnoted; csv: the coverage table (which article states what); e.g. --format md",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="file to write, through a temporary file and a rename (default, or -: stdout); e.g. -o brief.md",
    )
    parser.add_argument(
        "--tz",
        type=zone_choice,
        default=argparse.SUPPRESS,
        metavar="ZONE",
        help="time zone of the md briefing and the csv: utc, mission, local or an IANA name "
        "(json and ics are always UTC); e.g. --tz mission",
    )


def _draft_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="an article, or a folder of articles; e.g. articles/"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="mission file to write (default: stdout); an existing draft there is re-drafted, keeping "
        "reviewed entries; e.g. -o articles/mission.toml",
    )


def _summary_options(parser: argparse.ArgumentParser) -> None:
    _mission_option(parser)


def _serve_options(parser: argparse.ArgumentParser) -> None:
    from soyuztui.web.options import DEFAULT_HOST, DEFAULT_MAX_SESSIONS, DEFAULT_PORT, port_number, session_count

    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to listen on (default {DEFAULT_HOST}; any other address exposes the "
        "unauthenticated dashboard to that network); e.g. --host 192.168.1.20",
    )
    parser.add_argument(
        "--port", type=port_number, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}); e.g. --port 8080"
    )
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help="the URL browsers use to reach the server, if not http://HOST:PORT (e.g. behind a proxy); "
        "e.g. --public-url https://mission.example.org/",
    )
    parser.add_argument(
        "--max-sessions",
        type=session_count,
        default=DEFAULT_MAX_SESSIONS,
        metavar="N",
        help=f"browser tabs served at once; each runs its own app (default {DEFAULT_MAX_SESSIONS}); "
        "e.g. --max-sessions 8",
    )
    _mission_option(parser)
    _theme_option(parser)


def _completion_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=("bash", "zsh", "fish"), help="the shell to complete in; e.g. completion fish")


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="a saved page (.html, .htm, .mhtml), a text article (.txt), an http(s) link, "
        "a links.txt (one link a line), or a folder of these; e.g. launch.html",
    )
    parser.add_argument(
        "--mission",
        type=Path,
        required=True,
        metavar="DIR",
        help="the mission's folder (made if absent); e.g. --mission flight/",
    )
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="fetch links again now, instead of reading them from the cache or waiting out the hour after a "
        "failure; e.g. add --refresh links.txt --mission flight/",
    )


def _serve_description() -> str:
    from soyuztui.web.options import SERVE_HELP

    return SERVE_HELP


SUBCOMMANDS: tuple[Subcommand, ...] = (
    Subcommand(
        "add",
        "add saved web pages, links or text articles to a mission's folder",
        "Read each source's article (the story without the site's menus, captions and comments) and "
        "its page's outlet, headline, author, address and publication time; write it once as an article of "
        "record DIR/NNN_outlet-headline.txt and keep what the page says in DIR/documents.json, which `draft` "
        "and `--mission DIR` read. A source already added is skipped; links are fetched once and kept in the "
        "cache folder. Each source gives one line on stderr.",
        (
            "soyuz-tui add launch.html https://example.org/news/docked --mission flight/",
            "soyuz-tui --mission flight/",
        ),
        options=_add_options,
    ),
    Subcommand(
        "check",
        "verify the mission file and its articles (always from the sources, never the cache)",
        "Verify every excerpt and value of the mission file against its articles. Prints one "
        "`ok:` line and exits 0 if all holds; else one `file:line: message` line per problem, exit 1.",
        ("soyuz-tui check", "soyuz-tui check --mission articles/mission.toml"),
        options=_check_options,
    ),
    Subcommand(
        "export",
        "write the dossier as json, ics, md or csv (verified from the sources, never the cache)",
        "Write the verified dossier in one of four formats, to stdout or a file.",
        (
            "soyuz-tui export --format md -o briefing.md",
            "soyuz-tui export --format ics --mission articles/mission.toml > flight.ics",
            "soyuz-tui --tz mission export --format csv",
        ),
        run_options=("--tz",),
        options=_export_options,
    ),
    Subcommand(
        "draft",
        "draft a mission file from articles (every entry marked reviewed = false)",
        "Read the articles (files, or folders of *.txt) and write a mission file that "
        "`soyuz-tui check` accepts: people, crew, occupants, events and conflicts, each with evidence. "
        "Prints a summary and what the draft was unsure of to stderr.",
        ("soyuz-tui draft articles/ -o articles/mission.toml", "soyuz-tui draft one.txt two.txt"),
        options=_draft_options,
    ),
    Subcommand(
        "schema",
        "print the JSON Schema of the mission file (for editors)",
        "Print the JSON Schema of the mission file, for an editor's completion and checks.",
        ("soyuz-tui schema > mission.schema.json",),
    ),
    Subcommand(
        "summary",
        "print a plain-text summary of the dossier",
        "Print the crew, the timeline, the quotes and the disputes as plain text.",
        ("soyuz-tui summary", "soyuz-tui summary --mission articles/ | less"),
        run_options=("--no-cache",),
        options=_summary_options,
    ),
    Subcommand(
        "serve",
        "serve the dashboard in a web browser (no authentication; loopback by default)",
        "",  # SERVE_HELP, read when the parser is built
        ("soyuz-tui serve", "soyuz-tui --tz mission --speed 60 serve --port 8080"),
        run_options=RUN_OPTIONS,
        options=_serve_options,
    ),
    Subcommand(
        "completion",
        "print a shell completion script (bash, zsh or fish)",
        "Print a completion script for the shell, made from this parser (with shtab). Load it "
        "from the shell's start-up file.",
        (
            'eval "$(soyuz-tui completion bash)"          # in ~/.bashrc',
            "soyuz-tui completion zsh > ~/.zfunc/_soyuz-tui  # a folder in $fpath",
            "soyuz-tui completion fish > ~/.config/fish/completions/soyuz-tui.fish",
        ),
        options=_completion_options,
    ),
)
"""Every subcommand, in the order `--help` lists them."""


@cache
def _given_action() -> type[argparse.Action]:
    """An argparse action that stores like `store` (or `store_true`) and notes the option was given."""
    import argparse

    class Given(argparse.Action):
        def __call__(
            self,
            parser: argparse.ArgumentParser,
            namespace: argparse.Namespace,
            values: Any,
            option_string: str | None = None,
        ) -> None:
            setattr(namespace, self.dest, self.const if self.nargs == 0 else values)
            given = getattr(namespace, GIVEN, ())
            setattr(namespace, GIVEN, (*given, self.option_strings[0]))

    return Given


def _examples(lines: tuple[str, ...]) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    import argparse

    given = _given_action()
    parser = argparse.ArgumentParser(
        prog="soyuz-tui",
        description="A terminal dashboard for a crewed space mission, built from news articles. "
        "With no command: the dashboard (the run options below). Defaults for --theme, --tz and "
        "--speed can be kept in a config file (see `config file` below); the command line overrides it.",
        epilog=_examples(
            (
                "soyuz-tui                                   the bundled mission, from 10 min before launch",
                "soyuz-tui --mission articles/               a dashboard drafted from your folder of articles",
                "soyuz-tui --at 2021-10-05T12:00Z --speed 60 --tz mission",
                "soyuz-tui COMMAND --help                    a command's own options and examples",
            )
        )
        + f"\n\nconfig file: {_config_help()}\n\n{EXIT_CODES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"soyuz-tui {__version__}")
    _mission_option(parser, top=True)
    parser.add_argument(
        "--at",
        action=given,
        default=RUN_DEFAULTS["at"],
        metavar="ISO-TIME",
        help="start the mission clock at this time (UTC if it names no zone); e.g. --at 2021-10-05T08:45Z",
    )
    parser.add_argument(
        "--speed",
        action=given,
        type=float,
        default=RUN_DEFAULTS["speed"],
        metavar="X",
        help="clock speed, mission seconds per second, 1 to 86400 (default 1); e.g. --speed 60",
    )
    parser.add_argument(
        "--tz", action=given, type=zone_choice, default=RUN_DEFAULTS["tz"], metavar="ZONE", help=ZONE_HELP
    )
    _theme_option(parser, top=True)
    parser.add_argument(
        "--screenshot-dir",
        action=given,
        type=Path,
        default=RUN_DEFAULTS["screenshot_dir"],
        metavar="DIR",
        help="folder where the command palette's Screenshot saves its SVG (default: the current folder); "
        "e.g. --screenshot-dir ~/Pictures",
    )
    parser.add_argument(
        "--no-cache",
        action=given,
        nargs=0,
        const=True,
        default=RUN_DEFAULTS["no_cache"],
        help="verify the mission from its sources instead of loading the dossier verified last time "
        f"(also: {NO_CACHE_ENV}=1); check and export always verify from the sources",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.set_defaults(command=RUN_DEFAULTS["command"])
    for sub in SUBCOMMANDS:
        description = sub.description or _serve_description()
        if sub.run_options:
            description += f"\n\nRun options it uses (given before `{sub.name}`): {', '.join(sub.run_options)}."
        child = commands.add_parser(
            sub.name,
            help=sub.help,
            description=description,
            epilog=_examples(sub.examples),
            formatter_class=argparse.RawDescriptionHelpFormatter,
            allow_abbrev=False,
        )
        if sub.options is not None:
            sub.options(child)
    return parser


def unused_run_option(args: argparse.Namespace) -> str | None:
    """The usage error for a run option given to a subcommand that does not use it, or None."""
    command = getattr(args, "command", None)
    sub = next((sub for sub in SUBCOMMANDS if sub.name == command), None)
    if sub is None:
        return None
    for option in getattr(args, GIVEN, ()):
        if option not in sub.run_options:
            uses = f"; it uses {', '.join(sub.run_options)}" if sub.run_options else ""
            return f"{option} does not apply to {command}{uses}"
    return None


def _config_help() -> str:
    from soyuztui.cli.config import CONFIG_HELP

    return CONFIG_HELP


def _theme_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    import argparse

    # Checked in _run_settings, not with `choices`, so the error is one line that
    # lists the names and Textual is not imported just to print --help.
    parser.add_argument(
        "--theme",
        action=_given_action() if top else "store",
        default=RUN_DEFAULTS["theme"] if top else argparse.SUPPRESS,
        metavar="NAME",
        help="colour theme: soyuz (mission control), textual-dark (default), or any of "
        "Textual's built-in themes; also in the command palette (Ctrl+P, Theme), which remembers "
        "it in the config file; e.g. --theme nord",
    )
