"""The app under stress: hostile documents, any terminal size, a storm of random keys.

Nothing may raise, and nothing a document holds may reach the terminal raw: the bytes
the app would write are captured (the headless driver is made to render and record
them) and searched for escape sequences, C1 controls and bidi overrides that did not
come from Textual itself, while markup in the documents must show as typed.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
from pathlib import Path

import pytest
from test_hostile_documents import LOADABLE
from test_nothing_lost import fingerprints
from tests.conftest import SnapCompare, test_app, with_quotes
from textual.drivers.headless_driver import HeadlessDriver
from textual.events import Resize as Resize_
from textual.geometry import Size
from textual.widgets import Input, OptionList

from conftest import FORBIDDEN
from soyuztui.dossier import Dossier, build_dossier
from soyuztui.tui.app import SoyuzApp
from soyuztui.tui.screens import DashboardScreen, EvidenceScreen, TooSmallScreen
from soyuztui.tui.screens.card import CardScreen
from soyuztui.tui.screens.too_small import MIN_SIZE
from soyuztui.tui.widgets import RowList

# ------------------------------------------------------------------ the hostile mission

MARKUP = "[bold]b[/] [/ [/] [link=x]l[/link] [@click=app.quit]q[/] [red"
ESCAPES = b" ".join(LOADABLE[name] for name in ("csi", "osc", "csi-c1", "c1", "c0", "nul")).decode()
INVISIBLE = b" ".join(LOADABLE[name] for name in ("bidi", "zero-width", "line-separators")).decode()

# Every kind of hostile text sits in the articles next to the sentences the facts cite,
# and inside the quoted speech, so it shows in every pane and in every evidence view.
DOCUMENTS: dict[str, str] = {
    "mk": (
        "date 2021-10-04 [bold]Markup[/] wire [/ \n\n"
        "Cosmonaut Anton Shkaplerov of [link=x]Roscosmos[/link] launched on October 5 aboard "
        f"Soyuz MS-19 and returned on October 17. {MARKUP}\n\n"
        "\u201c[bold]We are[/] ready [/ [@click=app.quit]go[/] [link=x]now[/link],\u201d Shkaplerov said.\n\n"
        "Klim Shipenko, a [bold]producer[/], filmed it aboard Soyuz MS-19.\n"
    ),
    "esc": (
        f"date 2021-10-04 {ESCAPES} Escapes\n\n"
        "\x1b[31mYulia\x1b[0m Peresild, 37, an \x9b7mactress\x9b0m, flew \x1b]0;pwned\x07with Shkaplerov. "
        f"{ESCAPES}\n\n"
        "\u201cI\x1b[2J am \x1b]8;;https://evil.example\x1b\\calm\x1b]8;;\x1b\\ [/],\u201d Peresild said.\n"
    ),
    "bidi": (
        f"date 2021-10-04 {INVISIBLE} Bidi\n\n"
        f"Klim \u202eShipenko\u202c, a \u200bdirector, joined the crew. {INVISIBLE}\n"
    ),
    "long": (
        "date 2021-10-04 Long line\n\n"
        + "word [bold] " * 500
        + "The docking came at 12:12 GMT on Tuesday. "
        + "x" * 5_000
        + "\n"
    ),
    "crlf": "One\r\nline\r\rCR only [/]\r\n\r\nShkaplerov docked.\r\n",
}

MISSION = """\
schema_version = 1

[mission]
id = "hostile"
title = "[bold]Hostile[/] [/ mission [@click=app.quit]x[/]"
countdown_to = "launch"
ends_with = "return"

[[mission.facts]]
field = "destination"
value = "[link=x]Roscosmos[/link]"
evidence = [{ doc = "mk", text = "[link=x]Roscosmos[/link]" }]

[terms]
"[b]Cosmonaut[/b] [/" = ["Cosmonaut"]
"[red]Roscosmos[/" = ["Roscosmos"]
"Soyuz [@click=app.quit]MS-19[/]" = ["Soyuz MS-19"]
"[/]" = ["director"]
"[@click=app.bell]crew[/]" = ["actress"]

[[documents]]
id = "mk"
path = "mk.txt"

[[documents]]
id = "esc"
path = "esc.txt"

[[documents]]
id = "bidi"
path = "bidi.txt"

[[documents]]
id = "long"
path = "long.txt"

[[documents]]
id = "crlf"
path = "crlf.txt"
published = "2021-10-06"
published_basis = "[bold]guessed[/] [/ [@click=app.quit]q[/] [link=x]l"

