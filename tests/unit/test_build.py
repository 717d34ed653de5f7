"""Building the dossier from the seeds, and every way a mission file can be wrong."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.dossier import Dossier, MissionError, build_dossier
from soyuztui.dossier.model import Evidence, When


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    status = main(["check", "--mission", str(path)])
    return status, capsys.readouterr().err.splitlines()


# -- the seeds ---------------------------------------------------------------


def test_every_evidence_span_slices_back_to_its_text(dossier: Dossier) -> None:
    spans = 0
    for evidence in _all_evidence(dossier):
        assert dossier.document(evidence.doc).text[evidence.start : evidence.end] == evidence.text
        spans += 1
    assert spans > 100


def _all_evidence(dossier: Dossier) -> Iterator[Evidence]:
    for fact in dossier.mission.facts:
        yield from fact.evidence
    for person in dossier.people:
        for fact in person.facts:
            yield from fact.evidence
    for seat in dossier.crew:
        yield from seat.evidence
    for occupant in dossier.occupants:
        yield from occupant.evidence
    for event in dossier.events:
        for claim in event.claims:
            yield from claim.evidence
        for fact in event.facts:
            yield from fact.evidence


def test_documents_have_dates_and_003_gets_its_date_from_the_mission_file(dossier: Dossier) -> None:
    dates = {document.id: str(document.published) for document in dossier.documents}
    assert dates == {
        "000": "2021-10-04",
        "001": "2021-10-06",
        "002": "2021-10-05",
        "003": "2021-10-05",
        "004": "2021-10-05",
    }
    assert dossier.document("003").published_basis.startswith("No date line.")
    assert dossier.document("000").published_basis == "date line"


def test_event_times_are_resolved(dossier: Dossier) -> None:
    launch = dossier.event("launch")
    assert launch.when is not None
    assert launch.when.time == datetime(2021, 10, 5, 8, 55, tzinfo=UTC)
    assert launch.when.precision == "minute"
    minutes = [claim for claim in launch.claims if claim.when and claim.when.precision == "minute"]
    assert {claim.source_zone for claim in minutes} == {"GMT"}
    assert dossier.event("docking").when == When(time=datetime(2021, 10, 5, 12, 12, tzinfo=UTC), precision="minute")
    assert dossier.event("return").when == When(time=datetime(2021, 10, 17, tzinfo=UTC), precision="day")
    film_night = dossier.event("film-night").when
    assert film_night is not None and film_night.time == datetime(2021, 10, 3, tzinfo=UTC)
    assert dossier.event("orbit").when is None  # reported, but no article says when


def test_the_known_conflicts_are_found(dossier: Dossier) -> None:
    found = {c.subject: {(v.value, v.counted_from): v.docs for v in c.values} for c in dossier.conflicts}
    assert found["return.time"] == {
        ("2021-10-16", None): ("001",),
        ("2021-10-17", None): ("003", "004"),
        ("2021-10-17", "launch"): ("000", "001", "002", "003", "004"),
    }
    assert found["docking.time"] == {("2021-10-05T12:12Z", None): ("004",), ("2021-10-05T12:25Z", "launch"): ("003",)}
    assert found["novitskiy.spelling"] == {("Novitskiy", None): ("002", "003"), ("Novitsky", None): ("004",)}
    assert found["mission.film"] == {
        ("The Challenge", None): ("000", "001", "004"),
        ("Challenge", None): ("002", "003"),
    }
    # 001 calls Shipenko both "director" and "film producer": one article, two words, no conflict.
    assert "shipenko.occupation" not in found
    assert len(found) == 4


def test_conflict_values_carry_their_structure(dossier: Dossier) -> None:
    conflicts = {conflict.subject: conflict for conflict in dossier.conflicts}
    returning = conflicts["return.time"]
    # 001 says "October 16" and "After 12 days": it contradicts itself, it is not two sources.
    assert returning.self_contradicting == ("001",)
    sides = {(value.value, value.counted_from): value.side for value in returning.values}
    assert sides[("2021-10-17", None)] == sides[("2021-10-17", "launch")] != sides[("2021-10-16", None)]
    assert {value.when.precision for value in returning.values if value.when} == {"day"}
    docking = {value.counted_from: value.when for value in conflicts["docking.time"].values}
    counted, stated = docking["launch"], docking[None]
    assert counted is not None and stated is not None
    assert counted.approximate and not stated.approximate
    assert counted.time == datetime(2021, 10, 5, 12, 25, tzinfo=UTC)
    assert stated.precision == "minute"
    docking_sides = {value.counted_from: value.side for value in conflicts["docking.time"].values}
    assert docking_sides["launch"] != docking_sides[None]


def test_crew_up_and_down(dossier: Dossier) -> None:
    seats = {(seat.leg, seat.person, seat.vehicle, seat.role) for seat in dossier.crew}
    assert seats == {
        ("launch", "shkaplerov", "Soyuz MS-19", "Commander"),
        ("launch", "peresild", "Soyuz MS-19", "Spaceflight participant"),
        ("launch", "shipenko", "Soyuz MS-19", "Spaceflight participant"),
        ("landing", "novitskiy", "Soyuz MS-18", "Commander"),
        ("landing", "peresild", "Soyuz MS-18", "Spaceflight participant"),
        ("landing", "shipenko", "Soyuz MS-18", "Spaceflight participant"),
    }
    assert dossier.person("peresild").value("age") == 37
    assert dossier.person("shipenko").value("age") == 38


@pytest.mark.parametrize(
    ("moment", "aboard"),
    [
        (datetime(2021, 10, 5, 8, 45, tzinfo=UTC), 7),
        (datetime(2021, 10, 5, 12, 11, tzinfo=UTC), 7),
        (datetime(2021, 10, 5, 12, 12, tzinfo=UTC), 10),
        (datetime(2021, 10, 16, 23, 59, tzinfo=UTC), 10),
        # The return is known only to the day: the three are aboard until 17 October is over.
        (datetime(2021, 10, 17, 12, 0, tzinfo=UTC), 10),
        (datetime(2021, 10, 18, 0, 0, tzinfo=UTC), 7),
    ],
)
def test_occupants_at_a_moment(dossier: Dossier, moment: datetime, aboard: int) -> None:
    assert len(dossier.occupants_at(moment)) == aboard


def test_departing_occupants_are_the_landing_crew(dossier: Dossier) -> None:
    leaving = {o.person for o in dossier.occupants if o.leaves_with == dossier.mission.ends_with}
    assert leaving == {seat.person for seat in dossier.crew if seat.leg == "landing"}


def test_dossier_is_immutable(dossier: Dossier) -> None:
    with pytest.raises(ValueError, match="frozen"):
        dossier.mission.title = "x"  # type: ignore[misc]
    assert isinstance(dossier.events, tuple)


@pytest.mark.parametrize("mission", [None, Path(__file__).parents[1] / "missions" / "kestrel-4" / "kestrel-4.toml"])
def test_every_model_the_builder_constructs_passes_validation(dossier: Dossier, mission: Path | None) -> None:
    # The builder makes the dossier's models with `model_construct` (no validation):
    # validating each one again must give back the same values, of the same types.
    from pydantic import BaseModel

    def walk(value: object) -> None:
        if isinstance(value, tuple):
            for item in value:
                walk(item)
        elif isinstance(value, BaseModel):
            fields = {name: getattr(value, name) for name in type(value).model_fields}
            again = type(value).model_validate(fields)
            for name, field_value in fields.items():
                assert type(getattr(again, name)) is type(field_value), (type(value).__name__, name)
                assert getattr(again, name) == field_value, (type(value).__name__, name)
                walk(field_value)

    walk(dossier if mission is None else build_dossier(mission))


# -- errors, one line each, naming the file and line ------------------------------


def test_missing_mission_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "none.toml"
    assert check(path, capsys) == (1, [f"{path}:1: no such mission file"])


def test_bad_toml(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(mission_copy, 'title = "Soyuz MS-19"', 'title = "Soyuz MS-19')
    status, errors = check(mission_copy, capsys)
    assert status == 1 and len(errors) == 1
    assert errors[0].startswith(f"{mission_copy}:{line_of(mission_copy, 'title = ')}: not valid TOML")


def test_wrong_type_names_the_key(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(mission_copy, 'leg = "landing"', 'leg = "orbit"')
    status, errors = check(mission_copy, capsys)
    assert status == 1
    line = line_of(mission_copy, 'leg = "orbit"')
    assert errors == [f"{mission_copy}:{line}: crew.3.leg: Input should be 'launch' or 'landing'"]


def test_unknown_document_id(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(mission_copy, '{ doc = "002", text = "Their Soyuz MS-19', '{ doc = "009", text = "Their Soyuz MS-19')
    status, errors = check(mission_copy, capsys)
    line = line_of(mission_copy, 'doc = "009"')
    assert (status, errors) == (1, [f"{mission_copy}:{line}: unknown document id '009'"])


def test_excerpt_not_found(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(mission_copy, '"with a docking time of 1212 GMT"', '"with a docking time of 1213 GMT"')
    status, errors = check(mission_copy, capsys)
    line = line_of(mission_copy, "1213 GMT")
    assert (status, errors) == (
        1,
        [f"{mission_copy}:{line}: excerpt not found in document '004': “with a docking time of 1213 GMT”"],
    )


def test_value_not_in_its_excerpt(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(mission_copy, 'time = "2021-10-05T12:12Z"', 'time = "2021-10-05T12:21Z"')
    status, errors = check(mission_copy, capsys)
    line = line_of(mission_copy, "with a docking time of 1212 GMT")
    assert status == 1
    assert errors == [
        f"{mission_copy}:{line}: event 'docking': 2021-10-05T12:21Z is not what document '004' says: "
        "“with a docking time of 1212 GMT” reads as 2021-10-05T12:12Z"
    ]


def test_fact_value_not_in_its_excerpt(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(mission_copy, "value = 38", "value = 39")
    status, errors = check(mission_copy, capsys)
    assert status == 1 and len(errors) == 4
    line = line_of(mission_copy, 'text = "Shipenko, 38,"')
    assert errors[0] == (
        f"{mission_copy}:{line}: shipenko age = 39 is not stated by excerpt of document '000': “Shipenko, 38,”"
    )


def test_duplicate_id(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(mission_copy, 'id = "dubrov"', 'id = "pesquet"')
    status, errors = check(mission_copy, capsys)
    assert status == 1
    line = line_of(mission_copy, 'name = "Thomas Pesquet"') - 1  # the second one is the duplicate
    assert f"{mission_copy}:{line}: duplicate person id 'pesquet'" in errors


def test_undated_document_where_a_date_is_needed(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(mission_copy, 'published = "2021-10-05"\n', "")
    edit(mission_copy, 'published_basis = "No date line.', 'notes = "No date line.')
    edit(mission_copy, "notes = ", "# notes = ")
    status, errors = check(mission_copy, capsys)
    line = line_of(mission_copy, "At 8:55 GMT, the Soyuz spacecraft lifted off")
    assert status == 1
    assert (
        f"{mission_copy}:{line}: event 'launch': document '003' “At 8:55 GMT, the Soyuz spacecraft lifted off”: “8:55 GMT” names no day and the document has no date: give the document published = \"YYYY-MM-DD\", or choose an excerpt that names the day"
        in errors
    )


def test_non_utf8_article(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = mission_copy.parent / "001_c6edc95d204c69f6.txt"
    data = article.read_bytes()
    article.write_bytes(data.replace("‘The Challenge’".encode(), b"\xe9The Challenge\xe9", 1))
    status, errors = check(mission_copy, capsys)
    assert status == 1
    assert errors == [f"{article}:1: not valid UTF-8: byte 0xe9 at offset {data.index('‘'.encode())}"]


def test_missing_article(mission_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (mission_copy.parent / "002_53fb228c029d7d6c.txt").unlink()
    status, errors = check(mission_copy, capsys)
    assert (status, errors) == (
        1,
        [
            f"{mission_copy}:{line_of(mission_copy, '002_53fb')}: document '002': no such file '002_53fb228c029d7d6c.txt'"
        ],
    )


def test_one_changed_word_in_an_article_fails_naming_the_document_and_the_fact(
    mission_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(mission_copy.parent / "004_531122d5d6028f4c.txt", "Yulia Peresild, 37,", "Yulia Peresild, 36,")
    status, errors = check(mission_copy, capsys)
    assert status == 1
    assert errors == [
        f"{mission_copy}:{line_of(mission_copy, 'Yulia Peresild, 37,')}: excerpt not found in document '004': “Yulia Peresild, 37,”"
    ]


def test_build_raises_mission_error_with_every_problem(mission_copy: Path) -> None:
    edit(mission_copy, "value = 37", "value = 36")
    with pytest.raises(MissionError) as caught:
        build_dossier(mission_copy)
    assert len(caught.value.problems) == 5  # one per article that gives her age
    assert all(problem.path == mission_copy for problem in caught.value.problems)
