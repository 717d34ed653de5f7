"""A web page read as an article: its body without the site around it, and what its metadata states.

trafilatura finds the story among the menus, captions, widgets, comments and "read
more" links and reads the page's metadata (JSON-LD, Open Graph, meta tags, the byline);
htmldate reads its publication time with the zone the page gives. Neither touches the
network here: they are given the page's bytes. The HTML libraries are imported only by
this module, which only `add` imports, so a start of the dashboard never loads them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from copy import deepcopy
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from soyuztui.dossier.sources.documents import sanitize

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

#: Pages larger than this are not read: a news page is a few hundred kilobytes.
MAX_PAGE_BYTES = 5_000_000
#: A body shorter than this is a teaser, a stub or a page of links, not an article.
MIN_BODY_WORDS = 60
#: htmldate's own default refuses dates after today; a preview of a future flight is dated later.
_LATEST_DATE = "2200-12-31"
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_SUBSCRIBE = re.compile(
    r"(?i)\b(?:subscribe|subscription|subscribers only|sign in to (?:read|continue)|log in to (?:read|continue)"
    r"|to continue reading|already a (?:subscriber|member)|premium content)\b"
)
# The commonest English words: a body with almost none of them is in another language.
_ENGLISH = frozenset(
    "the of and to a in is was that for on with as by at from it he she they said has have are were will".split()
)
_WORD = re.compile(r"[^\W\d_]+")
#: Fine print (see `_extract`): a paragraph or block whose only content is `<small>` elements.
_FINE_PRINT = "//*[self::p or self::div][small][not(text()[normalize-space()])][count(*) = count(small)]"
#: The shapes of the lines a site puts after a story inside its container, whatever the site:
#: a copyright notice, a contact address, a call to follow or sign up, a wire's credits, a
#: "read more" link to another story.
_SIGN_OFF = re.compile(
    r"(?i)\A(?:©|\(c\)\s|copyright\s+(?:©\s*)?(?:19|20)\d\d\b|(?:additional )?(?:reporting|writing|editing) by\b"
    r"|(?:contact|follow|sign up|subscribe)(?: to| for)? (?:us|our|the)\b|(?:read more|related|see also)\s*:)"
    r"|\ball rights reserved\.?\Z|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
)
#: A sign-off is a line or two, never a paragraph of the story.
_SIGN_OFF_WORDS = 40
#: The blocks a run of a story's parts is made of (see `_runs`).
_BLOCKS = frozenset(("article", "section", "div"))
#: schema.org types of a page's main story, whose headline is the page's.
_ARTICLE_TYPES = frozenset(
    ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "LiveBlogPosting")
)


class PageRefused(ValueError):
    """A page that yields no article, with the reason in a few words."""


@dataclass(frozen=True, slots=True)
class Page:
    """An article read from a web page: the text of record and the metadata the page states."""

    #: The headline, a blank line, then the body's paragraphs separated by blank lines.
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    #: A time with the zone the page gives, or a date when the page gives no time or no zone.
    published: datetime | date | None = None
    #: Characters the page's bytes could not be decoded into (shown as U+FFFD).
    undecodable: int = 0


def clean_text(text: str) -> str:
    """Text as an article of record holds it: NFC, Unix line ends, no control characters."""
    return sanitize(unicodedata.normalize("NFC", text))


def read_page(data: bytes, url: str | None = None) -> Page:
    """The article in the page `data` (the page's own bytes; `url` where it was published, if known).

    Raises `PageRefused` for a page that is too large, binary, in another language,
    behind a paywall, or holds no article body.
    """
    if len(data) > MAX_PAGE_BYTES:
        raise PageRefused(
            f"is {len(data) / 1_000_000:.0f} MB; pages over {MAX_PAGE_BYTES // 1_000_000} MB are not read"
        )
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PageRefused("is binary data, not a web page")
    import htmldate
    import trafilatura

    tree = trafilatura.load_html(data)
    if tree is None:
        raise PageRefused("is not a web page that can be read")
    language = _declared_language(tree)
    if language and not language.startswith("en"):
        raise PageRefused(f"is in another language ({language}); the draft reads English articles")
    linked = _json_ld(tree)
    if any(_not_free(item) for item in linked):
        raise PageRefused("is behind a paywall: the page says its article is not free to read")
    story = next((item for item in linked if _types(item) & _ARTICLE_TYPES), {})
    found = htmldate.find_date(
        _without_addresses(tree),  # and without `url`: its date would win over the page's time and zone
        extensive_search=False,
        original_date=True,
        outputformat=_DATE_FORMAT,
        max_date=_LATEST_DATE,
    )
    extracted = _extract(tree, url)
    body = clean_text(str(getattr(extracted, "text", None) or ""))
    runs = _runs_read_on(tree, body)
    if runs:
        # trafilatura took the first block of a run (a live blog's updates) for the whole story
        # and brought the later ones' paragraphs back without their headings: the run is the
        # story, read as one. The second reading is kept when it holds all the first one did.
        _as_sections(runs)
        again = _extract(tree, url)
        text = clean_text(str(getattr(again, "text", None) or ""))
        if _holds_all(text, body):
            extracted, body = again, text
    # A live blog's updates have headlines of their own; the page's is its article's.
    title = _one_line(story.get("headline")) or _one_line(getattr(extracted, "title", None))
    paragraphs = _without_sign_off([line.strip() for line in body.split("\n") if line.strip()])
    if paragraphs and title and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]  # the headline is written once, above the body
    words = sum(len(paragraph.split()) for paragraph in paragraphs)
    if words < MIN_BODY_WORDS:
        teaser = " ".join(paragraphs)
        if _SUBSCRIBE.search(teaser):
            raise PageRefused(f"is a paywall stub ({words} words before the subscription notice)")
        raise PageRefused(f"has no article body ({words} words of text outside the site's menus and widgets)")
    if not _reads_as_english(paragraphs):
        raise PageRefused("does not read as English; the draft reads English articles")
    text = "\n\n".join(([title] if title else []) + paragraphs) + "\n"
    return Page(
        text=text,
        title=title,
        outlet=_one_line(getattr(extracted, "sitename", None)),
        author=_one_line(getattr(extracted, "author", None)) or _story_author(story),
        url=_web_address(getattr(extracted, "url", None)) or _story_address(story) or _web_address(url),
        published=published_moment(found),
        undecodable=text.count("\ufffd"),
    )


def _without_sign_off(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without the run of sign-off lines (`_SIGN_OFF`) that ends them, if any."""
    end = len(paragraphs)
    while end and len(paragraphs[end - 1].split()) <= _SIGN_OFF_WORDS and _SIGN_OFF.search(paragraphs[end - 1]):
        end -= 1
    return paragraphs[:end]


def _extract(tree: HtmlElement, url: str | None) -> Any:
    """trafilatura's reading of the page (its body and metadata), precision before recall.

    The page's fine print is pruned first: a block whose text is all `<small>`, HTML's
    element for side comments, credits, copyright lines and visitor counters, is the
    site's, whatever its words.
    """
    import trafilatura

    return trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        prune_xpath=_FINE_PRINT,
    )


