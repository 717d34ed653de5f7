"""Where a mission is: a `--mission` argument as a mission file or a folder of articles."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from soyuztui.dossier.errors import MissionError


def article_paths(paths: Iterable[Path | str]) -> list[Path]:
    """The articles named: files as given, folders by their `*.txt` files, sorted."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found += sorted(child for child in path.glob("*.txt") if child.is_file() and child.name != "links.txt")
        else:
            found.append(path)
    return list(dict.fromkeys(found))


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
    if not article_paths([path]):
        raise MissionError.single(path, 1, "holds no mission file and no articles (*.txt)")
    return path
