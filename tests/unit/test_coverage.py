"""The coverage matrix: which article states what, as data, as CSV and in the briefing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.dossier.model import Quote, QuoteSource
from soyuztui.export import EXPORTERS, export
from soyuztui.export.csv import COLUMNS, guard, unguard
from soyuztui.present.coverage import compared, coverage, quote_rows

KESTREL = Path(__file__).resolve().parent.parent / "missions" / "kestrel-4" / "kestrel-4.toml"


@pytest.fixture(scope="module")
def kestrel() -> Dossier:
    return build_dossier(KESTREL)


def cells(dossier: Dossier, subject: str) -> dict[str, str]:
    row = next(row for row in coverage(dossier) if row.subject == subject)
    return {cell.doc: cell.text() for cell in row.cells}


def test_conflict_rows_come_first_and_say_who_differs(kestrel: Dossier) -> None:
    rows = coverage(kestrel)
    flags = [row.conflict for row in rows]
    assert flags == sorted(flags, reverse=True) and flags.count(True) == 2
    assert cells(kestrel, "splashdown.time") == {"a": "≠ 2031-03-20", "b": "✓ 2031-03-21", "c": "✓ 2031-03-21"}
    assert cells(kestrel, "docking.time") == {
        "a": "·",
        "b": "✓ 2031-03-11 20:05 UTC",
        "c": "≠ about 2031-03-11 20:20 UTC",
    }
    assert cells(kestrel, "mission.vehicle") == {"a": "·", "b": "✓ Kestrel 4", "c": "✓ Kestrel 4"}


def test_seeds_film_title_dispute(dossier: Dossier) -> None:
    film = cells(dossier, "mission.film")
    assert film["002"] == "≠ Challenge" and film["000"] == "✓ The Challenge"
    row = next(row for row in coverage(dossier) if row.subject == "mission.film")
    # A cell's evidence is that article's own excerpts.
    assert {item.doc for item in row.cells[2].evidence} == {"002"}


def test_csv_round_trips_through_the_csv_module(kestrel: Dossier) -> None:
    assert "csv" in EXPORTERS
    text = export(kestrel, "csv")
    records = list(csv.reader(io.StringIO(text)))
    assert tuple(records[0]) == COLUMNS
    rows = coverage(kestrel)
    assert len(records) == 1 + sum(len(row.cells) for row in rows)
    expected = [
        [
            row.subject,
            row.label,
            row.value,
            "yes" if row.conflict else "no",
            cell.doc,
            outlet,
            cell.state,
            " / ".join(cell.values),
        ]
        for row in rows
        for cell, outlet in zip(
            row.cells, ("Meridian Wire", "The Avalon Courier", "Meridian Space Agency newsroom"), strict=True
        )
    ]
    assert [[unguard(field) for field in record] for record in records[1:]] == expected


def test_csv_guards_formula_cells() -> None:
    for hostile in ("=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "\tx"):
        assert guard(hostile).startswith("'") and unguard(guard(hostile)) == hostile
    assert guard("12 days") == "12 days" and unguard("'quoted") == "'quoted"


def test_briefing_has_a_coverage_table(kestrel: Dossier) -> None:
    briefing = export(kestrel, "md")
    table = briefing.split("## Coverage", 1)[1].split("## Sources", 1)[0]
    assert "| Fact | a (Meridian Wire) | b (The Avalon Courier) | c (Meridian Space Agency newsroom) |" in table
    assert "| **Splashdown — time** | ≠ 2031-03-20 | ✓ 2031-03-21 | ✓ 2031-03-21 |" in table
    assert "| Mission — spacecraft | · | ✓ Kestrel 4 | ✓ Kestrel 4 |" in table


def test_a_quote_row_says_whom_each_article_credits(kestrel: Dossier) -> None:
    said = [
        QuoteSource(doc="a", start=0, end=5, text="words", speaker="brenner"),
        QuoteSource(doc="b", start=0, end=5, text="words", speaker="ferro"),
        QuoteSource(doc="c", start=0, end=5, text="words", speaker="ferro"),
    ]
    disputed = Quote(text="We are go for the burn", speaker=None, sources=tuple(said))
    uncredited = Quote(
        text="Burn complete", speaker="ferro", sources=(said[1], said[0].model_copy(update={"speaker": None}))
    )
    rows = list(quote_rows(kestrel.model_copy(update={"quotes": (disputed, uncredited)})))
    first, second = rows
    # most articles credit Ferro: the row names him, and the article crediting Brenner differs
    assert (first.label, first.value, first.conflict, first.quote) == (
        "Joaquín Ferro — “We are go for the burn”",
        "Joaquín Ferro",
        True,
        True,
    )
    assert [cell.text() for cell in first.cells] == ["≠ Talia Brenner", "✓ Joaquín Ferro", "✓ Joaquín Ferro"]
    # an article quoting it without naming anyone is silent on the speaker, its span kept; one not carrying it has none
    assert not second.conflict and [cell.text() for cell in second.cells] == ["·", "✓ Joaquín Ferro", "·"]
    assert [len(cell.evidence) for cell in second.cells] == [1, 1, 0]


def test_compare_puts_the_quotes_after_the_facts_and_disputes_first(kestrel: Dossier) -> None:
    rows = compared(kestrel)
    flags = [row.conflict for row in rows]
    assert flags == sorted(flags, reverse=True)
    undisputed = [row.quote for row in rows if not row.conflict]
    assert undisputed == sorted(undisputed) and sum(undisputed) == len(kestrel.quotes)
    assert len(rows) == len(coverage(kestrel)) + len(kestrel.quotes)
