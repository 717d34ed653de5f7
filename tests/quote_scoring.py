"""Scoring extracted quotes against a hand-made gold file, per kind (direct, reported).

Gold entries are `[[span]]` tables: `doc`, `text` (exactly as in the document), `kind`
("speech" for direct speech, "reported", "title", "other"), `speaker` (speech and
reported only; an empty string for a speaker the articles do not name) and, for
spans that are not speech, an optional `reason` (see dossier/quotes/notspeech.py).

A direct quote matches an extracted span of the same document and the same text.
A reported clause matches an extracted reported span of its document overlapping it
on at least MIN_OVERLAP of both lengths: where a reported clause starts is a matter
of judgement ("said that it was…" or "it was…"), what was reported is not.

Drafted corpora (the real articles of ../shared/corpora/*/ and the invented ones of
tests/corpora/*/ with an `articles/` folder) are scored as ../shared/corpora/README.md
defines: their articles are drafted into a mission in memory, as a new user would, and
the extractions are matched to `quotes_gold.json`: an extraction matches a gold span of
its document when the two overlap by at least half of the shorter one, one to one,
largest overlap first. Quoted words nobody says (`not_speech`) are not in the gold, so
extracting them costs precision. Reported speech introduced by "according to" is not
listed in these gold files (their notes count it instead), so such extractions are set
aside, neither right nor wrong, and counted on their own line. A matched person is right when one of their names
equals the gold `speaker` (or one of its `speaker_aliases`); with no gold `speaker`,
when nobody is named or every speaker named occurs in `speaker_org`.

Run `python -m tests.quote_scoring` to print the figures for the bundled seeds, the
invented corpora and the real articles, per corpus and per kind, with every miss.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier, Organisation, Person
from soyuztui.dossier.quotes.extract import QuotedSpan, quoted_spans
from soyuztui.draft.memory import load_draft

ROOT = Path(__file__).resolve().parents[1]
MIN_OVERLAP = 0.7
#: Drafted corpora overlap a gold span by at least this share of the shorter of the two.
MIN_SHARED = 0.5
#: The real articles (read at run time, never copied) and the invented drafted corpora.
SHARED_CORPORA = ROOT.parent / "shared" / "corpora"
INVENTED_CORPORA = ROOT / "tests" / "corpora"
#: The gold kinds of a drafted corpus and the extraction kind each is matched with.
DRAFTED_KINDS = {"quotes": "speech", "reported": "reported"}
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
    aside: int = 0
    missed: list[dict[str, Any]] = field(default_factory=list)
    extra: list[QuotedSpan] = field(default_factory=list)
    wrong: list[tuple[dict[str, Any], QuotedSpan]] = field(default_factory=list)

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
            + (f"  ({self.aside} 'according to' set aside)" if self.aside else "")
        )


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold entries of a gold file."""
    spans: list[dict[str, Any]] = tomli.loads(path.read_text("utf-8"))["span"]
    return spans


def _overlap(gold_start: int, gold_end: int, item: QuotedSpan) -> bool:
    shared = min(gold_end, item.end) - max(gold_start, item.start)
    if shared <= 0:
        return False
    return shared >= MIN_OVERLAP * (gold_end - gold_start) and shared >= MIN_OVERLAP * (item.end - item.start)


def score(dossier: Dossier, gold: list[dict[str, Any]], found: list[QuotedSpan] | None = None) -> dict[str, Score]:
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
            if "|".join(match.speakers) == entry.get("speaker", ""):
                result.right += 1
            else:
                result.wrong.append((entry, match))
        result.extra = unused
    return scores


# -- drafted corpora (the format of ../shared/corpora/README.md) ------------------------


def drafted_corpora() -> dict[str, Path]:
    """Every corpus folder with articles and a quotes_gold.json: the real ones, then the invented."""
    found: dict[str, Path] = {}
    for base, label in ((SHARED_CORPORA, "real"), (INVENTED_CORPORA, "invented")):
        if base.is_dir():
            for folder in sorted(base.iterdir()):
                if (folder / "quotes_gold.json").is_file() and (folder / "articles").is_dir():
                    found[f"{label} {folder.name}"] = folder
    return found


def _names(speaker: str, people: Mapping[str, Person | Organisation]) -> list[str]:
    """The folded names of a speaker id: its name and aliases (the id itself if unknown)."""
    entry = people.get(speaker)
    names = (entry.name, *entry.aliases) if entry is not None else (speaker,)
    return [" ".join(name.split()).casefold() for name in names]


def right_speaker(
    entry: Mapping[str, Any], speakers: Sequence[str], people: Mapping[str, Person | Organisation]
) -> bool:
    """Whether `speakers` (ids) are who the gold entry says spoke, as the corpora README rules."""
    if entry.get("speaker"):
        wanted = {
            " ".join(name.split()).casefold() for name in (entry["speaker"], *(entry.get("speaker_aliases") or ()))
        }
        return len(speakers) == 1 and bool(wanted & set(_names(speakers[0], people)))
    org = (entry.get("speaker_org") or "").casefold()
    return all(
        any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", org) for name in _names(speaker, people))
        for speaker in speakers
    )


def _shared(entry: Mapping[str, Any], item: QuotedSpan) -> int:
    shared = min(entry["end"], item.end) - max(entry["start"], item.start)
    shortest = min(entry["end"] - entry["start"], item.end - item.start)
    return shared if shared > 0 and shared >= MIN_SHARED * shortest else 0


