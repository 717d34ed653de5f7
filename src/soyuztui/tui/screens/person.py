"""The person card: everything the articles say about one person, each line openable as evidence."""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from soyuztui.dossier.model import Dossier, Evidence, Occupant
from soyuztui.present.flight import station_name
from soyuztui.present.times import ZoneName, short_text
from soyuztui.present.wording import quote_speakers
from soyuztui.tui.messages import items_for
from soyuztui.tui.screens.card import CardLine, CardScreen, fact_lines, heading, note

LEG_WORDS = {"launch": "↑ flies up", "landing": "↓ comes down"}


def aboard_text(occupant: Occupant, zone: ZoneName) -> str:
    """When someone is aboard the station, from and until, in `zone`; unknown ends say so."""
    since = short_text(occupant.arrival, zone) if occupant.arrival else "before the articles' days"
    until = short_text(occupant.departure, zone) if occupant.departure else "after the articles' days"
    agency = f" · {occupant.agency}" if occupant.agency else ""
    return f"aboard from {since} until {until}{agency}"


def person_lines(dossier: Dossier, person_id: str, zone: ZoneName = "utc") -> list[Option]:
    """The card's lines for `person_id`: names, facts, seats, time aboard, quotes."""
    person = dossier.person(person_id)
    lines: list[Option] = []
    if person.aliases:
        lines.append(note(f"Also called: {', '.join(person.aliases)}"))
    if person.descriptions:
        lines.append(note(f"Described as: {'; '.join(person.descriptions)}"))
    lines.append(heading("Facts"))
    facts = list(fact_lines(dossier, person.id, person.name, person.facts))
    lines += facts or [note("The articles state no facts about this person.")]
    seats = [member for member in dossier.crew if member.person == person.id]
    if seats:
        lines.append(heading("Crew seats"))
    for member in seats:
        role = f" · {member.role}" if member.role else ""
        text = f"{LEG_WORDS[member.leg]} on {member.vehicle} · {member.leg}{role}"
        lines.append(CardLine(Content(text), f"{person.name} — {member.vehicle}", items_for(text, member.evidence)))
    stays = [occupant for occupant in dossier.occupants if occupant.person == person.id]
    if stays:
        lines.append(heading(f"On {station_name(dossier.mission)}"))
    for occupant in stays:
        text = aboard_text(occupant, zone)
        lines.append(CardLine(Content(text), f"{person.name} aboard", items_for(text, occupant.evidence)))
    said = [quote for quote in dossier.quotes if person.id in quote_speakers(quote)]
    if said:
        lines.append(heading("What they said"))
    for quote in said:
        kind = "said" if quote.kind == "direct" else "≈ reported"
        docs = sorted({source.doc for source in quote.sources})
        prompt = Content.assemble(
            (f"{kind} ", "bold"), f"“{' '.join(quote.text.split())}”", (f" [{' '.join(docs)}]", "$text-muted")
        )
        items = tuple(
            item
            for source in quote.sources
            for item in items_for(
                f"{kind} in {source.doc}",
                (Evidence(doc=source.doc, text=source.text, start=source.start, end=source.end),),
            )
        )
        lines.append(CardLine(prompt, f"{person.name} {kind}", items))
    return lines


class PersonScreen(CardScreen):
    """One person's card, opened from a crew row."""

    def __init__(self, dossier: Dossier, person_id: str, zone: ZoneName = "utc") -> None:
        """The card of `person_id` in `dossier`, times in `zone`."""
        person = dossier.person(person_id)
        super().__init__(dossier, person.name, person_lines(dossier, person_id, zone))
        self.person = person
