"""Events the articles report, and every article's claim about when each happens.

A sentence reports an event through a trigger ("lifted off", "docked", "return to
Earth", "press conference"); each time expression in it goes to the nearest
trigger. A stated duration ("In 12 days", "about 3.5 hours") becomes a claim
counted from the launch, or from the event it names ("six hours after docking").

Scope follows how the sentence is built, never a name: a claim in a clause of
plans ("is expected to dock", "a backup chance was set for") is marked planned, so
the actual time supersedes it; a trigger in a relative clause about another craft
("the cargo ship that launched on …") and a stay of another crew ("the first
crew … their 90-day stay") are not this mission's; a landing said to be uncrewed is
the spacecraft's own landing, an event apart from the crew's return. A time nearer
another craft's verb than this flight's is that craft's; a time followed by "after a
launch", or beside a verb of naming or telling ("on Monday named the crew"), is not
the event's; a launch whose clause names another number of this flight's family is
that flight's (`without_other_flights`).

A time in a clause that calls the attempt off ("the first attempt on Thursday was
scrubbed") is marked `called_off`: no time of the event at all. A live blog's posting
time is an event's only when its entry says so ("moments ago", or the entry opens by
announcing the event: "SPLASHDOWN!", "the capsule has docked").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date

from soyuztui.dossier.firsts import quick
from soyuztui.dossier.times.days import PAST_VERBS, PAST_WORDS, day_spans, tense
from soyuztui.draft import lexicon as lx
from soyuztui.draft.entries import JUST_NOW, Entry, announced, entries, entry_at
from soyuztui.draft.moments import (
    Found,
    expressions,
    in_an_earlier_year,
    moment_value,
    names_a_place,
    on_day,
    sentence_zone,
    states_clock,
    states_zoned_clock,
    story_zone,
    writes_zone,
)
from soyuztui.draft.text import Article, Sentence, clean_excerpt

#: A trigger word used as a noun modifier names a place or a thing, not the event:
#: "the splashdown zones", "a landing site", "the landing legs".
_PLACE_NOUN = r"\s+(?:zones?|sites?|areas?|regions?|spots?|pads?|legs?|gear|craft|barges?|ships?|vessels?|teams?|windows?|plans?)\b"

#: The words of a launch (case is ignored): a launch is written so, and a sentence written so
#: names who flies.
LAUNCH_WORDS = (
    r"\b(?:blast(?:ed|s|ing)?|lift(?:ed|s|ing)?|took|tak(?:e[sn]?|ing)|rocket(?:ed|s|ing)?|roar(?:ed|s|ing)?) off\b|\bliftoff\b|\blift-off\b|\bblast-off\b"
    r"|\bsen[dt]s?\b[^.]{0,40}?\binto (?:space|orbit)\b|\blaunch(?:ed|es)?\b(?!\s+(?:facility|site|pad|complex|vehicle|window|tower|cent(?:er|re)|base|area|control|system))|\btakeoff\b"
    r"|\brocketed\b|\btook out from\b"
    # The rocket as subject of a verb of rising: "the booster rose from the pad", "thundered off".
    r"|\b(?:rocket|booster|launcher)\s+(?:\w+\s+)?(?:rose|climbed|soared|streaked|thundered|roared)\b"
    r"|\bthundered (?:off|away|aloft|into)\b"
    # A craft or rocket that leaves its pad: "left the pad at 8:59 p.m.", "cleared the tower".
    r"|\b(?:left|leaves|leaving) (?:the|its) (?:launch )?pad\b|\bcleared the (?:launch )?tower\b"
    # The rocket as subject, the craft as object: "lifted the Crew Dragon Endeavour off its pad".
    r"|\b(?:lift(?:ed|s)?|blast(?:ed|s)?) (?:the|a|an|its|their) (?:[A-Z][\w-]*\s){1,3}off\b"
)

#: (event id, title, trigger pattern), in the order a mission runs.
EVENT_KINDS: tuple[tuple[str, str, str], ...] = (
    ("film-night", "Film night", r"\bwatched\b(?=[^.]{0,40}\b(?:film|movie)\b)"),
    (
        "press-conference",
        "Pre-flight press conference",
        r"\b(?:press|news) conference\b|\b(?:press )?briefing\b",
    ),
    ("launch", "Launch", LAUNCH_WORDS),
    ("orbit", "Orbit reached", r"\breach(?:ed|ing)? (?:the designated )?orbit\b"),
    (
        "docking",
        "Docking",
        r"\bdock(?:ed|s|ing)?\b(?!\s+(?:port))|\bfloated into\b|\blink(?:ed|s)? up with\b|\brendezvous(?:ed)? with\b"
        r"|\breach(?:ed|es)? (?:the )?(?:[A-Z]\w+ )*(?:Station|station|ISS|outpost)\b|\barrived at the (?:station|ISS)\b"
        r"|\b(?:hook(?:ed|s)?|latch(?:ed|es)?) (?:up )?(?:with|onto|on to|on)\b"
        # A ship's word, as state agencies write it in English: "the ship moored to the module".
        r"|\bmoor(?:ed|s|ing)? (?:to|at|with)\b",
    ),
    (
        "hatch-opening",
        "Hatch opening",
        r"\bhatch(?:es)? (?:was |were |is |are )?open|\bopen(?:ed|s|ing)? (?:the |a |their |its )?hatch(?:es)?\b",
    ),
    ("spacewalk", "Spacewalk", r"\bspacewalk\b"),
    ("undocking", "Undocking", r"\bundock(?:ed|s|ing)?\b"),
    (
        "return",
        "Return to Earth",
        r"\breturn(?:ed|s|ing)? (?:to Earth|home)\b|\b(?:plunge|head|come|fall)s? back to Earth\b|\breturn to Earth\b|\b(?:ride|rode|fly|flew|come|came|bringing|bring|brought) home\b"
        r"|\bback (?:to|on) Earth\b|\bsplash(?:ed|es)? down\b|\btouch(?:ed|es|ing)? down\b"
        r"|\bparachut(?:ed|ing) (?:in)?to\b"
        # A capsule that comes down, however a writer puts it: "the capsule thumped down in the desert".
        r"|\b(?:capsule|module|spacecraft|spaceship) (?:\w+ )?"
        r"(?:c[ao]me|comes|thump(?:ed|s)|thud(?:ded|s)|bump(?:ed|s)|float(?:ed|s)|drift(?:ed|s)|parachut(?:ed|es)"
        r"|settle[ds]|plop(?:ped|s)) down\b"
        # A runway landing ends when the wheels stop: "WHEELS STOP", "came to rest on the runway".
        r"|\bwheels? stop(?:ped)?\b|\bc[ao]me to (?:a )?(?:rest|stop) on (?:the |its )?runway\b"
        rf"|\b(?:splashdown|touchdown)\b(?!{_PLACE_NOUN})|\bland(?:s|ed)?\b(?!\s*(?:mark|scape))|\blanding\b(?!{_PLACE_NOUN})",
    ),
)
#: The spacecraft's own landing when it comes back without its crew: found by `_UNCREWED`, not a trigger.
VEHICLE_RETURN = ("vehicle-return", "Spacecraft's return, uncrewed")
#: Every event id, in the order a mission runs: a craft that comes back empty leaves before its crew does.
EVENT_ORDER: tuple[str, ...] = (*(kind for kind, _title, _pattern in EVENT_KINDS[:-1]), VEHICLE_RETURN[0], "return")
_TRIGGERS = [(kind, title, quick(pattern, re.IGNORECASE)) for kind, title, pattern in EVENT_KINDS]
_RETURN = next(pattern for kind, _title, pattern in _TRIGGERS if kind == "return")
#: Words of a plan, not a report: the time they give may be superseded by what happened.
_PLAN = quick(
    r"\b(?:scheduled|planned|plans? to|expected|slated|targeting|targeted|(?:set|due) (?:to|for)|as soon as"
    r"|no earlier than|backup|upcoming|will|would|could|aims? to|intends? to|forecast|(?:meant|intended|designed) to)\b|’ll\b|'ll\b",
    re.IGNORECASE,
)
#: A broadcast of an event, not the event: "coverage of the docking will begin at 7 a.m.",
#: "the agency's channel will air the hatch opening starting at 9:10". A time in such a
#: clause is when the programme starts.
_BROADCAST = re.compile(
    r"\b(?:coverage|broadcasts?|webcasts?|live\s?streams?|(?:will|to|set to)\s+(?:air|stream|televise)|airs|televises)\b",
    re.IGNORECASE,
)
#: Words of an attempt called off. A move to another day ("postponed to Friday") is not one: that
#: day is the new plan.
_SCRUBBED = quick(
    r"\b(?:called off|call(?:ed|s)? off|scrub(?:bed|s)?|abort(?:ed|s)?|cancell?(?:ed|s)?|stopped|halted"
    r"|stood down|stands? down)\b",
    re.IGNORECASE,
)
#: Words that say it went ahead after all ("scrubbed on Tuesday, it finally flew on Thursday").
_WENT_AHEAD = quick(r"\b(?:finally|successfully|went ahead|eventually|succeeded|at last|instead)\b", re.I)
#: Where a clause ends for `_SCRUBBED`: commas alone set off lists and appositions, not clauses.
#: A clause after "after" is background ("lifted off on Thursday, two days after an attempt was scrubbed").
_SCRUB_CLAUSE = quick(r"[;:—–(]|,\s+(?:and|but|while|then|so|leaving|before)\b|\b(?:but|after|following|since)\b")
#: Where a clause begins, for the plan words that govern it.
_CLAUSE_BREAK = quick(r"[,;:—–(]|\bbut\b")
#: A trigger in a relative clause about another craft: "the cargo ship that launched on March 2".
_OTHER_CRAFT = quick(
    r"\b(?:(?:cargo|supply|resupply|freight|uncrewed)\s+\w+|freighter|tanker"
    r"|(?:another|other|previous|next|earlier|later)\s+(?:\w+\s+)?(?:spacecraft|capsule|ship|vehicle|crew|mission))"
    r",?\s+(?:that|which)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: A sentence whose subject is a cargo ship: its events are the ship's ("A supply ship that
#: launched on May 2 is still docked to the station").
_OTHER_CRAFT_SUBJECT = re.compile(
    r"(?:An?|The|Another)\s+(?:[\w-]+\s+){0,3}?(?:(?:cargo|supply|resupply|freight)\s+(?:ship|craft|vehicle|spacecraft|capsule)"
    r"|freighter|tanker)\b"
)
#: A landing whose subject is the rocket ("The booster has landed", "the first stage touched down"):
#: a reusable booster comes back apart from the crew, and its landing is not their return.
_ROCKET_SUBJECT = re.compile(r"\b(?:booster|first[- ]stage|rocket)\b(?:\s+[\w’'-]+){0,3}\s+$", re.IGNORECASE)
#: A trigger in a relative clause of what something can do ("trash that can only come home on a
#: shuttle", "a capsule which could land on water"): a capability, no event of this flight.
_CAN_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:can|could|must|may|might)(?:\s+(?:only|not|never|also))?\s+$", re.I)
#: A sentence about another crew or mission than the story's ("the initial crew", "those crew members").
_OTHER_CREW = quick(
    r"\b(?:initial|previous|earlier|prior|former|preceding|outgoing|last|first)\s+"
    r"(?:crew|mission|expedition|team|trio|group)\b(?!\s+(?:to|of|in|for)\b)"
    r"|\b[Tt]hose\s+(?:crew|astronauts|taikonauts|cosmonauts|crewmembers)\b"
)
#: A landing said to carry nobody: the spacecraft's own, not the crew's.
_UNCREWED = quick(
    r"\b(?:uncrewed|unmanned|un-crewed|empty|crewless)\b|\bwithout\s+(?:its\s+|the\s+|any\s+|a\s+)?(?:crew|astronauts|passengers)\b"
    r"|\bwithout\s+[^.]{1,40}\s+on ?board\b|\bno one (?:on ?board|aboard)\b",
    re.IGNORECASE,
)
_MISSION_LENGTH = quick(r"-day\s+\w+|\b(?:days|weeks?)\s+(?:in space|in orbit|on the|aboard)\b|[Ii]n\s+\S+\s+days")


_MODAL = quick(
    r"\b(?:will|’ll|'ll|(?:is|are|was|were) (?:set |scheduled |due |expected |planned )?to|scheduled to|set to|"
    r"due to|plans? to|planned to)\s+$"
)
#: A verb in the past a few words before an excerpt with no tense of its own: it tells the excerpt's day.
#: A modal between them ("said it would try again on Saturday") speaks of a plan, not of the past.
#: A verb of saying is the saying's tense, not that of what was said ("said the launch on Friday would …").
_TOLD_BEFORE = quick(
    r"(?!(?:said|told|announced|spoke|held)\b)"
    + PAST_WORDS
    + r"(?:\s+(?!(?:would|could|should|might|to)\b)[\w'’-]+){0,4}\s+$",
    re.IGNORECASE,
)
#: How far before an excerpt `_TOLD_BEFORE` looks: a verb and four words.
_TOLD_REACH = 80
#: A past verb just after such an excerpt: "the first attempt on Tuesday was scrubbed".
_TOLD_AFTER = re.compile(r"\s+(?:was|were|had)(?:\s+(?:been\s+)?[a-z]+)?\b")
#: How long an excerpt from a live-blog entry's posting time to its "moments ago" may be.
_POSTED_REACH = 300
#: How far a clock time may stand after the day its sentence gave for it (one clause).
_DAY_REACH = 120
_REPORTING = re.compile(r",\s+(?:\w+\s+){0,3}(?:said|says|told|announced|confirmed|added)\b")
#: A time, then words that put an event before or after it: "arrived on Tuesday after a launch"
#: dates the arrival, and the launch came earlier.
_RELATIVE_TO = re.compile(
    r"\W*(?:after|following|since|before|ahead of)\s+(?:(?:a|an|the|its|their|his|her)\s+)?$", re.I
)
#: A clause of its own between a verb and a later time: the time is that clause's ("…, but managers
#: played the fault down on Sunday").
_OWN_CLAUSE = re.compile(r",\s+(?:but|while|although|though|whereas|yet)\b")
#: "…, and on Friday": a time that opens the next of a list of verbs ...
_AND_THEN = quick(r"\band\s+(?:then\s+)?(?:(?:early|late)\s+)?(?:(?:on|at|by)\s+)?$", re.I)
#: ... when a verb of its own follows in the same clause ("and on Friday the pair stepped outside").
_VERB_NEXT = re.compile(r"[^,.;:!?]{0,60}?\b(?:[a-z]+ed|will|would|is|are|was|were|" + "|".join(PAST_VERBS) + r")\b")
#: Verbs of naming or telling: a time beside them dates the words, not the event they tell of.
_SAYING = r"\b(?:named|announced|unveiled|picked|selected|chose|introduced|revealed|told|said|disclosed)\b"
#: Such a verb between a time and a later trigger: "on Monday named the crew who will fly on the launch".
_NAMING = re.compile(_SAYING)
#: Such a verb just before the time: "told the world on Thursday what … came home".
_NAMED_BEFORE = re.compile(_SAYING + r"(?:\s+(?:the\s+)?\w+){0,2}\s+(?:on\s+)?$")


@dataclass(slots=True)
class Trigger:
    """Where a sentence reports an event."""

    kind: str
    start: int
    end: int


@dataclass(slots=True)
class RawClaim:
    """One article's claim about an event: a moment, a duration from another event, or a mention."""

    event: str
    doc: str
    start: int
    end: int
    value: str | None = None
    after: str | None = None
    duration: bool = False
    #: The zone the claim's bare clock times are read in, when the excerpt needs one.
    zone: str | None = None
    #: Said roughly ("shortly after midnight"): the same article's exact minute stands for it.
    approximate: bool = False
    #: Said of a plan ("is scheduled to return on Thursday"): what happened supersedes it.
    planned: bool = False
    #: Said of an attempt that was called off ("the launch was scrubbed on Thursday"): no time of the event.
    called_off: bool = False
    #: The day the article was written on (as far as the draft knows): a report of a time
    #: written before it is a plan too ("returning on June 14" in a preview).
    written: date | None = None
    #: Where the same article names the day a clock time with no day of its own falls on
    #: ("docked on Thursday" for "at 1:34 pm ET" further on): the claim cites both.
    day_from: tuple[int, int] | None = None
    #: A clock time with no day that the page's date alone cannot place (a zoned pair a day
    #: apart): it has no value until the article's own day for the event places it.
    unread: bool = False


