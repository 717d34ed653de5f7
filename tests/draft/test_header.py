"""Who published an article, read from its own header lines, in many outlets' styles."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from soyuztui.draft.header import byline, dateline_outlet, publication, read_header, release_outlet


def header_of(text: str, day: date | None = date(2034, 9, 14)):  # type: ignore[no-untyped-def]
    return read_header(text, 0, day)


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("By Jane Doe", "Jane Doe", None),
        ("By JANE DOE, Reuters", "Jane Doe", "Reuters"),
        ("Jane Doe | The Daily Orbit", "Jane Doe", "The Daily Orbit"),
        ("By Ruth Abernethy and Tomás de Lima", "Ruth Abernethy and Tomás de Lima", None),
        ("By Ruth Abernethy, Science Correspondent", "Ruth Abernethy", None),
        ("BY MARTA KOVAC, ORBITAL WIRE", "Marta Kovac", "ORBITAL WIRE"),
    ],
)
def test_bylines(line: str, author: str, outlet: str | None) -> None:
    assert byline(line) == (author, outlet)


@pytest.mark.parametrize(
    "line",
    ["By our science correspondent", "By the time she posted, the capsule had docked.", "Profit | loss", "Bylines"],
)
def test_not_bylines(line: str) -> None:
    assert byline(line) is None


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        ("BAIKONUR, Kazakhstan (Wire) — The rocket rose.", "Wire"),
        ("MOSCOW, Oct. 5 (TASS) - A capsule landed.", "TASS"),
        ("KOUROU, French Guiana (Orbital Wire) — A capsule lifted off.", "Orbital Wire"),
        ("BREMERHAVEN, May 18. /Atlantic News Service/. The head of the agency spoke.", "Atlantic News Service"),
        ("CAPE MERIDIAN (Meridian Wire) — The capsule lifted off.", "Meridian Wire"),
    ],
)
def test_datelines(paragraph: str, outlet: str) -> None:
    assert dateline_outlet(paragraph) == outlet


@pytest.mark.parametrize(
    "paragraph",
    ["The capsule (Petrel 5) lifted off.", "NOORDWIJK — The agency confirms the docking.", "WASHINGTON (Oct 5) - x"],
)
def test_not_datelines(paragraph: str) -> None:
    assert dateline_outlet(paragraph) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("NASA RELEASE 21-132", "NASA"),
        ("BOREAL SPACE AGENCY RELEASE 34-071", "Boreal Space Agency"),
        ("ATLANTIC SPACE AGENCY - PRESS RELEASE", "Atlantic Space Agency"),
        ("MINISTRY OF ORBITAL AFFAIRS RELEASE 7", "Ministry of Orbital Affairs"),
        ("FOR IMMEDIATE RELEASE", None),
        ("PRESS RELEASE", None),
    ],
)
def test_release_lines(line: str, outlet: str | None) -> None:
    assert release_outlet(line) == outlet


def test_release_outlet_takes_the_articles_own_case() -> None:
    assert release_outlet("HALDEN ORBITAL RELEASE 12", "Halden Orbital said the capsule flew well.") == (
        "Halden Orbital"
    )
    assert release_outlet("ESA PRESS RELEASE", "The agency (ESA) said.") == "ESA"


def test_published_line_keeps_its_zone() -> None:
    moment, kind = publication("Published 5 October 2021, 09:14 BST", None)  # type: ignore[misc]
    assert isinstance(moment, datetime) and kind == "published"
    assert moment.isoformat() == "2021-10-05T09:14:00+01:00"


def test_updated_line_in_eastern_time() -> None:
    moment, kind = publication("Updated: Oct 5, 2021 10:02 a.m. ET", None)  # type: ignore[misc]
    assert kind == "updated" and isinstance(moment, datetime)
    assert moment.utcoffset() == timedelta(hours=-4)
    assert moment.astimezone(UTC).isoformat() == "2021-10-05T14:02:00+00:00"


def test_published_line_without_a_zone_gives_no_time() -> None:
    assert publication("Published 5 October 2021, 09:14", None) is None
    assert publication("Published 5 October 2021", None) == (date(2021, 10, 5), "published")


def test_wire_report() -> None:
    text = (
        "Petrel 5 lifts off for Sable Station with three aboard\n\nBy MARTA KOVAC\n\n"
        "KOUROU, French Guiana (Orbital Wire) — A capsule lifted off at 11:32 GMT on Thursday.\n\nMore text."
    )
    header = header_of(text)
    assert (header.title, header.author, header.outlet) == (
        "Petrel 5 lifts off for Sable Station with three aboard",
        "Marta Kovac",
        "Orbital Wire",
    )
    assert header.published is None


def test_broadsheet_published_wins_over_updated() -> None:
    text = (
        "Strangers in a tin can: the Petrel 5 crew settle in\n"
        "Ruth Abernethy | The Avalon Courier\n"
        "Updated 15 September 2034, 08:40 BST\n"
        "Published 14 September 2034, 21:05 BST\n\n"
        "The hatch swung open shortly after nine on Thursday evening."
    )
    header = header_of(text)
    assert header.title == "Strangers in a tin can: the Petrel 5 crew settle in"
    assert (header.author, header.outlet) == ("Ruth Abernethy", "The Avalon Courier")
    assert header.published == datetime(2034, 9, 14, 20, 5, tzinfo=UTC)
    assert header.published_line == "Published 14 September 2034, 21:05 BST"


def test_press_release_header() -> None:
    text = (
        "BOREAL SPACE AGENCY RELEASE 34-071\n\nFOR IMMEDIATE RELEASE\n\nPetrel 5 Crew Arrives at Sable Station\n\n"
        "NOORDWIJK — The Boreal Space Agency (BSA) confirms the docking."
    )
    header = header_of(text)
    assert (header.title, header.outlet, header.author) == (
        "Petrel 5 Crew Arrives at Sable Station",
        "Boreal Space Agency",
        None,
    )


def test_lede_is_not_a_headline() -> None:
    text = "The space agency marked the moment with a short post.\n\nIt said more later."
    assert header_of(text).title is None
    long_lede = (
        "A capsule carrying three astronauts lifted off from the Guiana Space Centre at 11:32 GMT "
        "on Thursday, bound for Sable Station.\n\nMore."
    )
    assert header_of(long_lede).title is None


def test_tabloid_kicker_headline() -> None:
    text = "LIFT-OFF LEGEND! Granddad Gus becomes the oldest man in orbit.\n\nBy Danny Pike\n\nGUS rocketed off."
    header = header_of(text)
    assert header.title == "LIFT-OFF LEGEND! Granddad Gus becomes the oldest man in orbit"
    assert header.author == "Danny Pike"


def test_quoted_post_is_not_the_articles_byline() -> None:
    text = (
        "The commander marked the arrival with a short post.\n\n"
        '"Home for twelve days," Sato wrote.\n\n'
        "— Hana Sato (@HanaSatoFlies) September 14, 2034\n\nBy Lena Ortiz"
    )
    header = header_of(text)
    assert (header.title, header.author, header.outlet, header.published) == (None, None, None, None)
