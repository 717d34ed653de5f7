"""The dossier as JSON (always UTC): the keys of the contract in docs/mission-guide.md, and more.

Every time goes out at its precision: a minute as `2021-10-05T08:55:00Z`, a time
known only to the day as its date, `2021-10-17`, with a `precision` key beside it
wherever the model does not already say it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from soyuztui.dossier.model import Dossier, Occupant, Precision
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


def _instant(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _occupant(occupant: dict[str, Any], model: Occupant) -> dict[str, Any]:
    """The contract's `aboard_from`/`aboard_until`, from the event or, without one, from the bound.

    A bound (`aboard_since`, `gone_by`) goes out as the instant it starts, at minute
    precision, with `aboard_from_basis`/`aboard_until_basis` saying it is a bound.
    """
    arrival, departure = _when(occupant["arrival"]), _when(occupant["departure"])
    since, gone = model.aboard_since if arrival is None else None, model.gone_by if departure is None else None
    return {
        **occupant,
        "aboard_from": arrival["time"] if arrival else _instant(since.start if since else None),
        "aboard_from_precision": arrival["precision"] if arrival else since and "minute",
        "aboard_from_basis": "arrival" if arrival else since and "first placed aboard",
        "aboard_until": departure["time"] if departure else _instant(gone.start if gone else None),
        "aboard_until_precision": departure["precision"] if departure else gone and "minute",
        "aboard_until_basis": "departure" if departure else gone and "no longer named aboard",
        "arrival": arrival,
        "departure": departure,
        "aboard_since": _when(occupant["aboard_since"]),
        "gone_by": _when(occupant["gone_by"]),
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
    data["occupants"] = [
        _occupant(item, model) for item, model in zip(data["occupants"], dossier.occupants, strict=True)
    ]
    data["conflicts"] = [
        {**conflict, "values": [_conflict_value(value) for value in conflict["values"]]}
        for conflict in data["conflicts"]
    ]
    # Entries drafted by `soyuz-tui draft` and not yet reviewed carry "reviewed": false.
    data["unreviewed"] = dossier.unreviewed()
    return json.dumps(_inherited_last(data), indent=2, ensure_ascii=False) + "\n"
