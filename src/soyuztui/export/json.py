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


def _flat(item: dict[str, Any]) -> dict[str, Any]:
    """`item` with its `when` written out in its place as the contract's keys.

    `time` (at its precision), `precision`, `zone` and `approximate`; null times
    (and `approximate` false) for an item without a time.
    """
    when = _when(item["when"]) or {"time": None, "precision": None, "zone": None, "approximate": False}
    flat: dict[str, Any] = {}
    for key, value in item.items():
        if key == "when":
            flat.update(when)
        else:
            flat[key] = value
    return flat


def _event(event: dict[str, Any]) -> dict[str, Any]:
    until = event["until"]
    if until is not None:
        until = {**until, "when": _when(until["when"])}
    return {**_flat(event), "until": until, "claims": [_flat(claim) for claim in event["claims"]]}


def _occupant(occupant: dict[str, Any]) -> dict[str, Any]:
    arrival, departure = _when(occupant["arrival"]), _when(occupant["departure"])
    return {
        **occupant,
        "aboard_from": arrival and arrival["time"],
        "aboard_from_precision": arrival and arrival["precision"],
        "aboard_until": departure and departure["time"],
        "aboard_until_precision": departure and departure["precision"],
        "arrival": arrival,
        "departure": departure,
    }


def _conflict_value(value: dict[str, Any]) -> dict[str, Any]:
    shown = _flat(value)
    if shown["counted_from"] is None:
        del shown["counted_from"]
    return shown


def _mission(dossier: Dossier, mission: dict[str, Any]) -> dict[str, Any]:
    """The mission with what the flight is, read from its facts (null where the articles do not say)."""
    flight = dossier.mission
    return {
        **mission,
        "vehicle": flight.vehicle,
        "rocket": flight.rocket,
        "mission_name": flight.mission_name,
        "operator": flight.operator,
        "destination": flight.destination,
        "station": flight.station,
        "free_flyer": flight.is_free_flyer,
    }


#: Keys the models inherit from their shared bases (`WithFacts`, `Reviewable`), which
#: pydantic puts first: written last, so an entry still starts with what it is.
_INHERITED_LAST = ("facts", "reviewed")


def _inherited_last(value: Any) -> Any:
    """`value` with every object's inherited keys moved after its own, at any depth."""
    if isinstance(value, list):
        return [_inherited_last(item) for item in value]
    if not isinstance(value, dict):
        return value
    own = {key: _inherited_last(item) for key, item in value.items() if key not in _INHERITED_LAST}
    return own | {key: _inherited_last(value[key]) for key in _INHERITED_LAST if key in value}


def to_json(dossier: Dossier, options: ExportOptions | None = None) -> str:
    """The dossier as indented JSON, UTF-8 text, one trailing newline."""
    data = dossier.model_dump(mode="json")
    data["mission"] = _mission(dossier, data["mission"])
    data["events"] = [_event(event) for event in data["events"]]
    data["occupants"] = [_occupant(occupant) for occupant in data["occupants"]]
    data["conflicts"] = [
        {**conflict, "values": [_conflict_value(value) for value in conflict["values"]]}
        for conflict in data["conflicts"]
    ]
    # Entries drafted by `soyuz-tui draft` and not yet reviewed carry "reviewed": false.
    data["unreviewed"] = dossier.unreviewed()
    return json.dumps(_inherited_last(data), indent=2, ensure_ascii=False) + "\n"
