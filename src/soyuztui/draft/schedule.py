"""Events as mission-file entries: claims grouped by value, durations counted, ends chosen.

A duration ("In 12 days") is counted from its anchor's best time exactly as the
builder will count it, so the claim's `time` is what `check` computes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from soyuztui.dossier.intervals import interval, meet
from soyuztui.dossier.model import Evidence, TimeClaim, When
from soyuztui.dossier.reconcile import best_time
from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.sources.bounds import MAX_EVIDENCE, MAX_LIST
from soyuztui.dossier.times.days import day_spans
from soyuztui.dossier.times.reader import format_moment, parse_claimed, read_durations
from soyuztui.draft.events import EVENT_ORDER, EventFindings, RawClaim
from soyuztui.draft.moments import expressions, moment_value, on_day
from soyuztui.draft.text import Article, Sentence

_MAX_MENTIONS = 3
#: An article written this many days after an event may read its clock times on its own day.
_MISREAD_DAYS = 7
#: How far a rough time ("shortly after midnight") may lie from its article's exact minute.
_ROUGH = timedelta(hours=1)
#: One article's two times for one event further apart than this tell of two flights.
_FLIGHTS_APART = timedelta(days=7)


@dataclass(slots=True)
class Timeline:
    """The drafted events, their best times, and the mission's two ends."""

    specs: list[s.EventSpec] = field(default_factory=list)
    best: dict[str, When] = field(default_factory=dict)
    countdown_to: str = ""
    ends_with: str = ""

    def timed(self, event_id: str) -> bool:
        """Whether the event has a time."""
        return event_id in self.best


def _texts(claims: list[RawClaim], texts: dict[str, str]) -> list[s.EvidenceSpec]:
    evidence: list[s.EvidenceSpec] = []
    docs: set[str] = set()
    for claim in claims:
        if not texts[claim.doc][claim.start : claim.end].strip():
            continue
        if claim.doc not in docs and len(evidence) < MAX_EVIDENCE:
            docs.add(claim.doc)
            if claim.day_from is not None:
                day_start, day_end = claim.day_from
                evidence.append(s.EvidenceSpec(doc=claim.doc, text=texts[claim.doc][day_start:day_end]))
            evidence.append(s.EvidenceSpec(doc=claim.doc, text=texts[claim.doc][claim.start : claim.end]))
    return evidence


def _model(spec: s.TimeClaimSpec) -> TimeClaim:
    assert spec.time is not None
    moment = parse_claimed(spec.time)
    evidence = tuple(Evidence.model_construct(doc=item.doc, text=item.text, start=0, end=0) for item in spec.evidence)
    # A day is bounded in the zone it was counted in, as the builder bounds it.
    zone = spec.zone if moment.precision == "day" else None
    when = When.model_construct(time=moment.time, precision=moment.precision, zone=zone, approximate=False)
    return TimeClaim.model_construct(value=spec.time, when=when, after=spec.after, evidence=evidence)