[[people]]
id = "shkaplerov"
name = "Anton [bold]Shkaplerov[/] [/"
aliases = ["Shkaplerov", "Anton Shkaplerov"]

[[people]]
id = "peresild"
name = "Yulia [@click=app.quit]Peresild[/]"
aliases = ["Peresild", "Yulia Peresild"]

[[people.facts]]
field = "age"
value = 37
evidence = [{ doc = "esc", text = "Yulia Peresild, 37," }]

[[people.facts]]
field = "occupation"
value = "actress"
evidence = [{ doc = "esc", text = "Yulia Peresild, 37, an actress" }]

[[people]]
id = "shipenko"
name = "Klim Shipenko [/]"
aliases = ["Shipenko", "Klim Shipenko"]

[[people.facts]]
field = "position"
value = "director"
evidence = [{ doc = "bidi", text = "Klim Shipenko, a director" }]

[[people.facts]]
field = "position"
value = "[bold]producer[/]"
evidence = [{ doc = "mk", text = "Klim Shipenko, a [bold]producer[/]" }]

[[crew]]
person = "shkaplerov"
vehicle = "Soyuz [@click=app.quit]MS-19[/]"
leg = "launch"
role = "[b]Cosmonaut[/b] [/"
evidence = [{ doc = "mk", text = "Cosmonaut Anton Shkaplerov of [link=x]Roscosmos[/link] launched on October 5 aboard Soyuz MS-19" }]

[[crew]]
person = "shipenko"
vehicle = "Soyuz [@click=app.quit]MS-19[/]"
leg = "launch"
role = "director"
evidence = [
  { doc = "bidi", text = "Klim Shipenko, a director, joined the crew" },
  { doc = "mk", text = "Klim Shipenko, a [bold]producer[/], filmed it aboard Soyuz MS-19" },
]

[[occupants]]
person = "shkaplerov"
agency = "[red]Roscosmos[/"
arrives_with = "docking"
leaves_with = "return"
evidence = [{ doc = "mk", text = "Anton Shkaplerov of [link=x]Roscosmos" }]

[[occupants]]
person = "shipenko"
agency = "[/]"
evidence = [{ doc = "bidi", text = "Klim Shipenko, a director" }]

[[occupants]]
person = "peresild"
agency = "[@click=app.bell]crew[/]"
leaves_with = "docking"
evidence = [{ doc = "esc", text = "Yulia Peresild, 37, an actress" }]

[[events]]
id = "launch"
title = "[bold]Launch[/] [/"

[[events.claims]]
time = "2021-10-05"
evidence = [{ doc = "mk", text = "launched on October 5" }]

[[events]]
id = "docking"
title = "Docking [@click=app.quit]now[/]"

[[events.claims]]
time = "2021-10-05T12:12Z"
evidence = [{ doc = "long", text = "The docking came at 12:12 GMT on Tuesday" }]

[[events.claims]]
evidence = [{ doc = "crlf", text = "Shkaplerov docked" }]

[[events]]
id = "return"
title = "Return [link=x]home"

[[events.claims]]
time = "2021-10-17"
evidence = [{ doc = "mk", text = "returned on October 17" }]
"""

# What must be seen as typed somewhere on the screen (each one would be eaten, or raise,
# if it went through a markup parser).
LITERALS = {
    "header": "[bold]Hostile[/] [/ mission [@click=app.quit]x[/]",
    "crew name": "Anton [bold]Shkaplerov[/] [/",
    "crew role": "[b]Cosmonaut[/b] [/",
    "agency": "[red]Roscosmos[/ (1)",
    "event": "[bold]Launch[/] [/",
    "quote": "[bold]We are[/] ready",
    "article title": "[bold]Markup[/] wire [/",
    "article": "[link=x]l[/link] [@click=app.quit]q[/]",
    "date basis": "[bold]guessed[/] [/ [@click=app.quit]q[/] [link=x]l",
}


def write_mission(folder: Path) -> Path:
    """The hostile mission and its articles in `folder`; returns the mission file."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in DOCUMENTS.items():
        (folder / f"{name}.txt").write_bytes(text.encode("utf-8"))
    mission = folder / "hostile.toml"
    mission.write_text(MISSION, encoding="utf-8")
    return mission


@pytest.fixture
def hostile_mission(tmp_path: Path) -> Path:
    """The hostile mission file, written in the test's own folder."""
    return write_mission(tmp_path / "hostile")


# ------------------------------------------------------------------ the terminal's bytes

