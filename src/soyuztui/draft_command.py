"""`soyuz-tui draft PATH... [-o FILE]`: a mission file from articles, written atomically.

The summary and what the draft was unsure of go to stderr, so stdout can be the file.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from soyuztui.dossier.errors import MissionError

# The drafting machinery (and the builder it brings) is imported by the functions that
# draft: `resolve_mission` runs on every start, which must not pay for it.


def summary_line(spec, conflicts: int | None = None) -> str:  # type: ignore[no-untyped-def]
    """One line: what the draft holds."""
    timed = sum(1 for event in spec.events if any(claim.time for claim in event.claims))
    return (
        f"drafted {spec.mission.title}: {len(spec.documents)} documents, {len(spec.people)} people, "
        f"{len(spec.crew)} crew seats, {len(spec.occupants)} occupants, "
        f"{len(spec.events)} events ({timed} timed); every entry reviewed = false"
    )


def run_draft(paths: Sequence[Path], output: Path | None) -> int:
    """Draft, write to `output` (or stdout), report to stderr; the exit status."""
    from soyuztui.dossier.draft import article_paths, draft
    from soyuztui.dossier.draft.writer import render
    from soyuztui.export import ExportError, write_atomically

    files = article_paths(paths)
    for path in paths:
        if not path.exists():
            raise MissionError.single(path, 1, "no such file or folder")
    if not files:
        raise MissionError.single(paths[0], 1, "holds no articles (*.txt) to draft from")
    base = output.resolve().parent if output is not None else None
    result = draft(files, base)
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
    from soyuztui.dossier.draft.merge import merge
    from soyuztui.dossier.draft.prune import prune
    from soyuztui.dossier.sources.missionfile import load_mission_file

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


def resolve_mission(path: Path) -> Path:
    """A `--mission` argument as a path to build: a folder's one mission file, or the folder itself.

    A folder with one `*.toml` is that mission file; a folder with articles and no
    mission file is returned as is, to be drafted in memory; several mission files
    are an error naming the folder.
    """
    if not path.is_dir():
        return path
    missions = sorted(child for child in path.glob("*.toml") if child.is_file())
    if len(missions) == 1:
        return missions[0]
    if missions:
        names = ", ".join(child.name for child in missions[:4])
        raise MissionError.single(path, 1, f"holds several mission files ({names}); name one with --mission FILE")
    from soyuztui.dossier.draft import article_paths

    if not article_paths([path]):
        raise MissionError.single(path, 1, "holds no mission file and no articles (*.txt)")
    return path


def load_draft(folder: Path):  # type: ignore[no-untyped-def]
    """The dossier of an in-memory draft of the articles in `folder`: every entry unreviewed."""
    from soyuztui.dossier.build import build_from_spec
    from soyuztui.dossier.draft import draft
    from soyuztui.dossier.draft.writer import render

    result = draft([folder], folder)
    return build_from_spec(folder / "(draft).toml", result.spec, render(result.spec, sources=result.sources))
