"""Score a drafted mission file against a reviewed one on the same articles.

Recall and precision of: people, ages, crew seats (person and leg), occupants at
three moments (before launch, after docking, after landing), the times of the
launch, docking and landing events (to the reviewed file's precision), time claims
(event, time, and whether counted), conflicts (by subject), the documents' metadata
(headline, outlet, author and publication time, by article file) and the organisations
(by name or alias).

It also scores every corpus in the shared format (`<flight>/expected.json` beside
`articles/`, as ../shared/corpora/README.md defines it): crew fragments on both legs,
ages, people aboard at given instants, event times to their precision and conflicts,
each one item of recall; crew entries and occupants aboard at the instants claimed,
each one item of precision. The draft goes through `draft` -> `check` -> the JSON export.

python benchmarks/draft_score.py                 # every corpus with a reviewed file, then every shared one
python benchmarks/draft_score.py seeds           # one corpus (a reviewed one, or a shared one by folder name)
python benchmarks/draft_score.py --shared DIR    # the shared-format corpora under DIR (default ../shared/corpora)
python benchmarks/draft_score.py --help
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.times.reader import format_moment
from soyuztui.draft import draft
from soyuztui.draft.writer import render
from soyuztui.export.json import to_json

ROOT = Path(__file__).resolve().parents[1]
#: The shared development corpora (read-only, outside the project).
SHARED = ROOT.parent / "shared" / "corpora"
#: The project's invented corpora (some in the shared format).
OWN = ROOT / "tests" / "corpora"
ROLES = ("launch", "docking", "landing")


def corpora() -> dict[str, Path]:
    """Every corpus with articles and one reviewed mission file: name -> mission file."""
    found = {"seeds": ROOT / "seeds" / "soyuz-ms-19.toml"}
    for folder in [ROOT / "tests" / "missions" / "kestrel-4", *sorted((ROOT / "tests" / "corpora").glob("*"))]:
        files = sorted(folder.glob("*.toml"))
        if folder.is_dir() and len(files) == 1:
            found[folder.name] = files[0]
    return found


@dataclass(frozen=True)
class Score:
    """Recall and precision of one kind of finding."""

    kind: str
    found: int  # reviewed items the draft has
    reviewed: int  # items in the reviewed file
    right: int  # drafted items the reviewed file has
    drafted: int  # items in the draft

    @property
    def recall(self) -> float:
        """Share of the reviewed items the draft found."""
        return self.found / self.reviewed if self.reviewed else 1.0

    @property
    def precision(self) -> float:
        """Share of the drafted items that are right."""
        return self.right / self.drafted if self.drafted else 1.0


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _person_map(drafted: Dossier, gold: Dossier) -> dict[str, str]:
    names = {}
    for person in gold.people:
        for name in (person.name, *person.aliases):
            names.setdefault(_fold(name), person.id)
    mapping = {}
    for person in drafted.people:
        for name in (person.name, *person.aliases):
            if _fold(name) in names:
                mapping[person.id] = names[_fold(name)]
                break
    return mapping


def _roles(dossier: Dossier) -> dict[str, str]:
    """Event id -> launch / docking / landing."""
    roles = {dossier.mission.countdown_to: "launch", dossier.mission.ends_with: "landing"}
    for event in dossier.events:
        if "dock" in event.id and "undock" not in event.id and event.id not in roles:
            roles[event.id] = "docking"
    return roles


def _score(kind: str, drafted: Iterable[object], gold: Iterable[object]) -> Score:
    drafted_set, gold_set = set(drafted), set(gold)
    common = drafted_set & gold_set
    return Score(kind, len(common), len(gold_set), len(common), len(drafted_set))


def _occupants(dossier: Dossier, person: dict[str, str]) -> set[tuple[str, str]]:
    items = set()
    for occupant in dossier.occupants:
        who = person.get(occupant.person, f"?{occupant.person}")
        if occupant.arrives_with is None:
            items.add(("before launch", who))
        items.add(("after docking", who))
        if occupant.leaves_with is None:
            items.add(("after landing", who))
    return items


def _event_times(dossier: Dossier, gold: Dossier) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    gold_roles, roles = _roles(gold), _roles(dossier)
    gold_whens = {role: when for eid, role in gold_roles.items() if (when := gold.event(eid).when)}
    wanted = {(role, format_moment(when.time, when.precision)) for role, when in gold_whens.items()}
    got = set()
    for eid, role in roles.items():
        if (when := dossier.event(eid).when) is not None:
            gold_when = gold_whens.get(role)
            got.add((role, format_moment(when.time, gold_when.precision if gold_when else when.precision)))
    return got, wanted


def _claims(dossier: Dossier, docs: dict[str, str]) -> set[tuple[str, str, str, bool]]:
    roles = _roles(dossier)
    return {
        (roles[event.id], docs.get(item.doc, item.doc), claim.value, claim.after is not None)
        for event in dossier.events
        if event.id in roles
        for claim in event.claims
        if claim.value
        for item in claim.evidence
    }


def _conflicts(dossier: Dossier, person: dict[str, str]) -> set[str]:
    roles = _roles(dossier)
    found = set()
    for conflict in dossier.conflicts:
        subject, _, field = conflict.subject.rpartition(".")
        subject = person.get(subject, roles.get(subject, subject))
        found.add(f"{subject}.{field}")
    return found


def _metadata(dossier: Dossier) -> set[tuple[str, str, str]]:
    """(article file, key, value) for each headline, outlet, author and publication time given."""
    items = set()
    for document in dossier.documents:
        name = Path(document.path).name
        if document.title_basis == "headline":
            items.add((name, "title", _fold(document.title)))
        for key in ("outlet", "author"):
            if value := getattr(document, key):
                items.add((name, key, _fold(value)))
        if document.published_at is not None:
            items.add((name, "published", document.published_at.isoformat()))
    return items


def _organisations(drafted: Dossier, gold: Dossier) -> tuple[set[str], set[str]]:
    names = {}
    for item in gold.organisations:
        for name in (item.name, *item.aliases):
            names.setdefault(_fold(name), item.id)
    got = set()
    for item in drafted.organisations:
        found = next((names[_fold(n)] for n in (item.name, *item.aliases) if _fold(n) in names), None)
        got.add(found or f"?{item.id}")
    return got, {item.id for item in gold.organisations}


def score(drafted: Dossier, gold: Dossier) -> list[Score]:
    """Every score of the draft against the reviewed dossier."""
    mapping = _person_map(drafted, gold)
    docs_d = {document.id: Path(document.path).name for document in drafted.documents}
    docs_g = {document.id: Path(document.path).name for document in gold.documents}
    same = {person.id: person.id for person in gold.people}
    people = _score("people", (mapping.get(p.id, f"?{p.id}") for p in drafted.people), (p.id for p in gold.people))
    ages = _score(
        "ages",
        ((mapping.get(p.id, "?"), f.value) for p in drafted.people for f in p.facts if f.field == "age"),
        ((p.id, f.value) for p in gold.people for f in p.facts if f.field == "age"),
    )
    seats = _score(
        "crew seats",
        ((mapping.get(c.person, "?"), c.leg) for c in drafted.crew),
        ((c.person, c.leg) for c in gold.crew),
    )
    occupants = _score("occupants (3 moments)", _occupants(drafted, mapping), _occupants(gold, same))
    got, wanted = _event_times(drafted, gold)
    times = _score("event times", got, wanted)
    claims = _score("time claims", _claims(drafted, docs_d), _claims(gold, docs_g))
    conflicts = _score("conflicts", _conflicts(drafted, mapping), _conflicts(gold, same))
    metadata = _score("document metadata", _metadata(drafted), _metadata(gold))
    organisations = _score("organisations", *_organisations(drafted, gold))
    return [people, ages, seats, occupants, times, claims, conflicts, metadata, organisations]


def draft_dossier(mission: Path, workdir: Path) -> Dossier:
    """Copy the articles of a reviewed mission to `workdir`, draft them there and build it."""
    workdir.mkdir(parents=True, exist_ok=True)
    for article in mission.parent.glob("*.txt"):
        shutil.copy(article, workdir / article.name)
    result = draft([workdir], workdir)
    (workdir / "draft.toml").write_text(render(result.spec), encoding="utf-8")
    return build_dossier(workdir / "draft.toml")


def score_corpus(mission: Path) -> list[Score]:
    """Scores of a fresh draft of a corpus against its reviewed mission file."""
    with tempfile.TemporaryDirectory() as folder:
        return score(draft_dossier(mission, Path(folder) / "articles"), build_dossier(mission))


def table(name: str, scores: list[Score]) -> str:
    """The scores as aligned text."""
    lines = [f"{name}:"]
    for item in scores:
        lines.append(
            f"  {item.kind:<24} recall {item.recall:6.1%} ({item.found}/{item.reviewed})"
            f"   precision {item.precision:6.1%} ({item.right}/{item.drafted})"
        )
    return "\n".join(lines)


def shared_corpora(folder: Path = SHARED) -> dict[str, Path]:
    """Every corpus in the shared format under `folder`: name -> its expected.json.

    The project's own invented corpora in that format are `shared_corpora(OWN)`.
    """
    return {path.parent.name: path for path in sorted(folder.glob("*/expected.json"))}


def articles_of(expected: Path, gold: dict[str, Any]) -> Path:
    """The article folder an expected.json names (`CORPORA/` is the folder of its flight's parent)."""
    where = str(gold.get("articles", "CORPORA/" + expected.parent.name + "/articles"))
    return expected.parent.parent / where.removeprefix("CORPORA/")


def drafted_in(articles: Path, workdir: Path) -> Dossier:
    """Draft the articles in `workdir` as `soyuz-tui draft` would, and build it as `check` does."""
    workdir.mkdir(parents=True, exist_ok=True)
    for article in sorted(articles.glob("*.txt")):
        shutil.copy(article, workdir / article.name)
    result = draft([workdir], workdir)
    (workdir / "mission.toml").write_text(render(result.spec), encoding="utf-8")
    return build_dossier(workdir / "mission.toml")


def draft_export(articles: Path, workdir: Path) -> dict[str, Any]:
    """The draft of `drafted_in`, as its JSON export."""
    exported: dict[str, Any] = json.loads(to_json(drafted_in(articles, workdir)))
    return exported


def _matches(fragment: str, person: dict[str, Any]) -> bool:
    joined = " | ".join([person["name"], *person["aliases"]])
    return fragment.casefold() in joined.casefold()


def _span(value: str | None, precision: str | None) -> tuple[datetime, datetime] | None:
    """The UTC stretch a time stands for: a whole day for a date, one minute for a minute."""
    if value is None:
        return None
    if len(value) == 10 or precision == "day":
        start = datetime.fromisoformat(value[:10]).replace(tzinfo=UTC)
        return start, start + timedelta(days=1)
    start = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return start, start + timedelta(minutes=1)


def aboard_at(exported: dict[str, Any], instant: datetime) -> list[dict[str, Any]]:
    """The people whose occupant entry puts them aboard at `instant` (the README's rule)."""
    people = {person["id"]: person for person in exported["people"]}
    found = []
    for occupant in exported["occupants"]:
        since = _span(occupant["aboard_from"], occupant.get("aboard_from_precision"))
        until = _span(occupant["aboard_until"], occupant.get("aboard_until_precision"))
        if (since is None or since[1] <= instant) and (until is None or until[0] > instant):
            found.append(people[occupant["person"]])
    return found


def score_shared(expected: Path, workdir: Path | None = None) -> list[Score]:
    """Recall and precision of a fresh draft against a shared-format expected.json, per kind."""
    gold: dict[str, Any] = json.loads(expected.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        exported = draft_export(articles_of(expected, gold), workdir or Path(folder) / "articles")
    return score_export(exported, gold)


def _kind(kind: str, hits: int, items: int, claimed: int = 0, false: int = 0) -> Score:
    return Score(kind, hits, items, claimed - false, claimed)


def score_export(exported: dict[str, Any], gold: dict[str, Any]) -> list[Score]:
    """Each kind scored as the corpora README defines it; the last `Score` is every kind together."""
    people = {person["id"]: person for person in exported["people"]}
    scores = []
    for leg in ("launch", "landing"):
        fragments = gold.get("crew", {}).get(leg, [])
        seated = [people[item["person"]] for item in exported["crew"] if item["leg"] == leg]
        hits = sum(any(_matches(fragment, person) for person in seated) for fragment in fragments)
        false = sum(not any(_matches(fragment, person) for fragment in fragments) for person in seated)
        scores.append(_kind(f"crew {leg}", hits, len(fragments), len(seated), false))
    ages = gold.get("ages", {})
    hits = sum(
        any(
            _matches(fragment, person)
            and any(fact["field"] == "age" and fact["value"] == age for fact in person["facts"])
            for person in exported["people"]
        )
        for fragment, age in ages.items()
    )
    scores.append(_kind("ages", hits, len(ages)))
    hits = items = claimed = false = 0
    for instant, fragments in gold.get("aboard", {}).items():
        aboard = aboard_at(exported, datetime.fromisoformat(instant))
        items += len(fragments)
        hits += sum(any(_matches(fragment, person) for person in aboard) for fragment in fragments)
        claimed += len(aboard)
        false += sum(not any(_matches(fragment, person) for fragment in fragments) for person in aboard)
    scores.append(_kind("aboard", hits, items, claimed, false))
    times = gold.get("times", [])
    got_minutes = {
        event["time"][:16] for event in exported["events"] if event["time"] and event["precision"] == "minute"
    }
    got_days = {event["time"][:10] for event in exported["events"] if event["time"]}
    hits = sum((value in got_minutes) if precision == "minute" else (value in got_days) for value, precision in times)
    scores.append(_kind("event times", hits, len(times)))
    entries = [json.dumps(conflict, ensure_ascii=False) for conflict in exported["conflicts"]]
    pairs = gold.get("conflicts", [])
    hits = sum(any(one in entry and other in entry for entry in entries) for one, other in pairs)
    # Conflicts cost only recall; the "precision" printed for them is the share no pair
    # explains (a false conflict), for the reader: it is not part of the overall figure.
    unexplained = sum(not any(one in entry and other in entry for one, other in pairs) for entry in entries)
    scores.append(_kind("conflicts", hits, len(pairs), len(entries), unexplained))
    scores.append(_overall(scores))
    return scores


def _overall(scores: list[Score]) -> Score:
    """Every item together; precision counts crew and occupants only, as the README says."""
    claimed = [item for item in scores if item.kind.startswith(("crew", "aboard"))]
    return Score(
        "overall",
        sum(item.found for item in scores),
        sum(item.reviewed for item in scores),
        sum(item.right for item in claimed),
        sum(item.drafted for item in claimed),
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="draft_score.py",
        description="Score fresh drafts of the corpora against their reviewed mission files or expected.json.",
    )
    parser.add_argument(
        "names",
        nargs="*",
        metavar="CORPUS",
        help="corpora to score, by name (a reviewed one, or a shared one by folder name); default: every one",
    )
    parser.add_argument(
        "--shared",
        nargs="?",
        const=SHARED,
        type=Path,
        metavar="DIR",
        help=f"score every shared-format corpus under DIR instead (default {SHARED})",
    )
    return parser


def main(argv: list[str]) -> int:
    """Print the scores of every corpus named (all by default)."""
    parser = _parser()
    options = parser.parse_args(argv)
    known = corpora()
    folder: Path = SHARED
    names: list[str] = options.names
    if options.shared is not None:
        # Only the shared-format corpora under that folder, every one of them.
        folder, known, names = options.shared, {}, []
    shared = shared_corpora(folder)
    every = {**shared_corpora(OWN), **shared} if folder == SHARED else shared
    if unknown := [name for name in names if name not in known and name not in every]:
        parser.error(f"no corpus named {', '.join(unknown)}; known: {', '.join([*known, *every])}")
    for name in names or [*known, *every]:
        if name in known:
            print(table(name, score_corpus(known[name])))
        else:
            print(table(name, score_shared(every[name])))
    if not names and shared:
        print(table("shared corpora, all together", together([score_shared(path) for path in shared.values()])))
    return 0


def together(runs: list[list[Score]]) -> list[Score]:
    """The per-kind scores of several corpora added up, kind by kind."""
    kinds = [item.kind for item in runs[0]] if runs else []
    return [
        Score(
            kind,
            sum(run[i].found for run in runs),
            sum(run[i].reviewed for run in runs),
            sum(run[i].right for run in runs),
            sum(run[i].drafted for run in runs),
        )
        for i, kind in enumerate(kinds)
    ]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
