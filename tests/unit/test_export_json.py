"""The JSON export keeps its contract (docs/mission-guide.md, docs/architecture.md)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest

from soyuztui.dossier import Dossier
from soyuztui.export.json import to_json


@pytest.fixture(scope="module")
def exported(dossier: Dossier) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(to_json(dossier))
    return data


def test_top_level_keys(exported: dict[str, Any]) -> None:
    assert {"mission", "documents", "people", "crew", "occupants", "events", "quotes", "conflicts"} <= exported.keys()
    assert {"id", "title"} <= exported["mission"].keys()


def test_documents(exported: dict[str, Any]) -> None:
    for document in exported["documents"]:
        assert {"id", "path", "published", "sha256"} <= document.keys()
        assert len(document["sha256"]) == 64
        assert "text" not in document  # the article itself stays out of the export
    assert [d["published"] for d in exported["documents"]] == [
        "2021-10-04",
        "2021-10-06",
        "2021-10-05",
        "2021-10-05",
        "2021-10-05",
    ]


def test_people_crew_occupants(exported: dict[str, Any]) -> None:
    people = {person["id"] for person in exported["people"]}
    for person in exported["people"]:
        assert {"id", "name", "aliases"} <= person.keys()
    for seat in exported["crew"]:
        assert {"person", "vehicle", "leg", "role", "evidence"} <= seat.keys()
        assert seat["leg"] in {"launch", "landing"} and seat["person"] in people
        assert seat["evidence"]
    for occupant in exported["occupants"]:
        assert {"person", "agency", "aboard_from", "aboard_until", "evidence"} <= occupant.keys()
    pesquet = next(o for o in exported["occupants"] if o["person"] == "pesquet")
    assert pesquet["aboard_from"] is None and pesquet["aboard_until"] is None  # outside the story


def test_events_have_iso_utc_times_and_claims(exported: dict[str, Any]) -> None:
    events = {event["id"]: event for event in exported["events"]}
    assert events["launch"]["time"] == "2021-10-05T08:55:00Z"
    assert datetime.fromisoformat(events["launch"]["time"]).utcoffset() == timedelta(0)
    for event in exported["events"]:
        assert {"id", "title", "time", "claims"} <= event.keys()
        for claim in event["claims"]:
            assert {"value", "evidence"} <= claim.keys()
            for evidence in claim["evidence"]:
                assert set(evidence) == {"doc", "text", "start", "end"}


def test_quotes_and_conflicts_shape(exported: dict[str, Any]) -> None:
    for quote in exported["quotes"]:
        assert {"text", "speaker", "sources"} <= quote.keys()
        for source in quote["sources"]:
            assert {"doc", "start", "end"} <= source.keys()
    assert exported["conflicts"]
    for conflict in exported["conflicts"]:
        assert {"subject", "values"} <= conflict.keys()
        for value in conflict["values"]:
            assert {"value", "docs"} <= value.keys() and value["docs"]


def test_times_go_out_at_their_precision(exported: dict[str, Any]) -> None:
    events = {event["id"]: event for event in exported["events"]}
    assert (events["return"]["time"], events["return"]["precision"]) == ("2021-10-17", "day")
    assert (events["launch"]["time"], events["launch"]["precision"]) == ("2021-10-05T08:55:00Z", "minute")
    assert events["filming"]["until"]["event"] == "return"
    assert events["filming"]["until"]["when"]["time"] == "2021-10-17"
    days = [claim for claim in events["return"]["claims"] if claim["precision"] == "day"]
    assert days and all(claim["time"] == claim["value"] for claim in days)
    peresild = next(o for o in exported["occupants"] if o["person"] == "peresild")
    assert (peresild["aboard_until"], peresild["aboard_until_precision"]) == ("2021-10-17", "day")
    assert (peresild["aboard_from"], peresild["aboard_from_precision"]) == ("2021-10-05T12:12:00Z", "minute")


def test_conflicts_are_structured(exported: dict[str, Any]) -> None:
    conflicts = {conflict["subject"]: conflict for conflict in exported["conflicts"]}
    values = conflicts["return.time"]["values"]
    assert {"value", "docs"} <= values[0].keys()
    counted = [value for value in values if "counted_from" in value]
    assert [(value["value"], value["counted_from"]) for value in counted] == [("2021-10-17", "launch")]
    assert conflicts["return.time"]["self_contradicting"] == ["001"]
    assert all("counted_from" not in value for value in conflicts["mission.film"]["values"])
