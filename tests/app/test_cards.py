"""The person card (Enter on a crew row) and the mission card (`m`): every fact, each openable as evidence."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import OptionList

from soyuztui.dossier.model import Dossier
from soyuztui.tui.screens import DashboardScreen, EvidenceScreen, MissionScreen, PersonScreen
from soyuztui.tui.screens.card import CardLine
from tests.conftest import test_app

SIZE = (100, 30)


def card_text(screen: Screen[Any]) -> list[str]:
    """Every line of the card, as plain text."""
    listing = screen.query_one("#card-list", OptionList)
    return [str(listing.get_option_at_index(index).prompt) for index in range(listing.option_count)]


async def test_crew_row_opens_the_persons_card(quoted: Dossier) -> None:
    app = test_app(quoted)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down", "enter")  # Klim Shipenko's launch seat
        await pilot.pause()
        assert isinstance(app.screen, PersonScreen)
        assert app.screen.person.id == "shipenko"
        lines = card_text(app.screen)
        assert "age: 38 [000 001 002 004]" in lines
        # Both occupations, neither dropped, and not marked as a dispute the articles do not have.
        assert "occupation: director [000 001 002 003] · film producer [001]" in lines
        assert "height: 1.9 meters [001]" in lines
        assert "↑ flies up on Soyuz MS-19 · launch · Spaceflight participant" in lines
        assert "↓ comes down on Soyuz MS-18 · landing · Spaceflight participant" in lines
        assert any(line.startswith("aboard from 5 Oct 12:12 until 17 Oct") for line in lines)
        assert any(line.startswith("≈ reported “he is happy to be the first filmmaker in space") for line in lines)
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen)


async def test_disputed_person_fact_and_direct_quotes(quoted: Dossier) -> None:
    app = test_app(quoted)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")  # Yulia Peresild
        await pilot.pause()
        lines = card_text(app.screen)
        assert "age: 37 [000 001 002 003 004]" in lines
        assert "occupation: actress [000 001 002 003]" in lines
        assert any(line.startswith("said “It’s a miracle") for line in lines)
        await pilot.press("escape")
        await pilot.press("down", "down", "enter")  # Oleg Novitskiy, who comes down with them
        await pilot.pause()
        assert "spelling: Novitskiy [002 003]  ≠  Novitsky [004]" in card_text(app.screen)


async def test_enter_on_a_fact_opens_its_evidence(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")  # Yulia Peresild: the first fact is her age
        await pilot.pause()
        line = app.screen.query_one("#card-list", OptionList).highlighted_option
        assert isinstance(line, CardLine)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        assert app.screen.subject == "Yulia Peresild — age"
        assert {item.evidence.doc for item in app.screen.items} == {"000", "001", "002", "003", "004"}
        assert all(item.label == "age: 37" for item in app.screen.items)
        await pilot.press("escape")
        assert isinstance(app.screen, PersonScreen)


async def test_mission_card_lists_the_film_title_with_its_conflict(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MissionScreen)
        lines = card_text(app.screen)
        assert "film: The Challenge [000 001 004]  ≠  Challenge [002 003]" in lines
        assert "duration: 12 days [000 001 002 003 004]" in lines
        assert "training: four months [000 002]" in lines
        listing = app.screen.query_one("#card-list", OptionList)
        listing.highlighted = lines.index("film: The Challenge [000 001 004]  ≠  Challenge [002 003]")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        assert {item.label for item in app.screen.items} == {"film: The Challenge", "film: Challenge"}
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, DashboardScreen)


async def test_card_shows_article_text_as_text_not_markup(quoted: Dossier) -> None:
    people = tuple(
        person.model_copy(update={"descriptions": ("[bold]not bold[/bold] [/",)})
        if person.id == "shkaplerov"
        else person
        for person in quoted.people
    )
    # A new Dossier, not model_copy: its index of people is built when it is made.
    hostile = Dossier(**{name: getattr(quoted, name) for name in Dossier.model_fields} | {"people": people})
    app = test_app(hostile)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert "Described as: [bold]not bold[/bold] [/" in card_text(app.screen)


async def test_palette_opens_the_mission_card(dossier: Dossier) -> None:
    app = test_app(dossier)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"mission facts")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MissionScreen)
        # From the card, the palette's "Go to pane" closes it and lands in the pane.
        await pilot.press("ctrl+p")
        await pilot.press(*"go to pane: sources")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
