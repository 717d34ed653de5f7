"""Whatever the articles say, drafting ends in a file `check` accepts or in one MissionError."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from soyuztui.dossier import build_dossier
from soyuztui.dossier.errors import MissionError
from soyuztui.draft import draft
from soyuztui.draft.writer import render

WORDS = st.sampled_from(
    'Anton Volkov Ines Okafor , 37 , . “ ” ‘ ’ " cosmonaut actress of the Meridian Space Agency lifted off '
    "docked return to Earth In 12 days about 3.5 hours after launch on Tuesday March 20 at 0855 GMT 14:05 "
    "Moscow time will join aboard the station Kestrel 4 capsule said The 37-year-old \n\n".split(" ")
)
ARTICLE = st.lists(WORDS, min_size=0, max_size=60).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ARTICLE, min_size=1, max_size=3), st.booleans())
# A flight not yet dated: its crew were drafted aboard with an untimed launch, which `check` refuses.
@example(["Anton Anton In 37 days Anton launch station"], False)
def test_draft_is_checked_or_refused(articles: list[str], dated: bool) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for number, text in enumerate(articles):
            prefix = " date 2031-03-10 " if dated else ""
            (folder / f"{number}_a.txt").write_text(prefix + text, encoding="utf-8")
        try:
            result = draft([folder], folder)
        except MissionError as error:
            assert len(error.problems) == 1
            return
        (folder / "m.toml").write_text(render(result.spec), encoding="utf-8")
        build_dossier(folder / "m.toml")
