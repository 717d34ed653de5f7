"""The keys every list shares, besides the arrows."""

from __future__ import annotations

from textual.binding import Binding, BindingType

VI_KEYS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False, id="list.down"),
    Binding("k", "cursor_up", "Up", show=False, id="list.up"),
]
"""j/k move down and up, as in vi."""
