"""Line numbers of TOML entries."""

from __future__ import annotations

from soyuztui.dossier.sources.tomlines import LineIndex

TOML = """\
title = "x"
[mission]
id = "a"

[[mission.facts]]
field = "b"
evidence = [
  { doc = "0", text = "has ] and { inside" },
  { doc = "1", text = "c" },
]
[[people]]
id = "p"
[[people.facts]]
field = "age"
[[people.facts]]
field = "name"  # a comment with [brackets]
evidence = [{ doc = "x", text = "y" }, { doc = "z", text = "w" }]
[[people]]
id = "q"
"""


def test_keys_tables_and_array_elements_have_lines() -> None:
    index = LineIndex(TOML)
    assert index.line(("title",)) == 1
    assert index.line(("mission", "id")) == 3
    assert index.line(("mission", "facts", 0, "evidence", 0)) == 8
    assert index.line(("mission", "facts", 0, "evidence", 1)) == 9
    assert index.line(("people", 0, "facts", 1, "field")) == 16
    assert index.line(("people", 0, "facts", 1, "evidence", 1)) == 17
    assert index.line(("people", 1, "id")) == 19


def test_unknown_paths_fall_back_to_the_nearest_known_entry() -> None:
    index = LineIndex(TOML)
    assert index.line(("people", 1, "facts", 4, "value")) == 18
    assert index.line(("nothing",)) == 1
