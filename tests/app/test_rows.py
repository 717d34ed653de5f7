"""RowList: rows made only when seen, a cursor moved by keys, Enter carrying the item,
and drawn rows kept when focus comes and goes."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import Button

from soyuztui.tui.widgets import RowList

ROWS = 100_000
HEIGHT = 12  # the list's lines: 6 rows of 2 lines


@dataclass(frozen=True)
class Thing:
    """An item with a name."""

    name: str


class ListApp(App[None]):
    """A RowList of `things` above a button that focus can move to."""

    CSS = "RowList { height: 12; } Button { height: 3; }"

    def __init__(self, things: list[Thing]) -> None:
        super().__init__()
        self.things = things
        self.made: list[str] = []
        self.selected: list[RowList.Selected] = []

    def row(self, thing: Thing) -> Content:
        self.made.append(thing.name)
        return Content.assemble((thing.name, "bold"), "\n", "second line")

    def compose(self) -> ComposeResult:
        rows: RowList[Thing] = RowList(self.row, row_height=2)
        rows.set_items(self.things)
        yield rows
        yield Button("elsewhere")

    def on_row_list_selected(self, message: RowList.Selected) -> None:
        self.selected.append(message)


def things(count: int) -> list[Thing]:
    return [Thing(f"thing {index}") for index in range(count)]


async def test_only_rows_in_view_are_made() -> None:
    app = ListApp(things(ROWS))
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        rows = app.query_one(RowList)
        assert len(rows.items) == ROWS
        assert rows.virtual_size.height == 2 * ROWS
        assert set(app.made) == {f"thing {index}" for index in range(HEIGHT // 2)}


async def test_keys_move_the_cursor_and_bring_it_into_view() -> None:
    app = ListApp(things(ROWS))
    async with app.run_test(size=(40, 20)) as pilot:
        rows = app.query_one(RowList)
        rows.focus()
        await pilot.press("down", "j", "j", "k")
        assert rows.cursor == 2
        await pilot.press("pagedown")
        assert rows.cursor == 2 + HEIGHT // 2
        await pilot.press("pageup", "up", "up", "up")
        assert rows.cursor == 0
        await pilot.press("end")
        assert rows.cursor == ROWS - 1
        await pilot.pause()
        assert rows.scroll_offset.y == 2 * ROWS - HEIGHT
        assert "thing 99999" in app.made
        assert len(app.made) < 50, "paging to the end made the rows on the way"
        await pilot.press("down", "home", "up")
        assert rows.cursor == 0 and rows.scroll_offset.y == 0


async def test_enter_carries_the_item() -> None:
    items = things(10)
    app = ListApp(items)
    async with app.run_test(size=(40, 20)) as pilot:
        app.query_one(RowList).focus()
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert [message.item for message in app.selected] == [items[2]]
        assert app.selected[0].item is items[2]
        assert app.selected[0].index == 2


async def test_focus_moves_remake_at_most_the_cursor_row() -> None:
    app = ListApp(things(ROWS))
    async with app.run_test(size=(40, 20)) as pilot:
        rows = app.query_one(RowList)
        rows.focus()
        await pilot.press("j")
        await pilot.pause()
        made = len(app.made)
        for _ in range(3):
            app.query_one(Button).focus()
            await pilot.pause()
            rows.focus()
            await pilot.pause()
        assert set(app.made[made:]) <= {"thing 1"}


async def test_empty_and_squeezed_lists_take_every_key() -> None:
    app = ListApp([])
    async with app.run_test(size=(40, 20)) as pilot:
        rows = app.query_one(RowList)
        rows.focus()
        await pilot.press("down", "up", "pagedown", "pageup", "end", "home", "enter")
        assert rows.cursor is None and not app.selected
        rows.set_items(things(5))
        rows.styles.height = 0
        await pilot.pause()
        await pilot.press("pagedown", "pagedown", "end", "pageup", "enter")
        await pilot.pause()
        assert rows.cursor == 3  # with no room, a page is one row
        assert [message.index for message in app.selected] == [3]


async def test_new_items_start_at_the_top() -> None:
    app = ListApp(things(1000))
    async with app.run_test(size=(40, 20)) as pilot:
        rows = app.query_one(RowList)
        rows.focus()
        await pilot.press("end")
        rows.set_items(things(3))
        await pilot.pause()
        assert rows.cursor == 0 and rows.scroll_offset.y == 0
        assert rows.selected_item == Thing("thing 0")


async def test_a_new_theme_draws_the_rows_again() -> None:
    app = ListApp(things(10))
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        made = len(app.made)
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        await pilot.pause()
        assert len(app.made) >= made + HEIGHT // 2
