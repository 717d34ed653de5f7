"""Clock times as outlets write them, each read right or refused with a reason, and `check` agreeing.

The sentences are invented; the forms (12- and 24-hour clocks, a.m./am/a.m, "9.40am",
"0855 GMT", a zone word after the day, a day inside the parentheses, EST against EDT
by date, Beijing, Moscow, Indian, Pakistani time, "local time" with a known zone) are
the ones news pages use.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from soyuztui.dossier.times.reader import TimeRefused, claim_text, read_times
from tests.unit.test_time_claims import check

D = date
#: (excerpt, publication date, document zone, the UTC minute it states, or "!" and words of the refusal)
FORMS: list[tuple[str, date | None, str | None, str]] = [
    ("The module lifted off at 9:40 a.m. EST", D(2033, 1, 20), None, "2033-01-20T14:40Z"),
    ("The module lifted off at 9:40 a.m. EDT", D(2033, 6, 20), None, "2033-06-20T13:40Z"),
    ("The module lifted off at 9:40 a.m. EST", D(2033, 6, 20), None, "! not the UTC-05:00"),
    ("Hatches opened at 2:16 p.m. Eastern", D(2033, 1, 20), None, "2033-01-20T19:16Z"),
    ("Hatches opened at 2:16 pm Eastern", D(2033, 6, 20), None, "2033-06-20T18:16Z"),
    ("The lander settled at 5:12 p.m. Japan time (8:12 a.m. GMT)", D(2033, 2, 1), None, "2033-02-01T08:12Z"),
    ("The probe fired its engine at 0855 GMT", D(2033, 2, 1), None, "2033-02-01T08:55Z"),
    ("The probe fired its engine at 08:55 UTC", D(2033, 2, 1), None, "2033-02-01T08:55Z"),
    ("The capsule came down at 9.40am Beijing time", D(2033, 4, 3), None, "2033-04-03T01:40Z"),
    ("The capsule came down at 9.40 a.m Beijing time", D(2033, 4, 3), None, "2033-04-03T01:40Z"),
    ("The crew boarded at 21:15 Moscow time", D(2033, 4, 3), None, "2033-04-03T18:15Z"),
    ("The rocket rose at 7:30 am IST", D(2033, 4, 3), "Asia/Kolkata", "2033-04-03T02:00Z"),
    ("The rocket rose at 7:30 am IST", D(2033, 4, 3), None, "! several meanings"),
    ("Viewers tuned in at 6:05 p.m. PKT", D(2033, 4, 3), None, "2033-04-03T13:05Z"),
    ("The rocket rose at 3:05 p.m. local time", D(2033, 4, 3), "Asia/Shanghai", "2033-04-03T07:05Z"),
    ("The rocket rose at 3:05 p.m. local time", D(2033, 4, 3), None, "! no zone is known"),
    # A zone word after the day words belongs to the clock, and a document zone never overrides it.
    ("Docking came at 10:05 a.m. Friday, March 4, Kazakhstan time", D(2033, 3, 3), None, "2033-03-04T05:05Z"),
    ("Docking came at 10:05 a.m. Friday, March 4, Kazakhstan time", D(2033, 3, 3), "America/New_York", "2033-03-04T05:05Z"),
    ("Docking came at 10:05 a.m. on March 4, Moscow time", D(2033, 3, 3), "Asia/Tokyo", "2033-03-04T07:05Z"),
    # A day inside the parentheses is the whole phrase's day: the EST clock is on the day before.
    # (Kazakhstan kept UTC+6 until March 2024, so the two clocks agree only then.)
    ("Docking came at 11:05 p.m. EST (10:05 a.m. Friday, March 4, Kazakhstan time)", D(2022, 3, 3), None,
     "2022-03-04T04:05Z"),
    ("Docking came at 11:05 p.m. EST (10:05 a.m. Friday, March 4, Kazakhstan time)", D(2022, 3, 5), None,
     "2022-03-04T04:05Z"),
    ("Docking came at 11:05 p.m. EST (10:05 a.m. Friday, March 4, Kazakhstan time)", D(2033, 3, 3), None,
     "! reads as two times"),
    ("The hatch opened at 6:40 p.m. EDT Thursday (2240 GMT)", D(2033, 6, 24), None, "2033-06-23T22:40Z"),
    # With no day named, a pair a day apart in its two zones cannot be placed on a date-only page.
    ("It lifted off at 1:10 a.m. Beijing time (1710 GMT)", D(2033, 4, 3), None, "! falls on two dates"),
    ("It lifted off at 1:10 a.m. Beijing time (1710 GMT) on Sunday", D(2033, 4, 3), None, "2033-04-02T17:10Z"),
    # A four-digit time takes the zone word written after its day; a dot may part hour and minute.
    ("Crews open the hatch at 8:10 p.m. EST (0110 Nov. 12 GMT)", D(2033, 11, 11), None, "2033-11-12T01:10Z"),
    ("The shuttle moored at 0110 Nov. 12 GMT", D(2033, 11, 11), None, "2033-11-12T01:10Z"),
    ("The probe rose in 2033 Nov. 12", D(2033, 11, 11), None, "2033-11-12"),
    ("By 4.30pm Beijing time the two craft had joined", D(2033, 5, 30), None, "2033-05-30T08:30Z"),
    ("By 4.30pm the two craft had joined", D(2033, 5, 30), "Asia/Shanghai", "2033-05-30T08:30Z"),
]  # fmt: skip


def _read(excerpt: str, published: date | None, zone: str | None) -> str:
    try:
        values = {claim_text(reading) for reading in read_times(excerpt, published=published, zone=zone)}
    except TimeRefused as refusal:
        return f"! {refusal}"
    return values.pop() if len(values) == 1 else "! reads as two times"


@pytest.mark.parametrize(("excerpt", "published", "zone", "expected"), FORMS)
def test_each_form_is_read_right_or_refused(excerpt: str, published: date, zone: str | None, expected: str) -> None:
    read = _read(excerpt, published, zone)
    if expected.startswith("!"):
        assert read.startswith("!") and expected[2:] in read, read
    else:
        assert read == expected


@pytest.mark.parametrize(("excerpt", "published", "zone", "expected"), [f for f in FORMS if not f[3].startswith("!")])
def test_check_accepts_the_true_value_and_refuses_a_false_one(
    excerpt: str, published: date, zone: str | None, expected: str
) -> None:
    assert check(expected, excerpt, published=published, doc_zone=zone)[1] == []
    # The same clock a day early (read on the wrong day) and in the document's zone are both refused.
    early = (datetime.fromisoformat(expected) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%MZ")
    _, problems = check(early, excerpt, published=published, doc_zone=zone)
    assert problems and "is not what document 'a' says" in problems[0]
