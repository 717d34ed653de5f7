"""Organisations for a draft: the agencies, companies and outlets the articles quote.

Candidates are names written in the articles: capitalised words ending in a word
such as Agency, Administration, Institute or Wire ("the Pan-African Space Agency
(PASA)", whose acronym becomes an alias), the outlets of the articles' own header
lines, a short list of well-known space agencies and companies when an article
writes their name, and an acronym an article makes the subject of a speech verb
("CCTV reported", "the AP said"; an acronym of a longer candidate's initials is that
candidate's alias). "X and Y" is two names, never one (a joint statement names two
speakers). A candidate is kept only when the quote attribution, run over the drafted
mission, gives it at least one quotation or reported statement: an organisation the
file declares but nobody hears from is noise for the reviewer.

Agencies are described as "the agency" ("the US space agency", "Russia's space
agency") and companies as "the company" or "the firm", in the articles that name
them; when an article names several, the quote reader credits the one named last.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from soyuztui.dossier.firsts import quick
from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.sources.bounds import MAX_LIST
from soyuztui.draft.lexicon import first_letters
from soyuztui.draft.names import ascii_fold
from soyuztui.draft.text import Article

_ORG_WORD = (
    r"(?:Agency|Administration|Corporation|Institute|Service|Centre|Center|Wire|Press|News|Company|"
    r"Authority|Organisation|Organization|Ministry|Directorate|Laboratory|Observatory|Commission|"
    r"Aerospace|Industries|Systems|Broadcasting|Times|Post|Herald|Courier|Gazette|Telegraph|Tribune)"
)
_CAP = r"[A-Z][\w’'&.-]*"
_ORG = quick(
    rf"\b(?P<name>(?:{_CAP} ){{0,5}}{_ORG_WORD}(?: (?:of|for) (?:the )?{_CAP}(?: {_CAP}){{0,2}})?)"
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
_KNOWN = re.compile(
    first_letters(KNOWN) + r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in KNOWN) + r")(?![\w-])"
)
#: Phrases that stand for a space agency: "the agency", "Russia's space agency", "the US space agency";
#: some agencies are a "state corporation" or a "space administration".
_AGENCY_PHRASE = re.compile(
    r"\b(?:[Tt]he|[A-Z][a-z]+(?:’|')s)(?: (?:[A-Z][a-z]+|[A-Z]{2,3}|[A-Z]\.[A-Z]\.|national|state))? (?:space )?(?:agency|corporation|administration)\b"
)
_AGENCIES = frozenset(("Roscosmos", "NASA", "ESA", "JAXA", "CNSA", "ISRO", "CSA"))
#: Phrases that stand for a company, and what makes a name a company's.
_COMPANY_PHRASE = re.compile(r"\b[Tt]he (?:company|firm)\b")
_COMPANIES = frozenset(("SpaceX", "Blue Origin", "Boeing", "Axiom Space", "Energia"))
_COMPANY_WORD = re.compile(r"\b(?:Aerospace|Corporation|Company|Industries|Systems|Inc|Ltd)\b")
#: An acronym as the subject of a speech verb: "CCTV reported", "the AP previously reported".
_ACRONYM_SPEAKS = quick(
    r"(?<![\w.-])(?P<acronym>[A-Z]{2,6})(?: (?:[a-z]+ly|later|also|then|again|earlier))? (?:said|says|reported|reports|announced|announces|stated|"
    r"states|told|tells|confirmed|confirms|tweeted|posted|wrote|added)\b"
)
_SMALL = frozenset("of for the and in on".split())
_LEADING = frozenset(
    "the a an and but both on in at as by for from with while when after before yesterday today "
    "tonight officials meanwhile said says".split()
)


def _trim(name: str) -> str:
    words = name.split()
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    return " ".join(words).rstrip(".")


def _first_copies(articles: Sequence[Article]) -> list[Article]:
    """Each text once, in the order first written: a syndicated copy names what its first copy names."""
    return list({article.text: article for article in reversed(articles)}.values())[::-1]


def candidates(articles: Sequence[Article], outlets: Iterable[str]) -> dict[str, list[str]]:
    """Organisation names the articles write, each with the acronyms written beside it."""
    found: dict[str, list[str]] = {}
    for article in _first_copies(articles):
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
        for match in _ACRONYM_SPEAKS.finditer(text):
            found.setdefault(match.group("acronym"), [])
    for outlet in outlets:
        if any(outlet in article.text for article in articles):
            found.setdefault(outlet, [])
    # An acronym of a longer candidate's initials ("AP", "Associated Press") is its alias.
    for name, aliases in found.items():
        initials = "".join(word[0] for word in name.split() if word.lower() not in _SMALL)
        if len(name.split()) > 1 and initials in found and not found[initials] and initials not in aliases:
            aliases.append(initials)
    # An acronym that is also a candidate on its own ("PASA") is the longer name's alias.
    for aliases in list(found.values()):
        for alias in aliases:
            found.pop(alias, None)
    return found


def _names(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


def agency_descriptions(trial: list[s.OrganisationSpec], articles: Sequence[Article]) -> dict[str, list[str]]:
    """Agency and company phrases ("the agency", "the US space agency", "the company") for who they stand for.

    A phrase goes to the organisation whose name follows it ("Russia's space agency
    Roscosmos"), else to every agency (or company) its article names: when an article
    names several, the quote reader takes the one named last before the phrase.
    """
    kinds = (
        (_AGENCY_PHRASE, [item for item in trial if "Agency" in item.name or item.name in _AGENCIES]),
        (_COMPANY_PHRASE, [item for item in trial if item.name in _COMPANIES or _COMPANY_WORD.search(item.name)]),
    )
    found: dict[str, list[str]] = {}
    for phrases, owners in kinds:
        names = {item.id: (item.name, *item.aliases) for item in owners}
        patterns = {key: [_names(name) for name in written] for key, written in names.items()}
        for article in _first_copies(articles):
            text = article.text[article.body_start :]
            # A plain substring test first: a pattern that opens with a lookbehind is scanned for
            # character by character, and most articles name few of the organisations.
            named = [
                key
                for key, written in names.items()
                if any(
                    name in text and pattern.search(text) for name, pattern in zip(written, patterns[key], strict=True)
                )
            ]
            for match in phrases.finditer(text):
                phrase = match.group(0)
                phrase = "the" + phrase[3:] if phrase.startswith("The ") else phrase
                after = text[match.end() : match.end() + 80]
                beside = [key for key in named if any(pattern.match(after, 1) for pattern in patterns[key])]
                for key in beside[:1] or named:
                    if phrase not in found.setdefault(key, []):
                        found[key].append(phrase)
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
    spec: s.MissionFile, articles: Sequence[Article], outlets: Iterable[str]
) -> list[s.OrganisationSpec]:
    """The candidate organisations the quote attribution hears from, as drafted entries."""
    from soyuztui.dossier.model import Document, Organisation, Person
    from soyuztui.dossier.quotes.extract import quoted_spans

    found = candidates(articles, outlets)
    if not found:
        return []
    trial = _specs(found, {person.id for person in spec.people})
    described = agency_descriptions(trial, articles)
    trial = [item.model_copy(update={"descriptions": sorted(described.get(item.id, []))[:MAX_LIST]}) for item in trial]
    # The attribution reads only the texts and the names, so the articles are not read
    # and verified a second time, and only articles naming a candidate can quote one:
    # a draft of 1,000 articles stays within its budget.
    phrases = {phrase.casefold() for o in trial for phrase in (o.name, *o.aliases, *o.descriptions)}
    # A syndicated copy quotes the same speakers as its first copy: each text is read once.
    distinct = _first_copies(articles)
    documents = [
        Document.model_construct(
            id=article.id, path="", title="", published=None, published_basis="", sha256="", text=article.text
        )
        for article in distinct
        if any(phrase in article.text.casefold() for phrase in phrases)
    ]
    people = [
        Person.model_construct(id=p.id, name=p.name, aliases=tuple(p.aliases), descriptions=tuple(p.descriptions))
        for p in spec.people
    ]
    organisations = [
        Organisation.model_construct(id=o.id, name=o.name, aliases=tuple(o.aliases), descriptions=tuple(o.descriptions))
        for o in trial
    ]
    speakers = {
        item.speaker
        for item in quoted_spans(documents, people, organisations)
        if item.kind in ("speech", "reported") and item.speaker
    }
    return [item for item in trial if item.id in speakers][:MAX_LIST]


__all__ = ["KNOWN", "agency_descriptions", "candidates", "speaking_organisations"]