def match_spans(
    gold: Sequence[dict[str, Any]], found: Sequence[QuotedSpan]
) -> tuple[list[tuple[dict[str, Any], QuotedSpan]], list[dict[str, Any]], list[QuotedSpan]]:
    """Gold entries paired one to one with extractions, largest overlap first; the unpaired of each."""
    by_doc: dict[str, list[int]] = {}
    for index, item in enumerate(found):
        by_doc.setdefault(item.doc, []).append(index)
    pairs = sorted(
        (
            (-shared, g, f)
            for g, entry in enumerate(gold)
            for f in by_doc.get(entry["doc"], ())
            if (shared := _shared(entry, found[f]))
        ),
    )
    taken_gold: dict[int, int] = {}
    taken_found: set[int] = set()
    for _, g, f in pairs:
        if g not in taken_gold and f not in taken_found:
            taken_gold[g] = f
            taken_found.add(f)
    matched = [(gold[g], found[f]) for g, f in sorted(taken_gold.items())]
    missed = [entry for g, entry in enumerate(gold) if g not in taken_gold]
    extra = [item for f, item in enumerate(found) if f not in taken_found]
    return matched, missed, extra


def according_to(item: QuotedSpan) -> bool:
    """Whether `item` is reported speech introduced by "according to" (not listed in the corpora's gold)."""
    return item.kind == "reported" and (item.cue or "").casefold().startswith("according to")


def score_drafted(
    gold: Mapping[str, Any], found: Sequence[QuotedSpan], people: Mapping[str, Person | Organisation]
) -> dict[str, Score]:
    """Direct ("speech") and reported scores of extractions against a quotes_gold.json object."""
    scores: dict[str, Score] = {}
    for gold_kind, kind in DRAFTED_KINDS.items():
        pool = [item for item in found if item.kind == kind and not according_to(item)]
        aside = sum(item.kind == kind and according_to(item) for item in found)
        matched, missed, extra = match_spans(gold[gold_kind], pool)
        result = Score(kind, gold=len(gold[gold_kind]), extracted=len(pool), matched=len(matched), aside=aside)
        result.missed, result.extra = missed, extra
        for entry, item in matched:
            if right_speaker(entry, item.speakers, people):
                result.right += 1
            else:
                result.wrong.append((entry, item))
        scores[kind] = result
    return scores


def draft_and_score(folder: Path) -> tuple[dict[str, Score], Mapping[str, Person | Organisation]]:
    """Draft `folder`'s articles in memory, extract their quotes and score them against its gold."""
    dossier = load_draft(folder / "articles")
    found = quoted_spans(dossier.documents, dossier.people, dossier.organisations)
    people: dict[str, Person | Organisation] = {item.id: item for item in dossier.people}
    people.update((item.id, item) for item in dossier.organisations)
    gold = json.loads((folder / "quotes_gold.json").read_text("utf-8"))
    return score_drafted(gold, found, people), people


def total(scores: Iterable[dict[str, Score]]) -> dict[str, Score]:
    """The counts of several corpora added up, per kind."""
    summed: dict[str, Score] = {}
    for one in scores:
        for kind, result in one.items():
            into = summed.setdefault(kind, Score(kind))
            into.gold += result.gold
            into.extracted += result.extracted
            into.matched += result.matched
            into.right += result.right
            into.aside += result.aside
    return summed


def _speakers(item: QuotedSpan) -> str:
    return "+".join(item.speakers) or "unknown"


def report(name: str, scores: dict[str, Score], verbose: bool = False) -> str:
    """The figures as printed lines; with `verbose`, every miss, extra and wrong speaker.

    Drafted corpora's misses are shown by document and offset with a few words, at run
    time only: their text is never copied into the project.
    """
    lines = [f"{name}:"] + ["  " + result.line() for result in scores.values()]
    if verbose:
        for result in scores.values():
            lines += [
                f"  missed {result.kind}: {entry['doc']}@{entry.get('start', '')} {entry['text'][:70]!r}"
                for entry in result.missed
            ]
            lines += [
                f"  extra {result.kind}: {item.doc}@{item.start} {item.text[:70]!r} ({_speakers(item)})"
                for item in result.extra
            ]
            lines += [
                f"  wrong speaker: {entry['doc']}@{entry.get('start', '')} {entry['text'][:50]!r} "
                f"{_speakers(item)} ≠ {entry.get('speaker') or entry.get('speaker_org')}"
                for entry, item in result.wrong
            ]
    return "\n".join(lines)


def main(argv: Sequence[str] = ()) -> None:
    """Print the figures of every gold set, with its misses (`-q`: the figures only)."""
    verbose = "-q" not in argv
    for name, (mission, gold) in GOLD_SETS.items():
        if mission.exists() and gold.exists():
            print(report(name, score(build_dossier(mission), load_gold(gold)), verbose=verbose))
    real: list[dict[str, Score]] = []
    for name, folder in drafted_corpora().items():
        scores, _ = draft_and_score(folder)
        if name.startswith("real"):
            real.append(scores)
        print(report(name, scores, verbose=verbose))
    if real:
        print(report("real corpora, all", total(real)))


if __name__ == "__main__":
    main(sys.argv[1:])
