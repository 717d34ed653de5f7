"""`draft_mission(paths)`: a mission file, every entry unreviewed, from articles alone."""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from soyuztui.dossier.errors import MissionError
from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.sources.bounds import MAX_DOCUMENTS, MAX_EVIDENCE, MAX_LIST, MAX_PEOPLE
from soyuztui.dossier.sources.documents import RawDocument, read_document
from soyuztui.dossier.sources.locate import article_paths
from soyuztui.dossier.times.days import tense
from soyuztui.draft import facts as mf
from soyuztui.draft import lexicon as lx
from soyuztui.draft.attributes import Finding, described, listed_ages, person_findings, unattached_ages
from soyuztui.draft.craft import find_craft, with_designated
from soyuztui.draft.crew import CrewFindings, crew_sentences
from soyuztui.draft.events import EventFindings, RawClaim, event_claims, told_as_done, without_other_flights
from soyuztui.draft.header import Header, dateline_day, read_header
from soyuztui.draft.homecomings import gone_with_their_group
from soyuztui.draft.moments import on_day
from soyuztui.draft.names import Mention, Person, find_mentions, group_people, not_makers, not_things, slug
from soyuztui.draft.organisations import speaking_organisations
from soyuztui.draft.people import people_specs
from soyuztui.draft.progress import Progress
from soyuztui.draft.prune import prune
from soyuztui.draft.records import page_day, records_for, with_page_metadata
from soyuztui.draft.schedule import resolve_times, undocking_of_departures
from soyuztui.draft.seats import seat_specs
from soyuztui.draft.sightings import bound_stays
from soyuztui.draft.text import Article

_Cited = TypeVar("_Cited", Mention, Finding)


@dataclass(slots=True)
class Draft:
    """A drafted mission file and what the draft was unsure of."""

    spec: s.MissionFile
    notes: list[str] = field(default_factory=list)
    #: Document path -> the header lines its title, outlet, author and time were read from.
    sources: dict[str, list[str]] = field(default_factory=dict)


def _doc_ids(paths: Sequence[Path]) -> list[str]:
    prefixes = [slug(path.stem.split("_")[0]) for path in paths]
    if len(set(prefixes)) == len(prefixes):
        return prefixes
    ids: list[str] = []
    for path in paths:
        base = slug(path.stem)
        candidate, number = base, 2
        while candidate in ids:
            candidate, number = f"{base}-{number}", number + 1
        ids.append(candidate)
    return ids


def draft_mission(paths: Iterable[Path | str], base: Path | None = None) -> s.MissionFile:
    """The mission file drafted from the articles at `paths`; document paths relative to `base`."""
    return draft(paths, base).spec


def draft(paths: Iterable[Path | str], base: Path | None = None, progress: Progress | None = None) -> Draft:
    """Draft a mission from articles; `base` is the folder the mission file will live in.

    `progress` is told as each article is read (reading is most of a large draft's time).
    """
    with _cyclic_collection_paused():
        return _draft(paths, base, progress)


