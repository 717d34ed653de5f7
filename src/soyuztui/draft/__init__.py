"""Drafting a mission file from articles alone: people, crew, occupants, events, facts, conflicts.

`draft_mission(paths)` reads the articles and returns a `MissionFile` whose every entry
is marked `reviewed = false`; `render` writes it as TOML that `soyuz-tui check` accepts.
"""

from __future__ import annotations

from soyuztui.draft.mission import Draft, article_paths, draft, draft_mission

__all__ = ["Draft", "article_paths", "draft", "draft_mission"]