def resolve_times(
    events: EventFindings, texts: dict[str, str], notes: list[str], guessed: frozenset[str] = frozenset()
) -> Timeline:
    """Every event with claims, in mission order, and the countdown and end events.

    `guessed` are the articles whose day the draft inferred (no date line): see `_guess_gives_way`.
    """
    timeline = Timeline()
    for kind in EVENT_ORDER:
        raw = _not_called_off(events.claims.get(kind, []), texts, kind, notes)
        raw = _guess_gives_way(raw, guessed, texts, kind, notes)
        raw = _another_flights_day(raw, texts, kind, notes)
        raw = _superseded(raw, texts, kind, notes)
        raw = _zoned_days(_rough_in_exact(raw), texts, kind, notes)
        if not raw:
            continue
        claims: list[s.TimeClaimSpec] = []
        by_value: dict[tuple[str, str | None], list[RawClaim]] = {}
        for claim in _dated(raw, texts, kind, notes, events.claims):
            if claim.value:
                by_value.setdefault((claim.value, claim.zone), []).append(claim)
        for (value, zone), same in by_value.items():
            if not _texts(same, texts):
                continue
            claims.append(s.TimeClaimSpec(time=value, zone=zone, evidence=_texts(same, texts), reviewed=False))
        counted: dict[tuple[str, str], list[RawClaim]] = {}
        # Each exact time stated outright, with the articles that state it.
        exact = {
            value: {claim.doc for claim in same}
            for (value, _zone), same in by_value.items()
            if len(value) > len("YYYY-MM-DD") and not all(claim.approximate for claim in same)
        }
        # The minutes reported as what happened, not as a plan.
        happened = {
            value
            for (value, _zone), same in by_value.items()
            if len(value) > len("YYYY-MM-DD") and any(not claim.planned and _reported(claim) for claim in same)
        }
        for claim in raw:
            if claim.duration and claim.after:
                counted_value = _counted(timeline, claim, texts[claim.doc][claim.start : claim.end])
                if counted_value is None:
                    notes.append(
                        f"{kind}: could not count “{texts[claim.doc][claim.start : claim.end]}” from {claim.after}"
                    )
                    continue
                if _rough_count(counted_value, texts[claim.doc][claim.start : claim.end], claim.doc, exact):
                    notes.append(
                        f"{kind}: “{texts[claim.doc][claim.start : claim.end]}” is a round count that the exact"
                        " time agrees with; not drafted as a rival"
                    )
                    continue
                if (
                    claim.planned
                    and len(counted_value) > len("YYYY-MM-DD")
                    and happened
                    and counted_value not in happened
                ):
                    # "Is expected to dock 6.5 hours after launch": the plan, once the minute it happened is told.
                    notes.append(
                        f"{kind}: “{texts[claim.doc][claim.start : claim.end]}” was a plan; what happened is kept"
                    )
                    continue
                counted.setdefault((counted_value, claim.after), []).append(claim)
        for (value, after), same in counted.items():
            if not _texts(same, texts):
                continue
            claims.append(s.TimeClaimSpec(time=value, after=after, evidence=_texts(same, texts), reviewed=False))
        timed_docs = {item.doc for claim in claims for item in claim.evidence}
        mentions = [
            claim
            for claim in raw
            if not claim.value and not claim.duration and not claim.unread and claim.doc not in timed_docs
        ]
        if mentions and _texts(mentions, texts):
            claims.append(s.TimeClaimSpec(evidence=_texts(mentions, texts)[:_MAX_MENTIONS], reviewed=False))
        claims = claims[:MAX_LIST]
        timed = [_model(claim) for claim in claims if claim.time]
        if (best := best_time(timed)) and best.when:
            timeline.best[kind] = best.when
        timeline.specs.append(s.EventSpec(id=kind, title=events.titles.get(kind, kind), claims=claims, reviewed=False))
    _ends(timeline, notes)
    return timeline


#: A sentence that opens on the craft of the sentence before, by a bare noun or a pronoun.
_SAME_CRAFT = re.compile(r"(?:(?:The|Its|Their)\s+(?:spacecraft|capsule|craft|ship|vehicle)|It|They)\b")


def undocking_of_departures(timeline: Timeline, articles: Sequence[Article], notes: list[str]) -> None:
    """Take from the mission's undocking the claims told of another crew's craft just after its homecoming.

    "The capsule with A and B splashed down at 04:17 GMT. The spacecraft undocked on Sunday.":
    once A and B's homecoming is drafted as their own departure (an event `return-…`), the
    undocking the next sentence of the paragraph tells with a bare noun for their craft is
    theirs too, not a rival to this crew's.
    """
    by_id = {article.id: article for article in articles}
    after: list[tuple[str, Sentence]] = []
    for event in timeline.specs:
        if not event.id.startswith("return-"):
            continue
        for claim in event.claims:
            for item in claim.evidence:
                article = by_id.get(item.doc)
                at = article.text.find(item.text) if article is not None else -1
                if article is None or at < 0 or (sentence := article.sentence_at(at)) is None:
                    continue
                following = next((later for later in article.sentences if later.start >= sentence.end), None)
                if (
                    following is not None
                    and "\n\n" not in article.text[sentence.end : following.start]
                    and _SAME_CRAFT.match(following.text)
                ):
                    after.append((item.doc, following))
    if not after:
        return

    def theirs(claim: s.TimeClaimSpec) -> bool:
        return bool(claim.evidence) and all(
            any(doc == item.doc and item.text in sentence.text for doc, sentence in after) for item in claim.evidence
        )

    for index, event in enumerate(timeline.specs):
        kept = [claim for claim in event.claims if not theirs(claim)] if event.id == "undocking" else event.claims
        # The event stays as it was when nothing else is left of it: no claim of this crew's to keep.
        if kept and len(kept) < len(event.claims):
            for claim in event.claims:
                if theirs(claim):
                    notes.append(f"undocking: “{claim.evidence[0].text}” is of the craft an earlier crew came home in")
            timeline.specs[index] = event.model_copy(update={"claims": kept})


