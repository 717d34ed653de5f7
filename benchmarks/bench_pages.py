"""`add` on saved pages: how well the story and the metadata are read, and how fast pages become a dossier.

Extraction, on the invented pages of tests/pages/osprey-6 (each story element marked `data-gold`):
  - the share of the story's sentences recovered (target ≥ 0.98, over every page);
  - sentences of the site (menus, captions, widgets, comments, "read more") taken for the story (target 0);
  - metadata fields the page states recovered exactly (title, outlet, author, url, published; target all).
Speed: 250 and 1,000 saved pages (the eight pages over and over, each copy with a line of its own
so that it is a new article) added to a mission's folder and drafted into a dossier, in one
process (CPU time, the machine being shared): target ≤ 30 s for 1,000, and 4× the pages at
most 5× the time (linear).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the invented pages' gold, in tests/pages

from common import Row, print_rows
from tests.pages.gold import PAGES, expected, gold_sentences, scores

from soyuztui.draft.add import add_sources, expand
from soyuztui.draft.memory import load_draft
from soyuztui.draft.pages import read_page

RECALL_TARGET = 0.98
LARGEST = 1000
LARGEST_TARGET_S = 30.0
GROWTH_TARGET = 5.0  # 4× the pages may cost at most 5× the time


def extraction() -> tuple[float, list[str], int, int, list[str]]:
    """Recall over every gold sentence, the site's sentences taken, metadata fields right of those stated."""
    found = total = 0
    extra: list[str] = []
    right = stated = 0
    wrong: list[str] = []
    for name, want in sorted(expected().items()):
        data = (PAGES / name).read_bytes()
        page = read_page(data)
        recall, taken = scores(data, page.text, page.title)
        gold = len(gold_sentences(data))
        found += round(recall * gold)
        total += gold
        extra += [f"{name}: {sentence}" for sentence in taken]
        got = {
            "title": page.title,
            "outlet": page.outlet,
            "author": page.author,
            "url": page.url,
            "published": page.published.isoformat() if page.published else None,
        }
        for key, value in want.items():
            if value is None:
                continue
            stated += 1
            if got[key] == value:
                right += 1
            else:
                wrong.append(f"{name}: {key} {got[key]!r} != {value!r}")
    return found / total, extra, right, stated, wrong


def _pages(folder: Path, count: int) -> None:
    """`count` saved pages: the invented ones over and over, each with a sentence of its own."""
    folder.mkdir(parents=True)
    pages = sorted(PAGES.glob("*.html"))
    for number in range(count):
        source = pages[number % len(pages)].read_bytes()
        line = f"<p>Copy {number} of this page was saved for the benchmark on a quiet evening.</p>".encode()
        end = source.index(b"</p>", source.index(b"data-gold")) + len(b"</p>")
        page = source[:end] + line + source[end:]
        (folder / f"{number:05d}-{pages[number % len(pages)].name}").write_bytes(page)


def _seconds(count: int) -> tuple[float, float, int]:
    """CPU and wall seconds to add `count` saved pages and draft them into a dossier; its documents."""
    with tempfile.TemporaryDirectory() as scratch:
        saved, mission = Path(scratch) / "saved", Path(scratch) / "mission"
        _pages(saved, count)
        start, wall = time.process_time(), time.perf_counter()
        added = add_sources(expand([str(saved)]), mission)
        dossier = load_draft(mission)
        seconds, wall = time.process_time() - start, time.perf_counter() - wall
        assert not added.failed, added.failed[:3]
        return seconds, wall, len(dossier.documents)


def rows() -> list[Row]:
    """Extraction scores and the time from pages to a dossier."""
    recall, extra, right, stated, wrong = extraction()
    out = [
        Row(
            "add: story sentences recovered",
            f"{recall:.3f}",
            f"≥ {RECALL_TARGET}",
            recall >= RECALL_TARGET,
            "8 invented pages, every data-gold element",
        ),
        Row(
            "add: site sentences taken for the story",
            str(len(extra)),
            "0",
            not extra,
            "; ".join(extra)[:120],
        ),
        Row(
            "add: metadata fields exact",
            f"{right}/{stated}",
            f"{stated}/{stated}",
            right == stated,
            "; ".join(wrong)[:120] or "title, outlet, author, url, published",
        ),
    ]
    small, _wall, small_docs = _seconds(LARGEST // 4)
    large, wall, large_docs = _seconds(LARGEST)
    out.append(
        Row(
            f"add + draft: {LARGEST:,} saved pages to a dossier",
            f"{large:.1f} s",
            f"≤ {LARGEST_TARGET_S:.0f} s",
            large <= LARGEST_TARGET_S,
            f"CPU time, one process; {large_docs} documents; {wall:.1f} s on the clock (shared machine)",
        )
    )
    growth = large / small
    out.append(
        Row(
            f"add + draft: growth {LARGEST // 4} → {LARGEST} pages",
            f"{growth:.1f}×",
            f"≤ {GROWTH_TARGET:.0f}×",
            growth <= GROWTH_TARGET,
            f"{small:.1f} s for {small_docs} documents",
        )
    )
    return out


def main() -> int:
    """Print the rows; exit 1 if a target is missed."""
    table = rows()
    print_rows(table)
    return 0 if all(row.met is not False for row in table) else 1


if __name__ == "__main__":
    raise SystemExit(main())