# What Textual itself writes: CSI sequences (SGR colours, cursor moves, synchronized
# output) and the pointer shape (OSC 22, a fixed name). Anything else starting with ESC,
# or any C1/bidi/zero-width character, did not.
_TEXTUAL_OWN = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\]22;[a-z-]+\x07")


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every string the app writes to its terminal, in order.

    The headless driver normally discards output and the app does not even render it;
    calling it "not headless" makes the app render each frame as it would for a real
    terminal, and the driver keeps what it is given.
    """
    written: list[str] = []
    monkeypatch.setattr(HeadlessDriver, "is_headless", property(lambda self: False))
    monkeypatch.setattr(HeadlessDriver, "write", lambda self, data: written.append(data))
    return written


def shown_text(written: list[str]) -> str:
    """The terminal output with Textual's own control sequences taken out (and its bell)."""
    return _TEXTUAL_OWN.sub("", "".join(chunk for chunk in written if chunk != "\x07"))


def assert_nothing_raw(written: list[str]) -> None:
    """No escape sequence but Textual's, no C0/C1 control, no bidi or invisible character."""
    assert written, "nothing was written: the capture does not work"
    text = shown_text(written)
    found = FORBIDDEN.search(text)
    assert found is None, (
        f"{found.group(0)!r} reached the terminal: …{text[max(0, found.start() - 60) : found.end() + 60]!r}…"
    )
    assert "pwned" not in text and "evil.example" not in text


def screen_text(app: SoyuzApp) -> str:
    """The current screen as plain text, line by line."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


# ------------------------------------------------------------------ helpers


def on_dashboard(app: SoyuzApp) -> bool:
    """The dashboard is on top and keys reach its bindings (not a text box)."""
    return isinstance(app.screen, DashboardScreen) and not isinstance(app.focused, Input)


async def back_to_dashboard(app: SoyuzApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Escape out of whatever is open (evidence, help, palette, the quotes filter)."""
    for _ in range(10):
        if on_dashboard(app):
            return
        await pilot.press("escape")
    assert on_dashboard(app), f"stuck on {app.screen!r}, focus {app.focused!r}"