@contextmanager
def _cyclic_collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while drafting; the collector's state as before afterwards.

    A draft makes millions of objects that live until it ends and almost no cyclic garbage,
    yet the collector walks them again and again as they pile up: a tenth of a 1,000-article
    draft's CPU time, and more the larger the folder (growth no longer linear). Reference
    counting frees memory as usual; the little cyclic garbage (caught refusals) waits for
    the next collection after the draft.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _draft(paths: Iterable[Path | str], base: Path | None, progress: Progress | None) -> Draft:
    files = article_paths(paths)
    if not files:
        raise MissionError.single(Path(next(iter(paths), ".")), 1, "no articles (*.txt) to draft from")
    if len(files) > MAX_DOCUMENTS:
        raise MissionError.single(
            files[MAX_DOCUMENTS], 1, f"one mission holds at most {MAX_DOCUMENTS} articles; this is one too many"
        )
    notes: list[str] = []
    base = (base or _common_folder(files)).resolve()
    articles = []
    headers: list[Header] = []
    pages = records_for(files)  # what `soyuz-tui add` read from each article's page
    raws: list[RawDocument] = []
    # Syndicated copies repeat whole texts: each text is split, and read for what it alone says, once.
    prepared: dict[tuple[str, int], Article] = {}
    for done, (doc_id, path) in enumerate(zip(_doc_ids(files), files, strict=True), 1):
        if progress is not None:
            progress(done, len(files), None)
        raw = read_document(path)
        raws.append(raw)
        header = _checked(read_header(raw.text, raw.body_start, raw.published), path, notes)
        published = raw.published or page_day(pages.get(path.resolve())) or _day(header.published)
        article = Article(doc_id, raw.text, raw.body_start, published)
        first = prepared.setdefault((raw.text, raw.body_start), article)
        articles.append(article.prepare() if first is article else article.prepared_as(first))
        if header.zone:
            articles[-1].cache["zone"] = header.zone  # "BEIJING (AP) —": its bare clock times are Beijing's
        headers.append(header)
    documents = _documents(files, articles, base, headers)
    # Each article's resolved path is `base / path` (resolving again walks the file system). The last
    # check reads the same files: it is given these copies.
    read = {base / item.path: raw for item, raw in zip(documents, raws, strict=True)}
    documents = [
        with_page_metadata(item, pages.get(base / item.path), _has_date_line(article), notes)
        for item, article in zip(documents, articles, strict=True)
    ]
    mentions: list[Mention] = []
    # Syndicated copies repeat whole texts: what is read from a text alone is read once per text.
    read_mentions: dict[object, list[Mention]] = {}
    read_findings: dict[object, list[Finding]] = {}
    for article, header in zip(articles, headers, strict=True):
        # A byline's writer and a headline's nickname are not people of the story.
        found = _per_text(read_mentions, article.text, article.id, partial(find_mentions, article))
        mentions += [mention for mention in found if mention.start >= header.end]
    craft = with_designated(find_craft(articles), mf.vehicle(articles))
    own_names = [str(value) for name, value, *_ in craft.facts if name in ("vehicle", "mission_name")]
    # A company that flies the crew ("his company Blue Origin") is capitalised like a person, never one.
    operators = [*lx.OPERATORS, *(str(value) for name, value, *_ in craft.facts if name == "operator")]
    things = not_things(group_people(mentions), [*own_names, *craft.named, *operators])
    people = _most_named(not_makers(things, {article.id: article.text for article in articles}), notes)
    named: dict[str, list[tuple[Mention, Person]]] = {}
    for person in people:
        for mention in person.mentions:
            named.setdefault(mention.doc, []).append((mention, person))
    for pairs in named.values():
        pairs.sort(key=lambda pair: pair[0].start)
    findings: dict[int, list[Finding]] = {id(person): [] for person in people}
    for article in articles:
        for mention, person in named.get(article.id, []):
            # The findings beside a name depend on the text and where the name is, not on whose it is.
            key = (article.text, mention.start, mention.end)
            findings[id(person)] += _per_text(
                read_findings, key, article.id, partial(person_findings, article, person, [mention])
            )
    said = described(findings)  # as read beside the names, before the ages added below
    for article in articles:
        for person, finding in listed_ages(article, named.get(article.id, [])):
            findings[id(person)].append(finding)
        for person, finding in unattached_ages(article, named.get(article.id, []), said):
            findings[id(person)].append(finding)
            # "The 35-year-old teacher rocketed into orbit": the phrase names the person.
            phrase = article.text[finding.start : finding.end]
            named[article.id].append((Mention(article.id, finding.start, finding.end, phrase, (phrase,)), person))
        named.get(article.id, []).sort(key=lambda pair: pair[0].start)
    events = EventFindings()
    dated = {article.id for article in articles if article.published is not None}
    for article in articles:
        if article.id in dated:
            event_claims(article, events)
    # The dated articles' claims, read once, are what the undated ones' days are inferred against.
    published_guess = _infer_published(articles, headers, events, notes)
    for article in articles:
        if article.id not in dated:
            event_claims(article, events)
    crew = CrewFindings()
    for article in articles:
        crew_sentences(article, named.get(article.id, []), crew, said)
    terms: dict[str, list[str]] = {}
    people_out, ids = people_specs(people, findings, articles, terms)
    vehicle = craft.vehicle
    for value, words in craft.named.items():
        terms.setdefault(value, []).extend(word for word in words if word != value)
    stations = mf.destination(articles)
    texts = {article.id: article.text for article in articles}
    for _field, station, doc, begin, stop in stations:
        if station == "none":  # "a free-flying mission" states that it visits no station
            terms.setdefault("none", []).append(texts[doc][begin:stop])
    durations, duration_terms = mf.duration(articles)
    for value, forms in duration_terms.items():
        terms.setdefault(value, []).extend(forms)
    mission_facts = _facts(articles, [*craft.facts, *stations, *durations, *mf.films(articles)])
    for event, excerpt in without_other_flights(events, articles, own_names):
        notes.append(f"{event}: “{excerpt}” names another flight or craft; not this mission's")
    timeline = resolve_times(events, {a.id: a.text for a in articles}, notes, frozenset(published_guess))
    if not timeline.countdown_to or not timeline.ends_with:
        raise MissionError.single(
            files[0], 1, "the articles give no times for both a start and an end of the mission; nothing to draft"
        )
    crew_out, occupants_out = seat_specs(crew, ids, findings, articles, craft, timeline, terms, notes)
    undocking_of_departures(timeline, articles, notes)
    days = {article.id: _published_day(article, published_guess.get(article.id)) for article in articles}
    occupants_out = bound_stays(occupants_out, crew.aboard, ids, articles, days, timeline.specs, notes)
    occupants_out = gone_with_their_group(occupants_out, people_out, articles, own_names, notes)
    if any(station == "none" for _, station, *_ in stations):
        occupants_out = []  # a free flyer visits no station: nobody is aboard one
        notes.append("the articles say the flight visits no station; no station occupants drafted")
    elif (
        occupants_out
        and not any(event.id.startswith("docking") for event in timeline.specs)
        and not mf.names_a_station(articles)
    ):
        # Nothing docks and no station is named: the crew are aboard their own craft, not a station.
        occupants_out = []
        notes.append("no article names a station or a docking; no station occupants drafted")
    documents = [_with_published(item, published_guess.get(item.id)) for item in documents]
    start, end = timeline.countdown_to, timeline.ends_with
    headline = next((header.title for header in headers if header.title), None)
    first_line = articles[0].text[articles[0].body_start :].strip().split("\n")[0]
    mission_name = next((str(value) for name, value, *_ in craft.facts if name == "mission_name"), None)
    title = mission_name or vehicle or (headline or first_line)[:60] or "Drafted mission"
    mission = s.MissionSpec(
        id=slug(title),
        title=title,
        countdown_to=start,
        ends_with=end,
        facts=mission_facts,
        reviewed=False,
    )
    spec = s.MissionFile(
        mission=mission,
        terms={key: sorted(set(values)) for key, values in sorted(terms.items()) if values},
        documents=documents,
        people=people_out,
        crew=crew_out,
        occupants=occupants_out,
        events=timeline.specs,
    )
    spec = prune(base / "mission.toml", spec, notes, read=read)
    outlets = [header.outlet for header in headers if header.outlet]
    organisations = speaking_organisations(spec, articles, outlets)
    if organisations:
        spec = spec.model_copy(update={"organisations": organisations})
    sources = {item.path: header.lines for item, header in zip(documents, headers, strict=True) if header.lines}
    return Draft(spec, notes, sources)


