"""Wide characters: names in Indic scripts and emoji sequences keep every pane border in
its column, because the app measures text as terminals draw it.

A terminal advances its cursor by wcwidth per codepoint (Markus Kuhn's rules, as glibc,
xterm, VTE and tmux do): combining marks that do not space (Mn, Me) and format characters
(Cf) take no cell, East Asian wide and fullwidth characters take two, everything else one,
spacing combining marks (Mc, the vowel signs of most Indic scripts) included. `wcwidth`
below is that rule written out; glibc's own is checked against it where it can be loaded.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import unicodedata
from pathlib import Path

import pytest
import rich.cells
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, chop_cells, set_cell_size, split_graphemes
from textual.scroll_view import ScrollView
from textual.strip import Strip

from soyuztui.dossier import build_dossier
from soyuztui.dossier.model import Dossier
from soyuztui.export import export
from soyuztui.tui.display import display_dossier, display_text
from soyuztui.tui.wall import measure_like_terminals, rich_cells
from tests.conftest import test_app

LOTUS = Path(__file__).resolve().parent.parent / "missions" / "lotus-7" / "lotus-7.toml"

# Hand-counted: each letter and each spacing vowel sign one cell, each virama and
# non-spacing sign none (tmux 3.3a and glibc 2.36 put the cursor at these columns).
NAMES = {
    "கலைச்செல்வி": 9,  # Tamil
    "മലയാളം": 6,  # Malayalam
    "বাংলা": 5,  # Bengali
    "राकेश शर्मा": 9,  # Devanagari
}
# Shown as every terminal draws them alike (see soyuztui.tui.display), and their width then.
EMOJI = {
    "👩\u200d🚀": ("👩\u200c🚀", 4),  # ZWJ: two emoji side by side
    "❤\ufe0f": ("❤\ufe0e", 1),  # narrow base asking for emoji presentation: text presentation
    "☕\ufe0f": ("☕\u200c", 2),  # wide base: the selector dropped
    "⭐\ufe0e": ("⭐\u200c", 2),  # wide base asking for text (kitty would narrow it): dropped
    "👍🏽": ("👍\u200c", 2),  # skin tone
    "1\ufe0f\u20e3": ("1\ufe0e\u20e3", 1),  # keycap
    "🏳\ufe0f\u200d🌈": ("🏳\ufe0e\u200c🌈", 3),  # flag sequence with a narrow base
    "🇷🇺": ("🇷🇺", 2),  # a regional-indicator flag: already the same everywhere
}


def wcwidth(character: str) -> int:
    """The cells a terminal gives one codepoint (Kuhn's wcwidth)."""
    category = unicodedata.category(character)
    if category in ("Mn", "Me") or (category == "Cf" and character != "\u00ad") or "\u1160" <= character <= "\u11ff":
        return 0
    return 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1


def terminal_width(text: str) -> int:
    """The cells a terminal advances over `text`, codepoint by codepoint."""
    return sum(wcwidth(character) for character in text)


def glibc_wcwidth() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    """glibc's wcwidth in a UTF-8 locale, or None where there is none to ask."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    function = ctypes.CDLL(name).wcwidth
    function.restype = ctypes.c_int
    function.argtypes = [ctypes.c_wchar]
    if function("\u0bbe") != 1 or function("\u4e00") != 2:
        return None  # not glibc, or not a UTF-8 locale
    return function


@pytest.fixture(scope="module", autouse=True)
def measured_like_terminals() -> None:
    """The app installs this when it starts; these tests measure before starting one."""
    measure_like_terminals()


@pytest.fixture(scope="module")
def lotus() -> Dossier:
    """The Lotus 7 mission: Indic names, emoji selectors and skin tones, ZWJ in its articles."""
    return build_dossier(LOTUS)


# ------------------------------------------------------------------ measured as terminals do


@pytest.mark.parametrize(("name", "cells"), NAMES.items())
def test_wide_characters_indic_names_measure_as_terminals_draw_them(name: str, cells: int) -> None:
    assert terminal_width(name) == cells
    assert cell_len(name) == cells
    assert sum(rich.cells.get_character_cell_size(character) for character in name) == cells
    assert split_graphemes(name)[1] == cells
    assert rich.cells.cell_len(set_cell_size(name, cells + 3)) == cells + 3
    assert all(cell_len(line) <= 4 for line in chop_cells(name, 4))


def test_wide_characters_every_spacing_mark_is_as_wide_as_wcwidth_says() -> None:
    marks = [chr(code) for code in range(0x300, 0x20000) if unicodedata.category(chr(code)) == "Mc"]
    assert len(marks) > 400
    wrong = [f"U+{ord(m):04X}" for m in marks if rich.cells.get_character_cell_size(m) != wcwidth(m)]
    assert not wrong, f"spacing marks rich measures unlike wcwidth: {wrong[:10]}"
    # And the non-spacing ones stay zero: the change is to Mc alone.
    assert rich.cells.get_character_cell_size("\u094d") == 0  # Devanagari virama (Mn)
    assert rich.cells.get_character_cell_size("\u0301") == 0  # combining acute (Mn)


def test_wide_characters_match_glibc_wcwidth() -> None:
    glibc = glibc_wcwidth()
    if glibc is None:
        pytest.skip("no glibc wcwidth in a UTF-8 locale here")
    samples = [*NAMES, *(shown for shown, _ in EMOJI.values())]
    for text in samples:
        assert cell_len(text) == sum(glibc(character) for character in text), text
    # Every spacing mark both know (glibc's Unicode may be older or newer than Python's).
    for code in range(0x900, 0x1000):
        character = chr(code)
        if unicodedata.category(character) == "Mc" and glibc(character) >= 0:
            assert rich.cells.get_character_cell_size(character) == glibc(character), f"U+{code:04X}"


def test_wide_characters_wrapper_is_installed_once() -> None:
    measure_like_terminals()
    table = rich_cells.load_cell_table("auto")
    measure_like_terminals()
    assert rich_cells.load_cell_table("auto") is table
    assert cell_len("கலைச்செல்வி") == 9


# ------------------------------------------------------------------ emoji shown alike everywhere


@pytest.mark.parametrize(("original", "expected"), EMOJI.items())
def test_wide_characters_emoji_sequences_are_shown_in_forms_terminals_agree_on(
    original: str, expected: tuple[str, int]
) -> None:
    shown, cells = expected
    assert display_text(original) == shown
    assert len(shown) == len(original)
    assert cell_len(shown) == terminal_width(shown) == cells
    assert cell_len(f"|{shown}|") == cells + 2


def test_wide_characters_display_copy_keeps_offsets_and_exports_keep_originals(lotus: Dossier) -> None:
    shown = display_dossier(lotus)
    assert shown is not lotus
    assert "\ufe0f" in lotus.mission.title and "\ufe0f" not in shown.mission.title
    for document in shown.documents:
        original = lotus.document(document.id)
        assert len(document.text) == len(original.text)
        assert "\u200d" not in document.text
    for quote in shown.quotes:
        for source in quote.sources:
            assert shown.document(source.doc).text[source.start : source.end] == source.text
    assert shown.person("okoye").name == "Jo Okoye 👩\u200c"
    # The export reads the dossier as built: the article's own characters.
    exported = json.loads(export(lotus, "json"))
    assert exported["mission"]["title"] == "Lotus 7 🚀❤\ufe0f"
    assert "👩🏽\u200d🚀" in json.dumps(exported, ensure_ascii=False)


def test_wide_characters_plain_dossier_is_not_copied(dossier: Dossier) -> None:
    assert display_dossier(dossier) is dossier


# Letters, spacing and non-spacing marks of four Indic scripts, wide and narrow emoji, the
# characters the display swaps, a keycap, a CJK ideograph and ASCII (assigned ones only).
ALPHABET = st.sampled_from(
    [
        character
        for character in [
            *"abc 1",
            *(chr(code) for code in range(0x0915, 0x094E)),  # Devanagari
            *(chr(code) for code in range(0x0B95, 0x0BCE)),  # Tamil
            *(chr(code) for code in range(0x0995, 0x09CE)),  # Bengali
            *(chr(code) for code in range(0x0D15, 0x0D4E)),  # Malayalam
            *"👩🚀❤☕⭐👍🏳🌈一\u20e3\u200c\u200d\ufe0e\ufe0f",
            *(chr(code) for code in range(0x1F3FB, 0x1F400)),  # skin tones
        ]
        if unicodedata.category(character) != "Cn"
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=24))
def test_wide_characters_any_mix_is_measured_as_a_terminal_draws_it(text: str) -> None:
    shown = display_text(text)
    assert len(shown) == len(text)
    assert cell_len(shown) == terminal_width(shown)
    assert split_graphemes(shown)[1] == terminal_width(shown)
    assert display_text(shown) == shown


# ------------------------------------------------------------------ panes as terminals draw them


def strips_of(view: ScrollView) -> list[Strip]:
    """The lines `view` shows now, as it renders them."""
    return [view.render_line(y) for y in range(view.scrollable_content_region.height)]


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_wide_characters_every_pane_line_fills_its_pane_exactly(lotus: Dossier, size: tuple[int, int]) -> None:
    app = test_app(lotus, at="2032-02-20T00:00Z")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        views = [view for view in app.screen.query(ScrollView) if view.display and view.region.width]
        assert len(views) >= 4, "the crew, occupants, quotes and sources lists"
        checked = 0
        for view in views:
            width = view.scrollable_content_region.width
            for number, strip in enumerate(strips_of(view)):
                text = strip.text
                assert strip.cell_length == width, f"{view.id} line {number}: {text!r}"
                assert terminal_width(text) == width, f"{view.id} line {number} draws wider or narrower: {text!r}"
                checked += any(ord(character) > 0x900 for character in text)
        assert checked >= 5, "no line with Indic script or emoji was looked at"


async def test_wide_characters_evidence_view_lines_fill_its_width(lotus: Dossier) -> None:
    app = test_app(lotus, at="2032-02-20T00:00Z")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4", "enter")
        await pilot.pause()
        article = next(view for view in app.screen.query(ScrollView) if type(view).__name__ == "ArticleView")
        width = article.scrollable_content_region.width
        lines = [strip.text for strip in strips_of(article)]
        assert any("👩\u200c🚀" in line for line in lines), lines
        for line in lines:
            assert terminal_width(line) == width, line


def assert_rows_line_up(rows: list[str], width: int) -> int:
    """Every row `width` cells wide as a terminal counts, and every box-drawing character
    where rich put it; returns how many rows held Indic script or emoji."""
    seen = 0
    for number, row in enumerate(rows):
        assert terminal_width(row) == width, f"row {number} is not {width} cells in a terminal: {row!r}"
        for index, character in enumerate(row):
            if character in "│┃╭╮╰╯▏▌":
                before = row[:index]
                assert terminal_width(before) == cell_len(before), f"row {number}: a border out of its column: {row!r}"
        seen += any(ord(character) >= 0x900 and character not in "│┃╭╮╰╯▏▌─━" for character in row)
    return seen


@pytest.mark.parametrize(("size", "press"), [((120, 40), ["4"]), ((80, 24), ["1"]), ((80, 24), ["4", "enter"])])
async def test_wide_characters_every_screen_row_keeps_its_borders_in_column(
    lotus: Dossier, size: tuple[int, int], press: list[str]
) -> None:
    app = test_app(lotus, at="2032-02-20T00:00Z")
    async with app.run_test(size=size) as pilot:
        await pilot.press(*press)
        await pilot.pause()
        # The whole screen as the compositor sends it to the terminal (a Textual private:
        # the test reads it, the app never does).
        strips = app.screen._compositor.render_strips()
        rows = [strip.text for strip in strips]
        assert len(rows) == size[1]
        assert assert_rows_line_up(rows, size[0]) >= 3


async def test_wide_characters_quote_filter_finds_a_pasted_emoji_sequence(lotus: Dossier) -> None:
    from soyuztui.tui.panes.quotes import QuotesPane
    from soyuztui.tui.widgets import RowList

    app = test_app(lotus, at="2032-02-20T00:00Z")
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.screen.query_one(QuotesPane)
        pane.apply_filter("👩\u200d🚀")  # as pasted, joiner and all
        await pilot.pause()
        found = pane.query_one(RowList).items
        assert [quote.speaker for quote in found] == ["verma"]
        pane.apply_filter("👩\u200d🛸")
        await pilot.pause()
        listing = pane.query_one(RowList)
        assert not listing.items
        message = listing.render_line(0).text
        assert "No quote matches" in message
        assert "\u200d" not in message and "👩\u200c🛸" in message
