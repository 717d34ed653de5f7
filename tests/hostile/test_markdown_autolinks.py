"""Markdown export: text from articles never becomes a link, even under GFM's autolinks.

GFM links `https://…`, `www.…` and e-mail addresses with no syntax; markdown-it with
linkify (a GFM renderer, here with its fuzzy link and e-mail finders switched on, which
link more than GitHub does) renders the briefing in these tests.
"""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from soyuztui.dossier import Dossier
from soyuztui.export.markdown import escape, to_markdown
from soyuztui.export.options import ExportOptions
from soyuztui.present.wording import one_line

HOSTILE = [
    "see https://example.com/path?a=1&b=2 now",
    "www.example.com is where it went",
    "write to bob@example.com today",
    "ftp://files.example.com and mailto:bob@example.com",
    "example.com alone, and space.org",
    "[a link](https://example.com) <https://example.com>",
    "http://[::1]:8000/ and HTTPS://EXAMPLE.COM",
]


def _renderer() -> MarkdownIt:
    renderer = MarkdownIt("gfm-like", {"linkify": True}).enable("linkify")
    assert renderer.linkify is not None  # linkify-it-py is installed (markdown-it-py[linkify])
    renderer.linkify.set({"fuzzy_link": True, "fuzzy_email": True, "fuzzy_ip": True})
    return renderer


def _rendered_text(markdown: str) -> str:
    rendered = _renderer().render(markdown)
    assert "<a " not in rendered, rendered
    return html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()


def test_the_renderer_links_what_it_is_given_raw() -> None:
    """The check can fail: unescaped, every hostile line becomes a link."""
    for text in HOSTILE:
        assert "<a " in _renderer().render(f"- {text}"), text


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_urls_addresses_and_domains_render_as_the_same_text(text: str) -> None:
    assert _rendered_text(f"- {escape(text)}") == one_line(text)


@given(st.text(st.sampled_from("abcw.:/@-_ 1[]()<>")))
def test_no_escaped_text_becomes_a_link(text: str) -> None:
    _rendered_text(f"- {escape(text)}")


def test_a_briefing_with_urls_in_its_names_has_no_link(dossier: Dossier) -> None:
    person = dossier.people[0].model_copy(update={"name": "Visit www.example.com or https://example.com"})
    hostile = dossier.model_copy(update={"people": (person, *dossier.people[1:])})
    hostile.model_post_init(None)
    briefing = to_markdown(hostile, ExportOptions())
    rendered = _renderer().render(briefing)
    assert "www.example.com" in html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert "<a " not in rendered
