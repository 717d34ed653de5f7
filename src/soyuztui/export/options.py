"""How an export is made: the zone for times shown to people, and the clock for stamps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from soyuztui.present.times import ZoneName


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """How to export: the zone for times shown to people, and the clock for stamps.

    JSON and iCalendar are always UTC; `zone` applies to the Markdown briefing.
    """

    zone: ZoneName = "utc"
    now: Callable[[], datetime] = field(default=_now)
