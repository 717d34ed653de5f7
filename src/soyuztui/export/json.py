"""The dossier as JSON (always UTC): the keys of the contract in docs/mission-guide.md, and more.

Every time goes out at its precision: a minute as `2021-10-05T08:55:00Z`, a time
known only to the day as its date, `2021-10-17`, with a `precision` key beside it
wherever the model does not already say it.
"""

from __future__ import annotations

import json
from typing import Any

from soyuztui.dossier.model import Dossier, Precision
from soyuztui.export.options import ExportOptions


def _at_precision(value: Any, precision: Precision | None) -> Any:
    """An ISO datetime text cut to its date when it stands for a whole day."""
    if isinstance(value, str) and precision == "day":
        return value[:10]
    return value


def _when(when: dict[str, Any] | None) -> dict[str, Any] | None:
    if when is None:
        return None
    return {**when, "time": _at_precision(when["time"], when["precision"])}


def _event(event: dict[str, Any]) -> dict[str, Any]:
    until = event["until"]
    if until is not None:
        until = {**until, "when": _when(until["when"])}
    return {
        **event,
        "time": _at_precision(event["time"], event["precision"]),
        "until": until,
        "claims": [{**claim, "time": _at_precision(claim["time"], claim["precision"])} for claim in event["claims"]],
    }


def _occupant(occupant: dict[str, Any]) -> dict[str, Any]:
    arrival, departure = occupant["arrival"], occupant["departure"]
    return {
        **occupant,
        "aboard_from": _at_precision(occupant["aboard_from"], arrival and arrival["precision"]),
        "aboard_from_precision": arrival and arrival["precision"],
        "aboard_until": _at_precision(occupant["aboard_until"], departure and departure["precision"]),
        "aboard_until_precision": departure and departure["precision"],
        "arrival": _when(arrival),
        "departure": _when(departure),
    }


def _conflict_value(value: dict[str, Any]) -> dict[str, Any]:
    shown = {**value, "time": _at_precision(value["time"], value["precision"])}
    if shown["counted_from"] is None:
        del shown["counted_from"]
    return shown


def to_json(dossier: Dossier, options: ExportOptions | None = None) -> str:
    """The dossier as indented JSON, UTF-8 text, one trailing newline."""
    data = dossier.model_dump(mode="json")
    data["events"] = [_event(event) for event in data["events"]]
    data["occupants"] = [_occupant(occupant) for occupant in data["occupants"]]
    data["conflicts"] = [
        {**conflict, "values": [_conflict_value(value) for value in conflict["values"]]}
        for conflict in data["conflicts"]
    ]
    # Entries drafted by `soyuz-tui draft` and not yet reviewed carry "reviewed": false.
    data["unreviewed"] = dossier.unreviewed()
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
