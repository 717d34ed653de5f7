"""`soyuz-tui add SOURCE... --mission DIR`: saved pages, links and text articles into a mission's folder.

One line on stderr per source (what became of it), an `unsure:` line for each place a
page's metadata and its text disagree, and rich's progress bar on stderr when there are
more than a handful of sources and stderr is a terminal. The same adding runs first when
`draft` or `--mission DIR` is given a folder that holds saved pages or a `links.txt`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from soyuztui.dossier.errors import MissionError, visible

if TYPE_CHECKING:
    from soyuztui.draft.add import Added
    from soyuztui.draft.progress import Progress

#: More sources than this get a progress bar (on a terminal).
HANDFUL = 5


def run_add(sources: Sequence[str], mission: Path, refresh: bool = False) -> int:
    """Add `sources` to the folder `mission`; exit status 1 when any source gave no article."""
    from soyuztui.draft.add import expand
    from soyuztui.draft.records import RECORD_NAME

    if mission.exists() and not mission.is_dir():
        raise MissionError.single(mission, 1, "is not a folder: `add` writes articles into a mission's folder")
    found = expand(sources)
    if not found:
        raise MissionError.single(Path(sources[0]), 1, "holds no saved pages, text articles or links to add")
    outcome = _add(found, mission, refresh)
    written = len(outcome.written)
    print(
        f"{written} added, {len(outcome.unchanged)} already there, {len(outcome.failed)} not added; "
        f"the record is {visible(str(mission / RECORD_NAME))}",
        file=sys.stderr,
    )
    if written and any(mission.glob("*.toml")):
        print(
            f"the folder has a mission file: `soyuz-tui draft {visible(str(mission))} -o FILE` brings the new articles in",
            file=sys.stderr,
        )
    return 1 if outcome.failed else 0


def add_waiting(path: Path | None, with_mission_file: bool = False) -> None:
    """Add the saved pages and links in a mission's folder that were not added yet (for draft and --mission).

    A folder with a mission file is left alone unless `with_mission_file` (a re-draft): its
    file names its articles, and a start of the dashboard on it imports no drafting and
    no HTML library.
    """
    if path is None:
        return
    # "links.txt" is pagefiles.LINKS_FILE, named here so that a start with --mission FILE imports no drafting.
    folder = path.parent if path.name == "links.txt" and path.is_file() else path
    if not folder.is_dir() or (not with_mission_file and any(folder.glob("*.toml"))):
        return
    from soyuztui.draft.pagefiles import is_link, pending_sources, recorded_source
    from soyuztui.draft.records import read_records

    done = {record.source for record in read_records(folder)}
    waiting = [
        source
        for source in pending_sources(folder)
        if (source if is_link(source) else recorded_source(Path(source), folder)) not in done
    ]
    if waiting:
        _add(waiting, folder, refresh=False)


def _add(sources: list[str], folder: Path, refresh: bool) -> Added:
    from soyuztui.draft.add import add_sources
    from soyuztui.draft.fetch import pages_cache

    with progress_lines(len(sources)) as progress:
        outcome = add_sources(sources, folder, progress, cache=pages_cache(), refresh=refresh)
    for line in outcome.unsure:
        print(f"unsure: {line}", file=sys.stderr)
    return outcome


@contextmanager
def progress_lines(total: int, doing: str = "adding") -> Iterator[Progress]:
    """A progress callback: each line it is given to stderr, under a bar (`doing` …) when it is worth one
    and stderr is a terminal."""
    if total <= HANDFUL or not sys.stderr.isatty():
        yield _print_line
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    console = Console(stderr=True, highlight=False)
    columns = (TextColumn(doing), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Bar(*columns, console=console, transient=True) as bar:
        task = bar.add_task(doing, total=total)

        def report(done: int, total: int, line: str | None) -> None:
            if line is not None:
                console.print(line, markup=False, emoji=False)  # a page's name is text, never markup or :codes:
            bar.update(task, completed=done)

        yield report


def _print_line(done: int, total: int, line: str | None) -> None:
    if line is not None:
        print(line, file=sys.stderr)
