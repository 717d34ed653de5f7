"""Which article states what: the matrix behind the compare screen and the coverage exports.

Rows are the facts and event times of the dossier, columns its articles. A cell says
whether the article states the row's value (`states`), states a value on another side
of a conflict (`differs`), or does not state it (`silent`): an article that names an
event without giving its time is silent on the time (its span is kept as evidence of
the mention), never "✓ no time given". Rows with a conflict come first. Pure data: the compare screen, the Markdown table and the CSV all read it.

The compare screen adds a row per quote (`compared`): its speakers and words down the
fact column, and in each article's column whom that article credits (`✓` the speakers
most articles name, `≠` someone else, `·` the article quotes it naming no one, or does
not carry it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from soyuztui.dossier.model import Conflict, Dossier, Evidence, Fact, Quote, TimeClaim, When
from soyuztui.present.flight import FLIGHT_LABELS, flight_facts, seat_text, story_facts
from soyuztui.present.times import ZoneName, format_time
from soyuztui.present.wording import conflict_value, quote_speakers, quote_words, source_evidence, speakers_label

State = Literal["states", "differs", "silent"]

MARKS: dict[State, str] = {"states": "✓", "differs": "≠", "silent": "·"}
"""The mark shown for each state (explained in the legend)."""


@dataclass(frozen=True, slots=True)
class Cell:
    """What one article says about one row: its state, the values it gives, and where."""

    doc: str
    state: State
    values: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    def text(self) -> str:
        """The mark and the values, e.g. `✓ 12 days` or `·`."""
        if self.state == "silent":
            return MARKS["silent"]
        return f"{MARKS[self.state]} {' / '.join(self.values)}".rstrip()


@dataclass(frozen=True, slots=True)
class Row:
    """One fact or event time across every article."""

    subject: str
    label: str
    value: str
    conflict: bool
    cells: tuple[Cell, ...]
    quote: bool = False
    """A quote's row: the label holds its speakers and words, the value its speakers."""

    def evidence(self) -> tuple[Evidence, ...]:
        """Every span behind the row, article by article."""
        return tuple(item for cell in self.cells for item in cell.evidence)


def coverage(dossier: Dossier, zone: ZoneName = "utc") -> tuple[Row, ...]:
    """The whole matrix: conflict rows first, then the rest, each group in dossier order."""
    conflicts = {conflict.subject: conflict for conflict in dossier.conflicts}
    rows = list(_rows(dossier, zone, conflicts))
    return tuple(sorted(rows, key=lambda row: not row.conflict))


def compared(dossier: Dossier, zone: ZoneName = "utc") -> tuple[Row, ...]:
    """The compare screen's rows: the facts' and the quotes', disputed rows first, each group in dossier order."""
    rows = [*coverage(dossier, zone), *quote_rows(dossier)]
    return tuple(sorted(rows, key=lambda row: not row.conflict))


def quote_rows(dossier: Dossier) -> Iterator[Row]:
    """A row per quote: whom each article credits with it.

    A quote whose articles credit different speakers is disputed; its row's value is
    the speakers most articles name (the first named on a tie).
    """
    docs = tuple(document.id for document in dossier.documents)
    column = {doc: index for index, doc in enumerate(docs)}
    silent = [Cell(doc, "silent") for doc in docs]  # copied per row: most articles carry no given quote
    labels: dict[tuple[str, ...], str] = {}

    def label(speakers: tuple[str, ...]) -> str:
        if speakers not in labels:
            labels[speakers] = speakers_label(dossier, speakers)
        return labels[speakers]

    for index, quote in enumerate(dossier.quotes):
        articles = _articles(quote)
        named = Counter(speakers for _, credits in articles.values() for speakers in credits if speakers)
        chosen = quote_speakers(quote) or (max(named, key=named.__getitem__) if named else ())
        cells = list(silent)
        for doc, (evidence, credits) in articles.items():
            if doc not in column:
                continue  # a source outside the dossier's documents has no column
            values = tuple(label(speakers) for speakers in credits if speakers)
            state: State = "silent" if not values else "differs" if set(credits) - {chosen, ()} else "states"
            cells[column[doc]] = Cell(doc, state, values, evidence)
        who = label(chosen)
        yield Row(f"quote.{index}", f"{who} — {quote_words(quote)}", who, len(named) > 1, tuple(cells), quote=True)


def _articles(quote: Quote) -> dict[str, tuple[tuple[Evidence, ...], tuple[tuple[str, ...], ...]]]:
    """For each article carrying `quote`: its spans there, and the speakers it credits (each once)."""
    spans = source_evidence(quote)
    if len(spans) == 1:  # the common case, answered at once (a large dossier has 100,000 quotes)
        return {spans[0].doc: (spans, (quote_speakers(quote.sources[0]),))}
    by_doc: dict[str, list[Evidence]] = {}
    credits: dict[str, dict[tuple[str, ...], None]] = {}
    for source, span in zip(quote.sources, spans, strict=True):
        by_doc.setdefault(source.doc, []).append(span)
        credits.setdefault(source.doc, {})[quote_speakers(source)] = None
    return {doc: (tuple(by_doc[doc]), tuple(credits[doc])) for doc in by_doc}


