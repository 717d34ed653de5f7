"""Word lists the draft reads articles with: what is not a name, roles, triggers.

Kept as plain data so a rule and its words can be read side by side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from soyuztui.dossier.firsts import quick

# Capitalised words that are never part of a person's name in a news article.
NOT_NAMES = frozenset(
    """
    The A An On In At After Before Since If But And Or So As For From To By With Without Of Off
    Their They He She It Its His Her Him This That These Those Some Other Others Parts Inside
    Aboard Speaking Waiting Joining Pupils Media Hatches Liftoff Brave Jet-setting Docked Tired Brit According Constituting Everything Every Such Films Modern Sign Both Each
    We I You Our Your My Then Now Today Tonight Yesterday Tomorrow When While Where Who What Why How
    Meanwhile However Also Still Yet Once Here There Just Only Even Like Unlike Despite During
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Space Station International Agency Organization Organisation Corporation Institute Center Centre
    Cosmodrome Spaceport Control Mission Press Channel News Earth Moon Mars Sun God Kremlin Soyuz
    Satellite Launch Base Program Programme Ministry Council Committee Office Association
    Foundation Society Academy Laboratory Lab Observatory Airport Range Force Group Time Times Post
    Service Bureau Television Radio Media Studios Pictures Air Island Sea Ocean Desert Steppe
    Republic Federation Kingdom States Union University College Company Administration Project
    Flight Crew Capsule Aerospace Exploration Port Wire Orbita Orbital Novosti Rocket Spacecraft Module Segment Expedition Orbit Team Division
    Russian Russians Soviet Soviets American Americans European Japanese Chinese British French
    German Indian Kazakh Italian Canadian Norwegian Swedish Danish Spanish Portuguese Brazilian
    Australian Korean Israeli Emirati Arab Ukrainian Polish Dutch Belgian Swiss Austrian Mexican
    Russia Kazakhstan America China Japan India France Germany Britain England Europe Italy Canada
    Norway Sweden Spain Hollywood Moscow Baikonur Houston Florida Texas California Beijing Tokyo
    Paris London Washington Star City Kazakh Vostochny Plesetsk Jiuquan Wenchang Tanegashima
    Roscosmos Nasa Esa Jaxa Cnsa Isro SpaceX Boeing Axiom Dragon Starliner Shenzhou Tiangong
    Mir Apollo Gemini Vostok Sputnik Crew Associated Reuters Interfax Tass Xinhua
    One Two Three Four Five Six Seven Eight Nine Ten First Second Third
    Mr Mrs Ms Dr Prof Professor Captain Colonel General Commander President Minister Prime
    Director Actress Actor Cosmonaut Astronaut Taikonaut Pilot Engineer Biologist Physician
    Doctor Spokesman Spokeswoman Head Chief Deputy Senator Governor Sir Lady Lord Saint Officer Specialist Manager
    Administrator Chairman Chairwoman Secretary Ambassador Mayor Chancellor Premier
    Veteran Billionaire Tourist Scientist Producer Filmmaker Journalist Reporter Editor
    Breaking Exclusive Update Updated Watch Read More Photo Video Copyright Follow Subscribe
    Former Navy Army Marine Marines Corps Guard War Tech Gulf Coast Cape Bay Beach County Valley Field
    Hurricane Party Congress Parliament Senate Airlines Airways Inc Ltd Bank Motors Shuttle
    Grandad Grandpa Grandma Granny Mum Mom Dad Mother Father Uncle Aunt Auntie
    Weather Squadron Complex Pad Fleet Ship Vessel Harbor Harbour River Lake Mountain Mount
    New Besides Beside Among Amid Across Against Around Toward Towards Until Upon Within Throughout
    Including Except Although Though Because Beyond Via
    """.split()
)

# Occupations written with a capital at the start of a sentence ("Teacher Siobhan Reilly").
NOT_NAMES = NOT_NAMES | frozenset(
    word.capitalize()
    for word in "teacher schoolteacher businesswoman businessman tycoon investor biologist "
    "physicist chemist geologist scientist researcher surgeon engineer photographer singer artist "
    "entrepreneur spacewoman spaceman film-maker commander pilot".split()
)

# Titles written before several names at once: "Group Captains A and B", "Colonels A and B".
TITLES = frozenset(
    "Captain Colonel General Commander Major Lieutenant Doctor Professor Senator "
    "Astronaut Cosmonaut Taikonaut Pilot Engineer Scientist Specialist Officer".split()
)

# Lower-case words that may sit inside a name: "Mark Vande Hei", "Ursula von der Leyen".
PARTICLES = frozenset("van von der de da del di du dos le la bin al ter ten".split())

#: The months' names in their order, as news English writes them in full.
MONTHS = "January February March April May June July August September October November December".split()

# Occupations, most specific first. Value -> the words that state it.
OCCUPATIONS: dict[str, tuple[str, ...]] = {
    "film producer": ("film producer",),
    "film director": ("film director",),
    "marine biologist": ("marine biologist",),
    "flight surgeon": ("flight surgeon",),
    "actress": ("actress", "actor"),
    "director": ("director", "filmmaker", "film-maker", "documentary maker"),
    "producer": ("producer",),
    "cosmonaut": ("cosmonaut", "astronaut", "taikonaut", "spacewoman", "spaceman"),
    "biologist": ("biologist",),
    "physician": ("physician", "doctor"),
    "surgeon": ("surgeon",),
    "engineer": ("engineer",),
    "scientist": ("scientist", "researcher"),
    "geologist": ("geologist",),
    "journalist": ("journalist", "reporter"),
    "teacher": ("teacher", "schoolteacher"),
    "billionaire": ("billionaire",),
    "entrepreneur": ("entrepreneur", "businessman", "businesswoman", "tycoon", "investor"),
    "photographer": ("photographer",),
    "cameraman": ("cameraman", "camerawoman", "camera operator"),
    "artist": ("artist",),
    "singer": ("singer",),
    "chemist": ("chemist",),
    "physicist": ("physicist",),
    "space tourist": ("space tourist",),
}
# Words for the same occupation: the one the articles use most becomes the value.
SAME_OCCUPATION = {
    "actress": ("actress", "actor"),
    "cosmonaut": ("cosmonaut", "astronaut", "taikonaut", "spacewoman", "spaceman"),
    "teacher": ("teacher", "schoolteacher"),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson"),
}
POSITIONS = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "chief executive",
    "administrator",
    "program manager",
    "programme manager",
    "flight director",
    "official",
    "officials",
)
# Crew roles as missions name them, and the words that state them.
ROLES: dict[str, tuple[str, ...]] = {
    "Commander": ("commander", "led by", "commanding", "in charge of", "will lead", "lead the"),
    "Pilot": ("pilot",),
    "Flight engineer": ("flight engineer",),
    "Mission specialist": ("mission specialist",),
    "Payload specialist": ("payload specialist",),
}
# Occupations of people who fly without being astronauts by trade.
PARTICIPANTS = frozenset(
    [
        "actress",
        "director",
        "film producer",
        "film director",
        "producer",
        "billionaire",
        "entrepreneur",
        "space tourist",
        "journalist",
        "teacher",
        "artist",
        "singer",
        "photographer",
        "cameraman",
    ]
)


def canonical(word: str) -> str:
    """The occupation a word names: "film-maker" is a director, "tycoon" an entrepreneur."""
    lowered = word.lower()
    for value, words in OCCUPATIONS.items():
        if lowered in words:
            return value
    return lowered


def is_participant(word: str) -> bool:
    """Whether someone of this occupation flies as a spaceflight participant."""
    return canonical(word) in PARTICIPANTS


PARTICIPANT_ROLE = "Spaceflight participant"
FILM_OCCUPATIONS = frozenset("actress actor director film producer producer filmmaker cameraman".split())
# Agencies an occupation implies when nothing else is said: a cosmonaut flies for Roscosmos.
IMPLIED_AGENCY = {"cosmonaut": "Roscosmos"}

ADJECTIVES = frozenset(
    "veteran experienced seasoned former retired famous renowned acclaimed award-winning young "
    "first-time rookie fellow star popular well-known celebrated chief lead senior".split()
)
DEMONYMS = frozenset(
    "Russian Soviet American European Japanese Chinese British French German Indian Kazakh Italian "
    "Canadian Norwegian Swedish Danish Spanish Brazilian Australian Korean Israeli Emirati Ukrainian "
    "Polish Dutch Belgian Swiss Austrian Mexican Turkish Saudi Hungarian Czech Finnish Irish".split()
)

#: Demonyms of a region or a union of countries, not of one country: a person is both "Danish"
#: and "European", so such a word is no nationality to set against another.
REGIONAL_DEMONYMS = frozenset({"European"})

# Agencies written as acronyms or one word before "astronauts"/"cosmonauts".
AGENCY_WORDS = ("Nasa", "NASA", "Roscosmos", "ESA", "JAXA", "CSA", "ISRO", "CNSA", "CMSA", "UAESA")
ORG_END = (
    r"(?:Agency|Administration|Institute|Corporation|Organi[sz]ation|Centre|Center|Company|"
    r"University|Academy|Laboratory|Observatory|Society|Foundation|Ministry|Force)"
)
ORG = re.compile(rf"\b((?:[A-Z][\w’'-]*\s+){{0,5}}?{ORG_END}(?:\s+of\s+[A-Z][\w-]+)?)\b")
SPEECH_VERBS = re.compile(
    r"^\s*(?:,\s*)?(?:said|says|told|added|stated|explained|noted|acknowledged|remarked|"
    r"recalled|confirmed|announced|insisted|claimed|wrote|tweeted|spoke|joked|declared)\b"
)

# Crewed spacecraft families as outlets write them -> the family's own name.
SPACECRAFT: dict[str, str] = {
    "Soyuz": "Soyuz",
    "Shenzhou": "Shenzhou",
    "Crew Dragon": "Crew Dragon",
    "Dragon": "Crew Dragon",
    "Starliner": "Starliner",
    "CST-100 Starliner": "Starliner",
    "Orion": "Orion",
    "Gaganyaan": "Gaganyaan",
    "Mengzhou": "Mengzhou",
    "New Shepard": "New Shepard",
    # The orbiters flew without serials: "the space shuttle Atlantis", "shuttle Discovery".
    "Space Shuttle": "Space Shuttle",
    "space shuttle": "Space Shuttle",
    "shuttle": "Space Shuttle",
}
#: The craft families' words as a pattern's alternatives, longest first ("Crew Dragon" before "Dragon").
FAMILY_WORDS = "|".join(sorted((re.escape(word) for word in SPACECRAFT), key=len, reverse=True))
_FAMILY_WORD = re.compile(rf"(?<![\w-])({FAMILY_WORDS})(?![\w])")


def family_of(vehicle: str | None) -> str | None:
    """The family of a craft's name ("Crew Dragon Freedom" -> "Crew Dragon"), if a known one."""
    match = _FAMILY_WORD.search(vehicle) if vehicle else None
    return SPACECRAFT[match[1]] if match else None


