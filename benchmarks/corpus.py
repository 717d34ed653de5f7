"""Write synthetic missions of any size: dated articles with quotes, and a mission file
whose facts carry evidence from every article. Used by the scaling benchmark.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

_FIRST = ["Ada", "Boris", "Chen", "Dara", "Emil", "Fatima", "Goran", "Hana", "Ivo", "Jun", "Kira", "Lev"]
_LAST = ["Arden", "Belov", "Cruz", "Dahl", "Eriksen", "Farah", "Grin", "Holm", "Ilyin", "Jansen", "Kovac", "Lind"]
_AGENCIES = ["Roscosmos", "NASA", "ESA", "JAXA"]
_LAUNCH = date(2031, 3, 4)


def _person(index: int) -> tuple[str, str, str, int]:
    first, last = _FIRST[index % len(_FIRST)], _LAST[index % len(_LAST)]
    return f"p{index}", f"{first} {last}", last, 30 + index


def write_corpus(folder: Path, documents: int, people: int = 12, seed: int = 7) -> Path:
    """Write `documents` articles and their mission file into `folder`; return the mission file."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    crew = [_person(index) for index in range(people)]
    age_evidence: dict[str, list[str]] = {pid: [] for pid, *_ in crew}
    launch_evidence, return_16, return_17, doc_entries = [], [], [], []
    for number in range(documents):
        doc_id = f"d{number:05d}"
        published = _LAUNCH - timedelta(days=1)
        pid, name, last, age = crew[number % people]
        speaker = crew[(number + 1) % people]
        day = 16 if number % 7 == 0 else 17
        paragraphs = [
            f"Cosmonaut {name}, {age}, is due to fly on the Kestrel-{number % 3 + 1} ship at 0855 GMT on Tuesday.",
            f"The crew will return to Earth on March {day}, officials said.",
            f"“We trained for {rng.randint(2, 9)} months and we are ready,” {speaker[2]} said.",
            f"A spokesman described the flight as “a step for {rng.choice(_AGENCIES)}.”",
            " ".join(rng.choice(["Engineers", "checked", "the", "capsule", "again", "today."]) for _ in range(40)),
        ]
        (folder / f"{doc_id}.txt").write_text(
            f" date {published.isoformat()} " + "\n\n".join(paragraphs), encoding="utf-8"
        )
        doc_entries.append(f'[[documents]]\nid = "{doc_id}"\npath = "{doc_id}.txt"\n')
        age_evidence[pid].append(f'  {{ doc = "{doc_id}", text = "{name}, {age}," }},')
        launch_evidence.append(f'  {{ doc = "{doc_id}", text = "at 0855 GMT on Tuesday" }},')
        (return_16 if day == 16 else return_17).append(f'  {{ doc = "{doc_id}", text = "on March {day}" }},')
    lines = [
        "schema_version = 1",
        '[mission]\nid = "synthetic"\ntitle = "Synthetic mission"\ncountdown_to = "launch"\nends_with = "return"\n',
        *doc_entries,
    ]
    for pid, name, last, age in crew:
        lines.append(f'[[people]]\nid = "{pid}"\nname = "{name}"\naliases = ["{last}"]\n')
        if age_evidence[pid]:
            lines.append(
                f'[[people.facts]]\nfield = "age"\nvalue = {age}\nevidence = [\n'
                + "\n".join(age_evidence[pid])
                + "\n]\n"
            )
    lines.append('[[events]]\nid = "launch"\ntitle = "Launch"\n')
    lines.append(
        f'[[events.claims]]\ntime = "{_LAUNCH.isoformat()}T08:55Z"\nevidence = [\n'
        + "\n".join(launch_evidence)
        + "\n]\n"
    )
    lines.append('[[events]]\nid = "return"\ntitle = "Return"\n')
    for day, evidence in ((16, return_16), (17, return_17)):
        if evidence:
            lines.append(f'[[events.claims]]\ntime = "2031-03-{day}"\nevidence = [\n' + "\n".join(evidence) + "\n]\n")
    mission = folder / "synthetic.toml"
    mission.write_text("\n".join(lines), encoding="utf-8")
    return mission