#: The claim's fields in order: `_moved` hands them to the constructor as they are.
_CLAIM_FIELDS = tuple(claim_field.name for claim_field in fields(RawClaim))


def _moved(claim: RawClaim, shift: int, doc: str, written: date | None) -> RawClaim:
    """A copy of `claim` `shift` characters further on, in `doc`, written on `written`.

    What `dataclasses.replace` does, at a fifth of its cost: every claim of every article
    read passes here, and `replace` looks up the dataclass's fields on every call.
    """
    moved = RawClaim(*[getattr(claim, name) for name in _CLAIM_FIELDS])
    moved.doc, moved.start, moved.end, moved.written = doc, claim.start + shift, claim.end + shift, written
    return moved


@dataclass(slots=True)
class EventFindings:
    """Every claim found, by event id, with the titles."""

    claims: dict[str, list[RawClaim]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    #: Claims by (text, body start, date, zone) of the articles read: copies are read once.
    memo: dict[tuple[object, ...], list[RawClaim]] = field(default_factory=dict)
    #: Claims by sentence and setting, with offsets from the sentence's start: wire copies share sentences.
    sentences: dict[tuple[object, ...], list[RawClaim]] = field(default_factory=dict)


def all_triggers(article: Article) -> dict[int, list[Trigger]]:
    """Event triggers outside quotation marks, by the index of their sentence (read once per article).

    A quotation that states a clock time with its zone is an official post or release
    ("… welcomed the capsule back to Earth at 12:01am ET"), read as a report.
    """
    cached = article.cache.get("triggers")
    if cached is not None:
        return cached  # type: ignore[return-value]
    starts = [sentence.start for sentence in article.sentences]
    found: dict[int, list[Trigger]] = {}
    for kind, _title, pattern in _TRIGGERS:
        for match in pattern.finditer(article.text, article.body_start):
            if article.in_quote(match.start()) and not _timed_quote(article, match.start()):
                continue
            index = bisect_right(starts, match.start()) - 1
            if index >= 0 and match.end() <= article.sentences[index].end:
                found.setdefault(index, []).append(Trigger(kind, match.start(), match.end()))
    _separations(article, found)
    article.cache["triggers"] = found
    return found


def headline_triggers(article: Article) -> list[Trigger]:
    """Event triggers in the article's header lines (its headline), which stand before the body."""
    header = article.text[: article.body_start]
    return sorted(
        (
            Trigger(kind, match.start(), match.end())
            for kind, _title, pattern in _TRIGGERS
            for match in pattern.finditer(header)
        ),
        key=lambda trigger: trigger.start,
    )


def says_a_plan(text: str) -> bool:
    """Whether `text` words a plan ("is expected to undock", "had been planned"), not a report."""
    return _PLAN.search(text) is not None


#: A separation: the word outlets use for the moment two craft part ("Separation happened at 08:43").
_SEPARATION = quick(r"\bseparat(?:ion|ed|es)\b", re.IGNORECASE)


def _separations(article: Article, found: dict[int, list[Trigger]]) -> None:
    """Add an undocking trigger to each separation told in the sentence after an undocking's, in its paragraph.

    "The capsule has undocked from the station. Separation happened at 08:43.": the parting
    is the undocking's moment. Elsewhere a separation is the craft leaving its rocket's
    stage, no event of the timeline.
    """
    undockings = [index for index, triggers in found.items() if any(item.kind == "undocking" for item in triggers)]
    for index in (before + 1 for before in undockings):
        if index >= len(article.sentences) or index in found:
            continue
        sentence = article.sentences[index]
        if (
            article.in_quote(sentence.start)
            or "\n\n" in article.text[article.sentences[index - 1].end : sentence.start]
        ):
            continue  # another paragraph: another entry, another subject
        match = _SEPARATION.search(sentence.text)
        if match is not None:
            start = sentence.start + match.start()
            found[index] = [Trigger("undocking", start, sentence.start + match.end())]


def _timed_quote(article: Article, offset: int) -> bool:
    index = bisect_right(article.quoted, (offset, len(article.text))) - 1
    start, end = article.quoted[index]
    return states_zoned_clock(article.text[start:end])


def event_claims(article: Article, findings: EventFindings) -> None:
    """Add the article's claims to `findings`.

    An article read before with the same text, date and zone (a syndicated copy, or
    a trial day tried again) gives the same claims: they are read once and reused.
    """
    key = (article.text, article.body_start, article.published, article.cache.get("zone"))
    claims = findings.memo.get(key)
    if claims is None:
        claims = findings.memo[key] = _read_claims(article, findings.sentences)
    for claim in claims:
        same = claim if claim.doc == article.id else replace(claim, doc=article.id)
        findings.claims.setdefault(claim.event, []).append(same)
    for kind, title, _pattern in _TRIGGERS:
        findings.titles.setdefault(kind, title)
    findings.titles.setdefault(*VEHICLE_RETURN)


def _read_claims(article: Article, memo: dict[tuple[object, ...], list[RawClaim]]) -> list[RawClaim]:
    """The article's claims, sentence by sentence; a sentence read before in the same setting is reused.

    Outlets repeat a wire's sentences word for word; what a sentence claims depends only
    on its words, its triggers, the article's day and zones and the dateline's reach, so
    those are the key, and the claims are kept with offsets from the sentence's start.
    """
    by_sentence = all_triggers(article)
    uncrewed_lead = _uncrewed_lead(article)
    written = article.published if isinstance(article.published, date) else None
    plain_zone = article_zone(article)
    dateline = _dateline_end(article)
    out: list[RawClaim] = []
    for index, sentence in enumerate(article.sentences):
        triggers = by_sentence.get(index, [])
        if not triggers and not _MISSION_LENGTH.search(sentence.text):
            continue
        entry = entry_at(article, sentence.start)
        if entry is not None and sentence.start < entry.body:
            # A live blog's posting time is when the entry was written: the sentence is read from its words.
            if entry.body >= sentence.end:
                continue
            sentence = Sentence(entry.body, sentence.end, article.text[entry.body : sentence.end])
            triggers = [trigger for trigger in triggers if trigger.start >= entry.body]
        origin = sentence.start
        local = article_zone(article, True, sentence.text) if "local" in sentence.text.lower() else None
        # "docked moments ago": the entry's words up to the sentence date it.
        live = entry and (
            JUST_NOW.search(sentence.text) or (origin == entry.body and announced(article.text, origin, sentence.end))
        )
        posted = article.text[entry.start : origin] if entry and live else None
        key = (
            sentence.text,
            tuple((trigger.kind, trigger.start - origin, trigger.end - origin) for trigger in triggers),
            written,
            plain_zone,
            local,
            written_zone(article),
            uncrewed_lead,
            min(max(dateline - origin, 0), len(sentence.text)),
            posted,
        )
        claims = memo.get(key)
        if claims is None:
            found = _sentence_claims(article, sentence, triggers, uncrewed_lead, entry if posted else None)
            memo[key] = [_moved(claim, -origin, claim.doc, claim.written) for claim in found]
            for claim in found:  # read just now for this article: only its day to add
                claim.written = written
            out += found
            continue
        out += [_moved(claim, origin, article.id, written) for claim in claims]
    return _one_per_minute(_stated_over_posted(article, out))


def _stated_over_posted(article: Article, claims: list[RawClaim]) -> list[RawClaim]:
    """An article's claims without an entry's posting time where the entry states the event's own time.

    "08:50 — The capsule has undocked. Separation happened at 08:43.": the entry was
    written at 08:50 about an undocking it times at 08:43.
    """
    if not entries(article):
        return claims
    stated = set()
    for claim in claims:
        entry = entry_at(article, claim.start) if claim.value else None
        if entry is not None and claim.start >= entry.body:
            stated.add((claim.event, entry.start))
    return [claim for claim in claims if (claim.event, claim.start) not in stated]


def _one_per_minute(claims: list[RawClaim]) -> list[RawClaim]:
    """An article's claims, one for each event and exact minute.

    A live blog's "06:33 Beijing time - Touchdown!" and its "landed … (2233 GMT)" are one
    minute said twice, read in two zones: one claim stands for both, the one read with no
    zone of its own when there is one (its words state the zone).
    """
    kept: dict[tuple[str, str], RawClaim] = {}
    out: list[RawClaim] = []
    for claim in claims:
        if claim.value is None or len(claim.value) == len("YYYY-MM-DD"):
            out.append(claim)
            continue
        key = (claim.event, claim.value)
        first = kept.get(key)
        if first is None:
            kept[key] = claim
            out.append(claim)
        elif first.zone is not None and claim.zone is None:
            kept[key] = claim
            out[out.index(first)] = claim
    return out


def told_as_done(article: Article, claim: RawClaim) -> bool:
    """Whether the claim's sentence tells of its event as done: in the past tense, no plan, not called off.

    An article that says so was written after the event ("has reached the station after a
    two-day chase"): a day before it is no day the article can have been written on.
    """
    sentence = article.sentence_at(claim.start)
    return not claim.planned and not claim.called_off and sentence is not None and tense(sentence.text) < 0


def _dateline_end(article: Article) -> int:
    """Where the article's wire dateline ends (its body's start when it has none)."""
    end = article.cache.get("dateline_end")
    if not isinstance(end, int):
        end = article.cache["dateline_end"] = article.dateline_end()
    return end


def _sentence_claims(
    article: Article, sentence: Sentence, triggers: list[Trigger], uncrewed_lead: bool, entry: Entry | None = None
) -> list[RawClaim]:
    """The claims of one sentence; `entry` is the live-blog entry it stands in when it says "moments ago"."""
    text = article.text
    out: list[RawClaim] = []
    here = [
        trigger
        for trigger in triggers
        if not _OTHER_CRAFT.search(text, sentence.start, trigger.start)
        and not _OTHER_CRAFT_SUBJECT.match(text, sentence.start, trigger.start)
        and not (trigger.kind == "return" and _ROCKET_SUBJECT.search(text, sentence.start, trigger.start))
        and not _CAN_CLAUSE.search(text, sentence.start, trigger.start)
    ]
    other_crew = _OTHER_CREW.search(sentence.text) is not None
    if uncrewed_lead or _UNCREWED.search(sentence.text):
        here = [replace(trigger, kind=VEHICLE_RETURN[0]) if trigger.kind == "return" else trigger for trigger in here]
    others = [trigger for trigger in triggers if not any(mine.start == trigger.start for mine in here)]
    found = expressions(text, sentence.start, sentence.end)
    claimed: set[str] = set()
    for expression in found:
        if expression.kind == "duration" and (
            other_crew or in_an_earlier_year(text, expression.end, article.published)
        ):
            continue  # "those crew members … their 90-day stay", "a 10-day flight in 2015": another flight's
        trigger = _owner(text, expression, here, sentence)
        if trigger is None:
            continue
        if (
            others
            and expression.kind == "moment"
            and _owner(text, expression, [trigger, *others], sentence) is not trigger
        ):
            continue  # nearer to another craft's event ("a test that launched on Nov. 16 and …"): theirs
        if expression.kind == "moment" and _broadcast(text, sentence, trigger, expression):
            continue  # "coverage of the hatch opening will begin at 7 a.m.": the programme's start
        claim = _claim(article, sentence, expression, trigger, found)
        if claim is not None:
            claim.planned = _planned(text, sentence, trigger, expression)
            claim.called_off = expression.kind == "moment" and _called_off(text, sentence, expression)
            out.append(claim)
            claimed.add(claim.event)
    if entry is not None:
        for trigger in here:
            if trigger.kind not in claimed and (claim := _posted_claim(article, entry, sentence, trigger)):
                out.append(claim)
                claimed.add(claim.event)
    for trigger in here:
        if trigger.kind in claimed:
            continue
        claimed.add(trigger.kind)
        start, end = _around(text, sentence, trigger.start, trigger.end)
        out.append(RawClaim(trigger.kind, article.id, start, end))
    return _in_mission_order(text, out, article.published)


def _posted_claim(article: Article, entry: Entry, sentence: Sentence, trigger: Trigger) -> RawClaim | None:
    """The entry's posting time as the time of an event its sentence says happened "just now" or "moments ago",
    or that its first sentence announces as it happens ("SPLASHDOWN!", "The capsule has landed").

    The excerpt runs from the posting time to those words, so `check` reads the same minute.
    """
    end = _live_end(article.text, sentence, entry, trigger)
    if end is None:
        return None
    start = entry.start
    if end - start > _POSTED_REACH:
        return None
    excerpt = article.text[start:end]
    zone = sentence_zone(excerpt) or article_zone(article, "local" in excerpt.lower(), excerpt)
    read = moment_value(excerpt, article.published, zone)
    if read is None or len(read[0]) == len("YYYY-MM-DD"):
        return None
    return RawClaim(trigger.kind, article.id, start, end, value=read[0], zone=read[1], approximate=read[2])


def _live_end(text: str, sentence: Sentence, entry: Entry, trigger: Trigger) -> int | None:
    """Where the words that put `trigger`'s event at the entry's posting time end, if the sentence has them."""
    now = JUST_NOW.search(text, sentence.start, sentence.end)
    if now is not None:
        # "moments ago, officials said the crew would dock": the words are not the event's
        return now.end() if now.start() >= trigger.start else None
    span = announced(text, sentence.start, sentence.end) if sentence.start == entry.body else None
    if span is None or not span[0] <= trigger.start < trigger.end <= span[1]:
        return None  # the announcement must be the event's own word
    return span[1]


def _uncrewed_lead(article: Article) -> bool:
    """Whether the headline or first sentence says the spacecraft came back empty ("… back without its crew")."""
    if not article.sentences:
        return False
    lead = article.text[: article.sentences[min(1, len(article.sentences) - 1)].end]
    return _UNCREWED.search(lead) is not None and _RETURN.search(lead) is not None


def _planned(text: str, sentence: Sentence, trigger: Trigger, expression: Found) -> bool:
    """Whether the clause from the trigger to the time speaks of a plan ("is expected to dock at 7:10 pm")."""
    return _PLAN.search(text, *_clause(text, sentence, trigger, expression)) is not None


def _broadcast(text: str, sentence: Sentence, trigger: Trigger, expression: Found) -> bool:
    """Whether the time's clause is about a broadcast of the event ("NASA coverage of docking will begin at 7 a.m.")."""
    return _BROADCAST.search(text, *_clause(text, sentence, trigger, expression)) is not None


def _clause(text: str, sentence: Sentence, trigger: Trigger, expression: Found) -> tuple[int, int]:
    """From where the clause holding the trigger and the time begins to the later of the two."""
    first, last = min(trigger.start, expression.start), max(trigger.end, expression.end)
    begin = sentence.start
    for brk in _CLAUSE_BREAK.finditer(text, sentence.start, first):
        begin = brk.end()
    return begin, last


def _called_off(text: str, sentence: Sentence, expression: Found) -> bool:
    """Whether the clause of the time says the attempt then was called off ("the first attempt on
    Thursday was scrubbed", "a fault stopped the countdown on Monday") and not that it then went ahead."""
    if _SCRUBBED.search(text, sentence.start, sentence.end) is None:
        return False  # most sentences: no clause to find
    begin, end = sentence.start, sentence.end
    for brk in _SCRUB_CLAUSE.finditer(text, sentence.start, expression.start):
        begin = brk.end()
    if after := _SCRUB_CLAUSE.search(text, expression.end, sentence.end):
        end = after.start()
    return _SCRUBBED.search(text, begin, end) is not None and _WENT_AHEAD.search(text, begin, end) is None


def _owner(text: str, expression: Found, here: list[Trigger], sentence: Sentence) -> Trigger | None:
    if expression.kind == "duration" and _MISSION_LENGTH.search(text, expression.start, expression.end):
        returns = [trigger for trigger in here if trigger.kind == "return"]
        if returns or expression.anchor is None:
            return returns[0] if returns else Trigger("return", expression.start, expression.end)
    candidates = here
    if expression.kind == "duration":
        candidates = [
            trigger for trigger in here if trigger.kind in ("docking", "hatch-opening", "return", "undocking")
        ]
    if not candidates:
        return None

    def distance(trigger: Trigger) -> int:
        if trigger.end <= expression.start:
            if _REPORTING.search(text, trigger.end, expression.start):
                return 10_000  # "lifts off on Wednesday, officials told reporters on Monday"
            if _OWN_CLAUSE.search(text, trigger.end, expression.start):
                return 10_000  # "failed after it docked, but managers played it down on Sunday": that verb's day
            if _AND_THEN.search(text, trigger.end, expression.start) and _VERB_NEXT.match(text, expression.end):
                return 10_000  # "launched from the coast, and on Friday stepped outside": the later verb's day
            return expression.start - trigger.end
        # A time usually follows its verb ("lifted off ... at 06:10 UTC and docked"); a comma
        # parts it from a later trigger ("at 0855 GMT, with a docking time of 1212 GMT").
        between = text[expression.end : trigger.start]
        if _RELATIVE_TO.match(between) or _NAMING.search(between):
            return 10_000
        if _NAMED_BEFORE.search(text, max(sentence.start, expression.start - 40), expression.start):
            return 10_000  # "told the world on Thursday what … came home": the telling's day
        penalty = 40 + (100 if "," in between else 0)
        return max(0, trigger.start - expression.end) + penalty

    best = min(candidates, key=distance)
    return best if distance(best) < 10_000 else None


def _around(text: str, sentence: Sentence, start: int, end: int, words: int = 4) -> tuple[int, int]:
    """The span grown by up to `words` words each side, inside the sentence."""
    left = start
    for _ in range(words):
        space = text.rfind(" ", sentence.start, left - 1)
        if space < 0:
            left = sentence.start
            break
        left = space + 1
    right = end
    for _ in range(words):
        space = text.find(" ", right + 1, sentence.end)
        if space < 0:
            right = sentence.end
            break
        right = space
    return clean_excerpt(text, left, right)


def _with_tense(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The span of a tenseless excerpt grown to the past verb that tells it, if one stands beside it.

    "a mission that began with a launch from the coast on Tuesday": the verb a few words
    before is its tense (a past Tuesday); "the attempt on Tuesday was scrubbed": the one after.
    """
    if told := _TOLD_BEFORE.search(text, max(sentence.start, start - _TOLD_REACH), start):
        return told.start(), end
    if told := _TOLD_AFTER.match(text, end, sentence.end):
        return start, told.end()
    return start, end


def _claim(
    article: Article, sentence: Sentence, expression: Found, trigger: Trigger, found: list[Found]
) -> RawClaim | None:
    text = article.text
    start, end = min(expression.start, trigger.start), max(expression.end, trigger.end)
    others = [item for item in found if item is not expression and item.start < end and item.end > start]
    if others or end - start > 140:
        start, end = expression.start, expression.end
        if expression.kind == "moment":
            start, end = _around(text, sentence, start, end, words=2)
            if any(item is not expression and item.start < end and item.end > start for item in found):
                start, end = expression.start, expression.end
    if expression.kind == "moment" and not day_spans(text[start:end]):
        start = _day_before(article, sentence, expression, trigger, found, start)
    start, end = _extend_word(text, sentence, start, end)
    # "will lift off on Friday": the excerpt carries its tense, which decides the weekday.
    if modal := _MODAL.search(text, sentence.start, start):
        if modal.end() == start or text[modal.end() : start].strip() == "":
            start = modal.start()
    elif expression.kind == "moment" and not tense(text[start:end]):
        start, end = _with_tense(text, sentence, start, end)
    if expression.kind == "duration":
        anchor = expression.anchor or "launch"
        if trigger.kind == anchor:
            return None
        return RawClaim(trigger.kind, article.id, start, end, after=anchor, duration=True)
    if article.in_dateline(expression.start):
        return None
    local = "local" in text[start:end].lower()
    zone = sentence_zone(sentence.text) or article_zone(article, local, sentence.text)
    if zone is None and states_clock(text[start:end]) and not (local and names_a_place(sentence.text)):
        zone = written_zone(article) or _placed_zone(article, sentence)
    read = moment_value(text[start:end], article.published, zone)
    if read is None:
        if states_clock(text[start:end]) and not day_spans(text[start:end]):
            return RawClaim(trigger.kind, article.id, start, end, zone=zone, unread=True)
        return None
    return RawClaim(trigger.kind, article.id, start, end, value=read[0], zone=read[1], approximate=read[2])


def _in_mission_order(text: str, claims: list[RawClaim], published: object) -> list[RawClaim]:
    """The sentence's claims, a day-less clock time moved to the day another event's claim names when
    the page's own day would put the two events out of mission order.

    "came home on Tuesday night, … about twelve hours after it undocked at 11:05 a.m.":
    on a page dated Wednesday the undocking read on Wednesday would follow the landing.
    It is Tuesday's; the day's excerpt goes in the claim as `day_from`, which `check`
    reads with the clock time. A clock time the order allows is left on the page's day
    ("lifted off on Wednesday …, docked at 6:40 p.m.").
    """
    days = [claim for claim in claims if claim.value and len(claim.value) == len("YYYY-MM-DD")]
    if not days or not isinstance(published, date):
        return claims
    out = []
    for claim in claims:
        if claim.value and len(claim.value) > len("YYYY-MM-DD"):
            if not day_spans(text[claim.start : claim.end]):
                claim = next((moved for day in days if (moved := _onto_day(text, claim, day)) is not None), claim)
        out.append(claim)
    return out


def _onto_day(text: str, claim: RawClaim, day: RawClaim) -> RawClaim | None:
    """`claim` read on `day`'s day when its own reading breaks mission order with `day`'s event."""
    assert claim.value is not None and day.value is not None
    order = EVENT_ORDER.index(claim.event) - EVENT_ORDER.index(day.event) if day.event != claim.event else 0
    if order == 0 or on_day(claim.value, day.value, day.zone):
        return None
    if (order < 0) != (claim.value[:10] > day.value):
        return None  # the page's day keeps the two in order
    moved = moment_value(text[claim.start : claim.end], date.fromisoformat(day.value), claim.zone)
    if moved is None or not on_day(moved[0], day.value, day.zone):
        return None
    return replace(claim, value=moved[0], zone=moved[1], day_from=(day.start, day.end))


def _day_before(
    article: Article, sentence: Sentence, expression: Found, trigger: Trigger, found: list[Found], start: int
) -> int:
    """Where the excerpt of a clock time with no day begins: at the day its event's verb was given.

    "came back to Earth on Saturday evening, the capsule dropping into the sea at 7:06 p.m.":
    the clock time is on the day written after the same verb a clause earlier, when no
    other time phrase stands between them.
    """
    text = article.text
    earlier = [item for item in found if item.kind == "moment" and item.end <= expression.start]
    if not earlier:
        return start
    day = earlier[-1]
    if day.start < trigger.end or expression.start - day.end > _DAY_REACH or ";" in text[day.end : expression.start]:
        return start
    read = moment_value(text[day.start : day.end], article.published, None)
    if read is None or len(read[0]) != len("YYYY-MM-DD") or not day_spans(text[day.start : day.end]):
        return start
    return min(start, trigger.start)


def article_zone(article: Article, local: bool = False, sentence: str | None = None) -> str | None:
    """The zone the article's bare clock times are in, as the draft worked it out (None: unknown).

    Its dateline's place decides ("BEIJING (AP) —"); "local time" may also be the
    one zone of every place the story names. "Local time" in a `sentence` that names
    places is theirs ("off the Florida coast at 5:58pm local time"), whatever the
    dateline or the rest of the story names: their one zone, else none (refused).
    """
    if local and sentence is not None and names_a_place(sentence):
        return story_zone(sentence)
    zone = article.cache.get("zone")
    if isinstance(zone, str):
        return zone
    if not local:
        return None
    if "story_zone" not in article.cache:
        article.cache["story_zone"] = story_zone(article.text[article.body_start :])
    found = article.cache["story_zone"]
    return found if isinstance(found, str) else None


_DEPARTURES = ("undocking", "return")
#: A relative clause: its subject is the noun phrase before it ("the Shenzhou-17 crew of A and B, who docked on …").
_RELATIVE = re.compile(r"\s*(?:who|which)\b")


def without_other_flights(
    findings: EventFindings, articles: Sequence[Article], own: Iterable[str]
) -> list[tuple[str, str]]:
    """Drop claims whose clause names another flight of this flight's family before the verb.

    "The Shenzhou-15 crew launched from the same site on November 29": in a story about
    Shenzhou-16 that is the earlier crew's launch; "the Shenzhou-17 crew of A, B and C, who
    docked on October 26" is the later crew's docking (a relative clause's subject is what
    stands before it). Only a designation of the same family with another number counts,
    so "a Long March 2F rocket carrying the Shenzhou-16 ..." stays; a craft of another family
    counts for an empty homecoming and for an arrival (that family named, the flight's own not). Departures stay: the
    residents who fly that other craft leave with them (`draft.homecomings`). Returns the
    events and excerpts dropped, for the notes.
    """
    own = list(own)
    if not own:
        return []
    family = next((found for name in own if (found := lx.family_of(name))), None)
    by_id = {article.id: article for article in articles}
    # Copies repeat whole texts: each (text, place) is judged once.
    judged: dict[tuple[str, int], bool] = {}
    dropped: list[tuple[str, str]] = []
    for event, claims in findings.claims.items():
        if event in _DEPARTURES:
            continue  # another crew's departure is theirs to leave with: the occupants' rules read it
        kept = []
        for claim in claims:
            article = by_id[claim.doc]
            key = (article.text, claim.start)
            if key not in judged:
                clause = _clause_before(article, claim.start)
                # "Starliner returned without a crew and landed on Sept. 7": another craft's empty homecoming.
                judged[key] = lx.another_number(clause, own) or (
                    event == VEHICLE_RETURN[0] and lx.another_family(clause, family)
                )
                if event == "docking" and not judged[key]:
                    # "A and B arrived at the station on May 2 aboard a Soyuz": another family's craft
                    # in the clause, and not the flight's own, brought someone else.
                    whole = clause + _clause_after(article, claim.start)
                    judged[key] = lx.another_family(whole, family) and family not in lx.families_in(whole)
            if judged[key]:
                dropped.append((event, article.text[claim.start : claim.end]))
            else:
                kept.append(claim)
        findings.claims[event] = kept
    return dropped


def _clause_after(article: Article, start: int) -> str:
    """The text of the clause a claim at `start` stands in, from it to the clause's end."""
    sentence = article.sentence_at(start)
    end = sentence.end if sentence is not None else start
    brk = _CLAUSE_BREAK.search(article.text, start, end)
    return article.text[start : brk.start() if brk else end]


def _clause_before(article: Article, start: int) -> str:
    """The text of the clause a claim at `start` stands in, up to it; a relative clause with what it is about,
    and a verb just after a comma with the subject before it."""
    sentence = article.sentence_at(start)
    first = sentence.start if sentence is not None else start
    begin = first
    for brk in _CLAUSE_BREAK.finditer(article.text, first, start):
        begin = brk.end()
    # "who docked on …" is about what stands before it; "A, the four members of Crew-10, reached …"
    # has its subject before the comma.
    if _RELATIVE.match(article.text, begin, start) or not article.text[begin:start].strip():
        begin = first
    return article.text[begin:start]


def _placed_zone(article: Article, sentence: Sentence) -> str | None:
    """The clock of the one zone the sentence's places are in, when the article writes no zone at all.

    A local paper writes its own clock bare: "touched down on the runway at the Kennedy Space
    Center at 5:56 a.m." is Florida's 5:56, as its readers there read it.
    """
    if "writes_zone" not in article.cache:
        article.cache["writes_zone"] = writes_zone(article.text[article.body_start :])
    return None if article.cache["writes_zone"] else story_zone(sentence.text)


def written_zone(article: Article) -> str | None:
    """The one zone every zone word of the article names, else None.

    An outlet that writes "9.31am Beijing time" and then "by 4.30pm" states one clock
    and keeps to it: its bare clock times are in that zone. Only clock times take it; a
    day with no zone is the writer's own (see `schedule`).
    """
    if "written_zone" not in article.cache:
        article.cache["written_zone"] = sentence_zone(article.text[article.body_start :])
    found = article.cache["written_zone"]
    return found if isinstance(found, str) else None


def _extend_word(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    while start > sentence.start and text[start - 1].isalnum():
        start -= 1
    while end < sentence.end and text[end].isalnum():
        end += 1
    return clean_excerpt(text, start, end)