def _runs(tree: HtmlElement) -> Iterator[list[HtmlElement]]:
    """Every run of like blocks side by side: two or more `<article>`, `<section>` or `<div>`
    children of one element with the same tag and class (a live blog's updates, a row of cards)."""
    for parent in tree.iter():
        alike: dict[tuple[str, str | None], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in _BLOCKS:
                alike.setdefault((child.tag, child.get("class")), []).append(child)
        yield from (run for run in alike.values() if len(run) > 1)


def _folded(text: str) -> str:
    """`text` with its white space folded, as paragraphs are compared."""
    return " ".join(text.split())


def _runs_read_on(tree: HtmlElement, body: str) -> list[list[HtmlElement]]:
    """The runs of like blocks (`_runs`) past whose first block `body` goes on: it holds a
    paragraph of a later one."""
    folded = _folded(body)

    def read_on(run: list[HtmlElement]) -> bool:
        paragraphs = (_folded(paragraph.text_content()) for block in run[1:] for paragraph in block.iter("p"))
        return any(paragraph and paragraph in folded for paragraph in paragraphs)

    return [run for run in _runs(tree) if read_on(run)]


def _holds_all(body: str, first: str) -> bool:
    """Whether `body` holds every paragraph of `first`."""
    folded = _folded(body)
    return all(_folded(line) in folded for line in first.split("\n"))


def _as_sections(runs: list[list[HtmlElement]]) -> None:
    """Make each block of `runs` a plain `<section>`, with nothing trafilatura takes for a story's
    mark (its class, id or role), so that no one of them is read as the whole story: their
    container is."""
    for block in (block for run in runs for block in run):
        block.tag = "section"
        for name in ("class", "id", "role", "itemprop"):
            block.attrib.pop(name, None)


def published_moment(found: str | None) -> datetime | date | None:
    """htmldate's answer as a time with its zone, or a date when the page gave no time or no zone.

    A time without a zone is never kept as a time: it would be a guess at the zone.
    """
    if not found:
        return None
    if len(found) > 19:  # an offset follows the seconds
        return datetime.strptime(found, _DATE_FORMAT)
    return date.fromisoformat(found[:10])


def _one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(clean_text(value).split())
    return text[:300] or None


def _web_address(value: object) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"https?://\S{1,1990}", value.strip()):
        return value.strip()
    return None


