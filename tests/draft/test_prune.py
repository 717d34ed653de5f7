"""The draft's last step leaves out what `check` would refuse, and says so, whatever the rules got wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

from soyuztui.dossier import build_dossier
from soyuztui.dossier.sources import spec as s
from soyuztui.draft import draft
from soyuztui.draft.prune import problems, prune
from soyuztui.draft.writer import render

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _drafted(folder: Path) -> s.MissionFile:
    for article in sorted(SEEDS.glob("*.txt")):
        shutil.copy(article, folder / article.name)
    return draft([folder], folder).spec


def _with_a_fact_no_article_states(spec: s.MissionFile) -> tuple[s.MissionFile, s.PersonSpec]:
    """The spec with its first person given an age whose excerpt is in no article (as a bad rule might)."""
    person = spec.people[0]
    wrong = s.FactSpec(
        field="age", value=99, evidence=[s.EvidenceSpec(doc=spec.documents[0].id, text="aged 99 and a half")]
    )
    changed = person.model_copy(update={"facts": [*person.facts, wrong]})
    return spec.model_copy(update={"people": [changed, *spec.people[1:]]}), changed


def test_the_last_check_finds_what_check_would_refuse(tmp_path: Path) -> None:
    spec, _person = _with_a_fact_no_article_states(_drafted(tmp_path))
    found = problems(tmp_path / "mission.toml", spec)
    assert [(loc[:3], "excerpt not found" in message) for loc, message in found] == [(("people", 0, "facts"), True)]


def test_a_drafted_entry_check_would_refuse_is_left_out_with_a_note(tmp_path: Path) -> None:
    spec, person = _with_a_fact_no_article_states(_drafted(tmp_path))
    notes: list[str] = []
    pruned = prune(tmp_path / "mission.toml", spec, notes)
    assert pruned.people[0].id == person.id
    assert all(fact.value != 99 for fact in pruned.people[0].facts)
    assert any(note.startswith("left out (") and "aged 99" in note for note in notes)
    saved = tmp_path / "mission.toml"
    saved.write_text(render(pruned), encoding="utf-8")
    assert build_dossier(saved).person(person.id).value("age") != 99  # `check` accepts what is left
