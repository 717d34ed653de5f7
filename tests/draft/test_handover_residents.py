"""A handover as outlets write it: the crew already aboard are occupants until their own homecoming.

Every article and person here is invented for the test (the flights are made up).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from soyuztui.dossier.sources import spec as s
from soyuztui.draft.crew import CrewFindings, crew_sentences, homecoming_words
from soyuztui.draft.names import find_mentions, group_people
from soyuztui.draft.sightings import arrival_month, bound_stays
from tests.draft.drafted import drafted_spec
from tests.draft.test_rules import article
from tests.draft.test_seats_as_written import CREW_DOCKING, CREW_HOME, CREW_LAUNCH

LAUNCH = """ date 2039-10-30 Shenzhou-52 lifts off for the station

JIUQUAN, Oct 30 (Wire) - The Shenzhou-52 spacecraft lifted off at 11:14 a.m. Beijing time (0314 GMT) on Thursday
with commander Hu Weiming and Cao Lianjie strapped in.

Waiting on the station are the two women of the Shenzhou-51 mission, astronauts Pan Yidong and Kong Mingxia, who
have been in orbit since April.
"""
DOCKING = """ date 2039-10-31 Shenzhou-52 docks

The Shenzhou-52 capsule docked with the Tianhe module at 9:02 a.m. Beijing time (0102 GMT) on Friday. The
Shenzhou-51 crew of Pan Yidong and Kong Mingxia opened the hatch and welcomed Hu Weiming and Cao Lianjie.
"""
HOMECOMING = """ date 2039-11-06 LIVE: the Shenzhou-51 crew heads home

08:00 - Good morning. Pan Yidong and Kong Mingxia are coming home today after handing the station to the
Shenzhou-52 crew.
"""


def _read(text: str) -> tuple[CrewFindings, dict[int, str]]:
    """What `crew_sentences` finds in one article, and each person's name by `id`."""
    prepared = article(text)
    people = group_people(find_mentions(prepared))
    named = sorted(((m, person) for person in people for m in person.mentions), key=lambda pair: pair[0].start)
    found = CrewFindings()
    crew_sentences(prepared, named, found)
    return found, {id(person): person.name for person in people}


def _aboard(text: str) -> set[str]:
    """The names `crew_sentences` places aboard the station in one article."""
    found, names = _read(text)
    return {names[key] for key in found.aboard}


def _relieving(text: str) -> set[str]:
    """The names `crew_sentences` reads as relieved by a crew in one article."""
    found, names = _read(text)
    return {names[key] for key in found.relieved}


#: The two residents most sentences below name.
PAIR = {"Pan Yidong", "Kong Mingxia"}


def test_who_waits_on_the_station_or_has_been_in_orbit_is_aboard() -> None:
    assert _aboard("Waiting on the station are astronauts Pan Yidong and Kong Mingxia, who arrived in spring.") == PAIR
    assert _aboard("Astronauts Pan Yidong and Kong Mingxia, who have been in orbit since April, leave soon.") == PAIR
    # Having been named or trained is not being aboard.
    assert (
        _aboard("Astronauts Pan Yidong and Kong Mingxia, who have been training since April, will fly next.") == set()
    )


def test_who_welcomes_the_newcomers_aboard_is_aboard() -> None:
    # The hosts, and whom they welcome into the station (the seats tell who flew up).
    assert _aboard("Astronauts Pan Yidong and Kong Mingxia opened the hatch and welcomed commander Hu Weiming.") == {
        "Pan Yidong",
        "Kong Mingxia",
        "Hu Weiming",
    }
    assert _aboard("After docking, commander Hu Weiming greeted the station's crew, astronaut Pan Yidong.") == {
        "Hu Weiming",
        "Pan Yidong",
    }
    # In the passive the hosts come after the verb.
    assert _aboard("Commander Hu Weiming was welcomed aboard by astronaut Pan Yidong.") == {"Pan Yidong"}
    assert _aboard("Waiting to greet him were astronauts Pan Yidong and Kong Mingxia.") == PAIR
    # A welcome home on the ground does not place the host aboard.
    assert "Ada Brenner" not in _aboard(
        "Agency chief Ada Brenner welcomed commander Hu Weiming home at the landing site."
    )