def _per_text(
    memo: dict[object, list[_Cited]], key: object, doc: str, read: Callable[[], list[_Cited]]
) -> list[_Cited]:
    """What `read` finds for `key` (a text, or a place in one), read once and cited under `doc`."""
    found = memo.get(key)
    if found is None:
        # Read just now for `doc`: cited under it already. Copies made later from these items
        # are made before any is changed (names are grouped once every text is read).
        found = memo[key] = read()
        return list(found)
    return [replace(item, doc=doc) for item in found]


def _checked(header: Header, path: Path, notes: list[str]) -> Header:
    """`header` without the values a mission file may not hold (a year past 2200, ...), each noted."""
    for key in ("title", "outlet", "author", "published"):
        value = getattr(header, key)
        if value is None:
            continue
        try:
            s.DocumentSpec.model_validate({"id": "x", "path": "x", key: value})
        except ValidationError as error:
            reason = error.errors()[0]["msg"].removeprefix("Value error, ")
            notes.append(f"{path.name}: its header's {key} left out ({reason})")
            setattr(header, key, None)
    return header


def _day(moment: datetime | date | None) -> date | None:
    """The day of a publication time, in the zone it was written in."""
    return moment.date() if isinstance(moment, datetime) else moment


def _most_named(people: list[Person], notes: list[str]) -> list[Person]:
    """At most `MAX_PEOPLE` (what a mission file may hold): those named most often, in order."""
    if len(people) <= MAX_PEOPLE:
        return people
    kept = {id(person) for person in sorted(people, key=lambda person: -len(person.mentions))[:MAX_PEOPLE]}
    notes.append(f"{len(people):,} people named; only the {MAX_PEOPLE:,} named most often are drafted")
    return [person for person in people if id(person) in kept]


