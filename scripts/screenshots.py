"""Write deterministic SVG screenshots of the app to screenshots/ (for the README).

Uses `make_app` with a frozen clock, like the snapshot tests. Run: `make screenshots`.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path

from soyuztui.dossier import build_dossier
from soyuztui.resources import default_mission
from soyuztui.tui.app import make_app
from soyuztui.tui.clock import MissionClock, frozen_now, parse_at

FROZEN = datetime(2030, 1, 1, tzinfo=UTC)
# name, replay time (None: default start), size, keys to press
SHOTS = (
    ("before-launch", None, (120, 40), ()),
    ("after-docking", "2021-10-05T13:00Z", (120, 40), ("3",)),
    ("after-return", "2021-10-17T06:00Z", (120, 40), ("2",)),
    ("evidence", "2021-10-05T13:00Z", (120, 40), ("3", "j", "j", "j", "j", "enter")),
    ("conflicts", "2021-10-05T13:00Z", (120, 40), ("5", "end")),
    ("help", None, (120, 40), ("question_mark",)),
    ("compare", "2021-10-05T13:00Z", (120, 40), ("c",)),
    ("small", "2021-10-05T13:00Z", (80, 24), ()),
    ("large", "2021-10-05T13:00Z", (200, 60), ()),
)


async def shoot(out: Path) -> None:
    """Take every shot in SHOTS."""
    dossier = build_dossier(default_mission())
    out.mkdir(parents=True, exist_ok=True)
    for name, at, size, keys in SHOTS:
        clock = MissionClock.for_dossier(dossier, at=parse_at(at) if at else None, now=frozen_now(FROZEN))
        app = make_app(dossier, clock=clock, animate=False, blink=False)
        async with app.run_test(size=size) as pilot:
            await pilot.press(*keys)
            await pilot.pause()
            await pilot.wait_for_scheduled_animations()
            await pilot.pause()
            svg = app.export_screenshot(title=f"soyuz-tui — {name}")
        (out / f"{name}.svg").write_text(svg, encoding="utf-8")
        print(out / f"{name}.svg")


if __name__ == "__main__":
    asyncio.run(shoot(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
