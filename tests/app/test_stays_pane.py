"""The occupants pane on stays the articles bound without giving the arrival or departure."""

from __future__ import annotations

from pathlib import Path

from soyuztui.dossier import build_dossier
from tests.app.test_flight_screen import SIZE, occupants_text
from tests.conftest import test_app
from tests.draft.drafted import drafted_spec
from tests.draft.test_stays import ARRIVAL, HANDOVER, SPLASHDOWN


async def test_people_named_aboard_later_are_not_said_to_be_arriving(tmp_path: Path) -> None:
    drafted_spec(tmp_path, ARRIVAL, HANDOVER, SPLASHDOWN)
    dossier = build_dossier(tmp_path / "mission.toml")
    app = test_app(dossier, at="2033-03-05T12:00Z")
    async with app.run_test(size=SIZE):
        shown = occupants_text(app)
        assert "Named aboard later (3)" in shown and "Arriving" not in shown
        assert "↑ named aboard 18 Aug" in shown
        assert "↓ gone by 18 Aug (inferred)" in shown