def families_in(text: str) -> set[str]:
    """The craft families `text` names ("a Soyuz", "Boeing's Starliner")."""
    return {SPACECRAFT[match[1]] for match in _FAMILY_WORD.finditer(text)}


def another_family(text: str, own: str | None) -> bool:
    """Whether `text` names a craft of another family than `own` ("Starliner" in a Crew Dragon story)."""
    return own is not None and bool(families_in(text) - {own})


# Rockets (regular expressions): a craft rides one; it is never the craft.
ROCKETS = (
    r"Falcon 9",
    r"Falcon Heavy",
    r"Long March[- ]\d+[A-Z]?",
    r"Atlas V",
    r"Soyuz-2\.1[ab]",
    r"Soyuz-FG",
    r"Soyuz-U",
    r"Space Launch System",
    r"SLS",
    r"LVM3",
    r"HLVM3",
    r"GSLV(?: Mk ?III)?",
    r"Vulcan(?: Centaur)?",
    r"New Glenn",
    r"Proton(?:-M)?",
    r"Angara(?:-A5)?",
    r"Saturn V",
    r"H-IIA",
)
# Lower-case words that follow a craft's family but are not its own name ("Starliner Test Flight").
CRAFT_WORDS = frozenset(
    "capsule spacecraft spaceship vehicle test flight flights mission missions crew crews program programme team "
    "astronauts return launch docking landing rocket module service cargo spacewalk splashdown undocking "
    "thrusters thruster spacesuit spacesuits".split()
)
# Companies and agencies that fly crews ("SpaceX's Crew Dragon", "Boeing Starliner").
OPERATORS = ("SpaceX", "Boeing", "NASA", "Roscosmos", "ISRO", "CMSA", "Axiom Space", "Blue Origin", "ESA")
# First words of a name before "mission" or "crew" that are not a mission's own name.
NOT_MISSION = frozenset("Expedition The This That Its Their Space Station International Commercial".split())
#: Words that count or describe people: "Three Chinese astronauts", "Four Private astronauts" name no mission.
NOT_MISSION_WORDS = frozenset("Two Three Four Five Six Seven Eight Nine Ten Private Veteran Female".split()) | DEMONYMS
# Stations a crew may fly to, as written without the word Station.
STATIONS = ("Tiangong", "ISS", "Mir")
# Phrases that say a flight visits no station: a free flyer, a flight around the Moon.
NO_STATION = quick(
    r"\b(?:free[- ]fl(?:yer|ying)|(?:will|would) not dock|won[’']t dock|without docking|"
    r"not (?:visit|dock with) (?:the|a|any) (?:space )?station|no (?:space )?station|around the Moon|lunar fly-?by"
    # What only a flight on its own does: a crew higher than any since, a spacewalk out of the capsule.
    r"|higher (?:above (?:the )?Earth )?than any(?:one|body| crew)"
    r"|spacewalk (?:from|out of) (?:the|its|their) (?:capsule|spacecraft)"
    r"|left the (?:capsule|spacecraft)\b[^.;]{0,60}\bspacewalk"
    # A suborbital hop goes up and falls back: it reaches no orbit, so no station.
    r"|sub-?orbital|edge of space|K[aá]rm[aá]n line|minutes of weightlessness)\b",
    re.IGNORECASE,
)
# Crew roles the families use, lower case as the articles write them.
CREW_ROLES = (
    "commander",
    "pilot",
    "flight engineer",
    "mission specialist",
    "payload specialist",
    "spaceflight participant",
)
# Well-known short forms of given names: "Bob Hines" and "Robert Hines" are one person.
# A short form may stand for several full names ("Steve": Stephen or Steven).
_SHORT_FORMS = {
    "robert": "bob bobby rob robbie bert",
    "thomas": "tom tommy",
    "michael": "mike mick mikey",
    "william": "bill billy will willy",
    "james": "jim jimmy jamie",
    "joseph": "joe joey",
    "daniel": "dan danny",
    "david": "dave davey",
    "stephen": "steve stevie",
    "steven": "steve stevie",
    "francis": "frank frankie",
    "francisco": "frank paco",
    "franklin": "frank",
    "christopher": "chris",
    "nicholas": "nick nicky",
    "alexander": "alex sasha",
    "samuel": "sam sammy",
    "samantha": "sam sammy",
    "benjamin": "ben benny",
    "anthony": "tony",
    "andrew": "andy drew",
    "edward": "ed eddie ted teddy",
    "matthew": "matt",
    "patrick": "pat paddy",
    "richard": "rick ricky dick rich",
    "katherine": "kate katie kathy",
    "catherine": "cathy kate",
    "elizabeth": "liz lizzy beth betty",
    "susan": "sue susie",
    "jennifer": "jen jenny",
    "timothy": "tim timmy",
    "gregory": "greg",
    "douglas": "doug",
    "charles": "charlie chuck",
    "kenneth": "ken kenny",
    "jonathan": "jon",
    "frederick": "fred freddie",
    "gerald": "gerry jerry",
    "lawrence": "larry",
    "leonard": "leo len lenny",
    "raymond": "ray",
    "ronald": "ron ronnie",
    "donald": "don donnie",
    "peter": "pete",
    "john": "jack johnny",
    "victor": "vic",
    "victoria": "vicky",
    "margaret": "maggie peggy meg",
    "rebecca": "becky",
    "deborah": "debbie deb",
    "jessica": "jess jessie",
}
HYPOCORISMS: dict[str, frozenset[str]] = {
    short: frozenset(full for full, shorts in _SHORT_FORMS.items() if short in shorts.split())
    for short in {short for shorts in _SHORT_FORMS.values() for short in shorts.split()}
}


