"""Who flies up, who comes home, and who was aboard the station already.

A launch sentence ("blasted off ... together with cosmonaut Anton Shkaplerov") puts
the people it names on the launch leg; a return sentence ("will return to Earth ...
alongside cosmonaut Oleg Novitsky") on the landing leg; a sentence about the station's
crew ("will join Thomas Pesquet ...", "has been on the station for six months") marks
people already aboard. A crew line-up ("commander A, pilot B and mission specialist C")
seats the people it gives flight roles on the launch leg, whether the flight has flown
or not: as in Launch Library, an assigned crew is the launch crew.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from soyuztui.dossier.firsts import quick
from soyuztui.draft.attributes import Described
from soyuztui.draft.events import LAUNCH_WORDS
from soyuztui.draft.moments import states_time
from soyuztui.draft.names import Mention, Person
from soyuztui.draft.text import Article, Sentence

# The launch as the timeline reads it, and the ways a sentence says who flies.
_LAUNCH = quick(
    LAUNCH_WORDS + r"|\bflies with\b|\bfly with\b|\bjourney to\b|\baccompanied by\b"
    r"|\bInside the (?:spaceship|spacecraft|capsule) were\b|\bcarrying\b|(?<!already )(?<!still )(?<!remains )\bdocked\b|\bwill lead\b.*\bcrew\b"
    r"|\bfloated into\b|\bcrew (?:is|was|will be) (?:headed|led) by\b|\bheaded by\b|\bat the controls\b|\btravel(?:led|ed)? in\b",
    re.IGNORECASE,
)
# "Joining him are ...": crewmates of the people named just before.
_CREWMATES = re.compile(
    r"^(?:(?:Joining|Flying with|Alongside) (?:him|her|them)|(?:He|She|They) (?:is|are|was|were|will be) joined by)\b"
)
_CONTEXT = quick(
    r"\b(?:spacecraft|spaceship|capsule|rocket|station|Station|ISS|crew|cosmodrome|Cosmodrome|spaceport|Spaceport)\b"
)
_RETURN = quick(
    r"\breturn(?:s|ed|ing)? to Earth\b|\b(?:ride|riding|fly|flying|come|coming|came|bringing|bring|brought|head|heading|go|going)\b[^.;]{0,30}?\bhome\b|\bsplash(?:es)? down\b"
    r"|\bcarr(?:y|ying|ied)\b[^.;]{0,90}?\bhome\b|\blanded\b"
    r"|\bsplashed down\b|\bsplashing down\b|\bto land\b|\bwill land\b|\blanding\b|\btouch(?:es|ed)? down\b"
    r"|\bc[ao]me back to Earth\b|\bdue back\b"
    # A capsule coming down under its parachutes: "parachuted into the sea", "parachuted to the steppe".
    r"|\bparachut(?:ed|ing) (?:in)?to\b"
    # "A, B and C are on their way home": after the undocking, the crew heading for the landing.
    r"|\bway (?:home|back to Earth)\b"
    # "All four are back on Earth": the subject is back, not "teams back on Earth".
    r"|\b(?:is|are|was|were|now|safely) back on (?:Earth|the ground|solid ground)\b"
    # Getting out of the capsule is how outlets write the end of a landing: "climbed out", "were
    # helped out of the descent module", "are out of the capsule".
    r"|\bclimb(?:ed|s|ing)? out\b"
    r"|\b(?:helped|pulled|lifted|carried|came|come|emerged|is|are|was|were) out of the"
    r" (?:capsule|spacecraft|spaceship|descent module|hatch)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # syndicated copies repeat their clauses word for word
def homecoming_words(text: str) -> re.Match[str] | None:
    """Where `text` says someone comes home ("returned to Earth", "splashed down", "climbed out")."""
    return _RETURN.search(text)


_ABOARD = quick(
    r"\bjoin(?:ing|ed)?\b|\bgreet(?:ed|s|ing)?\b|\bwelcomed\b|\bwaited\b|\bbeen waiting\b"
    # "Who is already on the station: A, B and C", "A and B, still aboard the outpost".
    r"|\b(?:already|still) (?:on|aboard|on board) (?:the )?(?:[Ss]tation|outpost|ISS|(?:[A-Z]\w+ )+[Ss]tation|[A-Z]\w+)\b"
    r"|\b[Ww]aiting\b[^.]{0,15}?\b(?:aboard|on board|on the (?:\w+ ){0,2}(?:[Ss]tation|outpost|ISS))\b"
    r"|\b[Aa]board (?:the )?(?:station|outpost|ISS|(?:[A-Z]\w+ )+Station)\b|\bhas (?:been|lived|spent)\b"
    # "A, B and C, who have been in orbit since October": not "have been named", "have been training".
    r"|(?<=\bhave )\bbeen (?:in orbit|in space|aboard|on board)\b"
    r"|\bstationed\b|\bliving (?:on ?board|aboard)\b|\blived aboard\b|\balready aboard\b"
    r"|\boccupied by\b|\breplaced by\b|\breplacements\b|\bcommand of the (?:\w+ ){0,3}(?:[Ss]tation|outpost|ISS)\b"
    r"|\b(?:been|arrived) (?:at|on|aboard) the (?:\w+ ){0,3}(?:[Ss]tation|outpost|ISS)\b"
    # "undocked, leaving A and B aboard", "the crew left behind includes A": who stays was aboard.
    r"|\bleaving\b(?=[^.;]*?\b(?:on board|aboard|behind)\b)|\b[Ll]eft behind\b|\bleaves? behind\b"
    # "C was met by A and B": who meets the newcomers is aboard.
    r"|\bmet by\b"
    # A handover has both crews aboard: "A and B will hand over the outpost", "A handed command to B".
    r"|\bhand(?:s|ed|ing)? (?:over\b|the (?:\w+ )?(?:station|outpost|ISS|keys)\b|(?:formal )?command\b)"
)
#: A clause about a place, with its own subject: "... entered the module, where A and B waited".
_WHERE = re.compile(r",\s+where\b")


def _last_where(body: str, end: int) -> int:
    """Where the last "..., where" clause before `end` begins in `body`; 0 where there is none."""
    return max((match.end() for match in _WHERE.finditer(body, 0, end)), default=0)


_WHO_HAVE = re.compile(r"\bwho (?:have|had|are|were)\s+$")
# "were greeted by A", "A welcomed them": who greets is aboard, whom they greet arrives.
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+\s+)?$")
_BY = re.compile(r"[^.;]{0,40}?\bby\b")


#: Where a welcome takes place aboard: not "the administrator welcomed the crew home".
_AT_STATION = re.compile(r"\b(?:[Ss]tation|outpost|ISS|hatch(?:es)?|aboard|on board|module)\b")


def _active(body: str, begin: int, end: int) -> bool:
    """Whether the verb at `body[begin:end]` ("greeted", "welcomed") is active: its subject does it."""
    return not _PASSIVE.search(body[:begin]) and not _BY.match(body[end:])


_NOT_FLYING = quick(
    r"\b(?:join(?:ing|ed)?|greet(?:ed)?|meet|met|welcomed (?:\w+ ){0,2}?by|spectators|onlookers|watched|looked on|officials"
    # "... toward the station, where A and B are waiting": who waits there does not fly up.
    r"|await(?:s|ing)?)\b|,\s+where\b(?=[^.;]*\b(?:wait(?:s|ing)?|li(?:ve|ves|ving)|work(?:s|ing)?|aboard)\b)"
)
# A homecoming the people named do not take part in: "returned uncrewed", "without them".
STAYING = quick(
    r"\b(?:uncrewed|unmanned|without|empty)\b|\b(?:are|is|remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:\w+\s+)?aboard\b"
)
#: The people a departure leaves where they are: "undocked, leaving A and B on board".
LEFT_BEHIND = quick(r"\bleaving\b[^.;]*?\b(?:on board|aboard|behind)\b")
_WHOLE_CREW = quick(
    # "the old crew", "the departing crew": another crew than the one that flies.
    r"\b(?:[Tt]he (?!(?:old|previous|outgoing|departing|other|earlier|former|resident)\b)(?:\w+ ){0,2}crew"
    r"|[Tt]he trio|[Tt]he foursome"
    # "The four will ...", "All three ...", "The four private astronauts ..."
    r"|(?:[Tt]he|[Aa]ll) (?:two|three|four|five|six|seven|eight)(?! of\b)"
    # "Four private astronauts ... returned": a count of the people who fly, as a wire's lede writes it.
    r"|(?<![\w-])(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight) (?:[\w.-]+ ){0,2}"
    r"(?:astronauts|cosmonauts|taikonauts|crew members))\b"
)
#: How many sentences back "the crew", "the three" may point for whom they mean.
_REFERS_BACK = 3
_COMMAND = quick(r"\bled by\b|\bcommander\b|\bcommanding\b|\bin charge of\b|\bwill lead\b", re.IGNORECASE)


@dataclass(slots=True)
class Seat:
    """A person on one leg, with the sentences that say so."""

    person: Person
    leg: str
    sentences: list[tuple[str, Sentence]] = field(default_factory=list)
    commands: bool = False


@dataclass(slots=True)
class CrewFindings:
    """Seats by (person id, leg), and people aboard before the flight."""

    seats: dict[tuple[int, str], Seat] = field(default_factory=dict)
    aboard: dict[int, list[tuple[str, Sentence]]] = field(default_factory=dict)
    people: dict[int, Person] = field(default_factory=dict)
    whole_crew_returns: bool = False
    #: The sentences that say the whole crew comes home ("The four will return to Earth"),
    #: each with the people (by `id`) named in it and the few sentences before (whom it
    #: means), and the text of those sentences (the craft it may mean).
    crew_homecomings: list[tuple[str, Sentence, frozenset[int], str]] = field(default_factory=list)
    #: The people (by `id`) a crew is said to relieve ("the astronauts they are replacing — A, B").
    relieved: set[int] = field(default_factory=set)


def _in_sentence(
    named: list[tuple[Mention, Person]], starts: list[int], article: Article, sentence: Sentence
) -> list[tuple[Mention, Person]]:
    """The names written in `sentence` outside quotations; `starts` are the names' offsets, in order."""
    within = named[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
    return [(mention, person) for mention, person in within if not article.in_quote(mention.start)]


@lru_cache(maxsize=4096)  # syndicated copies repeat their sentences word for word
def _spans(pattern: re.Pattern[str], body: str) -> tuple[tuple[int, int], ...]:
    """Where `pattern` matches in a sentence."""
    return tuple(match.span() for match in pattern.finditer(body))


def crew_sentences(
    article: Article,
    named: list[tuple[Mention, Person]],
    findings: CrewFindings,
    said: Described | None = None,
) -> None:
    """Add the article's seats and people aboard to `findings`.

    `said` is what is said beside each person's name: the flight roles in it mark a crew
    line-up.
    """
    text = article.text
    named = sorted(named, key=lambda pair: pair[0].start)
    starts = [mention.start for mention, _person in named]
    sentences = _clock_joined(article)
    for index, sentence in enumerate(sentences):
        body = sentence.text
        here = _in_sentence(named, starts, article, sentence)
        if not here and not _WHOLE_CREW.search(body):
            continue
        returning = [span for span in _spans(_RETURN, body) if not article.in_quote(sentence.start + span[0])]
        whole_crew = bool(returning) and bool(_WHOLE_CREW.search(body[: returning[0][0]]))
        if whole_crew:
            # Read whether the sentence names anyone or not: "The four will return to Earth".
            since = sentences[max(0, index - _REFERS_BACK)].start
            meant = frozenset(id(person) for mention, person in named if since <= mention.start < sentence.end)
            findings.crew_homecomings.append((article.id, sentence, meant, article.text[since : sentence.end]))
        if not here:
            continue
        findings.whole_crew_returns = findings.whole_crew_returns or whole_crew
        for mention, person in _line_up(here, article.id, sentence, said):
            # "... welcomed by station commander A and flight engineers B and C": the hosts.
            if (cut := _NOT_FLYING.search(body)) and mention.start - sentence.start > cut.start():
                continue
            _seat(findings, person, "launch", article.id, sentence, text, mention)
        launch = [span for span in _spans(_LAUNCH, body) if not article.in_quote(sentence.start + span[0])]
        crewmates = _CREWMATES.match(body)
        if crewmates and index > 0:
            # "Commander A is on her third flight. She is joined by B and C": A flies with them.
            before = _in_sentence(named, starts, article, sentences[index - 1])
            if len({id(person) for _mention, person in before}) == 1:
                mention, person = before[0]
                _seat(findings, person, "launch", article.id, sentences[index - 1], text, mention)
        if crewmates or (launch and (_CONTEXT.search(body) or "flies with" in body or states_time(body))):
            cut = None if crewmates else _NOT_FLYING.search(body)
            parts = _contrasts(body)
            for mention, person in here:
                if cut and mention.start - sentence.start > cut.start():
                    continue
                part = parts[bisect_left(parts, mention.start - sentence.start, key=lambda span: span[1])]
                if not crewmates and not any(part[0] <= start < part[1] for start, _end in launch):
                    continue  # "... carried A up, while B launched with C": A is another flight's
                _seat(findings, person, "launch", article.id, sentence, text, mention)
        if returning and not STAYING.search(body):
            behind = [(sentence.start + m.start(), sentence.start + m.end()) for m in LEFT_BEHIND.finditer(body)]
            for mention, person in here:
                if not any(start <= mention.start < end for start, end in behind):
                    _seat(findings, person, "landing", article.id, sentence, text, mention)
        for begin, finish in () if crewmates else _spans(_ABOARD, body):
            at = sentence.start + begin
            word = body[begin:finish].lower()
            if word.startswith(("greet", "welcomed")) and _active(body, begin, finish) and _AT_STATION.search(body):
                # "The Shenzhou-40 crew of A and B opened the hatch and welcomed C into the station":
                # the subject hosts, and whom they welcome comes aboard ("A greeted the station's
                # crew, B and C": the other way round). Who flies up is told apart by the seats.
                chosen = here
            elif word.startswith(("already", "still")):
                # "Who is already on the station: A, B and C"; "A and B are still aboard": either side.
                chosen = [(m, p) for m, p in here if m.start > at] or [(m, p) for m, p in here if m.start < at]
            elif word.startswith(
                (
                    "join",
                    "greet",
                    "aboard",
                    "welcomed",
                    "waiting",
                    "occupied",
                    "replace",
                    "command",
                    "leav",
                    "left",
                    "met",
                )
            ):
                chosen = [(m, p) for m, p in here if m.start > at]
            elif word.startswith("hand"):
                chosen = here
            elif word.startswith(("waited", "been", "arrived")) or _WHO_HAVE.search(body[:begin]):
                # "A, B and C, who have lived aboard since March": the whole list before; "A and B entered
                # the module, where C and D had been waiting": only the list after the "where".
                since = _last_where(body, begin)
                chosen = [(m, p) for m, p in here if sentence.start + since <= m.start < at]
            else:
                chosen = [(m, p) for m, p in here if m.start < at][-1:]
            for _mention, person in chosen:
                known = findings.aboard.setdefault(id(person), [])
                if all(existing.start != sentence.start for _, existing in known):
                    known.append((article.id, sentence))
                findings.people[id(person)] = person
        findings.relieved.update(id(person) for _mention, person in _relieved(here, sentence, body))


#: "they will replace A and B", "the astronauts they are relieving — A, B": a crew's relief;
#: "A was replaced by B": the other way round.
_RELIEVE = re.compile(r"\b(?:replac|reliev)(?:e|es|ing|ed)\b(?:\s+by\b)?")
#: "C will replace A as station commander": a post changes hands, no one leaves.
_AS_POST = re.compile(r"\bas (?:the )?(?:\w+ )?(?:commander|head|chief)\b")


def _relieved(here: list[tuple[Mention, Person]], sentence: Sentence, body: str) -> list[tuple[Mention, Person]]:
    """The people the sentence says a crew relieves: the station's residents who go home soon after."""
    spans = _spans(_RELIEVE, body) if here else ()
    if not spans or _AS_POST.search(body):
        return []
    relieved: list[tuple[Mention, Person]] = []
    for begin, end in spans:
        at = sentence.start + begin
        passive = body[end - 2 : end] == "by"
        relieved += [(m, p) for m, p in here if (m.start < at if passive else m.start > at)]
    return relieved


#: Where a sentence turns to a contrasting clause with its own subject: "A did X, while B did Y".
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+")


@lru_cache(maxsize=4096)
def _contrasts(body: str) -> tuple[tuple[int, int], ...]:
    """The sentence's spans between contrasting clauses, in order; the last ends past the sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CONTRAST.finditer(body):
        spans.append((start, match.start()))
        start = match.start()
    spans.append((start, len(body) + 1))
    return tuple(spans)


def _line_up(
    here: list[tuple[Mention, Person]], doc: str, sentence: Sentence, said: Described | None
) -> list[tuple[Mention, Person]]:
    """The people a crew line-up names: two or more flight roles given out in one sentence.

    "Commander A, pilot B and mission specialists C and D", "A will command; B will be
    the pilot": a sentence that hands out different roles names a flight's crew, flown or
    only assigned. One role alone ("station commander A") does not: a resident may hold it.
    """
    roles = said.roles_between(doc, sentence.start, sentence.end) if said is not None else []
    if len({role for _start, _key, role in roles}) < 2 or _ABOARD.search(sentence.text):
        # "Station commander A and flight engineer B welcomed them": the hosts, not a crew.
        return []
    given = {key for _start, key, _role in roles}
    return [(mention, person) for mention, person in here if id(person) in given]


_CLOCK_END = re.compile(r"\b[ap]\.m\.$")
_ZONE_START = re.compile(r"^[A-Z]{2,4}\b")


def _clock_joined(article: Article) -> list[Sentence]:
    """The article's sentences, with "... 10:12 a.m." joined to the "IST (0442 GMT) ..." that follows."""
    joined: list[Sentence] = []
    for sentence in article.sentences:
        previous = joined[-1] if joined else None
        if previous is not None and _ZONE_START.match(sentence.text) and _CLOCK_END.search(previous.text):
            joined[-1] = Sentence(previous.start, sentence.end, article.text[previous.start : sentence.end])
        else:
            joined.append(sentence)
    return joined


def _seat(
    findings: CrewFindings, person: Person, leg: str, doc: str, sentence: Sentence, text: str, mention: Mention
) -> None:
    seat = findings.seats.setdefault((id(person), leg), Seat(person, leg))
    findings.people[id(person)] = person
    commanding = bool(
        re.search(
            r"(?:led by|[Cc]ommander)\s+(?:[\w-]+\s+){0,3}$",
            text[max(sentence.start, mention.start - 45) : mention.start],
        )
        or re.match(r"^[^,.;]{0,30}\b(?:commanding|in charge of|will lead)\b", text[mention.end : sentence.end])
        or (leg == "landing" and "commanding" in sentence.text)
    )
    if all(existing.start != sentence.start for _, existing in seat.sentences):
        if commanding and not seat.commands:
            seat.sentences.insert(0, (doc, sentence))
        else:
            seat.sentences.append((doc, sentence))
    seat.commands = seat.commands or commanding
