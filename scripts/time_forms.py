"""Measure the time reader on the bundled and test corpora: which forms it reads, which it refuses.

Every paragraph of every article of every mission (seeds/, tests/missions/, tests/corpora/)
is read with its document's publication date and `zone`, as `check` reads an excerpt.

    .venv/bin/python scripts/time_forms.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from soyuztui.dossier.errors import MissionError
from soyuztui.dossier.sources.documents import read_document
from soyuztui.dossier.sources.missionfile import load_mission_file
from soyuztui.dossier.times.reader import TimeRefused, read_times

ROOT = Path(__file__).resolve().parent.parent
_KINDS = [
    ("no zone", "has no zone"),
    ("word with several meanings (IST, AST)", "several meanings"),
    ("standard/daylight word off its season", "not the UTC"),
    ("'local time' with no zone given", "no zone is known for “local time”"),
    ("'the same day' with no day before it", "refers to a day the excerpt does not name"),
    ("a.m./p.m. on a 24-hour clock", "mixes a 24-hour clock"),
    ("weekday that does not fit the date", "is a "),
    ("civil time said twice or never (DST)", "happens twice"),
]


def kind(message: str) -> str:
    """The kind of a refusal, by its message."""
    return next((name for name, words in _KINDS if words in message), "other")


def form(text: str) -> str:
    """How a clock time was written: 12-hour, 24-hour, four digits, dotted, or a word."""
    if re.search(r"(?i)noon|midday|midnight", text):
        return "noon/midnight"
    if re.search(r"(?i)\d\s?[ap]\.?\s?m", text):
        return "12-hour (a.m./p.m.)"
    if re.search(r"\d\.\d\d", text):
        return "dotted 24-hour"
    if re.search(r"\d:\d\d", text):
        return "24-hour hh:mm"
    return "four digits (0855)"


def main() -> int:
    """Print what the reader made of every paragraph."""
    missions = [ROOT / "seeds" / "soyuz-ms-19.toml", *sorted(ROOT.glob("tests/missions/*/*.toml"))]
    missions += sorted(ROOT.glob("tests/corpora/*/*.toml"))
    forms: Counter[str] = Counter()
    zones: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    examples: dict[str, str] = {}
    days = paragraphs = loaded = 0
    for path in missions:
        try:
            spec, _ = load_mission_file(path)
        except MissionError:  # not a mission file (tern-2's expressions.toml)
            continue
        loaded += 1
        for item in spec.documents:
            try:
                document = read_document(path.parent / item.path)
            except MissionError:
                continue
            published = document.published or item.published
            for paragraph in document.text.split("\n"):
                if not paragraph.strip():
                    continue
                paragraphs += 1
                try:
                    readings = read_times(paragraph, published=published, zone=item.zone)
                except TimeRefused as refusal:
                    refused[kind(str(refusal))] += 1
                    examples.setdefault(kind(str(refusal)), f"{path.parent.name}/{item.path}: {refusal}")
                    continue
                for reading in readings:
                    if reading.precision == "day":
                        days += 1
                        continue
                    forms[form(paragraph[slice(*reading.span)])] += 1
                    zones[reading.zone_word or f"{reading.zone} (document zone)"] += 1
    print(f"{loaded} missions, {paragraphs} paragraphs")
    print(f"clock times read: {sum(forms.values())}; days read: {days}")
    for name, count in forms.most_common():
        print(f"  {count:4d}  {name}")
    print("zones of the clock times read:")
    for name, count in zones.most_common():
        print(f"  {count:4d}  {name}")
    print(f"paragraphs refused: {sum(refused.values())}")
    for name, count in refused.most_common():
        print(f"  {count:4d}  {name}")
        print(f"        e.g. {examples[name][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
