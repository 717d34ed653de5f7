"""Text as the screen shows it: emoji sequences whose width terminals disagree on, made plain.

A terminal draws a zero-width joiner sequence (👩‍🚀) in 2 cells or in 4, an emoji selector
(❤️) in 1 or 2, a skin-tone modifier as part of its emoji or as a swatch of its own: kitty,
tmux, xterm, VTE and rich each decide differently, and a row measured one way and drawn
another pushes a pane's border out of line. On screen, and only there, these characters
are swapped for ones every terminal measures alike:

- U+200D ZERO WIDTH JOINER → U+200C ZERO WIDTH NON-JOINER (each emoji drawn on its own,
  2 cells; in Indic text terminals draw no conjuncts either way);
- U+FE0F emoji selector → U+FE0E text selector after a narrow character (1 cell everywhere);
- U+FE0E or U+FE0F after a wide character → U+200C (2 cells everywhere: kitty narrows a
  wide emoji that asks for text presentation, the others do not);
- skin-tone modifiers U+1F3FB–U+1F3FF and the invisible Hangul fillers U+3164, U+FFA0 → U+200C.

U+200C is zero cells wide in rich, glibc's wcwidth, tmux and kitty alike, and unlike the
zero-width space it is not one of the invisible characters the app keeps off the screen.

Each swap is one character for one, so offsets into an article stay valid and a span
highlights the same words. Exports never see this: it applies to the app's copy only.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel
from rich.cells import get_character_cell_size

from soyuztui.dossier.model import Dossier

__all__ = ["display_dossier", "display_text"]

_NON_JOINER = "\u200c"
_TEXT_SELECTOR = "\ufe0e"
_SELECTORS = "\ufe0e\ufe0f"
_SWAPPED = re.compile("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\u3164\uffa0]")


def _swap(match: re.Match[str]) -> str:
    character = match.group()
    if character not in _SELECTORS:
        return _NON_JOINER
    at = match.start()
    base = match.string[at - 1] if at else ""
    if base and get_character_cell_size(base) == 2:
        return _NON_JOINER
    return _TEXT_SELECTOR


def display_text(text: str) -> str:
    """`text` with the characters terminals measure differently swapped; the same length."""
    if _SWAPPED.search(text) is None:
        return text
    return _SWAPPED.sub(_swap, text)


def _needs_swap(value: object) -> bool:
    if isinstance(value, str):
        return _SWAPPED.search(value) is not None
    if isinstance(value, BaseModel):
        return any(_needs_swap(item) for item in value.__dict__.values())
    if isinstance(value, tuple | list):
        return any(_needs_swap(item) for item in value)
    return False


def _swapped(value: Any) -> Any:
    """`value` with every string in it swapped; the same object when nothing changes."""
    if isinstance(value, str):
        return display_text(value)
    if isinstance(value, BaseModel):
        update = {}
        for name, item in value.__dict__.items():
            new = _swapped(item)
            if new is not item:
                update[name] = new
        if not update:
            return value
        copy = value.model_copy(update=update)
        # A copy shares the original's private indexes (the dossier's by-id lookups): rebuild them.
        copy.model_post_init(None)
        return copy
    if isinstance(value, tuple | list):
        items = [_swapped(item) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    return value


def display_dossier(dossier: Dossier) -> Dossier:
    """The dossier as the screen shows it: every string through `display_text`.

    The same object when nothing needs swapping, the common case, found cheaply: quotes
    (the one list that can run to 100,000 entries) are cut from the articles, so they are
    looked at only when an article itself holds such a character.
    """
    articles = any(_needs_swap(document) for document in dossier.documents)
    rest = any(_needs_swap(value) for name, value in dossier.__dict__.items() if name not in ("documents", "quotes"))
    if not articles and not rest:
        return dossier
    swapped: Dossier = _swapped(dossier)
    return swapped
