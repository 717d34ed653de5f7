"""A list of fixed-height rows on Textual's Line API, for lists that can be long.

Every row is `row_height` lines, so where each row lies is arithmetic: nothing is
measured, and a row's content is made only when the row comes into view. Drawn rows
are kept (keyed by row, its look, width and style), so moving the cursor or the focus
redraws the rows whose look changed and reuses the rest; a new theme draws them all
again. `WrappedRowList` is the sibling whose rows are as tall as their text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from soyuztui.tui.lines import clip
from soyuztui.tui.widgets.keys import VI_KEYS

Item = TypeVar("Item")

DRAWN_ROWS = 1024
"""How many drawn rows are kept: several screens' worth at any terminal size."""


class RowList(ScrollView, Generic[Item], can_focus=True):
    """Items shown as rows of `row_height` lines, with a cursor; Enter posts `Selected`.

    `row(item)` makes a row's content; it is called only for rows on screen. A line
    longer than the list is cut with an ellipsis, lines past `row_height` are dropped.
    """

    DEFAULT_CSS = """
    RowList {
        height: 1fr;
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        & > .row-list--cursor {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .row-list--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .row-list--hover {
            background: $block-hover-background;
        }
        & > .row-list--empty {
            color: $text-muted;
            text-style: italic;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--row", "row-list--cursor", "row-list--hover", "row-list--empty"}
    """`row-list--row` every row; `row-list--cursor` the cursor's row; `row-list--hover` the row under the mouse;
    `row-list--empty` the note an empty list shows (`empty_text`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        *VI_KEYS,
        Binding("pagedown", "page_down", "A screenful down", show=False),
        Binding("pageup", "page_up", "A screenful up", show=False),
        Binding("home", "first", "First row", show=False),
        Binding("end", "last", "Last row", show=False),
        Binding("enter", "select", "Open: a fact's evidence (a crew row: the person's card)", show=False),
    ]

    class Selected(Message):
        """Enter (or a click) on a row: carries the row's item."""

        def __init__(self, row_list: RowList[object], item: object, index: int) -> None:
            """`item` is the selected row's, at `index` among the items shown."""
            super().__init__()
            self.row_list = row_list
            self.item = item
            self.index = index

        @property
        def control(self) -> RowList[object]:
            """The list the row was selected in."""
            return self.row_list

    def __init__(
        self,
        row: Callable[[Item], Content],
        *,
        row_height: int = 1,
        wrap: bool = False,
        look: Callable[[int], object] | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """An empty list whose rows `row` draws, each `row_height` lines.

        `wrap`: a long line wraps (with a hanging indent) within the row's lines, and the
        row's last line ends with `…` if its text goes on; otherwise each line is cut.
        `look(index)` is what a row's drawing depends on besides its item (see `row_look`).
        """
        super().__init__(id=id, classes=classes)
        self.row = row
        self.wrap = wrap
        self.look = look
        self.row_height = max(1, row_height)
        self.items: Sequence[Item] = ()
        self.cursor: int | None = None
        """The index of the row the cursor is on, or None when the list is empty."""
        self.hover: int | None = None
        self.drawn: LRUCache[tuple[int, object, int, object], list[Strip]] = LRUCache(DRAWN_ROWS)
        self.empty_text: Content | None = None
        """What the first line says while the list has no items (nothing if None); set it before `set_items`."""

    # ------------------------------------------------------------------ content

    def set_items(self, items: Sequence[Item], cursor: int | None = 0) -> None:
        """Show `items` (kept as given, not copied) with the cursor on row `cursor`."""
        self.items = items
        self.drawn.clear()
        self.hover = None
        self.cursor = None if not items or cursor is None else max(0, min(cursor, len(items) - 1))
        if self.is_mounted:
            self.update_virtual_size()
            self.scroll_to(y=0, animate=False, immediate=True)
            self.refresh()
            if self.cursor:
                self.scroll_to_cursor()

    @property
    def selected_item(self) -> Item | None:
        """The item under the cursor, if any."""
        return None if self.cursor is None else self.items[self.cursor]

    def update_virtual_size(self) -> None:
        """The list is as tall as its rows; it never scrolls sideways."""
        self.virtual_size = Size(self.scrollable_content_region.width, self.lines_total())

    # ------------------------------------------------------------------ where rows lie

    def row_top(self, index: int) -> int:
        """The first line of row `index`."""
        return index * self.row_height

    def row_lines(self, index: int) -> int:
        """How many lines row `index` takes."""
        return self.row_height

    def row_at_line(self, line: int) -> tuple[int, int]:
        """The row at `line` of the whole list, and the line within that row."""
        return divmod(line, self.row_height)

    def lines_total(self) -> int:
        """How many lines all the rows take."""
        return len(self.items) * self.row_height

    def row_look(self, index: int) -> object:
        """What, besides the item, row `index`'s drawing depends on: drawn rows are kept per look.

        A list whose rows change with something else than their item (the state of an
        event at a moment, say) is given `look`, and calls `refresh_row` when it changes.
        """
        return None if self.look is None else self.look(index)

    def on_resize(self) -> None:
        """The width of the rows follows the list's; the cursor's row stays in view (a key line
        mounted under the list when it takes focus, say, would hide a row at its bottom)."""
        self.update_virtual_size()
        self.scroll_to_cursor()

    def on_mount(self) -> None:
        """Draw the rows again when the theme changes (the theme's colours are in them)."""
        self.app.theme_changed_signal.subscribe(self, self.forget_drawn)

    def forget_drawn(self, _theme: object = None) -> None:
        """Drop every drawn row: they are made again when next seen."""
        self.drawn.clear()
        self.refresh()

    # ------------------------------------------------------------------ drawing

    def fit_width(self, width: int) -> None:
        """Lay the rows out for `width` before one is drawn at it (fixed-height rows need nothing)."""

    def render_line(self, y: int) -> Strip:
        """Line `y` of the visible part: a line of the row there, made if not yet drawn."""
        width = self.scrollable_content_region.width
        self.fit_width(width)
        line = self.scroll_offset.y + y
        index, offset = self.row_at_line(line)
        if not 0 <= index < len(self.items):
            if line == 0 and self.empty_text is not None:
                style = self.get_visual_style("row-list--row", "row-list--empty")
                note = Visual.to_strips(self, self.empty_text.truncate(width, ellipsis=True), width, 1, style)
                if note:
                    return note[0].extend_cell_length(width, style.rich_style).crop(0, width)
            return Strip.blank(width, self.get_visual_style("row-list--row").rich_style)
        if index == self.cursor:
            style = self.get_visual_style("row-list--row", "row-list--cursor")
        elif index == self.hover:
            style = self.get_visual_style("row-list--row", "row-list--hover")
        else:
            style = self.get_visual_style("row-list--row")
        key = (index, self.row_look(index), width, style)
        strips = self.drawn.get(key)
        if strips is None:
            content = self.draw_row(self.items[index], width)
            height = self.row_lines(index)
            strips = [
                strip.extend_cell_length(width, style.rich_style).crop(0, width)
                for strip in Visual.to_strips(self, content, width, height, style)
            ]
            blank = Strip.blank(width, style.rich_style)
            strips += [blank] * (height - len(strips))
            self.drawn[key] = strips
        return strips[offset] if offset < len(strips) else Strip.blank(width, style.rich_style)

    def draw_row(self, item: Item, width: int) -> Content:
        """The content row `item` is drawn as at `width` (its `row`; `WrappedRowList` hangs its wrapped lines)."""
        if self.wrap:
            return clip(self.row(item), width, self.row_height)
        return self.row(item)

    def refresh_row(self, index: int | None) -> None:
        """Redraw row `index` (if it is one, and on screen: a row out of view is drawn when it comes in)."""
        if index is None or not 0 <= index < len(self.items):
            return
        top, lines, shown = self.row_top(index), self.row_lines(index), self.scroll_offset.y
        if top < shown + self.scrollable_content_region.height and top + lines > shown:
            self.refresh_lines(top, lines)

    # ------------------------------------------------------------------ the cursor

    def move_cursor(self, index: int) -> None:
        """Put the cursor on row `index` (kept within the list) and bring it into view."""
        if not self.items:
            return
        index = max(0, min(index, len(self.items) - 1))
        if index == self.cursor:
            return
        previous, self.cursor = self.cursor, index
        self.refresh_row(previous)
        self.refresh_row(index)
        self.scroll_to_cursor()

    def scroll_to_cursor(self) -> None:
        """Scroll just enough to show the cursor's whole row (once the list has a height: see `on_resize`)."""
        if self.cursor is None or self.scrollable_content_region.height <= 0:
            return
        row = Region(0, self.row_top(self.cursor), max(1, self.size.width), self.row_lines(self.cursor))
        self.scroll_to_region(row, animate=False, immediate=True, force=True)

    def page_rows(self) -> int:
        """How many whole rows fit on screen (at least one)."""
        return max(1, self.scrollable_content_region.height // self.row_height)

    def action_cursor_down(self) -> None:
        """The next row."""
        self.move_cursor(0 if self.cursor is None else self.cursor + 1)

    def action_cursor_up(self) -> None:
        """The previous row."""
        self.move_cursor(0 if self.cursor is None else self.cursor - 1)

    def action_page_down(self) -> None:
        """A screenful down."""
        self.move_cursor((self.cursor or 0) + self.page_rows())

    def action_page_up(self) -> None:
        """A screenful up."""
        self.move_cursor((self.cursor or 0) - self.page_rows())

    def action_first(self) -> None:
        """The first row."""
        self.move_cursor(0)

    def action_last(self) -> None:
        """The last row."""
        self.move_cursor(len(self.items) - 1)

    def action_select(self) -> None:
        """Tell the pane which item was chosen."""
        if self.cursor is not None:
            self.post_message(self.Selected(self, self.items[self.cursor], self.cursor))  # type: ignore[arg-type]

    # ------------------------------------------------------------------ the mouse

    def row_at(self, y: int) -> int | None:
        """The row at line `y` of the visible part, if there is one."""
        index = self.row_at_line(self.scroll_offset.y + y)[0]
        return index if 0 <= index < len(self.items) else None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Mark the row under the mouse."""
        index = self.row_at(event.y)
        if index != self.hover:
            previous, self.hover = self.hover, index
            self.refresh_row(previous)
            self.refresh_row(index)

    def on_leave(self) -> None:
        """The mouse left: no row is marked."""
        previous, self.hover = self.hover, None
        self.refresh_row(previous)

    def on_click(self, event: events.Click) -> None:
        """A click chooses the row, like Enter."""
        index = self.row_at(event.y)
        if index is not None:
            self.move_cursor(index)
            self.action_select()