def test_the_residents_are_aboard_before_the_arrival_and_leave_on_their_homecoming_day(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path, LAUNCH, DOCKING, HOMECOMING)
    stays = {item.person: item for item in spec.occupants}
    assert {"yidong", "mingxia"} <= set(stays), "the crew already aboard are occupants"
    for resident in ("yidong", "mingxia"):
        assert stays[resident].arrives_with is None and stays[resident].aboard_since is None
        leaves = stays[resident].leaves_with
        assert leaves is not None
        (event,) = [item for item in spec.events if item.id == leaves]
        assert [claim.time for claim in event.claims] == ["2039-11-06"]
    assert all(stays[person].arrives_with == "docking" for person in ("weiming", "lianjie"))


def test_coming_home_is_a_homecoming() -> None:
    assert homecoming_words("A and B are coming home today.") is not None
    assert homecoming_words("The pair will be flying home on Tuesday.") is not None
    assert homecoming_words("They spent a long time at home before launch.") is None


def test_who_a_departure_leaves_aboard_is_aboard() -> None:
    assert _aboard("The capsule undocked on Monday, leaving astronauts Nell Aske and Ivo Brandt aboard.") == {
        "Nell Aske",
        "Ivo Brandt",
    }
    assert _aboard("The crew left behind includes astronauts Nell Aske and Ivo Brandt.") == {"Nell Aske", "Ivo Brandt"}


ARRIVAL = """ date 2042-03-10 Crew-60 reaches the station

The Crew Dragon Valor docked with the International Space Station at 10:15 GMT on Monday, a day after a
Falcon 9 launched commander Lena Morov and pilot Abe Kunst on the Crew-60 mission.

They were greeted by astronauts Rui Tavares and Elke Brun, who have lived aboard since the autumn.
"""
DEPARTURE = """ date 2042-09-14 Crew-60 home

The Crew Dragon Valor splashed down off Florida at 06:40 GMT on Sunday with Lena Morov and Abe Kunst aboard.

The capsule undocked on Saturday, leaving astronauts Nell Aske and Ivo Brandt aboard, who came up on a Soyuz
in July.
"""


def test_an_arrival_written_as_a_month_has_them_aboard_by_its_end() -> None:
    sentence = article("Astronauts Nell Aske and Ivo Brandt, who came up on a Soyuz in July, stay on.").sentences[0]
    assert arrival_month(sentence, ["Ivo Brandt"], date(2042, 9, 14)) == date(2042, 7, 31)
    # The latest such month not after the article: last year's, for a month still to come.
    assert arrival_month(sentence, ["Ivo Brandt"], date(2042, 3, 14)) == date(2041, 7, 31)
    # A day written after the name says more; a month before the name is someone else's.
    dated = article("Ivo Brandt, who arrived on July 3 after a delay in July, stays.").sentences[0]
    assert arrival_month(dated, ["Ivo Brandt"], date(2042, 9, 14)) is None
    other = article("A crew that came up in July greeted Ivo Brandt.").sentences[0]
    assert arrival_month(other, ["Ivo Brandt"], date(2042, 9, 14)) is None
    # Who came with them came then too.
    together = article("Cosmonaut Lev Sorin, who arrived in July with astronaut Ivo Brandt, took command.")
    assert arrival_month(together.sentences[0], ["Ivo Brandt"], date(2042, 9, 14)) == date(2042, 7, 31)


def test_who_a_departure_leaves_behind_is_aboard_from_the_month_they_came_up(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path, ARRIVAL, DEPARTURE)
    stays = {item.person: item for item in spec.occupants}
    for person in ("aske", "brandt"):
        # Not aboard at the arrival, when the articles name the station's people without them.
        assert stays[person].aboard_since == "2042-07-31"
        assert stays[person].leaves_with is None and stays[person].gone_by is None


def test_both_sides_of_a_handover_are_aboard() -> None:
    assert _aboard("Astronauts Pan Yidong and Kong Mingxia will hand over the outpost next week.") == PAIR
    assert _aboard("Astronaut Pan Yidong handed command to astronaut Kong Mingxia on Friday.") == PAIR


