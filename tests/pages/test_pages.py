"""Reading a web page as an article: the story without the site, the metadata the page states, bad pages refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from soyuztui.draft.pages import MAX_PAGE_BYTES, PageRefused, published_moment, read_page
from tests.pages.gold import PAGES, expected, scores

FILLER = " ".join(
    f"Sentence {n} of the invented story says the capsule was checked again by the ground crew." for n in range(12)
)


def _page(body: str, head: str = "", lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body><nav><a href='/'>Home</a></nav><article>{body}</article></body></html>"
    ).encode()


@pytest.mark.parametrize("name", sorted(expected()))
def test_each_publishing_system_gives_the_story_and_its_metadata(name: str) -> None:
    data = (PAGES / name).read_bytes()
    page = read_page(data)
    # Every element of the story: its paragraphs, and a live blog's update headings.
    recall, _extra = scores(data, page.text, page.title)
    assert recall == 1.0
    want = expected()[name]
    published = page.published.isoformat() if page.published else None
    assert {
        "title": page.title,
        "outlet": page.outlet,
        "author": page.author,
        "url": page.url,
        "published": published,
    } == want
    assert page.text.startswith(f"{want['title']}\n\n")


@pytest.mark.parametrize("name", sorted(expected()))
def test_no_sentence_of_the_site_is_taken_for_the_story(name: str) -> None:
    data = (PAGES / name).read_bytes()
    page = read_page(data)
    assert scores(data, page.text, page.title)[1] == []  # no menu, caption, widget, comment or "read more"


def test_fine_print_is_the_sites_whatever_it_says() -> None:
    notice = "Printed from the harbour office's archive; the kettle was on when this was typed."
    page = read_page(_page(f"<h1>Capsule checks</h1><p>{FILLER}</p><p><small>{notice}</small></p>"))
    assert notice not in page.text
    assert FILLER in page.text


@pytest.mark.parametrize(
    "sign_off",
    [
        "© 2031 The Quayside Courier. All rights reserved.",
        "Copyright 2031 Lantern Wire. This copy may not be sold on or printed again without leave.",
        "(c) Lantern Wire 2031",
        "Write to the desk at letters@quayside.example with your corrections.",
        "Follow us for every launch of the season.",
        "Sign up for our weekly letter on rockets and the people who fly them.",
        "Reporting by Ada Brenn; editing by Olu Marsh",
        "Read more: <a href='/other'>The pad is rebuilt after the fire</a>",
    ],
)
def test_a_sign_off_after_the_story_is_the_sites(sign_off: str) -> None:
    ending = "The capsule is due back on Friday."
    page = read_page(_page(f"<h1>Capsule checks</h1><p>{FILLER}</p><p>{ending}</p><p>{sign_off}</p><p>{sign_off}</p>"))
    assert page.text.endswith(f"{ending}\n")


def test_a_story_that_speaks_of_copyright_keeps_its_words() -> None:
    words = "The agency keeps the copyright on the footage, and all rights reserved to it stay there, a spokesman said."
    ending = "Copyright on the launch film stays with the agency until 2040, its lawyers said."
    page = read_page(_page(f"<h1>Capsule checks</h1><p>{FILLER}</p><p>{words}</p><p>{ending}</p>"))
    assert page.text.endswith(f"{words}\n\n{ending}\n")


def test_a_paragraph_with_small_words_in_it_is_still_the_story() -> None:
    aside = "The crew, <small>as the flight plan says,</small> sleeps after the burn."
    page = read_page(_page(f"<h1>Capsule checks</h1><p>{FILLER}</p><p>{aside}</p>"))
    assert "The crew, as the flight plan says, sleeps after the burn." in page.text


UPDATES = (
    ("Hatch shut", "The crew closed the hatch an hour before the planned undocking, and the leak checks went well."),
    ("Burn done", "The engine fired for nine minutes over the ocean to bring the capsule down from its orbit."),
    ("Chutes out", "All four main parachutes opened above the recovery zone, and the boats were on their way."),
    ("Crew out", "The three astronauts climbed out onto the deck of the ship and waved to the cameras there."),
)


@pytest.mark.parametrize(
    ("tag", "kind"), [("article", ""), ("article", "post"), ("div", "post"), ("div", "entry-content")]
)
def test_a_run_of_blocks_that_the_story_reads_on_into_is_read_whole(tag: str, kind: str) -> None:
    mark = f' class="{kind}"' if kind else ""
    updates = "".join(
        f'<{tag}{mark}><time datetime="2031-05-01T1{n}:00:00Z">1{n}:00</time><h2>{heading}</h2><p>{text}</p></{tag}>'
        for n, (heading, text) in enumerate(UPDATES)
    )
    data = f'<html lang="en"><body><nav><a href="/">Home</a></nav><main><h1>Live</h1>{updates}</main></body></html>'
    page = read_page(data.encode())
    # Each short update keeps its heading, in its place (trafilatura alone keeps the first one's only).
    assert "\n\n".join(f"{heading}\n\n{text}" for heading, text in UPDATES) in page.text


def test_teasers_beside_the_story_are_not_read_into_it() -> None:
    story = f"<article><h1>Capsule checks</h1><p>{FILLER}</p></article>"
    teasers = "".join(
        f'<article class="teaser"><h3><a href="/{n}">Other story {n}</a></h3><p><a href="/{n}">Read more</a></p></article>'
        for n in range(3)
    )
    data = f'<html lang="en"><body><main>{story}{teasers}</main></body></html>'
    page = read_page(data.encode())
    assert "Other story" not in page.text
    assert "Read more" not in page.text


def test_a_time_without_a_zone_is_kept_as_its_date_only() -> None:
    assert published_moment("2033-09-14T11:02:00") == date(2033, 9, 14)
    moment = published_moment("2033-09-14T11:02:00+0200")
    assert isinstance(moment, datetime) and moment.utcoffset() is not None and moment.hour == 11
    assert published_moment(None) is None


def test_a_page_of_links_has_no_article_body() -> None:
    with pytest.raises(PageRefused, match="no article body"):
        read_page(_page("<ul><li><a href='/a'>Weather</a></li><li><a href='/b'>Sport</a></li></ul>"))


def test_a_paywall_stub_is_refused() -> None:
    teaser = "<p>The crew of the capsule spoke to us before launch.</p><p>Subscribe to continue reading this story.</p>"
    with pytest.raises(PageRefused, match="paywall stub"):
        read_page(_page(teaser))
    marked = '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":"False"}</script>'
    with pytest.raises(PageRefused, match="paywall"):
        read_page(_page(f"<p>{FILLER}</p>", head=marked))


def test_a_page_in_another_language_is_refused() -> None:
    with pytest.raises(PageRefused, match=r"another language \(fr\)"):
        read_page(_page(f"<p>{FILLER}</p>", lang="fr"))
    french = " ".join(["Le vaisseau spatial a décollé ce matin depuis la base avec trois membres à bord."] * 10)
    with pytest.raises(PageRefused, match="does not read as English"):
        read_page(_page(f"<p>{french}</p>", lang=""))


def test_binary_data_is_refused() -> None:
    with pytest.raises(PageRefused, match="binary"):
        read_page(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)


def test_a_page_over_the_cap_is_refused_unread() -> None:
    with pytest.raises(PageRefused, match="50 MB"):
        read_page(b" " * 50_000_000)
    assert MAX_PAGE_BYTES < 50_000_000


def test_a_broken_encoding_is_read_with_the_undecodable_characters_counted() -> None:
    story = f"<p>{FILLER}</p><p>The pilot, Tobias Renn, waved from the gantry.</p>".encode()
    broken = _page("").replace(b"<article></article>", b"<article>" + story + b"\xff\xfe\xfa</article>")
    page = read_page(broken)
    assert "Tobias Renn" in page.text
    assert page.undecodable == page.text.count("\ufffd")


def test_the_text_is_nfc_and_free_of_control_characters() -> None:
    decomposed = "Jose\u0301 Nu\u0301n\u0303ez"  # combining accents
    page = read_page(_page(f"<p>{FILLER} The engineer {decomposed} checked\x07 the \u202ehatch.</p>"))
    assert "José Núñez" in page.text
    assert "checked the hatch." in page.text


def test_reading_pages_touches_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **options: object) -> None:
        raise AssertionError("the network was touched")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for name in sorted(expected()):
        assert read_page((PAGES / name).read_bytes()).text