def _rows(dossier: Dossier, zone: ZoneName, conflicts: dict[str, Conflict]) -> Iterator[Row]:
    docs = tuple(document.id for document in dossier.documents)
    builder = _RowBuilder(dossier, zone, docs, conflicts)
    mission = dossier.mission
    yield from builder.facts("mission", "Mission", (*flight_facts(mission), *story_facts(mission)), FLIGHT_LABELS)
    for person in dossier.people:
        yield from builder.facts(person.id, person.name, person.facts)
    for member in dossier.crew:
        name = dossier.person(member.person).name
        leg = "up" if member.leg == "launch" else "down"
        value = seat_text(member.role, member.vehicle)
        subject = f"crew.{member.person}.{member.leg}"
        yield builder.row(subject, f"{name} — seat {leg}", value, [(value, item) for item in member.evidence])
    for occupant in dossier.occupants:
        name = dossier.person(occupant.person).name
        aboard = occupant.agency or "aboard"
        pairs = [(aboard, item) for item in occupant.evidence]
        yield builder.row(f"occupant.{occupant.person}", f"{name} — aboard", aboard, pairs)
    for event in dossier.events:
        if event.claims:
            yield builder.times(event.id, event.title, event.claims, event.when)
        yield from builder.facts(event.id, event.title, event.facts)


class _RowBuilder:
    """Makes rows for one dossier: the documents in order, the conflicts by subject."""

    def __init__(self, dossier: Dossier, zone: ZoneName, docs: tuple[str, ...], conflicts: dict[str, Conflict]):
        self.dossier = dossier
        self.zone = zone
        self.docs = docs
        self.conflicts = conflicts

    def facts(
        self, subject: str, label: str, facts: Iterable[Fact], labels: Mapping[str, str] | None = None
    ) -> Iterator[Row]:
        by_field: dict[str, list[Fact]] = {}
        for fact in facts:
            by_field.setdefault(fact.field, []).append(fact)
        for field, same in by_field.items():
            pairs = [(str(fact.value), item) for fact in same for item in fact.evidence]
            named = (labels or {}).get(field, field)
            yield self.row(f"{subject}.{field}", f"{label} — {named}", self._best(same), pairs)

    def times(self, event_id: str, title: str, claims: Iterable[TimeClaim], when: When | None) -> Row:
        pairs = [(self._claim_text(claim), item) for claim in claims for item in claim.evidence]
        # A claim without a time is a mention: the article states no value for this row.
        value = format_time(when.time, when.precision, self.zone) if when is not None else "time not reported"
        return self.row(f"{event_id}.time", f"{title} — time", value, pairs)

    def _claim_text(self, claim: TimeClaim) -> str | None:
        when = claim.when
        if when is None:
            return None
        text = format_time(when.time, when.precision, self.zone)
        return f"about {text}" if when.approximate else text

    @staticmethod
    def _best(facts: list[Fact]) -> str:
        counts: dict[str, set[str]] = {}
        for fact in facts:
            counts.setdefault(str(fact.value), set()).update(item.doc for item in fact.evidence)
        return max(counts, key=lambda value: len(counts[value]))

    def row(self, subject: str, label: str, value: str, pairs: Sequence[tuple[str | None, Evidence]]) -> Row:
        """The row of `subject`; `pairs` are (value stated, its span), a None value a mention that states none."""
        conflict = self.conflicts.get(subject)
        sides = _doc_sides(conflict)
        chosen = _main_side(conflict)
        if conflict is not None:
            value = next(
                (conflict_value(self.dossier, item, self.zone) for item in conflict.values if item.side == chosen),
                value,
            )
        cells = []
        for doc in self.docs:
            mine = [(shown, item) for shown, item in pairs if item.doc == doc]
            values = tuple(dict.fromkeys(shown for shown, _ in mine if shown is not None))
            if not values:
                cells.append(Cell(doc, "silent", (), tuple(item for _, item in mine)))
                continue
            differs = bool(sides.get(doc, set()) - {chosen})
            cells.append(Cell(doc, "differs" if differs else "states", values, tuple(item for _, item in mine)))
        return Row(subject, label, value, conflict is not None, tuple(cells))


def _doc_sides(conflict: Conflict | None) -> dict[str, set[int]]:
    """For each document, the sides of the conflict it takes."""
    sides: dict[str, set[int]] = {}
    for value in conflict.values if conflict else ():
        for doc in value.docs:
            sides.setdefault(doc, set()).add(value.side)
    return sides


def _main_side(conflict: Conflict | None) -> int | None:
    """The side most documents take (the first on a tie): the value a row is shown with."""
    if conflict is None:
        return None
    docs: dict[int, set[str]] = {}
    for value in conflict.values:
        docs.setdefault(value.side, set()).update(value.docs)
    return max(sorted(docs), key=lambda side: len(docs[side]))
