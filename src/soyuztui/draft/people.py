"""People as mission-file entries: name, aliases, descriptions and facts with evidence.

Values that mean the same ("actor", "actress") are joined under the word the
articles use most, with a term for the others; values that differ ("director",
"film producer", two ages, two spellings) stay apart and become conflicts. An
astronaut's other trade ("engineer") is their background, not a rival occupation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from soyuztui.dossier.sources import spec as s
from soyuztui.dossier.sources.bounds import MAX_EVIDENCE, MAX_LIST
from soyuztui.dossier.verify.evidence import fold, mentions, states
from soyuztui.draft import lexicon as lx
from soyuztui.draft.attributes import Finding, family
from soyuztui.draft.names import Person, ascii_fold, respelt, slug, surname_key
from soyuztui.draft.text import Article

_FIELDS = ("age", "occupation", "position", "agency", "nationality")
_OCCUPATION = "occupation"
#: The field of a spacefarer's other trade ("engineer", "fighter pilot"): not a rival occupation.
_BACKGROUND = "background"
_SPACEFARER = "astronaut"


def people_specs(
    people: Sequence[Person],
    findings: dict[int, list[Finding]],
    articles: Sequence[Article],
    terms: dict[str, list[str]],
) -> tuple[list[s.PersonSpec], dict[int, s.PersonSpec]]:
    """One entry per person, in the order the articles first name them."""
    texts = {article.id: article.text for article in articles}
    ordered = sorted(people, key=lambda person: (person.mentions[0].doc, person.mentions[0].start))
    used_ids: set[str] = set()
    described: Counter[str] = Counter()
    for person in ordered:
        for phrase in {fold(item.description) for item in findings[id(person)] if item.description}:
            described[phrase] += 1
    agencies = [item for person in ordered for item in findings[id(person)] if item.field == "agency"]
    spelled = _spelled_out(agencies, list(texts.values()))
    for long, short in spelled.items():
        terms.setdefault(short, []).append(long)
    specs: list[s.PersonSpec] = []
    by_person: dict[int, s.PersonSpec] = {}
    for person in ordered:
        name = person.name
        surname = name.split()[0] if person.family_first() else " ".join(name.split()[1:])
        person_id = _unique(slug(surname), slug(name), used_ids)
        spellings = person.surname_forms()
        given = [person.given] if person.given_used() else []
        aliases = [*dict.fromkeys([*spellings, *person.forms[1:], *given, *person.nicknames()])]
        aliases = [alias for alias in aliases if alias != name][:MAX_LIST]
        descriptions = sorted(
            {
                item.description
                for item in findings[id(person)]
                if item.description and (described[fold(item.description)] == 1 or item.field == "age")
            }
        )
        descriptions = descriptions[:MAX_LIST]
        phrases = [name, *aliases, *descriptions]
        found = [replace(item, value=spelled.get(str(item.value), item.value)) for item in findings[id(person)]]
        facts = _facts(found, texts, phrases, terms)
        facts = (facts + _spelling(person, texts) + _given_spelling(person, texts) + _nicknames(person, texts))[
            :MAX_LIST
        ]
        spec = s.PersonSpec(
            id=person_id, name=name, aliases=aliases, descriptions=descriptions, facts=facts, reviewed=False
        )
        specs.append(spec)
        by_person[id(person)] = spec
    return specs, by_person


_SMALL_WORDS = frozenset(("of", "the", "and", "for"))


def _spelled_out(agencies: Sequence[Finding], texts: Sequence[str]) -> dict[str, str]:
    """Each agency name the articles spell out ("European Space Agency") mapped to the acronym another writes ("ESA").

    The name is the one whose capitalised words' initials are the acronym, or the one an
    article writes beside it in parentheses ("JAXA (Japan Aerospace Exploration Agency)",
    "Japan Aerospace Exploration Agency (JAXA)"): an acronym need not be the initials.
    One agency, one value (the acronym, short enough for a column), so the crew and
    occupants panes group its people once.
    """
    written = {str(item.value) for item in agencies}
    full: dict[str, str] = {}
    for name in written:
        words = [word for word in name.split() if word.lower() not in _SMALL_WORDS]
        if len(words) > 1 and all(word[:1].isupper() for word in words):
            full.setdefault("".join(word[0] for word in words), name)
    shorts = [short for short in written if short.isupper()]
    spelled = {full[short]: short for short in shorts if short in full}
    for name in written - set(shorts) - set(spelled):
        paired = [
            short
            for short in shorts
            if any(f"{short} ({name})" in text or f"{name} ({short})" in text for text in texts)
        ]
        if len(paired) == 1:
            spelled[name] = paired[0]
    return spelled


def _unique(first: str, second: str, used: set[str]) -> str:
    for candidate in (first, second):
        if candidate not in used:
            used.add(candidate)
            return candidate
    number = 2
    while f"{second}-{number}" in used:
        number += 1
    used.add(f"{second}-{number}")
    return f"{second}-{number}"


def _facts(
    found: list[Finding], texts: dict[str, str], phrases: list[str], terms: dict[str, list[str]]
) -> list[s.FactSpec]:
    groups: dict[tuple[str, str], list[Finding]] = {}
    for item in found:
        if item.field not in _FIELDS:
            continue
        group = (item.field, family(str(item.value)) if item.field == "occupation" else fold(str(item.value)))
        groups.setdefault(group, []).append(item)
    for kind, word in list(groups):
        if kind != "occupation":
            continue
        wider = [other for f, other in groups if f == kind and other.endswith(" " + word)]
        if wider:  # "biologist" and "marine biologist" are one occupation
            groups[(kind, wider[0])] += groups.pop((kind, word))
            terms.setdefault(wider[0], []).append(word)
    # "astronaut" and "engineer" are not rival values: what an astronaut was trained as, or
    # works as between flights, is their background.
    flies = (_OCCUPATION, family(_SPACEFARER)) in groups
    facts = []
    for (field, _key), items in groups.items():
        if flies and field == _OCCUPATION and _key != family(_SPACEFARER):
            field = _BACKGROUND
        words = Counter(str(item.value) for item in items)
        value: str | int = items[0].value if field == "age" else words.most_common(1)[0][0]
        if field in (_OCCUPATION, _BACKGROUND) and " " in _key and _key in words:
            value = _key
        if field in (_OCCUPATION, _BACKGROUND):
            others = [word for word in words if word != value]
            if others:
                terms.setdefault(str(value), []).extend(others)
        evidence: list[s.EvidenceSpec] = []
        docs: set[str] = set()
        for item in items:
            if item.doc in docs or len(evidence) >= MAX_EVIDENCE:
                continue
            excerpt = texts[item.doc][item.start : item.end]
            if not mentions(excerpt, phrases):
                continue
            if not states(excerpt, value, terms):
                continue
            evidence.append(s.EvidenceSpec(doc=item.doc, text=excerpt))
            docs.add(item.doc)
        if evidence:
            facts.append(s.FactSpec(field=field, value=value, evidence=evidence, reviewed=False))
    return facts


def _spelling(person: Person, texts: dict[str, str]) -> list[s.FactSpec]:
    """Two spellings of a surname become two `spelling` facts: a conflict the dossier shows."""
    spellings: dict[str, list[s.EvidenceSpec]] = {}
    first: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    for mention in person.mentions:
        if mention.given or (len(mention.tokens) == 1 and " " in mention.text):
            continue  # a given name, or a phrase such as "the 35-year-old teacher"
        surname = " ".join(mention.tokens[1:]) if mention.full else mention.text
        key = surname_key(surname)
        first.setdefault(key, surname)
        evidence = spellings.setdefault(key, [])
        if (key, mention.doc) not in seen and len(evidence) < MAX_EVIDENCE:
            seen.add((key, mention.doc))
            evidence.append(s.EvidenceSpec(doc=mention.doc, text=texts[mention.doc][mention.start : mention.end]))
    if len(spellings) < 2:
        return []
    # An article that writes both spellings ("Wilmore", then once "Willmore") counts for
    # the rarer one: otherwise its variant is read as one article's two words for a thing.
    docs = {key: {item.doc for item in evidence} for key, evidence in spellings.items()}
    for key, evidence in spellings.items():
        rarer = set().union(*(docs[other] for other in spellings if len(docs[other]) < len(docs[key])))
        spellings[key] = [item for item in evidence if item.doc not in rarer] or evidence
    return [
        s.FactSpec(field="spelling", value=first[key], evidence=evidence, reviewed=False)
        for key, evidence in spellings.items()
    ]


def _given_spelling(person: Person, texts: dict[str, str]) -> list[s.FactSpec]:
    """A given name written two ways a letter apart ("Prasanth", "Prashanth", "Ilya", "Ilja") is a spelling conflict.

    A short form ("Tom", "Thomas") or a nickname is an alias, not a misspelling.
    """
    found: dict[str, list[s.EvidenceSpec]] = {}
    seen: set[tuple[str, str]] = set()
    for mention in person.mentions:
        if not mention.full or mention.given:
            continue
        evidence = found.setdefault(mention.tokens[0], [])
        if (mention.tokens[0], mention.doc) not in seen and len(evidence) < MAX_EVIDENCE:
            seen.add((mention.tokens[0], mention.doc))
            evidence.append(s.EvidenceSpec(doc=mention.doc, text=texts[mention.doc][mention.start : mention.end]))
    spelt = [given for given in found if any(other != given and respelt(given, other) for other in found)]
    if len({ascii_fold(given) for given in spelt}) < 2:
        return []
    return [
        s.FactSpec(field="given name spelling", value=given, evidence=found[given], reviewed=False) for given in spelt
    ]


def _nicknames(person: Person, texts: dict[str, str]) -> list[s.FactSpec]:
    """Two nicknames written for one person ("Sunny", "Suni") become a conflict the dossier shows."""
    found: dict[str, list[s.EvidenceSpec]] = {}
    seen: set[tuple[str, str]] = set()
    for mention in person.mentions:
        if mention.nickname is None:
            continue
        evidence = found.setdefault(mention.nickname, [])
        if (mention.nickname, mention.doc) not in seen and len(evidence) < MAX_EVIDENCE:
            seen.add((mention.nickname, mention.doc))
            evidence.append(s.EvidenceSpec(doc=mention.doc, text=texts[mention.doc][mention.start : mention.end]))
    if len({ascii_fold(nick) for nick in found}) < 2:
        return []
    return [
        s.FactSpec(field="nickname", value=nick, evidence=evidence, reviewed=False) for nick, evidence in found.items()
    ]


def role_words(found: list[Finding]) -> list[str]:
    """Crew roles said of a person next to their name ("pilot Joaquín Ferro"), once per saying."""
    return [str(item.value) for item in found if item.field == "role"]


def occupation(found: list[Finding]) -> str | None:
    """The person's most stated occupation word, if any."""
    words = Counter(str(item.value) for item in found if item.field == "occupation")
    return words.most_common(1)[0][0] if words else None


__all__ = ["lx", "occupation", "people_specs", "role_words"]