def same_given_name(one: str, other: str) -> bool:
    """Whether two given names are one by a well-known short form ("Bob", "Robert")."""
    one, other = one.lower(), other.lower()
    ones, others = HYPOCORISMS.get(one, frozenset({one})), HYPOCORISMS.get(other, frozenset({other}))
    return bool(ones & others) or other in ones or one in others


def first_letters(words: Iterable[str]) -> str:
    """A lookahead for the characters `words` begin with, to put before an alternation of them.

    Python's regex engine tries every alternative at every position; the lookahead lets a
    scan pass the other characters at once. Each word must begin with a letter or digit
    written as itself (a rocket's pattern may go on with regex syntax).
    """
    firsts = sorted({word[0] for word in words})
    if not all(char.isalnum() for char in firsts):
        raise ValueError(f"words must begin with a letter or digit: {firsts}")
    return "(?=[" + "".join(firsts) + "])"


def folded_endings(words: Iterable[str]) -> tuple[str, ...]:
    """Each of `words` and its plural, case-folded: what `ends_in` looks for."""
    return tuple(ending for word in words for ending in (word.casefold(), word.casefold() + "s"))


def ends_in(text: str, endings: tuple[str, ...]) -> bool:
    """Whether `text` ends in one of `endings` (made by `folded_endings`), case ignored.

    A plain look that never misses what a pattern `(?i:word)s?\\Z` finds: `casefold` folds
    every letter such a pattern takes for a Latin one to it, but for the Turkish dotted and
    dotless i, folded to i here.
    """
    return text.casefold().replace("\u0131", "i").replace("i\u0307", "i").endswith(endings)


#: A flight's designation: a family word and its number ("Shenzhou-15", "Soyuz 22").
DESIGNATION = re.compile(r"\b([A-Z][a-z]+)[- ]?(\d{1,3})\b(?![-.:]\d)")


def another_number(text: str, own: Iterable[str]) -> bool:
    """Whether `text` designates another flight of a family `own` names ("Shenzhou-15" beside "Shenzhou-16")."""
    mine = {match[1]: match[2] for name in own for match in DESIGNATION.finditer(name)}
    return any(mine.get(match[1], match[2]) != match[2] for match in DESIGNATION.finditer(text))