def _common_folder(files: Sequence[Path]) -> Path:
    return Path(os.path.commonpath([str(path.resolve().parent) for path in files]))


def _documents(
    files: Sequence[Path], articles: Sequence[Article], base: Path, headers: Sequence[Header]
) -> list[s.DocumentSpec]:
    documents = []
    for path, article, header in zip(files, articles, headers, strict=True):
        resolved = path.resolve()
        try:
            relative = resolved.relative_to(base)
        except ValueError:
            raise MissionError.single(
                path, 1, f"is outside {base}; the mission file must sit in a folder that holds every article"
            ) from None
        name = relative.as_posix()
        if not name.isprintable() or any("\ud800" <= char <= "\udfff" for char in name):
            raise MissionError.single(
                path, 1, "its file name holds control characters or bytes that are not UTF-8; rename it to draft it"
            )
        documents.append(s.DocumentSpec(id=article.id, path=name, **_stated(article, header)))
    return documents


def _stated(article: Article, header: Header) -> dict[str, object]:
    """The document keys its header lines state, as drafted (unreviewed) values."""
    stated = {"title": header.title, "outlet": header.outlet, "author": header.author}
    folded = article.text.casefold()
    # Only words of the article: a value the text does not hold is never written.
    found: dict[str, object] = {
        key: value[:200] for key, value in stated.items() if value and value.casefold() in folded
    }
    if header.published is not None and (isinstance(header.published, datetime) or article.published is None):
        found["published"] = header.published
        if not _has_date_line(article):
            found["published_basis"] = f"The article's own line: {header.published_line}"[:400]
    if found:
        found["reviewed"] = False
    return found


def _has_date_line(article: Article) -> bool:
    return article.body_start > 0


def _published_day(article: Article, guess: tuple[date, str] | None) -> date | None:
    """The day an article was published, stated or inferred."""
    if isinstance(article.published, date):
        return article.published
    return guess[0] if guess is not None else None


def _with_published(item: s.DocumentSpec, guess: tuple[date, str] | None) -> s.DocumentSpec:
    if guess is None or item.published is not None:
        return item
    day, basis = guess
    return item.model_copy(update={"published": day, "published_basis": basis, "reviewed": False})