def _span(claim: RawClaim) -> tuple[datetime, datetime] | None:
    """The stretch of time a timed claim stands for (a day in its zone), None when it has no time."""
    if claim.value is None:
        return None
    moment = parse_claimed(claim.value)
    if moment.time is None:
        return None
    return interval(moment.time, moment.precision, claim.zone if moment.precision == "day" else None, claim.approximate)


def _guess_gives_way(
    raw: list[RawClaim], guessed: frozenset[str], texts: dict[str, str], kind: str, notes: list[str]
) -> list[RawClaim]:
    """The claims, less those of an article with an inferred day that meet no dated article's claim.

    An undated live blog's "launched last Sunday" is read against a day the draft only
    guessed; where the dated articles say otherwise, the guess is what is wrong, so it
    neither outvotes them nor stands beside them as a dispute (noted in `unsure:`). A clock time
    within the hour of a dated one agrees with the guessed day: the outlets differ by minutes, a
    dispute the dossier shows.
    """
    dated = [span for claim in raw if claim.doc not in guessed and (span := _span(claim)) is not None]
    if not dated or not guessed:
        return raw
    kept = []
    for claim in raw:
        span = _span(claim) if claim.doc in guessed else None
        if span is not None and not any(meet(span, other) or _apart(span, other) <= _ROUGH for other in dated):
            excerpt = texts[claim.doc][claim.start : claim.end]
            notes.append(f"{kind}: “{excerpt}” is read on a guessed day and the dated articles disagree; left out")
            continue
        kept.append(claim)
    return kept


def _another_flights_day(raw: list[RawClaim], texts: dict[str, str], kind: str, notes: list[str]) -> list[RawClaim]:
    """The claims, less a time an article gives far from its own other time for the event, backed by nobody else.

    "The new crew blasted off on Tuesday" and, later, "their mission began on November
    29, when they launched" (the crew they relieve): an article that gives one event two
    times more than a week apart tells of two flights. The time other articles back is
    this flight's; the other is left out (noted), not offered as a dispute.

    A clock time whose excerpt names no day ("which docked at 16:17 Moscow time" in a story
    written a week on) stands on its page's day only until `_dated` reads it on the day its
    article gives the event: that default day says nothing of which flight it is.
    """
    dayful = _day_stating(raw, texts)
    spans = sorted(((claim, span) for claim in raw if (span := _span(claim)) is not None), key=lambda pair: pair[1][0])
    # Sorted by start, a span meets only those that start less than the longest span before its end.
    starts = [span[0] for _claim, span in spans]
    longest = max((span[1] - span[0] for _claim, span in spans), default=timedelta(0))
    backed: set[int] = set()
    for claim, span in spans:
        first = bisect_left(starts, span[0] - longest)
        last = bisect_left(starts, span[1])
        if any(who.doc != claim.doc and meet(span, other) for who, other in spans[first:last]):
            backed.add(id(claim))
    own_backed: dict[str, list[tuple[datetime, datetime]]] = {}
    for claim, span in spans:
        if id(claim) in backed:
            own_backed.setdefault(claim.doc, []).append(span)
    dropped = set()
    for claim, span in spans:
        if id(claim) in backed or not dayful[id(claim)]:
            continue
        if any(_apart(span, other) > _FLIGHTS_APART for other in own_backed.get(claim.doc, [])):
            dropped.add(id(claim))
            notes.append(
                f"{kind}: “{texts[claim.doc][claim.start : claim.end]}” is far from the time its own article "
                "and the others give; another flight's, left out"
            )
    return [claim for claim in raw if id(claim) not in dropped]


