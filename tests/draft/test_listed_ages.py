"""Ages in a list of names, each the age of the name it is written with.

Every article here is invented for the test (the people and the flight are made up).
"""

from __future__ import annotations

from pathlib import Path

from tests.draft.drafted import drafted_spec

STORY = (
    " date 2034-02-07 Three tourists back from a ten-minute hop\n\n"
    "The capsule lifted off at 9:30 a.m. CST (1530 GMT) on Tuesday and touched down at 9:41 a.m. CST (1541 GMT).\n\n"
    "Aboard were the investor Halima Roux, 47, her nephew Tibor Roux, 22, 71-year-old glider instructor"
    " Agnes Pellworm and 19-year-old Finnish student Ossi Lahtinen, who became the youngest to fly.\n\n"
    "Only Yuri Vantz, who was 25 on his record flight in 1961, had been younger than Pellworm's companion,"
    " while 71-year-old Pellworm is now the oldest.\n"
)


def _ages(folder: Path) -> dict[str, set[int]]:
    spec = drafted_spec(folder, STORY)
    return {person.name: {int(fact.value) for fact in person.facts if fact.field == "age"} for person in spec.people}


def test_an_age_before_a_name_is_that_names_even_after_another_name(tmp_path: Path) -> None:
    ages = _ages(tmp_path)
    assert ages["Tibor Roux"] == {22}  # not the 71 written before the next name
    assert ages["Agnes Pellworm"] == {71}
    assert ages["Ossi Lahtinen"] == {19}  # a nationality among the words before the name
    assert ages["Yuri Vantz"] == set()  # the 71 before "Pellworm" is hers, not his