def _infer_published(
    articles: Sequence[Article], headers: Sequence[Header], known: EventFindings, notes: list[str]
) -> dict[str, tuple[date, str]]:
    """A date for each undated article: its dateline's day, or the day its times agree best with the dated ones."""
    dated = [article for article in articles if article.published is not None]
    if not dated:
        return {}
    guesses: dict[str, tuple[date, str]] = {}
    dated_days: list[date] = [article.published for article in dated]  # type: ignore[misc]
    for article, header in zip(articles, headers, strict=True):
        if article.published is None and (day := dateline_day(header, dated_days)):
            article.published = day
            guesses[article.id] = (
                day,
                f"No date line. Drafted from its dateline “{header.dateline}”, in the year of the other articles.",
            )
            notes.append(
                f"document {article.id!r} has no date line; read as written on {day.isoformat()}, its dateline's day"
            )
    undated = [article for article in articles if article.published is None]
    if not undated:
        return guesses
    # Every day the dated articles give an event: a Beijing Saturday's launch is a Friday in UTC.
    consensus: dict[str, set[tuple[str, str | None]]] = {}
    for event, claims in known.claims.items():
        if days := {(claim.value[:10], claim.zone) for claim in claims if claim.value and not claim.called_off}:
            consensus[event] = days
    # The first day each event is given: an article that tells of the event as done is written after it.
    first = {event: min(date.fromisoformat(day) for day, _zone in days) for event, days in consensus.items()}
    # The exact minutes they give: a clock time "today" that lands on one is stronger evidence
    # of the day than a weekday ("last Sunday") that fits several readings.
    minutes = {
        event: {claim.value for claim in claims if claim.value and len(claim.value) > len("YYYY-MM-DD")}
        for event, claims in known.claims.items()
    }
    around = sorted({date.fromisoformat(day) for days in consensus.values() for day, _zone in days})
    for article in undated:
        best: tuple[tuple[int, int], date] | None = None
        for day in sorted({d + timedelta(days=k) for d in around for k in (-1, 0, 1)}):
            claimed = _read_on(article, day, known, first)
            if claimed is None:
                continue
            timed = [(event, claim.value) for event, claim in claimed if claim.value and not claim.called_off]
            agree = sum(1 for event, value in timed if any(on_day(value, *day) for day in consensus.get(event, set())))
            exact = sum(1 for event, value in timed if value in minutes.get(event, set()))
            if agree and (best is None or (exact, agree) > best[0]):
                best = ((exact, agree), day)
        article.published = None
        if best is None:
            week = next(
                (
                    day
                    for day in _in_the_week_after(article, first)
                    if _read_on(article, day, known, first, anchored=True) is not None
                ),
                None,
            )
            article.published = week
            if week is None:
                notes.append(f"document {article.id!r} has no date line; its day-and-clock times were left out")
                continue
            guesses[article.id] = (
                week,
                "No date line. Drafted: it tells of an event the dated articles give as last week's, and"
                f" its own times agree with each other when it is read as written on {week.isoformat()}.",
            )
            notes.append(f"document {article.id!r} has no date line; read as written on {week.isoformat()}")
            continue
        article.published = best[1]
        (exact, agree), day = best
        basis = (
            f"No date line. Drafted: {agree} of its times agree with the dated articles"
            f"{f' ({exact} to the minute)' if exact else ''} when it is read as written on {day.isoformat()}."
        )
        guesses[article.id] = (day, basis)
        notes.append(f"document {article.id!r} has no date line; read as written on {day.isoformat()}")
    return guesses


