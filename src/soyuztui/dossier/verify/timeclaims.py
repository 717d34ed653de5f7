"""Checking when events happen: each time claim against the excerpts that state it.

A claim is a moment ("At 8:55 GMT", read against the document's date) or a moment
counted from another event ("In 12 days", after the launch). Problems are reported
to the builder's `Problems`, so every bad claim is listed, not only the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime

from soyuztui.dossier.errors import Problems
from soyuztui.dossier.model import Event, Evidence, TimeClaim, When
from soyuztui.dossier.sources.spec import TimeClaimSpec
from soyuztui.dossier.times.clocks import find_clocks
from soyuztui.dossier.times.days import day_spans, find_days
from soyuztui.dossier.times.reader import (
    Moment,
    Reading,
    TimeError,
    TimeRefused,
    format_moment,
    parse_claimed,
    read_durations,
    read_times,
)
from soyuztui.dossier.times.zones import iana_name, zone_of

Loc = tuple[str | int, ...]


def short(text: str, limit: int = 60) -> str:
    """An excerpt quoted on one line, cut to `limit` characters."""
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= limit else f"“{text[: limit - 1]}…”"


def describe(reading: Reading) -> str:
    """A reading as the checker names it: "2021-10-05T08:55Z", "about …", "2021-10-17 (Europe/Moscow)"."""
    if reading.precision == "day":
        local = _local_day(reading).isoformat()
        text = f"{local} ({reading.zone})" if reading.zone and reading.zone != "UTC" else local
    else:
        text = format_moment(reading.time, "minute")
    return f"about {text}" if reading.approximate else text


def _local_day(reading: Reading, moment: datetime | None = None) -> date:
    """The day `moment` (the reading's own time by default) falls on, in the zone the reading was read in."""
    return (moment or reading.time).astimezone(zone_of(reading.zone)).date()


def agrees(reading: Reading, claimed: Moment) -> bool:
    """A reading agrees with a claim when it names the claimed day, or a time that fits it.

    A day claim is the day as the excerpt counts days (in the zone it was read in);
    a minute claim agrees with the same minute, or with a day reading that holds it.
    """
    if claimed.precision == "day":
        return _local_day(reading) == claimed.time.date()
    if reading.precision == "minute":
        return reading.time == claimed.time
    return _local_day(reading) == _local_day(reading, claimed.time)


def _undated(found: tuple[Reading, ...], claimed: Moment, text: str, published: date | None) -> str:
    """A note when the excerpt's clock times name no day, were read on the publication date, and miss the claim's day."""
    minutes = [reading for reading in found if reading.precision == "minute"]
    if published is None or not minutes or any(r.time.date() == claimed.time.date() for r in minutes):
        return ""
    try:
        if find_days(text, published):
            return ""
    except TimeRefused:
        return ""
    day = published.date() if isinstance(published, datetime) else published
    return f" (it names no day: read on the publication date, {day.isoformat()}; choose an excerpt that names the day)"


def _has_clock(text: str) -> bool:
    try:
        return bool(find_clocks(text))
    except TimeRefused:
        return True  # a clock time the reader refuses is still one: its check says why


class TimeClaimChecker:
    """Verifies time claims; remembers events whose own time was written wrong."""

    def __init__(
        self,
        problems: Problems,
        published: Mapping[str, date | None],
        zones: Mapping[str, str | None] | None = None,
    ) -> None:
        """Report to `problems`; read excerpts against `published` dates, bare clock times in `zones`."""
        self.problems = problems
        self.published = published
        self.zones = zones or {}

    def claim(
        self, loc: Loc, event_id: str, item: TimeClaimSpec, evidence: list[Evidence], built: Mapping[str, Event]
    ) -> TimeClaim:
        """The claim, with its time checked against each excerpt that states it."""
        if item.time is None:
            if item.after:
                self.problems.add(loc, "a claim with `after` needs the `time` it leads to")
            return TimeClaim.model_construct(evidence=tuple(evidence), reviewed=item.reviewed)
        try:
            claimed = parse_claimed(item.time)
        except TimeError as error:
            self.problems.add((*loc, "time"), f"event {event_id!r}: {error}")
            self.problems.unusable.add(event_id)
            return TimeClaim.model_construct(evidence=tuple(evidence), reviewed=item.reviewed)
        zone: str | None = None
        day_zone: str | None = None  # the zone the claimed day was counted in, for its bounds
        approximate = False
        days = {} if item.after else self.days_given(evidence, item.zone)
        for number, excerpt in enumerate(evidence):
            here = (*loc, "evidence", number)
            if item.after:
                ok, approximate = self.check_duration(here, event_id, claimed, item.after, excerpt, built)
            else:
                given = days.get(excerpt.doc)
                if given is not None and given[1] == number:
                    # The day part: the clock excerpts read on its day must give the claim; that is
                    # their check. Its day is counted where it was written, not in the claim's UTC.
                    continue
                on = given[0] if given is not None and not day_spans(excerpt.text) else None
                reading = self.check_moment(here, event_id, claimed, excerpt, item.zone, on=on)
                ok = reading is not None
                if reading is not None:
                    if zone is None and claimed.precision == "day":
                        day_zone = iana_name(reading.zone)
                    zone = zone or reading.zone_word or reading.zone
                    approximate = approximate or reading.approximate
            if not ok:
                break
        when = When.model_construct(
            time=claimed.time, precision=claimed.precision, zone=day_zone, approximate=approximate
        )
        return TimeClaim.model_construct(
            value=item.time,
            when=when,
            after=item.after,
            source_zone=zone,
            evidence=tuple(evidence),
            reviewed=item.reviewed,
        )

    def days_given(self, evidence: list[Evidence], zone: str | None) -> dict[str, tuple[date, int]]:
        """The day one excerpt of a document gives the others, by document: (day, that excerpt's index).

        "Docked on Thursday." and, further on, "It arrived at 1:34 pm ET": a claim may hold
        both, and the clock time is read on the day the first names instead of the
        publication day. Only a document with an excerpt that writes a clock time and no
        day of its own, and exactly one excerpt that reads as a single day, gives one.
        """
        dayless = {item.doc for item in evidence if not day_spans(item.text) and _has_clock(item.text)}
        found: dict[str, list[tuple[date, int]]] = {}
        for number, item in enumerate(evidence):
            if item.doc not in dayless or not day_spans(item.text):
                continue
            try:
                readings = read_times(
                    item.text, published=self.published.get(item.doc), zone=zone or self.zones.get(item.doc)
                )
            except TimeRefused:
                continue
            local = {_local_day(reading) for reading in readings if reading.precision == "day"}
            if len(local) == 1 and all(reading.precision == "day" for reading in readings):
                found.setdefault(item.doc, []).append((local.pop(), number))
        return {doc: pairs[0] for doc, pairs in found.items() if len(pairs) == 1}

    def check_moment(
        self,
        loc: Loc,
        event_id: str,
        claimed: Moment,
        excerpt: Evidence,
        zone: str | None = None,
        *,
        on: date | None = None,
    ) -> Reading | None:
        """The reading of the excerpt that gives the claimed moment; every other reading must agree with it.

        `on` is the day another excerpt of the claim gives this one's clock times, which
        name none (else they fall on the publication day).
        """
        where = f"event {event_id!r}: document {excerpt.doc!r} {short(excerpt.text)}"
        published = self.published.get(excerpt.doc)
        try:
            found = read_times(excerpt.text, published=published, zone=zone or self.zones.get(excerpt.doc), on=on)
        except TimeRefused as refusal:
            self.problems.add(loc, f"{where}: {refusal}")
            return None
        value = claimed.key(claimed.precision)
        if not found:
            self.problems.add(loc, f"{where} states no time, so not {value}")
            return None
        stated = ", ".join(dict.fromkeys(describe(reading) for reading in found))
        wrong = [reading for reading in found if not agrees(reading, claimed)]
        if wrong and len(wrong) < len(found):
            self.problems.add(
                loc,
                f"{where} reads as several times ({stated}), not all {value}: choose a narrower excerpt that states only this one",
            )
            return None
        if wrong:
            self.problems.add(
                loc,
                f"event {event_id!r}: {value} is not what document {excerpt.doc!r} says: "
                f"{short(excerpt.text)} reads as {stated}{_undated(found, claimed, excerpt.text, published)}",
            )
            return None
        if claimed.precision == "minute":
            exact = [reading for reading in found if reading.precision == "minute"]
            if not exact:
                self.problems.add(loc, f"{where} gives only the day ({stated}), not the time {value}")
                return None
            return exact[0]
        return found[0]

    def check_duration(
        self, loc: Loc, event_id: str, claimed: Moment, after: str, excerpt: Evidence, built: Mapping[str, Event]
    ) -> tuple[bool, bool]:
        """The claimed moment is the anchor event's time plus a duration the excerpt states."""
        event = built.get(after)
        anchor = event.when if event else None
        if anchor is None:
            if event is not None and after not in self.problems.unusable:
                self.problems.add(loc, f"event {event_id!r}: counted from {after!r}, which has no time")
            return False, False
        if claimed.precision == "minute" and anchor.precision == "day":
            self.problems.add(
                loc, f"event {event_id!r}: a time to the minute cannot be counted from {after!r}, known only to the day"
            )
            return False, False
        ends = []
        for duration in read_durations(excerpt.text):
            try:
                moment = (anchor.time + duration.delta).astimezone(UTC)
            except (OverflowError, ValueError):  # "99999 months" runs off the calendar
                continue
            if format_moment(moment, claimed.precision) == claimed.key(claimed.precision):
                return True, duration.approximate
            ends.append(moment)
        results = ", ".join(format_moment(moment, claimed.precision) for moment in ends) or "no duration"
        self.problems.add(
            loc,
            f"event {event_id!r}: {claimed.key(claimed.precision)} is not {after} plus what document {excerpt.doc!r} says: {short(excerpt.text)} gives {results}",
        )
        return False, False
