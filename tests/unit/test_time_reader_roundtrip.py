"""Any instant, written out in any zone and clock format the reader knows, reads back as the same instant."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from soyuztui.dossier.times.reader import read_times

# (zone word, IANA region): words for a region's civil time
REGION_WORDS = [
    ("ET", "America/New_York"),
    ("Eastern time", "America/New_York"),
    ("PT", "America/Los_Angeles"),
    ("Central", "America/Chicago"),
    ("Moscow time", "Europe/Moscow"),
    ("MSK", "Europe/Moscow"),
    ("JST", "Asia/Tokyo"),
    ("Japan time", "Asia/Tokyo"),
    ("Baikonur time", "Asia/Qyzylorda"),
    ("Kazakhstan time", "Asia/Almaty"),
    ("UAE time", "Asia/Dubai"),
    ("UK time", "Europe/London"),
]
SEASONAL_WORDS = {
    "America/New_York": ("EST", "EDT"),
    "America/Chicago": ("CST", "CDT"),
    "America/Denver": ("MST", "MDT"),
    "America/Los_Angeles": ("PST", "PDT"),
    "Australia/Sydney": ("AEST", "AEDT"),
}
CONTEXT_ZONES = ["Europe/Moscow", "America/New_York", "Asia/Qyzylorda", "Australia/Sydney", "America/Sao_Paulo"]
DATE_FORMATS = ["on {d:%-d %B %Y}", "on {d:%B %-d, %Y}", "on {d:%b}. {d:%-d}, {d:%Y}", "{d:%A}, {d:%B %-d, %Y},"]


def clock(local: datetime, style: int, zoned: bool) -> str:
    hour12 = local.hour % 12 or 12
    half = "a.m." if local.hour < 12 else "p.m."
    styles = [
        f"{local:%H:%M}",
        f"{hour12}:{local:%M} {half}",
        f"{hour12}:{local:%M}{half.replace('.', '')}",
        f"{hour12}:{local:%M} {half.replace('.', '').upper()}",
        f"{hour12}.{local:%M}{half.replace('.', '')}",
        f"{local:%H%M}" if zoned else f"{local:%H:%M}",
    ]
    text = styles[style]
    if local.minute == 0 and style == 1:
        text = "noon" if local.hour == 12 else f"{hour12} {half}"
    return text


@st.composite
def written(draw: st.DrawFn) -> tuple[str, str | None, datetime]:
    instant = draw(st.datetimes(datetime(1990, 1, 1), datetime(2037, 12, 31))).replace(
        second=0, microsecond=0, tzinfo=UTC
    )
    kind = draw(st.sampled_from(["fixed", "offset", "region", "seasonal", "local", "bare"]))
    context = None
    if kind == "fixed":
        word = draw(st.sampled_from(["GMT", "UTC", "Z"]))
        local = instant
    elif kind == "offset":
        offset = timedelta(minutes=15 * draw(st.integers(-48, 56)))
        zone = timezone(offset)
        minutes = abs(int(offset.total_seconds())) // 60
        sign = "-" if offset < timedelta(0) else "+"
        word = draw(
            st.sampled_from(
                [f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}", f"GMT{sign}{minutes // 60}:{minutes % 60:02d}"]
            )
        )
        local = instant.astimezone(zone)
    else:
        if kind in ("region", "seasonal"):
            word, name = draw(st.sampled_from(REGION_WORDS if kind == "region" else [("", n) for n in SEASONAL_WORDS]))
        else:
            word, name = ("local time" if kind == "local" else ""), draw(st.sampled_from(CONTEXT_ZONES))
            context = name
        local = instant.astimezone(ZoneInfo(name))
        if kind == "seasonal":
            word = SEASONAL_WORDS[name][1 if local.dst() else 0]
        else:  # a civil time said twice when clocks go back is refused, rightly: skip it here
            naive = local.replace(tzinfo=None)
            assume(
                naive.replace(tzinfo=ZoneInfo(name), fold=0).utcoffset()
                == naive.replace(tzinfo=ZoneInfo(name), fold=1).utcoffset()
            )
    zoned = bool(word)
    style = draw(st.integers(0, 5))
    text = clock(local, style, zoned)
    if word:  # "0855Z", "08:55Z": a Z stands against a 24-hour clock
        text += ("" if word == "Z" and style in (0, 5) and draw(st.booleans()) else " ") + word
    day = draw(st.sampled_from(DATE_FORMATS)).format(d=local)
    sentence = draw(st.sampled_from(["The capsule docked at {t} {d} officials said", "{d} at {t}, the engines fired"]))
    return sentence.format(t=text, d=day), context, instant


@settings(max_examples=300, deadline=None)
@given(written())
def test_written_out_and_read_back_is_the_same_instant(case: tuple[str, str | None, datetime]) -> None:
    text, context, instant = case
    readings = read_times(text, published=None, zone=context)
    assert [reading.time for reading in readings] == [instant], text
    assert readings[0].precision == "minute"


ZONED = [("GMT", "UTC"), *REGION_WORDS]
DAYS_WRITTEN = ["{d:%A}, {d:%B %-d}", "{d:%A}, {d:%B %-d, %Y}", "{d:%B %-d}", "{d:%-d %B %Y}", "{d:%A}"]


def _local(instant: datetime, name: str) -> datetime | None:
    """`instant` on the clock of `name`; None when that clock shows it twice (clocks going back)."""
    local = instant.astimezone(ZoneInfo(name))
    naive = local.replace(tzinfo=None)
    if (
        naive.replace(tzinfo=ZoneInfo(name), fold=0).utcoffset()
        != naive.replace(tzinfo=ZoneInfo(name), fold=1).utcoffset()
    ):
        return None
    return local


@st.composite
def phrased(draw: st.DrawFn) -> tuple[str, date, str | None, datetime]:
    """An instant written with its zone word after its day, or with the day inside the parentheses."""
    instant = draw(st.datetimes(datetime(1995, 1, 1), datetime(2035, 12, 31))).replace(
        second=0, microsecond=0, tzinfo=UTC
    )
    word, name = draw(st.sampled_from(ZONED))
    local = _local(instant, name)
    assume(local is not None)
    assert local is not None
    published = local.date() + timedelta(days=draw(st.integers(-3, 3)))
    day = draw(st.sampled_from(DAYS_WRITTEN)).format(d=local)
    assume(not day.startswith(f"{local:%A}") or day != f"{local:%A}" or abs((published - local.date()).days) <= 1)
    text = clock(local, draw(st.integers(0, 4)), True)
    # A document zone that differs from the phrase's own never wins over it.
    context = draw(st.sampled_from([None, "Asia/Tokyo", "America/Los_Angeles"]))
    if draw(st.booleans()):
        return f"The capsule docked at {text} {day}, {word}, officials said", published, context, instant
    other_word, other_name = draw(st.sampled_from(ZONED))
    other = _local(instant, other_name)
    assume(other is not None)
    assert other is not None
    other_text = clock(other, draw(st.integers(0, 4)), True)
    sentence = f"The capsule docked at {other_text} {other_word} ({text} {day}, {word}) after a long chase"
    return sentence, published, context, instant


@settings(max_examples=300, deadline=None)
@given(phrased())
def test_a_zone_or_a_day_anywhere_in_the_phrase_belongs_to_the_whole_phrase(
    case: tuple[str, date, str | None, datetime],
) -> None:
    text, published, context, instant = case
    readings = read_times(text, published=published, zone=context)
    assert [reading.time for reading in readings] == [instant], text
