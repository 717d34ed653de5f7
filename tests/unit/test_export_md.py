"""The Markdown briefing: sections, citations, zones and escaping."""

from __future__ import annotations

import re
from functools import cache

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.dossier.model import Evidence
from soyuztui.export import ExportOptions
from soyuztui.export.markdown import Citations, escape, to_markdown
from soyuztui.resources import default_mission


@cache
def soyuz() -> Dossier:
    return build_dossier(default_mission())


@cache
def briefing(zone: str = "utc") -> str:
    return to_markdown(soyuz(), ExportOptions(zone=zone))


def section(text: str, title: str) -> str:
    """The body of the `## title` section."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no section {title!r}"
    return match.group(1)


def footnotes(text: str) -> dict[str, str]:
    return dict(re.findall(r"^\[\^([^\]]+)\]: (.*)$", text, re.M))


def test_sections_in_order() -> None:
    headings = re.findall(r"^## (.+)$", briefing(), re.M)
    assert headings == [
        "Mission", "Crew", "Aboard the International Space Station", "People", "Timeline", "Quotes", "Conflicts",
        "Coverage", "Sources",
    ]  # fmt: skip


def test_crew_up_and_down_with_citations() -> None:
    crew = section(briefing(), "Crew")
    up, down = crew.split("### Down (landing)")
    assert "**Anton Shkaplerov** — Commander, Soyuz MS-19" in up
    assert "**Yulia Peresild** — Spaceflight participant, Soyuz MS-19" in up
    assert "**Oleg Novitskiy** — Commander, Soyuz MS-18" in down
    for line in crew.splitlines():
        if line.startswith("- "):
            assert re.search(r"\[\^[0-9a-z.-]+\]$", line), line


def test_every_citation_has_a_footnote_quoting_its_excerpt() -> None:
    text = briefing()
    notes = footnotes(text)
    body = text.split("\n[^", 1)[0]
    cited = set(re.findall(r"\[\^([^\]]+)\]", body))
    assert cited == set(notes)
    assert notes["002-1"] == "002 (outlet not given, 2021-10-05): “Their Soyuz MS-19 lifted off as scheduled”"
    assert any("they are set to return to Earth on October 16" in note for note in notes.values())


def test_occupants_aboard_from_and_until() -> None:
    aboard = section(briefing(), "Aboard the International Space Station")
    assert "**Thomas Pesquet** (ESA) — aboard from before the story until after the story" in aboard
    assert (
        "**Yulia Peresild** (Film crew) — aboard from 2021-10-05 12:12 UTC (Docking with the ISS)"
        " until 2021-10-17 (Return to Earth)"
    ) in aboard


def test_conflicts_listed_with_documents() -> None:
    conflicts = section(briefing(), "Conflicts")
    assert "**Return to Earth — time**" in conflicts
    assert "2021-10-16 (documents 001)" in conflicts
    assert "2021-10-17 (documents 003, 004)" in conflicts
    # A value the app counted from a stated duration says so.
    assert "2021-10-17, counted from Launch from Baikonur (documents 000, 001, 002, 003, 004)" in conflicts
    assert "_document 001 contradicts itself_" in conflicts
    assert "**Oleg Novitskiy — spelling**" in conflicts
    assert "Novitsky (documents 004)" in conflicts


def test_timeline_in_utc_and_moscow() -> None:
    assert "- **2021-10-05 08:55 UTC** — Launch from Baikonur" in briefing()
    moscow = briefing("moscow")
    assert "- **2021-10-05 11:55 MSK** — Launch from Baikonur" in moscow
    assert "Times are in Europe/Moscow time" in moscow
    # A day-only time keeps its stated date in every zone.
    assert "- **2021-10-17** — Return to Earth ⚠ sources disagree" in moscow
    # Conflicting times are converted too.
    assert "about 2021-10-05 15:25 MSK, counted from Launch from Baikonur" in section(moscow, "Conflicts")


def test_claims_show_the_zone_the_source_stated() -> None:
    timeline = section(briefing("moscow"), "Timeline")
    assert "  - 2021-10-05 11:55 MSK (source stated GMT) [^003-" in timeline


def test_empty_quotes_section() -> None:
    quiet = soyuz().model_copy(update={"quotes": ()})
    assert "_No quotes were extracted from the documents._" in section(to_markdown(quiet, ExportOptions()), "Quotes")


def test_quotes_section_names_speakers_and_cites_sources() -> None:
    quotes = section(briefing(), "Quotes")
    assert "> — Anton Shkaplerov [^004-" in quotes
    assert "“We have been pioneers in space and maintained a confident position" in quotes


def test_escape_neutralises_markdown_in_article_text() -> None:
    hostile = "**bold** [link](http://x) <script>x</script> `code` _e_ a|b ~~s~~ &amp; ![i](y)"
    escaped = escape(hostile)
    assert "<" not in escaped.replace("\\<", "")
    for char in "*[]`_|~&!":
        assert char not in escaped.replace("\\" + char, "")
    assert escape("line one\n\n# heading\n- item") == "line one \\# heading - item"


def test_citations_dedupe_and_number_per_document() -> None:
    cites = Citations()
    first = Evidence(doc="x", text="a [b]", start=0, end=5)
    second = Evidence(doc="x", text="c", start=9, end=10)
    other = Evidence(doc="y", text="d\ne", start=0, end=3)
    assert cites.cite([first, other]) == "[^x-1][^y-1]"
    assert cites.cite([second, first]) == "[^x-2][^x-1]"
    assert cites.footnotes() == ["[^x-1]: x: “a \\[b\\]”", "[^y-1]: y: “d e”", "[^x-2]: x: “c”"]