SOYUZ_LAUNCH = """ date 2047-03-21 Soyuz MS-50 Launches Three Crew Members to Station

NASA astronaut Tracy Holm and Roscosmos cosmonauts Oleg Novik and Marina Vesna launched at 9:36 a.m. EDT Thursday
aboard the Soyuz MS-50 spacecraft. The Soyuz docked to the station at 12:49 p.m. EDT, and the crew members were
greeted by NASA astronaut Hank Moss and Roscosmos cosmonauts Kirill Orlov and Denis Pak.
"""
SOYUZ_EARLIER_CREW = """ date 2047-04-06 Soyuz MS-49 lands in Kazakhstan

The descent module of the Soyuz MS-49 spacecraft with Roscosmos cosmonauts Kirill Orlov and Denis Pak and NASA \
astronaut Hank Moss landed in Kazakhstan at 11:17 Moscow time.
"""
SOYUZ_HOME = """ date 2047-09-25 Soyuz MS-50 returns three to Earth

NASA astronaut Tracy Holm and Russian cosmonauts Oleg Novik and Marina Vesna touched down at 7:02 a.m. EDT (1102 \
GMT) aboard their Soyuz MS-50 capsule.

Before leaving, Novik handed command of the station to cosmonaut Ivan Shor, who arrived in July.
"""


def test_a_resident_is_not_sent_home_by_a_word_that_describes_others(tmp_path: Path) -> None:
    """ "cosmonaut Ivan Shor" is not one of the "cosmonauts" an earlier crew's landing names."""
    spec = drafted_spec(tmp_path, SOYUZ_LAUNCH, SOYUZ_EARLIER_CREW, SOYUZ_HOME)  # `check` accepts it
    stays = {item.person: item for item in spec.occupants}
    assert stays["shor"].leaves_with is None and stays["shor"].aboard_since == "2047-07-31"
    assert stays["pak"].leaves_with is not None


def test_a_stay_is_not_bounded_to_begin_after_its_departure() -> None:
    earlier = article("Astronaut Hank Moss and cosmonaut Kirill Orlov greeted them.", date(2047, 3, 21), "000")
    later = article("Cosmonaut Ivan Shor, who arrived in July, took command.", date(2047, 9, 25), "001")
    people = {
        index: s.PersonSpec(id=slug, name=name, reviewed=False)
        for index, (slug, name) in enumerate((("moss", "Hank Moss"), ("shor", "Ivan Shor")))
    }
    aboard = {0: [("000", earlier.sentences[0])], 1: [("001", later.sentences[0])]}
    evidence = [s.EvidenceSpec(doc="001", text="Ivan Shor")]
    departure = s.EventSpec(
        id="return-moss",
        title="Return",
        claims=[s.TimeClaimSpec(time="2047-04-06", evidence=evidence, reviewed=False)],
        reviewed=False,
    )
    shor = s.OccupantSpec(person="shor", leaves_with="return-moss", evidence=evidence, reviewed=False)
    notes: list[str] = []
    published = {"000": date(2047, 3, 21), "001": date(2047, 9, 25)}
    (bounded,) = bound_stays([shor], aboard, people, [earlier, later], published, [departure], notes)
    assert bounded.aboard_since is None
    assert any("after leaving with 'return-moss'" in note for note in notes)


def test_the_crew_a_flight_relieves_is_gone_by_its_own_departure(tmp_path: Path) -> None:
    spec = drafted_spec(tmp_path, CREW_LAUNCH, CREW_DOCKING, CREW_HOME)
    stays = {item.person: item for item in spec.occupants}
    (end,) = [event for event in spec.events if event.id == spec.mission.ends_with]
    for resident in ("frost", "lindqvist", "tanaka"):
        assert stays[resident].gone_by == min(str(claim.time)[:10] for claim in end.claims if claim.time)
    assert _relieving("Commander Hu Weiming will replace astronaut Pan Yidong as station commander.") == set()
    assert _relieving("Astronaut Pan Yidong was relieved by commander Hu Weiming.") == {"Pan Yidong"}