def _apart(one: tuple[datetime, datetime], other: tuple[datetime, datetime]) -> timedelta:
    """The gap between two stretches of time (none when they meet)."""
    return max(one[0] - other[1], other[0] - one[1], timedelta(0))


def _rough_in_exact(raw: list[RawClaim]) -> list[RawClaim]:
    """The claims, less a rough time whose article gives the event's exact minute within the hour.

    "Splashing down shortly after midnight" and "landed … at 12:43 a.m." in one article
    are one landing said twice, not two outlets' disagreement.
    """
    exact: dict[str, set[str]] = {}
    for claim in raw:
        if claim.value and len(claim.value) > 10 and not claim.approximate:
            exact.setdefault(claim.doc, set()).add(claim.value)
    if not exact:
        return raw

    def near(claim: RawClaim) -> bool:
        assert claim.value is not None
        moment = parse_claimed(claim.value).time
        return moment is not None and any(
            abs((parse_claimed(value).time or moment) - moment) <= _ROUGH for value in exact.get(claim.doc, ())
        )

    return [claim for claim in raw if not (claim.value and claim.approximate and len(claim.value) > 10 and near(claim))]


def _zoned_days(raw: list[RawClaim], texts: dict[str, str], kind: str, notes: list[str]) -> list[RawClaim]:
    """The claims, a day written with no zone counted in the zone the other articles place the event in.

    "Launched on Wednesday" in a story with no dateline means the Wednesday where the
    launch happened, not the UTC one that would dispute its "9:03 p.m. ET". Such a day
    a day off every exact time is the writer's own zone ("docked on Friday morning" in
    India for a Thursday evening in Florida): left out, and noted, rather than disputed.
    """
    zones = Counter(claim.zone for claim in raw if claim.value and claim.zone)
    if not zones:
        return raw
    zone = zones.most_common(1)[0][0]
    # Distinct values: a thousand copies of one time are one time to compare with.
    exact = {claim.value for claim in raw if claim.value and len(claim.value) > 10 and not claim.approximate}
    kept = []
    for claim in raw:
        if claim.value and len(claim.value) == 10 and claim.zone is None:
            day = date.fromisoformat(claim.value)
            if exact and not any(on_day(value, claim.value, zone) for value in exact):
                if all(abs((date.fromisoformat(value[:10]) - day).days) <= 1 for value in exact):
                    excerpt = texts[claim.doc][claim.start : claim.end]
                    notes.append(f"{kind}: “{excerpt}” gives a day with no zone, a day off the exact time; left out")
                    continue
            zoned = replace(claim, zone=zone)
            # Counted in UTC it holds an exact time that the other zone's day misses: left as it is.
            if not (_meets_exact(claim, raw) and not _meets_exact(zoned, raw)):
                claim = zoned
        kept.append(claim)
    return kept


def _meets_exact(claim: RawClaim, raw: list[RawClaim]) -> bool:
    """Whether the day `claim` names, in its zone, holds one of the exact times of `raw`."""
    span = _span(claim)
    return span is not None and any(
        meet(span, other)
        for exact in raw
        if exact.value and len(exact.value) > len("YYYY-MM-DD") and not exact.approximate
        if (other := _span(exact)) is not None
    )


def _not_called_off(raw: list[RawClaim], texts: dict[str, str], kind: str, notes: list[str]) -> list[RawClaim]:
    """The claims, less the times of attempts called off ("the launch was scrubbed on Thursday"):
    no time of the event at all, so no rival to what happened."""
    for claim in raw:
        if claim.called_off:
            notes.append(f"{kind}: “{texts[claim.doc][claim.start : claim.end]}” was an attempt called off; left out")
    return [claim for claim in raw if not claim.called_off]