def _read_on(
    article: Article, day: date, known: EventFindings, first: dict[str, date], anchored: bool = False
) -> list[tuple[str, RawClaim]] | None:
    """The undated article's claims read as written on `day` (which it is then left marked with), None
    when that reading cannot be.

    `anchored`: the day is placed by the article's own words ("arrived last week"), so an event it
    tells as done before the dated articles give it is another flight's (the crew it relieves
    coming home), not a sign of a wrong day.
    """
    article.published = day
    trial = EventFindings(memo=known.memo, sentences=known.sentences)
    event_claims(article, trial)
    claimed = [(event, claim) for event, claims in trial.claims.items() for claim in claims]
    done = [(event, claim) for event, claim in claimed if told_as_done(article, claim)]
    # Written before what it tells of as done: before the day the dated articles give the
    # event, or before the day its own past-tense words give it ("lifted off on Saturday"
    # read on the Friday is the next day's launch, as a page dated in a zone behind may say).
    too_early = any(event in first and first[event] > day + timedelta(days=1) for event, _claim in done)
    if (too_early and not anchored) or any(
        claim.value and date.fromisoformat(claim.value[:10]) > day and _said_as_past(article, claim)
        for _event, claim in claimed
    ):
        return None
    return None if _splits_an_event(done) else claimed


#: An arrival or a launch told as last week's: "the crew, who arrived last week", "docked last week".
_LAST_WEEK = re.compile(
    r"\b(?P<verb>arrived|docked|launched|lifted off|blasted off)\s+(?:at the (?:station|outpost)\s+)?last week\b"
)
_LAST_WEEK_EVENT = {"arrived": "docking", "docked": "docking"}


def _in_the_week_after(article: Article, first: dict[str, date]) -> list[date]:
    """The days an article may be written on when it tells of an event the dated articles give as last
    week's: the days of the calendar week (Monday to Sunday) after the one the event fell in."""
    for match in _LAST_WEEK.finditer(article.text):
        event = _LAST_WEEK_EVENT.get(match["verb"], "launch")
        if event in first:
            monday = first[event] + timedelta(days=7 - first[event].weekday())
            return [monday + timedelta(days=k) for k in range(7)]
    return []


def _splits_an_event(done: Sequence[tuple[str, RawClaim]]) -> bool:
    """Whether a reading puts one event the article tells as done on two days ("early Tuesday they came
    home" and "splashed down at 5:47 a.m." read on a Friday): an article tells one homecoming, so the
    day it was written is one on which its words for that event agree."""
    told: dict[str, list[RawClaim]] = {}
    for event, claim in done:
        if claim.value and not claim.planned and not claim.called_off:
            told.setdefault(event, []).append(claim)
    for claims in told.values():
        days = {claim.value[:10] for claim in claims if claim.value and len(claim.value) == len("YYYY-MM-DD")}
        zones = {claim.zone for claim in claims} | {None}
        # A minute is on a day counted in the zone the day-only words are read in, or in UTC.
        if len(days) > 1 or any(
            not any(on_day(claim.value, day, zone) for day in days for zone in zones)
            for claim in claims
            if claim.value and days
        ):
            return True
    return False


def _said_as_past(article: Article, claim: RawClaim) -> bool:
    """Whether the claim's own words tell of its event in the past ("they launched on Wednesday"), as reported."""
    return not claim.planned and not claim.called_off and tense(article.text[claim.start : claim.end]) < 0


def _facts(articles: Sequence[Article], found: list[mf.Finding]) -> list[s.FactSpec]:
    texts = {article.id: article.text for article in articles}
    grouped: dict[tuple[str, str], list[s.EvidenceSpec]] = {}
    seen: set[tuple[str, str, str]] = set()
    for field_name, value, doc, start, end in found:
        key = (field_name, value)
        evidence = grouped.setdefault(key, [])
        if (field_name, value, doc) not in seen and len(evidence) < MAX_EVIDENCE:
            seen.add((field_name, value, doc))
            evidence.append(s.EvidenceSpec(doc=doc, text=texts[doc][start:end]))
    return [
        s.FactSpec(field=field_name, value=value, evidence=evidence, reviewed=False)
        for (field_name, value), evidence in grouped.items()
    ][:MAX_LIST]


__all__ = ["Draft", "article_paths", "draft", "draft_mission", "lx", "slug"]
