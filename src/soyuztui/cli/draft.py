"""`soyuz-tui draft PATH... [-o FILE]`: a mission file from articles, written atomically.

The summary and what the draft was unsure of go to stderr, so stdout can be the file.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from soyuztui.dossier.errors import MissionError

if TYPE_CHECKING:
    from soyuztui.dossier.model import Dossier

# The drafting machinery (and the builder it brings) is imported when a draft is asked
# for: the parser imports this module on every start with arguments.


def summary_line(spec, conflicts: int | None = None) -> str:  # type: ignore[no-untyped-def]
    """One line: what the draft holds."""
    timed = sum(1 for event in spec.events if any(claim.time for claim in event.claims))
    return (
        f"drafted {spec.mission.title}: {len(spec.documents)} documents, {len(spec.people)} people, "
        f"{len(spec.crew)} crew seats, {len(spec.occupants)} occupants, "
        f"{len(spec.events)} events ({timed} timed); every entry reviewed = false"
    )


def draft_in_memory(folder: Path) -> Dossier:
    """The in-memory draft of the articles in `folder` (a `--mission DIR` with no mission file),
    with the drafting's progress on stderr as `draft` shows it."""
    from soyuztui.cli.add import progress_lines
    from soyuztui.draft import article_paths
    from soyuztui.draft.memory import load_draft

    with progress_lines(len(article_paths([folder])), "drafting") as progress:
        return load_draft(folder, progress)


def run_draft(paths: Sequence[Path], output: Path | None) -> int:
    """Draft, write to `output` (or stdout), report to stderr; the exit status."""
    from soyuztui.cli.add import add_waiting, progress_lines
    from soyuztui.draft import article_paths, draft
    from soyuztui.draft.pagefiles import LINKS_FILE
    from soyuztui.draft.writer import render
    from soyuztui.export import ExportError, write_atomically

    for path in paths:
        add_waiting(path, with_mission_file=True)  # a folder's saved pages and links become articles first
    paths = [path.parent if path.name == LINKS_FILE else path for path in paths]
    files = article_paths(paths)
    for path in paths:
        if not path.exists():
            raise MissionError.single(path, 1, "no such file or folder")
    if not files:
        raise MissionError.single(paths[0], 1, "holds no articles (*.txt) to draft from")
    try:
        base = output.resolve().parent if output is not None else None
    except RuntimeError:  # Python 3.11's resolve() on a symlink loop
        raise MissionError.single(
            output or paths[0], 1, "cannot be written: too many levels of symbolic links"
        ) from None
    with progress_lines(len(files), "drafting") as progress:
        result = draft(files, base, progress)
    spec = result.spec
    if output is not None and output.exists():
        spec = _redraft(output, spec, result.notes)
    text = render(spec, sources=result.sources)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            write_atomically(output, text, protected=files)
        except ExportError as error:
            print(f"soyuz-tui: {error}", file=sys.stderr)
            return 1
    print(summary_line(spec), file=sys.stderr)
    for note in result.notes:
        print(f"unsure: {note}", file=sys.stderr)
    return 0


def _redraft(output: Path, spec, notes: list[str]):  # type: ignore[no-untyped-def]
    """The new draft laid over the mission file at `output`, keeping what a person reviewed or edited."""
    from soyuztui.dossier.sources.missionfile import load_mission_file
    from soyuztui.draft.merge import merge
    from soyuztui.draft.prune import prune

    try:
        old, _lines = load_mission_file(output)
    except MissionError as error:
        first = error.problems[0]
        raise MissionError.single(
            output, first.line, f"is not a mission file the draft can add to ({first.message}); nothing written"
        ) from None
    merged, kept = merge(old, output.read_text(encoding="utf-8"), spec)
    notes.insert(
        0,
        f"kept {len(kept.people)} people, {len(kept.events)} events, {len(kept.seats)} seats "
        f"and {len(kept.occupants)} occupants that are reviewed or edited in {output.name}",
    )
    return prune(output, merged, notes, kept)
