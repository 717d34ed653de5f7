"""An article on Textual's Line API: only the lines in view are drawn, the span by its offsets.

The text is wrapped once per width into rows, each a `(start, end)` pair of offsets into
the article (arrays of integers, not widgets or strings): a 2 MB article is some tens
of thousands of rows and opens at once. `render_line` cuts the one row it is asked for
out of the text and styles the part inside the span; rows that hold part of the span
carry a mark in the gutter.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from functools import lru_cache
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.events import Resize
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

GUTTER = 2
"""Cells left of the text: a bar beside the rows of the span, then a space."""
MIN_TEXT_WIDTH = 8
"""Narrower than this, rows are cut at this width (and the view scrolls sideways)."""


@lru_cache(maxsize=16)
def _wrapper(width: int) -> re.Pattern[str]:
    # Up to `width` characters ending before a space or the line's end; a word longer
    # than the row is cut. The engine does the backtracking, in C.
    return re.compile(rf" *([^\n]{{1,{width}}})(?= |$)| *([^\n]{{1,{width}}})")


def wrap_rows(text: str, begin: int, width: int) -> tuple[array[int], array[int]]:
    """Rows of at most `width` cells covering `text[begin:]`: their start and end offsets."""
    width = max(1, width)
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    position, size = begin, len(text)
    while position <= size:
        line_end = text.find("\n", position)
        if line_end < 0:
            line_end = size
        if line_end - position <= width and (text.isascii() or cell_len(text[position:line_end]) <= width):
            starts.append(position)
            ends.append(line_end)
        elif text.isascii() or text[position:line_end].isascii():
            before = len(starts)
            for match in _wrapper(width).finditer(text, position, line_end):
                group = 1 if match.start(1) >= 0 else 2
                starts.append(match.start(group))
                ends.append(match.end(group))
            if len(starts) == before:  # a line of spaces only
                starts.append(position)
                ends.append(line_end)
        else:
            _wrap_wide(text, position, line_end, width, starts, ends)
        position = line_end + 1
    return starts, ends


def _wrap_wide(text: str, start: int, end: int, width: int, starts: array[int], ends: array[int]) -> None:
    """Wrap one line holding wide or combining characters, measuring cells word by word."""
    row_start, used = start, 0
    for match in re.finditer(r"\S+ *", text[start:end]):
        word_start, word_end = start + match.start(), start + match.end()
        word = text[word_start:word_end].rstrip(" ")
        cells = cell_len(word)
        if used and used + cells > width:
            starts.append(row_start)
            ends.append(word_start)
            row_start, used = word_start, 0
        while cells > width:  # a word wider than the row: cut it by characters
            taken, index = 0, word_start
            while index < word_end and taken + cell_len(text[index]) <= width:
                taken += cell_len(text[index])
                index += 1
            index = max(index, word_start + 1)
            starts.append(word_start)
            ends.append(index)
            word_start = row_start = index
            word = text[index:word_end].rstrip(" ")
            cells, used = cell_len(word), 0
        used += cell_len(text[word_start:word_end])
    starts.append(row_start)
    ends.append(end)


class ArticleView(ScrollView, can_focus=True):
    """The text of one article, scrollable, with one span highlighted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article--span", "article--bar"}
    DEFAULT_CSS = """
    ArticleView > .article--span { background: $warning 40%; color: $text; text-style: bold; }
    ArticleView > .article--bar { color: $soyuz-warning-text; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        """An empty view; `show` gives it an article."""
        super().__init__(id=id)
        self._text = ""
        self._begin = 0
        self._span = (0, 0)
        self._rows: tuple[array[int], array[int]] = (array("q", [0]), array("q", [0]))
        self._wrapped_at = -1

    def show(self, text: str, begin: int, span: tuple[int, int]) -> None:
        """Show `text` from offset `begin` with `span` highlighted and in the middle of the view."""
        begin = min(begin, span[0]) if span[1] > span[0] else begin
        if text is not self._text or begin != self._begin:  # another span of the same article: same rows
            self._text, self._begin = text, begin
            self._wrapped_at = -1
        self._span = span
        self._wrap()
        self.refresh()
        self.call_after_refresh(self.scroll_to_span)

    def _text_width(self) -> int:
        return max(1, self.scrollable_content_region.width - GUTTER)

    def _wrap(self) -> None:
        if self.scrollable_content_region.width <= GUTTER:
            return  # not laid out yet: wrapping to one cell would make a row per character
        width = max(MIN_TEXT_WIDTH, self._text_width())
        if width != self._wrapped_at:
            self._rows = wrap_rows(self._text, self._begin, width)
            self._wrapped_at = width
            self.virtual_size = Size(width + GUTTER, len(self._rows[0]))
            self.refresh()

    def on_resize(self, event: Resize) -> None:
        """A new width: wrap again, keeping the same place in the text at the top."""
        top = self.row_offset(int(self.scroll_offset.y))
        self._wrap()
        self.scroll_to(y=self.row_of(top), animate=False)

    def row_of(self, offset: int) -> int:
        """The row that holds text offset `offset`."""
        return max(0, bisect_right(self._rows[0], offset) - 1)

    def row_offset(self, row: int) -> int:
        """The text offset where `row` starts."""
        starts = self._rows[0]
        return starts[min(max(row, 0), len(starts) - 1)] if starts else 0

    @property
    def row_count(self) -> int:
        """How many rows the article takes at the current width."""
        return len(self._rows[0])

    def scroll_to_span(self) -> None:
        """Put the first row of the span in the middle of the view."""
        self._wrap()
        if self._span[1] > self._span[0]:
            row = self.row_of(self._span[0])
            self.scroll_to(y=max(0, row - self.scrollable_content_region.height // 2), animate=False)
        else:
            self.scroll_home(animate=False)

    def span_lines(self) -> list[str]:
        """The rows that hold part of the span, as text (what the gutter marks)."""
        start, end = self._span
        if end <= start:
            return []
        first, last = self.row_of(start), self.row_of(max(start, end - 1))
        return [self._row_text(row) for row in range(first, last + 1)]

    def _row_text(self, row: int) -> str:
        starts, ends = self._rows
        return self._text[starts[row] : ends[row]].replace("\t", " ")

    def render_line(self, y: int) -> Strip:
        """Row `y` of the view: the gutter, then the row's text with the span styled."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        row = y + int(self.scroll_offset.y)
        starts, ends = self._rows
        if not 0 <= row < len(starts):
            return Strip.blank(width, base)
        start, end = starts[row], ends[row]
        span_start, span_end = self._span
        inside = span_end > span_start and start < span_end and (end > span_start or start == span_start)
        bar = self.get_component_rich_style("article--bar") if inside else base
        segments = [Segment("▌ " if inside else "  ", bar if inside else base)]
        segments += self._styled(start, end, base)
        return Strip(segments).adjust_cell_length(width, base)

    def _styled(self, start: int, end: int, base: Style) -> list[Segment]:
        text = self._text
        span_start, span_end = self._span
        cut_start, cut_end = max(start, span_start), min(end, span_end)
        if cut_end <= cut_start:
            return [Segment(text[start:end].replace("\t", " "), base)]
        marked = base + self.get_component_rich_style("article--span")
        parts = [(start, cut_start, base), (cut_start, cut_end, marked), (cut_end, end, base)]
        return [Segment(text[a:b].replace("\t", " "), style) for a, b, style in parts if b > a]