async def quit_with_q(app: SoyuzApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """`q` from the dashboard ends the app cleanly."""
    await back_to_dashboard(app, pilot)
    await pilot.press("q")
    await pilot.pause()
    assert app._exit, "q did not quit"
    assert app.return_code in (None, 0)


def list_length(widget: object) -> int:
    """How many rows the focused list has."""
    if isinstance(widget, OptionList):
        return widget.option_count
    if isinstance(widget, RowList):
        return len(widget.items)
    raise AssertionError(f"focus is not in a list: {widget!r}")


# ------------------------------------------------------------------ 1. hostile documents


def test_hostile_mission_builds(hostile_mission: Path) -> None:
    """The mission is what the other tests rely on: hostile text in every kind of fact."""
    dossier = build_dossier(hostile_mission)
    assert {d.id for d in dossier.documents} == set(DOCUMENTS)
    assert any("[bold]We are[/]" in quote.text for quote in dossier.quotes)
    assert any("[/]" in quote.text for quote in dossier.quotes if quote.speaker == "peresild")
    assert dossier.conflicts, "a conflict between two hostile values"
    assert dossier.crew and dossier.occupants and dossier.events


# Shown on the dashboard itself, whichever pane is focused; the rest only in evidence views.
ON_DASHBOARD = ("header", "crew name", "crew role", "agency", "event", "quote", "article title")


@pytest.mark.parametrize("pane", "12345")
async def test_hostile_documents_in_every_pane(pane: str, hostile_mission: Path, terminal: list[str]) -> None:
    """Every row of the pane, Enter on each, every span of each evidence view: no raise, no leak.

    One test per pane, so the walk is spread over the test workers. The sources pane lists
    every document, so its walk opens evidence in each of them and shows every literal.
    """
    before = fingerprints(hostile_mission.parent)
    dossier = build_dossier(hostile_mission)
    app = test_app(dossier, at="2021-10-05T13:00Z")
    seen: list[str] = []
    opened: set[str] = set()
    async with app.run_test(size=(140, 44)) as pilot:
        await pilot.press(pane, "home")
        rows = list_length(app.focused)
        seen.append(screen_text(app))
        for row in range(rows):
            await send_keys(app, pilot, ["down", "enter"] if row else ["enter"])
            card = isinstance(app.screen, CardScreen)
            if card:
                # A crew row opens the person's card: its lines, then its first fact's evidence.
                seen.append(screen_text(app))
                await send_keys(app, pilot, ["enter"])
            if isinstance(app.screen, EvidenceScreen):
                evidence = app.screen
                for index, item in enumerate(evidence.items):
                    if index:
                        await send_keys(app, pilot, ["down"])
                    opened.add(item.evidence.doc)
                    seen.append(screen_text(app))
                # Into the article, to its end, and back.
                await send_keys(app, pilot, ["enter", "end", "escape"])
            if card:
                await send_keys(app, pilot, ["escape"])
            assert on_dashboard(app)
        await quit_with_q(app, pilot)
    assert opened, "no row of the pane opened its evidence"
    assert opened <= set(DOCUMENTS)
    if pane == "5":
        assert opened == set(DOCUMENTS), f"evidence never opened for {set(DOCUMENTS) - opened}"
    assert_nothing_raw(terminal)
    everything = "\n".join(seen)
    for name, literal in LITERALS.items():
        if pane == "5" or name in ON_DASHBOARD:
            assert literal in everything, f"{name}: {literal!r} is not shown as typed"
    assert fingerprints(hostile_mission.parent) == before, "the app wrote to its input files"


async def test_hostile_text_in_the_filter_palette_and_help(hostile_mission: Path, terminal: list[str]) -> None:
    """The quotes filter, the command palette (unfiltered and filtered) and help: no raise, no leak."""
    app = test_app(build_dossier(hostile_mission), at="2021-10-05T13:00Z")
    seen: list[str] = []
    async with app.run_test(size=(140, 44)) as pilot:
        await pilot.press("4", "slash", *"[/", "left", "[")
        seen.append(screen_text(app))
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        seen.append(screen_text(app))  # discovery: every command, unfiltered
        for query in ("event", "[/", "launch"):
            await pilot.press(*query)
            await pilot.pause(0.05)
            seen.append(screen_text(app))
            await pilot.press(*["backspace"] * len(query))
        await pilot.press("escape", "question_mark")
        seen.append(screen_text(app))
        await quit_with_q(app, pilot)
    assert_nothing_raw(terminal)
    everything = "\n".join(seen)
    for name in ON_DASHBOARD:
        assert LITERALS[name] in everything, f"{name}: {LITERALS[name]!r} is not shown as typed"
    assert "[bold]We are[/] ready" in shown_text(terminal)


# ------------------------------------------------------------------ fast keys

# (key, character) as a terminal would send them. Pilot.press waits for the app to go
# idle after every key (tens of milliseconds); a storm sends them as fast as a paste would
# and lets the app settle now and then.
PRINTABLE = {
    "space": " ", "slash": "/", "question_mark": "?", "less_than_sign": "<",
    "greater_than_sign": ">", "left_square_bracket": "[", "right_square_bracket": "]",
    "minus": "-", "full_stop": ".", "comma": ",",
}  # fmt: skip
NAMED = [
    "up", "down", "left", "right", "home", "end", "pageup", "pagedown", "tab", "shift+tab",
    "enter", "escape", "backspace", "delete", "ctrl+p", "ctrl+a", "ctrl+e", "ctrl+k",
]  # fmt: skip
LETTERS = [c for c in "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"]  # no q: it quits
DIGITS = list("0123456789")


def storm_keys(count: int, seed: int) -> list[str]:
    """`count` keys drawn with `seed`: the app's bindings weighted up, never a quit key."""
    bindings = ["1", "2", "3", "4", "5", "j", "k", "n", "p", "l", "t", "space", "slash",
                "question_mark", "less_than_sign", "greater_than_sign", "enter", "escape"]  # fmt: skip
    alphabet = [*bindings * 3, *LETTERS, *DIGITS, *PRINTABLE, *NAMED]
    keys = random.Random(seed).choices(alphabet, k=count)
    assert not {"q", "ctrl+q", "ctrl+c"} & set(keys)
    return keys


def send_key(app: SoyuzApp, key: str) -> None:
    """Queue one key event, as the driver does for a key read from the terminal."""
    from textual import events

    char = PRINTABLE.get(key, key if len(key) == 1 else None)
    event = events.Key(key, char)
    event.set_sender(app)
    assert app._driver is not None
    app._driver.send_message(event)


async def send_keys(app: SoyuzApp, pilot, keys: list[str], settle_every: int = 25) -> int:  # type: ignore[no-untyped-def]
    """Send `keys`, letting the app catch up every `settle_every` keys; return how many it took.

    The app may stop on its own accord: typed into the command palette, random letters can
    fuzzy-match Textual's own "Quit the application" and Enter runs it. That is a quit, not
    a crash (a crash is re-raised by `run_test`), and the caller starts a new app for the
    keys that are left.
    """
    for index, key in enumerate(keys, start=1):
        send_key(app, key)
        await asyncio.sleep(0)
        if index % settle_every == 0:
            await pilot.pause()
            if not app.is_running:
                return index
    await pilot.pause()
    return len(keys)


def storm_size() -> int:
    """Keys per storm: SOYUZ_KEY_STORM, else 10,000 under `make fuzz`, else 300."""
    default = 10_000 if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 300
    return int(os.environ.get("SOYUZ_KEY_STORM", default))


# ------------------------------------------------------------------ 2. terminal sizes

SIZES = [
    (20, 6), (1, 1), (10, 3), (40, 10), (59, 16), (60, 15), (60, 16), (61, 17), (80, 24),
    (99, 29), (100, 30), (120, 40), (200, 60), (300, 100), (300, 6), (20, 100),
]  # fmt: skip


async def test_every_size_draws_or_says_too_small(terminal: list[str], tmp_path: Path) -> None:
    """From 1×1 to 300×100: no raise; below the minimum a message naming both sizes; recovery."""
    dossier = build_dossier(write_mission(tmp_path / "hostile"))
    app = test_app(dossier, at="2021-10-05T13:00Z")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3", "enter")  # the evidence view: covered and uncovered too
        evidence = app.screen
        assert isinstance(evidence, EvidenceScreen)
        for width, height in SIZES:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            small = width < MIN_SIZE.width or height < MIN_SIZE.height
            if small:
                assert isinstance(app.screen, TooSmallScreen), (width, height)
                text = " ".join(screen_text(app).split())
                if width >= 40 and height >= 6:
                    expected = (
                        f"Terminal too small: need at least {MIN_SIZE.width}×{MIN_SIZE.height}, have {width}×{height}."
                    )
                    assert expected in text, text
            else:
                assert app.screen is evidence, (width, height)
                assert "Terminal too small" not in screen_text(app)
        await pilot.resize_terminal(120, 40)
        await pilot.press("escape")
        assert on_dashboard(app)
        await quit_with_q(app, pilot)
    assert_nothing_raw(terminal)


async def test_rapid_resizes_and_nothing_opens_over_the_message(terminal: list[str], tmp_path: Path) -> None:
    """100 resizes without a pause, across the minimum both ways; help and palette stay shut."""
    dossier = build_dossier(write_mission(tmp_path / "hostile"))
    app = test_app(dossier, at="2021-10-05T13:00Z")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3", "enter", "escape")
        assert on_dashboard(app)
        rng = random.Random(6)
        for _ in range(100):
            size = Size(rng.randint(20, 300), rng.randint(6, 100))
            assert app._driver is not None
            app._driver._size = size  # what pilot.resize_terminal does, without its pause
            app.post_message(Resize_(size, size))
            await asyncio.sleep(0)
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert on_dashboard(app) and not any(isinstance(screen, TooSmallScreen) for screen in app.screen_stack)
        await pilot.resize_terminal(30, 8)
        await pilot.press("question_mark", "ctrl+p")  # nothing opens over the message
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit
    assert_nothing_raw(terminal)


def test_too_small_snapshot(snap_compare: SnapCompare, dossier: Dossier) -> None:
    """What a 40×10 terminal shows."""
    assert snap_compare(test_app(dossier), terminal_size=(40, 10))


# ------------------------------------------------------------------ 3. a storm of keys


@pytest.mark.parametrize("seed", [1, 2])
async def test_key_storm(seed: int, hostile_mission: Path, dossier: Dossier, terminal: list[str]) -> None:
    """Random keys over the bindings, letters, digits and arrows: no raise; then q still quits."""
    chosen = build_dossier(hostile_mission) if seed % 2 else with_quotes(dossier)
    before = fingerprints(hostile_mission.parent)
    keys = storm_keys(storm_size(), seed)
    sent, apps = 0, 0
    while sent < len(keys):
        app = test_app(chosen, at="2021-10-05T13:00Z")
        apps += 1
        async with app.run_test(size=(100, 30)) as pilot:
            sent += await send_keys(app, pilot, keys[sent:])
            if app.is_running:
                await quit_with_q(app, pilot)
        assert app._exception is None and app.return_code in (None, 0)
    assert apps < 20, f"the app stopped {apps - 1} times: not the palette's quit by chance"
    assert_nothing_raw(terminal)
    assert fingerprints(hostile_mission.parent) == before
    print(f"key storm {seed}: {len(keys)} keys over {apps} app run(s)")
