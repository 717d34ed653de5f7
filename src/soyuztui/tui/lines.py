"""Content whose height is known without wrapping it: for long lists rebuilt often.

A list measures every row's height (by wrapping its text) whenever the rows' words or
its width change. Most rows of a long list have lines that all fit: their height is
their line count, found without wrapping (with the cell widths `Content` itself uses).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.css.styles import RulesMap


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

    def fits(self, width: int) -> bool:
        """Whether no line is wider than `width` cells (so nothing wraps)."""
        if self._widest < 0:
            self._widest = max(map(cell_len, self.plain.split("\n")))
        return self._widest <= width


def hanging_column(line: str) -> int:
    """Where a wrapped line's later parts start: under its text, past its indent and a leading mark.

    `  ≠ disputed: …` hangs at 4, `✓ 2021-10-05 …` at 2, `  Docking …` at 2.
    """
    column = len(line) - len(line.lstrip(" "))
    rest = line[column:]
    if len(rest) > 2 and rest[1] == " " and not rest[0].isalnum() and rest[0] not in "“\"'([":
        column += 2
    return column


def hang(content: Content, width: int, indent: int | None = None) -> Content:
    """`content` wrapped at `width` cells with hanging indents: each line's wrapped parts start
    under its text (`hanging_column`), or at `indent` when given; a line that fits is left as it is.

    Every line of the result fits `width`, so drawing it wraps nothing more.
    """
    if width <= 0 or (isinstance(content, CountedLines) and content.fits(width)):
        return content
    lines = content.split("\n", allow_blank=True)
    if all(line.cell_length <= width for line in lines):
        return content
    out: list[Content] = []
    for line in lines:
        if line.cell_length <= width:
            out.append(line)
            continue
        column = hanging_column(line.plain) if indent is None else indent
        column = min(column, width // 2)  # a hang never leaves the text less than half the width
        first = line.wrap(width)[0]
        plain = line.plain
        cut = len(first.plain)
        while cut < len(plain) and plain[cut] == " ":
            cut += 1
        out.append(first.rstrip())
        pad = Content(" " * column)
        out += [pad + part.rstrip() for part in line[cut:].wrap(width - column)]
    return Content("\n").join(out)


def hang_height(content: Content, width: int) -> int:
    """How many lines `content` takes at `width` with hanging indents (`hang`)."""
    if width <= 0:
        return content.plain.count("\n") + 1
    return hang(content, width).plain.count("\n") + 1


def clip(content: Content, width: int, height: int) -> Content:
    """`content` wrapped at `width` with hanging indents (`hang`), kept to its first `height` lines;
    the last line kept ends with `…` when some were left out."""
    lines = hang(content, width).split("\n", allow_blank=True)
    if len(lines) <= height:
        return Content("\n").join(lines)
    kept = lines[:height]
    last = kept[-1].rstrip()
    if last.cell_length >= width:
        last = last.truncate(max(0, width - 1))
    kept[-1] = last + Content("…")
    return Content("\n").join(kept)
