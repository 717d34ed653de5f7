"""Score a drafted mission file against a reviewed one on the same articles.

Recall and precision of: people, ages, crew seats (person and leg), occupants at
three moments (before launch, after docking, after landing), the times of the
launch, docking and landing events (to the reviewed file's precision), time claims
(event, time, and whether counted), conflicts (by subject), the documents' metadata
(headline, outlet, author and publication time, by article file) and the organisations
(by name or alias).

python benchmarks/draft_score.py                 # every corpus with a reviewed file
python benchmarks/draft_score.py seeds           # one corpus
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.times.reader import format_moment
from soyuztui.draft import draft
from soyuztui.draft.writer import render

ROOT = Path(__file__).resolve().parents[1]
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


def main(argv: list[str]) -> int:
    """Print the scores of every corpus named (all by default)."""
    known = corpora()
    for name in argv or list(known):
        print(table(name, score_corpus(known[name])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
