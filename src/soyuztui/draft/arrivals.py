"""Who came up earlier on another craft: residents, never this flight's launch crew.

A crew that brings home people who flew up on another vehicle ("A and B, who arrived at the
station in June aboard a Starliner, will return with them"; "C and D arrived on a Soyuz
earlier this month") writes them beside the flight's own crew, in sentences with launch
and docking words. They were aboard already: they may sit on this flight's landing leg,
never on its launch leg.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from soyuztui.dossier.verify.evidence import mentions
from soyuztui.draft import lexicon as lx
from soyuztui.draft.text import Article

#: "arrived at the station in June aboard Boeing's Starliner", "flew up on a Soyuz": the verb, then the craft.
_CAME_UP_ON = re.compile(
    r"\b(?:arrived|arriving|flew up|flown up|came up|reached the station)\b[^.;]{0,60}?"
    rf"\b(?:on|aboard|in)\s+(?:(?:a|an|the)\s+|[A-Z][\w-]*[’']s\s+)?(?P<family>{lx.FAMILY_WORDS})\b"
)
#: A year written in the clause: "reached the station on Soyuz MS-12 in March 2019" is a past flight.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def came_up_earlier(articles: Sequence[Article], phrases: Iterable[str], own_family: str | None) -> bool:
    """Whether an article says the person came up on a craft of another family than the flight's, this year.

    The person must be named before the verb in the sentence (its subject, or the list a
    "who arrived ..." clause follows); a year in the clause before the page's marks a past
    flight of theirs, not how they came to be aboard now.
    """
    if own_family is None:
        return False
    names = list(phrases)
    for article in articles:
        for sentence in article.sentences:
            if article.in_quote(sentence.start):
                continue
            for match in _CAME_UP_ON.finditer(sentence.text):
                if lx.SPACECRAFT[match["family"]] == own_family or not mentions(sentence.text[: match.start()], names):
                    continue
                years = [int(year) for year in _YEAR.findall(sentence.text, match.start())]
                published = article.published
                if isinstance(published, date) and any(year < published.year for year in years):
                    continue
                return True
    return False
