"""What the mission file says about each article: outlet, headline, author, address, publication time."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier import Dossier, build_dossier
from soyuztui.dossier.sources.spec import json_schema
from soyuztui.export import export
from soyuztui.present.documents import OUTLET_NOT_GIVEN, byline, citation, outlet_text
from tests.unit.test_build import check, edit, line_of

KESTREL = Path(__file__).resolve().parent.parent / "missions" / "kestrel-4" / "kestrel-4.toml"


@pytest.fixture(scope="module")
def kestrel() -> Dossier:
    return build_dossier(KESTREL)


def test_kestrel_articles_say_who_wrote_them(kestrel: Dossier) -> None:
    wire = kestrel.document("a")
    assert (wire.outlet, wire.author) == ("Meridian Wire", "Priya Okafor")
    assert wire.title == "Kestrel 4 crew ready for Tuesday launch to Lumen Station"
    assert wire.title_basis == "headline"
    assert wire.url == "https://wire.meridian.example/2031/03/10/kestrel-4-crew-ready"
    assert wire.published_at == datetime(2031, 3, 10, 16, 30, tzinfo=UTC)
    # A time given with an offset is stored in UTC; its date stays the article's own.
    courier = kestrel.document("b")
    assert courier.published_at == datetime(2031, 3, 11, 21, 40, tzinfo=UTC)
    assert courier.published == date(2031, 3, 11)
    newsroom = kestrel.document("c")
    assert (newsroom.published, newsroom.published_at, newsroom.author) == (date(2031, 3, 12), None, None)
    assert byline(courier) == "The Avalon Courier · by Tomás Lindqvist · 2031-03-11 21:40 UTC"
    assert byline(courier, "moscow") == "The Avalon Courier · by Tomás Lindqvist · 2031-03-12 00:40 MSK"


def test_seeds_keep_their_first_sentence_and_say_the_outlet_is_not_given(dossier: Dossier) -> None:
    document = dossier.document("002")
    assert document.outlet is None and document.title_basis == "first sentence"
    assert document.title.startswith("A Russian actor and film director have rocketed into space")
    assert outlet_text(document) == OUTLET_NOT_GIVEN == "outlet not given"
    assert citation(document) == "outlet not given, 2021-10-05"


def test_exports_carry_the_metadata(kestrel: Dossier) -> None:
    documents = {item["id"]: item for item in json.loads(export(kestrel, "json"))["documents"]}
    assert documents["b"]["outlet"] == "The Avalon Courier"
    assert documents["b"]["title"] == "Kestrel 4 lifts off with three aboard"
    assert documents["b"]["published_at"] == "2031-03-11T21:40:00Z"
    assert documents["c"]["published_at"] is None and documents["c"]["url"] is None
    briefing = export(kestrel, "md")
    assert "(The Avalon Courier, “Kestrel 4 lifts off with three aboard”, 2031-03-11): “" in briefing
    assert "- **a** — Meridian Wire — 2031-03-10 16:30 UTC — Kestrel 4 crew ready" in briefing
    assert "  - by Priya Okafor" in briefing
    calendar = export(kestrel, "ics").replace("\r\n ", "")
    assert "Sources:\\n- [b] The Avalon Courier\\, “Kestrel 4 lifts off with three aboard”\\, 2031-03-11" in calendar


def test_schema_describes_the_new_keys() -> None:
    keys = json_schema()["$defs"]["DocumentSpec"]["properties"]
    assert {"outlet", "title", "author", "url", "published"} <= set(keys)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"2021-10-05T09:30"', "a publication time needs its zone"),
        ('"Tuesday"', "should be a date (2031-03-11) or a time with its zone"),
        ("2021-10-05T09:30:00", "a publication time needs its zone"),
    ],
)
def test_a_publication_time_needs_its_zone(
    mission_copy: Path, capsys: pytest.CaptureFixture[str], value: str, message: str
) -> None:
    edit(mission_copy, 'published = "2021-10-05"', f"published = {value}")
    status, errors = check(mission_copy, capsys)
    line = line_of(mission_copy, "published = ")
    assert status == 1
    assert len(errors) == 1 and errors[0].startswith(f"{mission_copy}:{line}: documents.3.published: ")
    assert message in errors[0]


def test_a_time_on_another_day_than_the_date_line_is_refused(
    mission_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(
        mission_copy,
        'path = "002_53fb228c029d7d6c.txt"',
        'path = "002_53fb228c029d7d6c.txt"\npublished = 2021-10-06T01:00:00+03:00',
    )
    status, errors = check(mission_copy, capsys)
    assert status == 1
    assert errors == [
        f"{mission_copy}:{line_of(mission_copy, 'published = 2021-10-06T01')}: "
        "document '002': its date line says 2021-10-05, not 2021-10-06"
    ]


def test_a_toml_offset_time_and_a_headline_are_taken(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(
        mission_copy,
        'path = "002_53fb228c029d7d6c.txt"',
        'path = "002_53fb228c029d7d6c.txt"\npublished = 2021-10-05T14:02:00+03:00\n'
        'outlet = "A [bold]wire[/]"\ntitle = "Actors rocket into orbit"\nurl = "https://news.example/a"',
    )
    document = build_dossier(mission_copy).document("002")
    assert document.published_at == datetime(2021, 10, 5, 11, 2, tzinfo=UTC)
    assert (document.outlet, document.title, document.title_basis) == (
        "A [bold]wire[/]",
        "Actors rocket into orbit",
        "headline",
    )
    assert main(["check", "--mission", str(mission_copy)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "https://a b.example", "ftp://x.example/"])
def test_an_address_must_be_http(mission_copy: Path, capsys: pytest.CaptureFixture[str], url: str) -> None:
    edit(mission_copy, 'path = "002_53fb228c029d7d6c.txt"', f'path = "002_53fb228c029d7d6c.txt"\nurl = "{url}"')
    status, errors = check(mission_copy, capsys)
    assert status == 1 and len(errors) == 1 and "documents.2.url: String should match pattern" in errors[0]


def test_a_date_without_a_date_line_needs_its_basis(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(mission_copy, "published_basis = ", "notes = ")
    edit(mission_copy, "notes = ", "# notes = ")
    status, errors = check(mission_copy, capsys)
    line = line_of(mission_copy, 'published = "2021-10-05"')
    assert (status, errors) == (
        1,
        [f"{mission_copy}:{line}: document '003': `published` needs a `published_basis` saying why"],
    )
