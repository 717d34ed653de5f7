"""An agency a person worked for once ("former NASA astronaut A") is not the agency they fly for.

Every sentence and person here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.draft.test_crew_people import _described


@pytest.mark.parametrize("before", ["former", "retired", "ex-"])
def test_a_former_employer_is_no_agency(before: str) -> None:
    said = _described(f"The capsule is commanded by {before} NASA astronaut Nora Falk, who now flies for a company.")
    assert not [value for field, value in said["Nora Falk"] if field == "agency"]


def test_a_serving_astronauts_agency_stays() -> None:
    said = _described("The capsule is commanded by NASA astronaut Nora Falk.")
    assert ("agency", "NASA") in said["Nora Falk"]
