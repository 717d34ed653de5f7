"""What the flight is, in words: where it goes (a station, or none), and what a seat states.

One wording for the occupants pane, the person card and the Markdown briefing, so a
free flyer or a flight whose station the articles never name reads the same everywhere,
and no screen or export shows a value the articles do not give.
"""

from __future__ import annotations

from soyuztui.dossier.model import FLIGHT_FIELDS, Fact, Mission

FLIGHT_LABELS = {
    "vehicle": "spacecraft",
    "rocket": "rocket",
    "mission_name": "mission",
    "operator": "operator",
    "destination": "destination",
}
"""How the mission card, the briefing and the coverage name each of the flight's facts (`FLIGHT_FIELDS`)."""

NOT_GIVEN = "—"
"""What a cell shows for a value the articles do not give (a role, an agency, an age)."""


def flight_facts(mission: Mission) -> tuple[Fact, ...]:
    """The facts that say what the flight is, in `FLIGHT_FIELDS` order."""
    return tuple(fact for field in FLIGHT_FIELDS for fact in mission.facts_for(field))


def story_facts(mission: Mission) -> tuple[Fact, ...]:
    """Every other mission fact (a film, a duration, ...), in the mission file's order."""
    return tuple(fact for fact in mission.facts if fact.field not in FLIGHT_FIELDS)


def headline(mission: Mission) -> str:
    """The mission's title with where it goes, or the title alone when the articles do not say.

    "Soyuz MS-19 → International Space Station"; "Inspiration4 · free flyer, no station".
    """
    if mission.is_free_flyer:
        return f"{mission.title} · free flyer, no station"
    station = mission.station
    return f"{mission.title} → {station}" if station else mission.title


def station_short(name: str) -> str:
    """A station's name short enough for a title.

    A generic tail written in lower case is not part of the name ("Tiangong space
    station" → "Tiangong"); a name of three capitalised words or more becomes its
    initials ("International Space Station" → "ISS"); "Lumen Station" stays as it is.
    """
    words = name.split()
    while len(words) > 1 and words[-1].islower():
        words.pop()
    if len(words) >= 3 and all(word[:1].isupper() for word in words):
        return "".join(word[0] for word in words)
    return " ".join(words)


def station_title(mission: Mission) -> str:
    """The occupants' title: "ISS occupants", "Tiangong occupants", "Station occupants", or "No station"."""
    if mission.is_free_flyer:
        return "No station"
    station = mission.station
    return f"{station_short(station)} occupants" if station else "Station occupants"


def station_name(mission: Mission) -> str:
    """The station in a sentence: "the International Space Station", or "the station" when unnamed."""
    station = mission.station
    if station is None:
        return "the station"
    return station if station.casefold().startswith("the ") else f"the {station}"


def no_station_text(mission: Mission) -> str:
    """The plain statement that a free flyer visits no station, naming its spacecraft when known."""
    vehicle = mission.vehicle
    home = f" its crew stay aboard {vehicle}" if vehicle else " its crew stay aboard their spacecraft"
    return f"This flight visits no station:{home} from launch to landing."


def nobody_aboard_text(mission: Mission) -> str:
    """What the occupants say when the mission file lists no one aboard the station."""
    if mission.station is None:
        return "The articles do not say which station the flight visits, nor who is aboard one."
    return f"The articles name no one aboard {station_name(mission)}."


def seat_text(role: str | None, vehicle: str) -> str:
    """A seat in words: "Commander, Soyuz MS-19", or only the vehicle when no role is stated."""
    return f"{role}, {vehicle}" if role else vehicle


def agency_heading(agency: str | None) -> str:
    """The heading occupants are grouped under: their agency, or a plain word that the articles give none."""
    return agency if agency is not None else "Agency not given"


def given(value: object) -> str:
    """A value as text, or `NOT_GIVEN` when the articles do not give one."""
    return NOT_GIVEN if value is None or value == "" else str(value)
