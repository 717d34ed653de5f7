"""Scoring extracted quotes against a hand-made gold file, per kind (direct, reported).

Gold entries are `[[span]]` tables: `doc`, `text` (exactly as in the document), `kind`
("speech" for direct speech, "reported", "title", "other"), `speaker` (speech and
reported only; an empty string for a speaker the articles do not name) and, for
spans that are not speech, an optional `reason` (see dossier/quotes/notspeech.py).

A direct quote matches an extracted span of the same document and the same text.
A reported clause matches an extracted reported span of its document overlapping it
on at least MIN_OVERLAP of both lengths: where a reported clause starts is a matter
of judgement ("said that it was…" or "it was…"), what was reported is not.

Run `python -m tests.quote_scoring` to print the figures for the bundled seeds and
the invented corpus in tests/corpora/quotes/.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import tomli

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.quotes.extract import QuotedSpan, quoted_spans

ROOT = Path(__file__).resolve().parents[1]
MIN_OVERLAP = 0.7
#: (mission file, gold file) pairs scored by the harness.
GOLD_SETS = {
    "seeds": (ROOT / "seeds" / "soyuz-ms-19.toml", ROOT / "tests" / "data" / "quotes_gold.toml"),
    "corpus": (
        ROOT / "tests" / "corpora" / "quotes" / "mission.toml",
        ROOT / "tests" / "corpora" / "quotes" / "gold.toml",
    ),
}


@dataclass
class Score:
    """Counts for one kind: gold items, extracted items, matches, right speakers."""

    kind: str
    gold: int = 0
    extracted: int = 0
    matched: int = 0
    right: int = 0
    missed: list[dict] = field(default_factory=list)
    extra: list[QuotedSpan] = field(default_factory=list)
    wrong: list[tuple[dict, QuotedSpan]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of the extracted items that are in the gold file."""
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        """Share of the gold items extracted."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def attribution(self) -> float:
        """Share of the matched items whose speaker is right."""
        return self.right / self.matched if self.matched else 1.0

    def line(self) -> str:
        """One printed line of figures."""
        return (
            f"{self.kind:<9} gold {self.gold:>3}  extracted {self.extracted:>3}  "
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"attribution {self.attribution:.3f} ({self.right}/{self.matched})"
        )


def load_gold(path: Path) -> list[dict]:
    """The gold entries of a gold file."""
    return tomli.loads(path.read_text("utf-8"))["span"]


def _overlap(gold_start: int, gold_end: int, item: QuotedSpan) -> bool:
    shared = min(gold_end, item.end) - max(gold_start, item.start)
    if shared <= 0:
        return False
    return shared >= MIN_OVERLAP * (gold_end - gold_start) and shared >= MIN_OVERLAP * (item.end - item.start)


def score(dossier: Dossier, gold: list[dict], found: list[QuotedSpan] | None = None) -> dict[str, Score]:
    """Direct ("speech") and reported scores of what is extracted from `dossier`'s documents."""
    if found is None:
        found = quoted_spans(dossier.documents, dossier.people, dossier.organisations)
    scores = {kind: Score(kind) for kind in ("speech", "reported")}
    pool: dict[str, list[QuotedSpan]] = {kind: [item for item in found if item.kind == kind] for kind in scores}
    for kind, result in scores.items():
        result.extracted = len(pool[kind])
        unused = list(pool[kind])
        for entry in (entry for entry in gold if entry["kind"] == kind):
            result.gold += 1
            text = dossier.document(entry["doc"]).text
            start = text.find(entry["text"])
            end = start + len(entry["text"])
            match = next(
                (
                    item
                    for item in unused
                    if item.doc == entry["doc"]
                    and ((item.start, item.end) == (start, end) if kind == "speech" else _overlap(start, end, item))
                ),
                None,
            )
            if match is None:
                result.missed.append(entry)
                continue
            unused.remove(match)
            result.matched += 1
            if (match.speaker or "") == entry.get("speaker", ""):
                result.right += 1
            else:
                result.wrong.append((entry, match))
        result.extra = unused
    return scores


def report(name: str, scores: dict[str, Score], verbose: bool = False) -> str:
    """The figures as printed lines; with `verbose`, every miss, extra and wrong speaker."""
    lines = [f"{name}:"] + ["  " + result.line() for result in scores.values()]
    if verbose:
        for result in scores.values():
            lines += [f"  missed {result.kind}: {entry['doc']} {entry['text'][:70]!r}" for entry in result.missed]
            lines += [f"  extra {result.kind}: {item.doc} {item.text[:70]!r} ({item.speaker})" for item in result.extra]
            lines += [
                f"  wrong speaker: {entry['doc']} {entry['text'][:50]!r} {item.speaker} ≠ {entry.get('speaker')}"
                for entry, item in result.wrong
            ]
    return "\n".join(lines)


def main() -> None:
    """Print the figures of every gold set, with its misses."""
    for name, (mission, gold) in GOLD_SETS.items():
        if mission.exists() and gold.exists():
            print(report(name, score(build_dossier(mission), load_gold(gold)), verbose=True))


if __name__ == "__main__":
    main()