def _superseded(raw: list[RawClaim], texts: dict[str, str], kind: str, notes: list[str]) -> list[RawClaim]:
    """The claims, less the planned times that what happened contradicts.

    "Is expected to dock at 7:10 pm" was a forecast: once another claim reports the
    docking at 6:32 pm, the plan is no second opinion on its time. A plan that came
    true ("liftoff is planned for 0610 GMT", then "lifted off at 06:10 UTC") stays as evidence.
    """
    happened = {claim.value for claim in raw if claim.value and not claim.planned and _reported(claim)}
    if not happened:
        return raw
    kept = []
    for claim in raw:
        value = claim.value
        if value and claim.planned and not _came_true(value, happened):
            notes.append(f"{kind}: “{texts[claim.doc][claim.start : claim.end]}” was a plan; what happened is kept")
            continue
        kept.append(claim)
    return kept


def _reported(claim: RawClaim) -> bool:
    """Whether the claim was written after its time (a day's grace for zones): a report, not a preview."""
    assert claim.value is not None
    if claim.written is None:
        return True
    return date.fromisoformat(claim.value[:10]) <= claim.written + timedelta(days=1)


def _came_true(planned: str, happened: set[str]) -> bool:
    """Whether a planned time is what happened: the same minute, or for a planned day, that day."""
    minutes = {value for value in happened if len(value) > 10}
    if len(planned) > 10 and minutes:
        return planned in minutes
    return any(value[:10] == planned[:10] for value in happened)


def _dated(
    raw: list[RawClaim],
    texts: dict[str, str],
    kind: str,
    notes: list[str],
    every: Mapping[str, list[RawClaim]] | None = None,
) -> list[RawClaim]:
    """The claims, less clock times read on the article's own day when the day-stating claims disagree.

    "The capsule docked at 14:21 GMT" in an article written four days later is read
    on the article's day; the check would accept it, but it is wrong. With no article
    giving the event a day, see `_on_story_days` (`every`: all events' claims).
    """
    dayful = _day_stating(raw, texts)
    days = Counter(claim.value[:10] for claim in raw if claim.value and dayful[id(claim)])
    if not days:
        return _on_story_days(raw, dayful, texts, kind, notes, every or {})
    usual = date.fromisoformat(days.most_common(1)[0][0])
    # The days each article itself gives the event, in the zone it gives them.
    own: dict[str, list[RawClaim]] = {}
    for claim in raw:
        if claim.value and len(claim.value) == 10 and dayful[id(claim)]:
            own.setdefault(claim.doc, []).append(claim)
    kept = []
    for claim in raw:
        excerpt = texts[claim.doc][claim.start : claim.end]
        if claim.unread:
            # "at 12:23 a.m. Beijing time (1623 GMT)", no day, refused on the page's date alone:
            # read on the day its own article gives the event, or left out.
            stated = own.get(claim.doc, [])
            moved = _on_stated_day(claim, excerpt, stated[0]) if len(stated) == 1 else None
            if moved is not None:
                notes.append(f"{kind}: “{excerpt}” gives no day; read on {stated[0].value}, the day its article says")
                kept.append(moved)
            continue
        if claim.value and len(claim.value) > 10 and not dayful[id(claim)]:
            # An article that gives the event no day of its own may tell of the day just before.
            moved = None if own.get(claim.doc) else _on_day_told_before(claim, texts[claim.doc], usual)
            if moved is not None:
                notes.append(f"{kind}: “{excerpt}” gives no day; read on {usual}, the day its story tells of")
                kept.append(moved)
                continue
            if _days_off(claim.value, usual):
                notes.append(f"{kind}: “{excerpt}” gives no day; left out, as the day of its article is not {usual}")
                continue
            # "Docked on Thursday." then "It arrived at 1:34 pm ET": the article's own day
            # is not the one its clock time was read on.
            stated = own.get(claim.doc, [])
            if stated and not any(on_day(claim.value, day.value or "", day.zone) for day in stated):
                moved = _on_stated_day(claim, excerpt, stated[0])
                if moved is None:
                    notes.append(f"{kind}: “{excerpt}” gives no day; left out, as its article says {stated[0].value}")
                    continue
                notes.append(f"{kind}: “{excerpt}” gives no day; read on {stated[0].value}, the day its article says")
                claim = moved
        kept.append(claim)
    return kept


