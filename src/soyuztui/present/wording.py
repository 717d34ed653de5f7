"""How claims, conflicts and events are worded for people: shared by the panes and the exports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

from soyuztui.dossier.model import Conflict, ConflictValue, Dossier, Event, Evidence, Quote, QuoteSource, TimeClaim
from soyuztui.present.times import ZoneName, format_time

#: Marks an entry `soyuz-tui draft` wrote that no person has reviewed yet.
UNREVIEWED_MARK = "◌"


def unreviewed_note(count: int) -> str:
    """The header's words for how much of the dossier is unreviewed draft ("" when none)."""
    if count == 0:
        return ""
    return f"{UNREVIEWED_MARK} draft: {count} unreviewed"


def quote_speakers(quote: Quote | QuoteSource) -> tuple[str, ...]:
    """Everyone who said `quote` (or whom one source credits): its `speakers`, or its one `speaker`."""
    return quote.speakers or ((quote.speaker,) if quote.speaker else ())


def speaker_label(dossier: Dossier, quote: Quote) -> str:
    """Who said `quote`, as every view words it: "Tom Marshburn", "NASA and SpaceX", "unknown speaker"."""
    return speakers_label(dossier, quote_speakers(quote))


def speakers_label(dossier: Dossier, speakers: Sequence[str]) -> str:
    """The speakers `speakers` name, as every view words them.

    A joint statement names each speaker ("A, B and C"); an id the dossier does not
    know is shown as itself rather than dropped; no one is "unknown speaker".
    """
    names = []
    for speaker in speakers:
        try:
            names.append(dossier.speaker(speaker).name)
        except KeyError:
            names.append(speaker)
    if not names:
        return "unknown speaker"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def source_evidence(quote: Quote) -> tuple[Evidence, ...]:
    """Each place `quote` stands, as a span of evidence."""
    # Built unchecked: a source's span was checked when the source was made (the compare
    # screen makes one per quote, 100,000 on a large dossier).
    return tuple(
        Evidence.model_construct(doc=source.doc, text=source.text, start=source.start, end=source.end)
        for source in quote.sources
    )


def unclosed(quote: Quote) -> bool:
    """Whether no article closes the quotation: its words were taken to the paragraph's end."""
    return quote.kind == "direct" and bool(quote.sources) and all(source.unbalanced for source in quote.sources)


def quote_words(quote: Quote) -> str:
    """A quote's words as the lists show them: direct speech in quotation marks, reported after ≈.

    A quotation no article closes is shown with its opening mark alone, as written.
    """
    if quote.kind != "direct":
        return f"≈ {quote.text}"
    return f"“{quote.text}" if unclosed(quote) else f"“{quote.text}”"


def one_line(text: str) -> str:
    """Article text on one line: every run of white space (newlines too) becomes a space."""
    return " ".join(text.split())


def event_conflicts(dossier: Dossier, event: Event) -> tuple[Conflict, ...]:
    """The conflicts about `event`: its time, and any of its facts."""
    subjects = {f"{event.id}.time", *(f"{event.id}.{fact.field}" for fact in event.facts)}
    return tuple(conflict for conflict in dossier.conflicts if conflict.subject in subjects)


def event_title(dossier: Dossier, event_id: str | None) -> str:
    """The title of the event `event_id`, or the id itself if there is no such event."""
    if event_id is None:
        return ""
    event = dossier.find_event(event_id)
    return event.title if event is not None else event_id


def scheduled(dossier: Dossier, claim: TimeClaim) -> bool:
    """Whether every article behind `claim` was published before the time it gives: a plan, not a report.

    An article known only to its date is taken as published at the end of that day,
    so only a time on a later day counts as planned; one with a publication time
    is compared with it.
    """
    when = claim.when
    if when is None or not claim.evidence:
        return False
    for doc in {item.doc for item in claim.evidence}:
        document = dossier.find_document(doc)
        if document is None:
            return False
        if document.published_at is not None:
            published = document.published_at
        elif document.published is not None:
            published = datetime.combine(document.published + timedelta(days=1), time(), UTC)
        else:
            return False
        if when.start < published:
            return False
    return True


def claim_value(dossier: Dossier, claim: TimeClaim, zone: ZoneName = "utc") -> str:
    """What a time claim says, in words: its time, how it was counted, whether it was a plan, its zone."""
    when = claim.when
    if when is None:
        return "reported without a time"
    text = format_time(when.time, when.precision, zone)
    notes = ["scheduled"] if scheduled(dossier, claim) else []
    if claim.after:
        notes.append(f"counted from {event_title(dossier, claim.after)}")
    if when.approximate:
        notes.append("approximate")
    if claim.source_zone:
        notes.append(f"source stated {claim.source_zone}")
    return f"{text} ({'; '.join(notes)})" if notes else text


def conflict_value(dossier: Dossier, value: ConflictValue, zone: ZoneName) -> str:
    """A disputed value as shown: a time in `zone` at its precision, marked approximate or counted.

    A counted value is one the app worked out from a duration an article states
    ("12 days" after the launch); it is labelled so, never as if an article gave it.
    """
    when = value.when
    if when is None:
        return value.value
    text = format_time(when.time, when.precision, zone)
    if when.approximate:
        text = f"about {text}"
    if value.counted_from:
        text += f", counted from {event_title(dossier, value.counted_from)}"
    return text


def conflict_sides(conflict: Conflict) -> tuple[tuple[ConflictValue, ...], ...]:
    """The conflict's values grouped into sides: values on one side agree, sides disagree."""
    sides: dict[int, list[ConflictValue]] = {}
    for value in conflict.values:
        sides.setdefault(value.side, []).append(value)
    return tuple(tuple(values) for _, values in sorted(sides.items()))


def contradiction_text(conflict: Conflict) -> str:
    """A note naming the articles that give more than one side, or "" when none does."""
    docs = conflict.self_contradicting
    if not docs:
        return ""
    if len(docs) == 1:
        return f"document {docs[0]} contradicts itself"
    return f"documents {', '.join(docs)} each contradict themselves"


def conflict_text(dossier: Dossier, conflict: Conflict, zone: ZoneName) -> str:
    """The whole conflict on one line: sides joined by "≠", each value with its documents."""
    sides = [
        "; ".join(f"{conflict_value(dossier, value, zone)} [{', '.join(value.docs)}]" for value in side)
        for side in conflict_sides(conflict)
    ]
    text = " ≠ ".join(sides)
    note = contradiction_text(conflict)
    return f"{text} ({note})" if note else text
