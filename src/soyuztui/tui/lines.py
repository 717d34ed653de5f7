"""Content whose height is known without wrapping it: for long lists rebuilt often.

A list measures every row's height (by wrapping its text) whenever the rows' words or
its width change. Most rows of a long list have lines that all fit: their height is
their line count, found without wrapping (with the cell widths `Content` itself uses).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.visual import RulesMap


class CountedLines(Content):
    """A `Content` whose height, when every line fits the width, is its number of lines."""

    _widest: int = -1

    @classmethod
    def of(cls, content: Content) -> CountedLines:
        """The same text and styles as `content`."""
        return cls(content.plain, list(content.spans))

    def get_height(self, rules: RulesMap, width: int) -> int:
        """The line count if no line is wider than `width`; else measured as Content does."""
        if self._widest < 0:
            self._widest = max(map(cell_len, self.plain.split("\n")))
        if self._widest + rules.get("line_pad", 0) * 2 <= width:
            return self.plain.count("\n") + 1
        return super().get_height(rules, width)