def _on_story_days(
    raw: list[RawClaim],
    dayful: dict[int, bool],
    texts: dict[str, str],
    kind: str,
    notes: list[str],
    every: Mapping[str, list[RawClaim]],
) -> list[RawClaim]:
    """The claims, each day-less clock time read on the day its article gave the event before
    when another outlet's time agrees.

    "The rocket blasted off on Tuesday … By 4.30pm their capsule had docked", on a page
    dated Wednesday: the story runs on from Tuesday. Read on the page's day it would be
    a day after another article's docking at 4:29 p.m.; read on the Tuesday the article
    gives the launch, it is within the hour of it, so that reading stands, citing that day.
    """
    # Each distinct exact time once, with the articles that give it: copies repeat one time.
    exact: dict[str, tuple[datetime | None, set[str]]] = {}
    for claim in raw:
        if claim.value and len(claim.value) > len("YYYY-MM-DD"):
            exact.setdefault(claim.value, (parse_claimed(claim.value).time, set()))[1].add(claim.doc)
    if not exact:
        return raw
    # The days each article gives the events before this one, the nearest event first.
    earlier = EVENT_ORDER[: EVENT_ORDER.index(kind)] if kind in EVENT_ORDER else ()
    days: dict[str, list[RawClaim]] = {}
    for before in reversed(earlier):
        for day in every.get(before, []):
            if day.value and len(day.value) == len("YYYY-MM-DD"):
                days.setdefault(day.doc, []).append(day)
    out = []
    for claim in raw:
        if claim.value and len(claim.value) > len("YYYY-MM-DD") and not dayful[id(claim)]:
            told = [*days.get(claim.doc, []), *_days_told_before(claim, texts[claim.doc])]
            others = [time for time, docs in exact.values() if time is not None and docs - {claim.doc}]
            claim = _story_day(claim, told, others, texts, kind, notes) if told else claim
        out.append(claim)
    return out


#: How far before a day-less clock time the day its story is told on may be written: a paragraph.
_STORY_DAY_REACH = 400


def _on_day_told_before(claim: RawClaim, text: str, usual: date) -> RawClaim | None:
    """The day-less clock time read on `usual` (the day the other articles give) when its story
    tells of that day just before, and its own article's day put it elsewhere; else None."""
    told = [day for day in _days_told_before(claim, text) if day.value == usual.isoformat()]
    moved = _on_stated_day(claim, text[claim.start : claim.end], told[0]) if told else None
    return moved if moved is not None and moved.value != claim.value else None


def _days_told_before(claim: RawClaim, text: str) -> list[RawClaim]:
    """The days written just before a day-less clock time, the nearest first, each as a day claim.

    A paper dated the day after opens on the day it tells of ("Half the town was up before
    sunrise on Tuesday …") and gives the minute a sentence later ("It lifted off at 7:12 a.m.
    Mountain time"): that minute is Tuesday's, when it agrees with another outlet's.
    """
    found: list[RawClaim] = []
    for item in expressions(text, max(0, claim.start - _STORY_DAY_REACH), claim.start):
        phrase = text[item.start : item.end]
        if item.kind != "moment" or not day_spans(phrase):
            continue
        read = moment_value(phrase, claim.written, None)
        if read is not None and len(read[0]) == len("YYYY-MM-DD"):
            found.append(replace(claim, start=item.start, end=item.end, value=read[0], zone=None, day_from=None))
    return found[::-1]


def _story_day(
    claim: RawClaim, days: list[RawClaim], others: list[datetime], texts: dict[str, str], kind: str, notes: list[str]
) -> RawClaim:
    """`claim` read on the first of its article's earlier days that puts it within the hour of `others`."""
    excerpt = texts[claim.doc][claim.start : claim.end]
    for day in days:
        moved = _on_stated_day(claim, excerpt, day)
        if moved is None or moved.value is None or moved.value == claim.value:
            continue
        time = parse_claimed(moved.value).time
        if time is not None and any(abs(other - time) <= _ROUGH for other in others):
            notes.append(f"{kind}: “{excerpt}” gives no day; read on {day.value}, the day its article tells of")
            return moved
    return claim


