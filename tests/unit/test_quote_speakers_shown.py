"""A joint statement is shown with every speaker: one label for the quotes pane, its
`/speaker:` filter, the person card, the Markdown and the JSON."""

from __future__ import annotations

import json
from functools import cache

from soyuztui.dossier import Dossier, build_dossier
from soyuztui.dossier.model import Quote, QuoteSource
from soyuztui.export import ExportOptions
from soyuztui.export.json import to_json
from soyuztui.export.markdown import to_markdown
from soyuztui.present.coverage import quote_rows
from soyuztui.present.wording import quote_speakers, speaker_label
from soyuztui.resources import default_mission
from soyuztui.tui.panes.quotes import quote_matches, speaker_name

SOURCE = QuoteSource(doc="000", start=0, end=5, text="words")


@cache
def joint() -> Dossier:
    """The seed dossier with one statement by Roscosmos and a person together, and one by nobody known."""
    dossier = build_dossier(default_mission())
    person = dossier.people[0].id
    agency = dossier.organisations[0].id
    quotes = (
        Quote(
            text="The crew is home and well",
            kind="reported",
            speaker=None,
            speakers=(agency, person),
            speaker_type="person",
            sources=(SOURCE,),
        ),
        Quote(text="Nobody knows who said this", speaker=None, sources=(SOURCE,)),
    )
    return dossier.model_copy(update={"quotes": quotes})


def test_the_label_names_every_speaker() -> None:
    dossier = joint()
    both, nobody = dossier.quotes
    assert speaker_label(dossier, both) == f"{dossier.organisations[0].name} and {dossier.people[0].name}"
    assert speaker_label(dossier, nobody) == "unknown speaker"
    three = both.model_copy(update={"speakers": (*both.speakers, "someone-unknown")})
    assert speaker_label(dossier, three).endswith(f", {dossier.people[0].name} and someone-unknown")
    single = Quote(text="x", speaker=dossier.people[1].id, sources=(SOURCE,))
    assert quote_speakers(single) == (dossier.people[1].id,)  # a quote with `speaker` alone
    assert speaker_label(dossier, single) == dossier.people[1].name


def test_the_pane_and_its_filter_use_the_label() -> None:
    dossier = joint()
    both = dossier.quotes[0]
    label = speaker_name(dossier, both)
    assert label == speaker_label(dossier, both)
    for name in (dossier.organisations[0].name, dossier.people[0].name):
        assert quote_matches(both, label, f"speaker:{name.split()[-1].casefold()}")
    assert quote_matches(both, label, "kind:reported type:person")
    assert not quote_matches(both, label, "speaker:zzz")


def test_markdown_and_json_carry_every_speaker() -> None:
    dossier = joint()
    markdown = to_markdown(dossier, ExportOptions())
    assert f"> — {dossier.organisations[0].name} and {dossier.people[0].name} [^" in markdown
    exported = json.loads(to_json(dossier))
    first, second = exported["quotes"][:2]
    assert first["speakers"] == [dossier.organisations[0].id, dossier.people[0].id] and first["speaker"] is None
    assert second["speakers"] == [] and first["kind"] == "reported"


def test_every_extracted_quote_lists_its_speakers() -> None:
    dossier = build_dossier(default_mission())
    for quote in dossier.quotes:
        assert quote.speakers == ((quote.speaker,) if quote.speaker else quote.speakers)
        assert (quote.speaker_type is None) == (not quote.speakers)
        # each source keeps whom its own article credits, several for a joint statement
        assert all(source.speakers == quote_speakers(source) for source in quote.sources)


def test_the_person_card_lists_a_joint_statement() -> None:
    from soyuztui.tui.screens.person import person_lines

    dossier = joint()
    lines = person_lines(dossier, dossier.people[0].id)
    assert any("The crew is home and well" in str(getattr(line, "prompt", "")) for line in lines)


def test_the_compare_matrix_names_every_speaker() -> None:
    dossier = joint()
    both = dossier.quotes[0]
    credited = both.model_copy(update={"sources": (SOURCE.model_copy(update={"speakers": both.speakers}),)})
    [row] = quote_rows(dossier.model_copy(update={"quotes": (credited,)}))
    label = speaker_label(dossier, both)
    assert row.label == f"{label} — ≈ The crew is home and well" and row.value == label
    assert row.cells[0].text() == f"✓ {label}"


def test_a_quotation_no_article_closes_says_so() -> None:
    from soyuztui.present.wording import quote_words
    from soyuztui.tui.panes.quotes import quote_marks

    open_source = SOURCE.model_copy(update={"unbalanced": True})
    unclosed = Quote(text="We are ready to go", speaker=None, sources=(open_source,))
    assert quote_marks(unclosed) == " · no closing mark" and quote_words(unclosed) == "“We are ready to go"
    # one article closing it is enough: the words as shown end where it closes them
    closed = unclosed.model_copy(update={"sources": (open_source, SOURCE)})
    assert quote_marks(closed) == "" and quote_words(closed) == "“We are ready to go”"
