"""Organisations for a draft: the agencies, companies and outlets the articles quote.

Candidates are names written in the articles: capitalised words ending in a word
such as Agency, Administration, Institute or Wire ("the Pan-African Space Agency
(PASA)", whose acronym becomes an alias), the outlets of the articles' own header
lines, and a short list of well-known space agencies and companies when an article
writes their name. A candidate is kept only when the quote attribution, run over
the drafted mission, gives it at least one quotation or reported statement: an
organisation the file declares but nobody hears from is noise for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from soyuztui.dossier.draft.names import ascii_fold
from soyuztui.dossier.draft.text import Article
from soyuztui.dossier.errors import MissionError
from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.sources.bounds import MAX_LIST

_ORG_WORD = (
    r"(?:Agency|Administration|Corporation|Institute|Service|Centre|Center|Wire|Press|News|Company|"
    r"Authority|Organisation|Organization|Ministry|Directorate|Laboratory|Observatory|Commission|"
    r"Aerospace|Industries|Systems|Broadcasting|Times|Post|Herald|Courier|Gazette|Telegraph|Tribune)"
)
_CAP = r"[A-Z][\w’'&.-]*"
_ORG = re.compile(
    rf"\b(?P<name>(?:{_CAP} (?:and )?){{0,5}}{_ORG_WORD}(?: (?:of|for) (?:the )?{_CAP}(?: {_CAP}){{0,2}})?)"
    r"(?: \((?P<acronym>[A-Z][A-Z0-9&]{1,7})\))?"
)
#: Names an article may write alone, without a word such as Agency after them.
KNOWN = (
    "Roscosmos",
    "NASA",
    "ESA",
    "JAXA",
    "CNSA",
    "ISRO",
    "CSA",
    "SpaceX",
    "Blue Origin",
    "Boeing",
    "Axiom Space",
    "Energia",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "Reuters",
    "AFP",
    "Xinhua",
)
_KNOWN = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in KNOWN) + r")(?![\w-])")
_LEADING = frozenset(
    "the a an and but both on in at as by for from with while when after before yesterday today "
    "tonight officials meanwhile said says".split()
)


def _trim(name: str) -> str:
    words = name.split()
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    return " ".join(words).rstrip(".")


def candidates(articles: Sequence[Article], outlets: Iterable[str]) -> dict[str, list[str]]:
    """Organisation names the articles write, each with the acronyms written beside it."""
    found: dict[str, list[str]] = {}
    for article in articles:
        text = article.text[article.body_start :]
        for match in _ORG.finditer(text):
            name = _trim(match.group("name"))
            if len(name.split()) < 2 and not _KNOWN.fullmatch(name):
                continue  # "Agency" or "News" alone is not a name
            aliases = found.setdefault(name, [])
            if (acronym := match.group("acronym")) and acronym not in aliases:
                aliases.append(acronym)
        for match in _KNOWN.finditer(text):
            found.setdefault(match.group(0), [])
    for outlet in outlets:
        if any(outlet in article.text for article in articles):
            found.setdefault(outlet, [])
    # An acronym that is also a candidate on its own ("PASA") is the longer name's alias.
    for aliases in list(found.values()):
        for alias in aliases:
            found.pop(alias, None)
    return found


def _specs(found: dict[str, list[str]], taken: set[str]) -> list[s.OrganisationSpec]:
    specs = []
    for name, aliases in sorted(found.items()):
        base = re.sub(r"[^a-z0-9._-]+", "-", ascii_fold(name).lower()).strip("-._") or "org"
        ident, number = base, 2
        while ident in taken:
            ident, number = f"{base}-{number}", number + 1
        taken.add(ident)
        specs.append(s.OrganisationSpec(id=ident, name=name, aliases=aliases[:MAX_LIST], reviewed=False))
    return specs


def speaking_organisations(
    path: Path, spec: s.MissionFile, articles: Sequence[Article], outlets: Iterable[str]
) -> list[s.OrganisationSpec]:
    """The candidate organisations the quote attribution hears from, as drafted entries."""
    from soyuztui.dossier.build import build_from_spec

    found = candidates(articles, outlets)
    if not found:
        return []
    trial = _specs(found, {person.id for person in spec.people})
    try:
        dossier = build_from_spec(path, spec.model_copy(update={"organisations": trial}))
    except MissionError:
        return []
    speakers = {source.speaker for quote in dossier.quotes for source in quote.sources if source.speaker}
    speakers |= {quote.speaker for quote in dossier.quotes if quote.speaker}
    return [item for item in trial if item.id in speakers][:MAX_LIST]


__all__ = ["KNOWN", "candidates", "speaking_organisations"]
