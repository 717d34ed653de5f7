"""`soyuz-tui add`: articles of record written once, the record the draft reads, and add → draft → check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from soyuztui.cli import main
from soyuztui.draft import draft
from soyuztui.draft.add import add_sources, expand
from soyuztui.draft.records import RECORD_NAME, read_records
from tests.pages.gold import PAGES, expected

STORY = " ".join(
    f"Paragraph {n}: the invented crew of the capsule checked the hatch seals and the suits once more."
    for n in range(10)
)


def _page(title: str, body: str, head: str = "") -> bytes:
    return (
        f'<html lang="en"><head><title>{title}</title>{head}</head><body><nav><a href="/">Home</a></nav>'
        f"<article><h1>{title}</h1>{body}</article><footer>All rights reserved.</footer></body></html>"
    ).encode()


@pytest.fixture
def mission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "flight"


def test_add_then_draft_then_check_on_the_invented_pages(mission: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["add", str(PAGES), "--mission", str(mission)]) == 0
    err = capsys.readouterr().err
    assert err.count("added ") == len(expected()) and "8 added, 0 already there, 0 not added" in err
    names = sorted(path.name for path in mission.glob("*.txt"))
    assert names[0] == "001_the-harbour-ledger-osprey-6-lifts-off-with-three-aboard.txt"
    assert names[7] == "008_osprey-6-notes-from-the-shore.txt"
    assert main(["draft", str(mission), "-o", str(mission / "osprey-6.toml")]) == 0
    assert main(["check", "--mission", str(mission)]) == 0
    assert capsys.readouterr().out.startswith("ok: Osprey 6: 8 documents")


def test_the_draft_takes_each_documents_metadata_from_its_page(mission: Path) -> None:
    add_sources(expand([str(PAGES)]), mission)
    result = draft([mission], mission)
    by_source = {Path(document.source or "").name: document for document in result.spec.documents}
    assert [document.id for document in result.spec.documents] == [f"{n:03d}" for n in range(1, 9)]
    wire = by_source["03-wire.html"]
    assert (wire.outlet, wire.title, wire.author) == (
        "Meridian Wire",
        "Three set to launch on Osprey 6 as winds ease",
        "Hana Okoro",
    )
    assert wire.published is not None and wire.published.isoformat() == "2033-09-13T16:20:00+00:00"
    assert wire.published_basis and wire.published_basis.startswith("The page's metadata")
    assert wire.url == "https://meridianwire.example/article/space-osprey-6-preview-2033-09-13"
    assert wire.reviewed is False
    # No date line in any article of record, yet the launch's clock time resolves from the pages' dates.
    launch = [event for event in result.spec.events if any(claim.time for claim in event.claims)]
    assert any(claim.time == "2033-09-14T09:15Z" for event in launch for claim in event.claims)
    # The state agency's page states no metadata: its outlet comes from the dateline in its body.
    assert by_source["05-state-agency.html"].outlet == "ENA"


def test_adding_the_same_page_twice_is_a_no_op_and_articles_are_never_rewritten(mission: Path) -> None:
    page = str(PAGES / "02-amp.html")
    first = add_sources([page], mission)
    (written,) = mission.glob("*.txt")
    before = written.read_bytes(), written.stat().st_mtime_ns
    again = add_sources([page, page], mission)
    assert (len(first.written), len(again.written), again.unchanged) == (1, 0, [page, page])
    assert (written.read_bytes(), written.stat().st_mtime_ns) == before
    assert [record.path for record in read_records(mission)] == [written.name]


def test_a_page_whose_article_was_deleted_can_be_added_again(mission: Path) -> None:
    page = str(PAGES / "02-amp.html")
    (first,) = add_sources([page], mission).written
    (mission / first.path).unlink()
    (again,) = add_sources([page], mission).written
    assert again.path.startswith("001_") and [record.path for record in read_records(mission)] == [again.path]


def test_a_changed_page_becomes_a_new_document_and_the_same_text_elsewhere_does_not(
    mission: Path, tmp_path: Path
) -> None:
    old = tmp_path / "story.html"
    old.write_bytes(_page("Capsule checks go on", f"<p>{STORY}</p>"))
    add_sources([str(old)], mission)
    copy = tmp_path / "copy.html"
    copy.write_bytes(_page("Capsule checks go on", f"<p>{STORY}</p>", head="<meta name='x' content='y'>"))
    assert add_sources([str(copy)], mission).unchanged == [str(copy)]  # other bytes, the same article
    old.write_bytes(_page("Capsule checks go on", f"<p>{STORY} The hatch was closed at noon.</p>"))
    assert [record.path[:4] for record in add_sources([str(old)], mission).written] == ["002_"]
    assert len(list(mission.glob("*.txt"))) == 2


def test_a_mission_folder_added_to_itself_adds_nothing_new(mission: Path) -> None:
    add_sources([str(PAGES / "03-wire.html")], mission)
    again = add_sources(expand([str(mission)]), mission)
    assert (again.written, again.failed, len(again.unchanged)) == ([], [], 1)


def test_text_articles_and_mhtml_pages_are_added_too(mission: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Notes from the pad\n\nThe crew walked out at dawn.\x07\n", encoding="utf-8")
    html = _page("Walkout at dawn", f"<p>{STORY}</p>").decode()
    mhtml = tmp_path / "saved.mhtml"
    mhtml.write_text(
        'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="B"\n\n--B\n'
        "Content-Type: text/html; charset=utf-8\nContent-Location: https://example.org/walkout\n\n"
        f"{html}\n--B--\n",
        encoding="utf-8",
    )
    added = add_sources([str(text), str(mhtml)], mission)
    assert added.failed == []
    first, second = (mission / record.path for record in added.written)
    assert first.read_text(encoding="utf-8") == "Notes from the pad\n\nThe crew walked out at dawn.\n"
    assert second.read_text(encoding="utf-8").startswith("Walkout at dawn\n\nParagraph 0:")


def test_bad_sources_are_one_line_each_and_never_stop_the_others(
    mission: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = {
        "links.html": _page("Links", "<ul><li><a href='/a'>Weather</a></li></ul>"),
        "stub.html": _page("Teaser", "<p>The crew spoke to us.</p><p>Subscribe to continue reading.</p>"),
        "french.html": _page("Décollage", f"<p>{STORY}</p>").replace(b'lang="en"', b'lang="fr"'),
        "binary.html": b"\x00\x01\x02" * 1000,
        "huge.html": b"",
        "latin1.txt": "Caf\xe9 on the pad".encode("latin-1"),
        "long.txt": b"The crew waited. " * 200_000,
        "good.html": _page("Capsule checks go on", f"<p>{STORY}</p>"),
    }
    for name, data in sources.items():
        (tmp_path / name).write_bytes(data)
    with (tmp_path / "huge.html").open("r+b") as stream:
        stream.truncate(50_000_000)  # 50 MB of a page, never read
    paths = [str(tmp_path / name) for name in sources] + [str(tmp_path / "missing.html"), str(tmp_path / "a.pdf")]
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7")
    assert main(["add", *paths, "--mission", str(mission)]) == 1
    lines = capsys.readouterr().err.splitlines()
    reasons = {line.split(": ", 1)[0].rsplit("/", 1)[-1]: line.split(": ", 1)[-1] for line in lines if ": " in line}
    assert "no article body" in reasons["links.html"]
    assert "paywall stub" in reasons["stub.html"]
    assert "another language (fr)" in reasons["french.html"]
    assert "binary" in reasons["binary.html"]
    assert "50 MB" in reasons["huge.html"]
    assert "not UTF-8" in reasons["latin1.txt"]
    assert "over 2 MB" in reasons["long.txt"]
    assert reasons["missing.html"] == "no such file"
    assert "not a saved page" in reasons["a.pdf"]
    assert any(line.startswith("added 001_") for line in lines)
    assert "1 added, 0 already there, 9 not added" in lines[-1]


def test_metadata_that_contradicts_the_text_is_an_unsure_line(
    mission: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Three set to launch",'
        '"datePublished":"2033-09-16T10:00:00Z","author":{"@type":"Person","name":"Hana Okoro"}}</script>'
    )
    body = (
        "<p>By Pieter Lund</p><p>CAPE LINDQVIST, Sept 14 (Meridian Wire) - Three people are set to ride the "
        f"capsule to the station on Wednesday, mission managers said.</p><p>{STORY}</p>"
    )
    page = tmp_path / "contradicts.html"
    page.write_bytes(_page("Three set to launch", body, head))
    assert main(["add", str(page), "--mission", str(mission)]) == 0
    err = capsys.readouterr().err
    assert "unsure: 001_three-set-to-launch.txt: the page's metadata says it was published on 2033-09-16" in err
    assert "its text says 2033-09-14" in err
    assert "names Hana Okoro as its author, its byline Pieter Lund" in err
    (record,) = read_records(mission)
    assert len(record.unsure) == 2
    add_sources(expand([str(PAGES)]), mission)
    result = draft([mission], mission)  # the draft repeats them
    assert sum("the page's metadata" in note for note in result.notes) == 2


def test_a_folder_of_pages_opens_as_a_mission_by_going_through_add_first(
    mission: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(PAGES, mission)
    (mission / "expected.json").unlink()
    assert main(["check", "--mission", str(mission)]) == 0
    assert "ok: Osprey 6: 8 documents" in capsys.readouterr().out
    record = json.loads((mission / RECORD_NAME).read_text(encoding="utf-8"))
    assert {item["source"] for item in record["documents"]} == set(expected())
    assert main(["check", "--mission", str(mission)]) == 0  # nothing left to add: the same articles
    assert "added" not in capsys.readouterr().err
    assert len(list(mission.glob("*.txt"))) == 8


def test_progress_is_told_once_per_source(mission: Path) -> None:
    told: list[tuple[int, int, str]] = []
    add_sources([str(PAGES / "03-wire.html"), str(PAGES / "nothing.html")], mission, progress=lambda *a: told.append(a))
    assert [(done, total) for done, total, _line in told] == [(1, 2), (2, 2)]
    assert told[0][2].startswith("added 001_") and told[1][2].endswith("nothing.html: no such file")


def test_add_has_a_description_and_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["add", "--help"])
    out = capsys.readouterr().out
    assert "article of record" in out and "examples:" in out and "--mission flight/" in out


@pytest.mark.parametrize(
    "damage",
    [
        "{",
        '{"format": "something else", "documents": []}',
        '{"format": "soyuz-tui documents 1", "documents": [{"path": "001_a.txt"}]}',
        '{"format": "soyuz-tui documents 1", "documents": [{"path": "001_a.txt", "sha256": "x", '
        '"source_sha256": "y", "source": "a.html", "published": "last Tuesday"}]}',
    ],
)
def test_a_damaged_record_is_one_line_naming_it(mission: Path, damage: str, capsys: pytest.CaptureFixture[str]) -> None:
    mission.mkdir()
    (mission / RECORD_NAME).write_text(damage, encoding="utf-8")
    assert main(["add", str(PAGES / "03-wire.html"), "--mission", str(mission)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{mission / RECORD_NAME}:1: ")


def test_a_document_says_where_add_read_it_from_and_when() -> None:
    from pydantic import ValidationError

    from soyuztui.dossier.sources.spec import DocumentSpec
    from soyuztui.draft.records import Record, with_page_metadata

    record = Record(
        path="001_wire.txt",
        sha256="a",
        source_sha256="b",
        source="https://wire.example/osprey",
        fetched="2033-09-14T08:00:00+00:00",
        outlet="Meridian Wire",
        published="2033-09-13T16:20:00+00:00",
        unsure=["the byline differs"],
    )
    notes: list[str] = []
    item = with_page_metadata(DocumentSpec(id="001", path="001_wire.txt"), record, False, notes)
    assert (item.source, item.fetched and item.fetched.isoformat()) == (record.source, record.fetched)
    assert item.outlet == "Meridian Wire" and item.reviewed is False
    assert notes == ["001_wire.txt: the byline differs"]
    # An article with a date line keeps its own date: the dossier holds the two to the same day.
    assert with_page_metadata(DocumentSpec(id="001", path="001_wire.txt"), record, True, []).published is None
    with pytest.raises(ValidationError, match="timezone"):
        DocumentSpec.model_validate({"id": "001", "path": "001_wire.txt", "fetched": "2033-09-14T08:00:00"})


def test_redrafting_brings_new_pages_into_a_mission_file(mission: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = sorted(PAGES.glob("*.html"))
    assert main(["add", *map(str, pages[:6]), "--mission", str(mission)]) == 0
    target = mission / "osprey-6.toml"
    assert main(["draft", str(mission), "-o", str(target)]) == 0
    for page in pages[6:]:
        shutil.copy(page, mission)
    assert main(["check", "--mission", str(mission)]) == 0  # a folder with a mission file: nothing added
    assert "ok: Osprey 6: 6 documents" in capsys.readouterr().out
    assert main(["draft", str(mission), "-o", str(target)]) == 0  # the re-draft adds the new pages first
    assert main(["check", "--mission", str(mission)]) == 0
    assert "ok: Osprey 6: 8 documents" in capsys.readouterr().out


def test_a_date_the_page_states_is_shown_as_the_pages_not_as_inferred(mission: Path) -> None:
    from soyuztui.draft.memory import load_draft
    from soyuztui.export.markdown import to_markdown
    from soyuztui.export.options import ExportOptions
    from soyuztui.present.documents import date_basis

    add_sources(expand([str(PAGES)]), mission)
    dossier = load_draft(mission)
    titles = {want["title"]: want["published"] for want in expected().values()}
    shown = {document.title: date_basis(document) for document in dossier.documents}
    # Every page that states when it was published says so; the others' dates are worked out.
    assert {title: basis == "page metadata" for title, basis in shown.items()} == {
        title: published is not None for title, published in titles.items()
    }
    briefing = to_markdown(dossier, ExportOptions())
    assert briefing.count("(page metadata)") == sum(published is not None for published in titles.values())
