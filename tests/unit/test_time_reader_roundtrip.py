"""Any instant, written out in any zone and clock format the reader knows, reads back as the same instant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
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