def _on_stated_day(claim: RawClaim, excerpt: str, day: RawClaim) -> RawClaim | None:
    """The clock-time claim read on the day its article states for the event, citing that day's excerpt.

    None when only one article's days disagree (several), or the reading does not fall on the day.
    """
    assert day.value is not None
    read = moment_value(excerpt, claim.written, claim.zone, date.fromisoformat(day.value))
    if read is None or not on_day(read[0], day.value, day.zone):
        return None
    return replace(claim, value=read[0], day_from=(day.start, day.end), unread=False)


def _day_stating(raw: list[RawClaim], texts: dict[str, str]) -> dict[int, bool]:
    """Whether each claim's excerpt names a day, by the claim's id; each distinct excerpt read once."""
    read: dict[str, bool] = {}
    found: dict[int, bool] = {}
    for claim in raw:
        excerpt = texts[claim.doc][claim.start : claim.end]
        if excerpt not in read:
            read[excerpt] = bool(day_spans(excerpt))
        found[id(claim)] = read[excerpt]
    return found


def _days_off(value: str, usual: date) -> bool:
    """Whether a clock time read on its article's day misses the usual day by a few days.

    A day either way is a zone's difference (9 p.m. in Florida is the next day in
    UTC); more than a week is another event of the kind (a second landing), not a misread day.
    """
    return 1 < abs((date.fromisoformat(value[:10]) - usual).days) <= _MISREAD_DAYS


def _counted(timeline: Timeline, claim: RawClaim, excerpt: str) -> str | None:
    anchor = timeline.best.get(claim.after or "")
    if anchor is None or anchor.time is None:
        return None
    found = read_durations(excerpt)
    if not found:
        return None
    duration = found[0]
    precision = duration.precision
    if precision == "minute" and anchor.precision != "minute":
        return None
    try:
        moment = (anchor.time + duration.delta).astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return format_moment(moment, precision)


def _rough_count(value: str, excerpt: str, doc: str, exact: Mapping[str, set[str]]) -> bool:
    """Whether a count (`value`, read from `excerpt` of article `doc`) says no more than an exact time stated.

    Outlets round: a flight of two days and 23 hours is "three days", a docking three hours
    and a quarter after launch "about three hours after launch", or, beside the minute
    itself, "at 11:58 GMT, three hours after launch". Such a count says the same as the
    exact time, not something else: a count in whole days within a day of an exact time,
    a count said roughly ("about", "some", "roughly") within the hour of one, and any count
    within the hour of a minute its own article states. `exact` maps each exact time to
    the articles that state it. A count said outright in an article with no minute of its
    own stays a rival.
    """
    if len(value) == len("YYYY-MM-DD"):
        day = date.fromisoformat(value)
        return any(abs((date.fromisoformat(time[:10]) - day).days) <= 1 for time in exact)
    moment = parse_claimed(value).time
    if moment is None:
        return False
    durations = read_durations(excerpt)
    rough = bool(durations) and durations[0].approximate
    for time, docs in exact.items():
        stated = parse_claimed(time).time
        if stated is not None and (rough or doc in docs) and abs(stated - moment) <= _ROUGH:
            return True
    return False


def _ends(timeline: Timeline, notes: list[str]) -> None:
    """The countdown's event and the mission's last: the launch and the return when they have times.

    Articles written before a flight is dated ("will launch from Florida") name its launch
    and return without a time: when no timed pair of events is found, the mission runs
    between those two, undated.
    """
    timed = sorted(timeline.best, key=lambda kind: timeline.best[kind].time)
    start, end = "", ""
    if timed:
        start = "launch" if "launch" in timeline.best else timed[0]
        start_time = timeline.best[start].time
        assert start_time is not None
        later = [kind for kind in timed if (timeline.best[kind].time or start_time) > start_time]
        end = "return" if "return" in later else (later[-1] if later else "")
    if not end and {"launch", "return"} <= {spec.id for spec in timeline.specs}:
        notes.append("no timed launch and return; the countdown and the end are left undated")
        start, end = "launch", "return"
    if start and start != "launch":
        notes.append(f"no launch time found; the countdown runs to {start!r}")
    if end and end != "return":
        notes.append(f"no return time found; the mission ends with {end!r}")
    timeline.countdown_to, timeline.ends_with = start, end