def _declared_language(tree: HtmlElement) -> str | None:
    """The language the page declares (`<html lang>`, or Open Graph's locale), lower case."""
    declared = tree.get("lang") or tree.get("xml:lang")
    if not declared:
        locale = tree.xpath('//meta[@property="og:locale"]/@content')
        declared = str(locale[0]) if locale else None
    return declared.strip().lower().replace("_", "-") if declared else None


def _json_ld(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every object of the page's JSON-LD (schema.org) blocks, `@graph`s opened; a block that is not JSON skipped."""
    found: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            found += _json_objects(json.loads(str(script)))
        except ValueError:
            continue
    return found


def _json_objects(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data, *(_json_objects(graph) if graph is not None else [])]
    if isinstance(data, list):
        return [item for element in data for item in _json_objects(element)]
    return []


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    return {str(kind)} if isinstance(kind, str) else {str(each) for each in kind} if isinstance(kind, list) else set()


def _story_address(story: dict[str, Any]) -> str | None:
    """The address the page's JSON-LD article gives itself (`url`, or `mainEntityOfPage`)."""
    main = story.get("mainEntityOfPage")
    return _web_address(story.get("url")) or _web_address(main.get("@id") if isinstance(main, dict) else main)


def _story_author(story: dict[str, Any]) -> str | None:
    """The author (or authors, joined by "; ") the page's JSON-LD article names."""
    found = story.get("author")
    people = found if isinstance(found, list) else [found]
    names = [_one_line(person.get("name") if isinstance(person, dict) else person) for person in people]
    return "; ".join(name for name in names if name) or None


def _without_addresses(tree: HtmlElement) -> HtmlElement:
    """A copy of the page without its own address: htmldate takes a date in an address (`/2033/09/14/`)
    over the page's own publication time, and that would lose the time and its zone."""
    copy = deepcopy(tree)
    for element in copy.xpath('//link[@rel="canonical"] | //meta[@property="og:url"]'):
        element.getparent().remove(element)
    return copy


def _not_free(item: dict[str, Any]) -> bool:
    value = item.get("isAccessibleForFree")
    return value is False or (isinstance(value, str) and value.strip().lower() == "false")


def _reads_as_english(paragraphs: list[str]) -> bool:
    words = [word.lower() for paragraph in paragraphs for word in _WORD.findall(paragraph)]
    return not words or sum(word in _ENGLISH for word in words) / len(words) >= 0.08
