"""Checking when events happen: each time claim against the excerpts that state it.

A claim is a moment ("At 8:55 GMT", read against the document's date) or a moment
counted from another event ("In 12 days", after the launch). Problems are reported
through the builder's `problem`, so every bad claim is listed, not only the first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date

from soyuztui.dossier.model import Event, Evidence, TimeClaim
from soyuztui.dossier.sources.spec import TimeClaimSpec
from soyuztui.dossier.times.reader import Moment, TimeError, durations, format_moment, parse_claimed, readings

Loc = tuple[str | int, ...]


def short(text: str, limit: int = 60) -> str:
    """An excerpt quoted on one line, cut to `limit` characters."""
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= limit else f"“{text[: limit - 1]}…”"


def _covers(reading: Moment, claimed: Moment) -> bool:
    """A reading supports a claim when it is at least as precise and the same at the claim's precision."""
    if claimed.precision == "minute" and reading.precision != "minute":
        return False
    return reading.key(claimed.precision) == claimed.key(claimed.precision)


class TimeClaimChecker:
    """Verifies time claims; remembers events whose own time was written wrong."""

    def __init__(
        self, problem: Callable[[Loc, str], None], published: Mapping[str, date | None], bad_times: set[str]
    ) -> None:
        """Report through `problem`; read excerpts against `published` dates."""
        self.problem = problem
        self.published = published
        self.bad_times = bad_times

    def claim(
        self, loc: Loc, event_id: str, item: TimeClaimSpec, evidence: list[Evidence], built: Mapping[str, Event]
    ) -> TimeClaim:
        """The claim, with its time checked against each excerpt that states it."""
        if item.time is None:
            if item.after:
                self.problem(loc, "a claim with `after` needs the `time` it leads to")
            return TimeClaim.model_construct(evidence=tuple(evidence), reviewed=item.reviewed)
        try:
            claimed = parse_claimed(item.time)
        except TimeError as error:
            self.problem((*loc, "time"), f"event {event_id!r}: {error}")
            self.bad_times.add(event_id)
            return TimeClaim.model_construct(evidence=tuple(evidence), reviewed=item.reviewed)
        zone, approximate = None, False
        for number, excerpt in enumerate(evidence):
            here = (*loc, "evidence", number)
            if item.after:
                ok, approximate = self.check_duration(here, event_id, claimed, item.after, excerpt, built)
            else:
                ok, zone = self.check_moment(here, event_id, claimed, excerpt)
            if not ok:
                break
        return TimeClaim.model_construct(
            value=item.time,
            time=claimed.time,
            precision=claimed.precision,
            after=item.after,
            approximate=approximate,
            source_zone=zone,
            evidence=tuple(evidence),
            reviewed=item.reviewed,
        )

    def check_moment(self, loc: Loc, event_id: str, claimed: Moment, excerpt: Evidence) -> tuple[bool, str | None]:
        """The excerpt, read against its document's date, gives the claimed moment."""
        published = self.published.get(excerpt.doc)
        if published is None:
            self.problem(
                loc,
                f"event {event_id!r}: document {excerpt.doc!r} has no date to read {short(excerpt.text)} against; give it `published`",
            )
            return False, None
        candidates = [moment for moment in readings(excerpt.text, published) if _covers(moment, claimed)]
        if not candidates:
            read = (
                ", ".join(sorted({moment.key(moment.precision) for moment in readings(excerpt.text, published)}))
                or "no time"
            )
            self.problem(
                loc,
                f"event {event_id!r}: {claimed.key(claimed.precision)} is not what document {excerpt.doc!r} says: {short(excerpt.text)} reads as {read}",
            )
            return False, None
        return True, candidates[0].zone

    def check_duration(
        self, loc: Loc, event_id: str, claimed: Moment, after: str, excerpt: Evidence, built: Mapping[str, Event]
    ) -> tuple[bool, bool]:
        """The claimed moment is the anchor event's time plus a duration the excerpt states."""
        anchor = built.get(after)
        if anchor is None or anchor.time is None or anchor.precision is None:
            if anchor is not None and after not in self.bad_times:
                self.problem(loc, f"event {event_id!r}: counted from {after!r}, which has no time")
            return False, False
        if claimed.precision == "minute" and anchor.precision == "day":
            self.problem(
                loc, f"event {event_id!r}: a time to the minute cannot be counted from {after!r}, known only to the day"
            )
            return False, False
        ends = []
        for duration in durations(excerpt.text):
            try:
                moment = (anchor.time + duration.delta).astimezone(UTC)
            except (OverflowError, ValueError):  # "99999 months" runs off the calendar
                continue
            if format_moment(moment, claimed.precision) == claimed.key(claimed.precision):
                return True, duration.approximate
            ends.append(moment)
        results = ", ".join(format_moment(moment, claimed.precision) for moment in ends) or "no duration"
        self.problem(
            loc,
            f"event {event_id!r}: {claimed.key(claimed.precision)} is not {after} plus what document {excerpt.doc!r} says: {short(excerpt.text)} gives {results}",
        )
        return False, False
