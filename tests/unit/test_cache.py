"""The verified-dossier cache: a hit only when every source is unchanged, never a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import BaseModel

from soyuztui import NO_CACHE_ENV
from soyuztui.cli import main
from soyuztui.dossier import Dossier, MissionError, build_dossier, cache
from soyuztui.dossier.cache import load_dossier, schema_fingerprint
from soyuztui.export import ExportOptions, export
from soyuztui.resources import default_mission
from tests.startup import imported_at_start

ARTICLE = "000_cbbc576cd4878fcb.txt"

#: Exports stamp the time they were made (ICS DTSTAMP); both sides get the same clock.
FIXED_STAMP = ExportOptions(now=lambda: datetime(2030, 1, 1, tzinfo=UTC))


def entry(cache_home: Path) -> Path:
    (file,) = cache_home.glob("dossier-*.json")
    return file


def test_miss_builds_and_writes_then_hit_loads_the_same_dossier(
    cache_home: Path, builds: list[Path], mission_copy: Path
) -> None:
    built = load_dossier(mission_copy)
    assert builds == [mission_copy]
    assert entry(cache_home).stat().st_mode & 0o777 == 0o600
    loaded = load_dossier(mission_copy)
    assert builds == [mission_copy]  # the second time, nothing was built
    assert loaded == built
    assert loaded.document("000").text == built.document("000").text  # article texts are cached too
    assert loaded.person("shkaplerov").name == "Anton Shkaplerov"  # the indexes are made
    for fmt in ("json", "md", "ics"):
        assert export(loaded, fmt, FIXED_STAMP) == export(built, fmt, FIXED_STAMP)
    assert [p.name for p in cache_home.iterdir()] == [entry(cache_home).name]  # no temporary file left


KESTREL = Path(__file__).resolve().parent.parent / "missions" / "kestrel-4" / "kestrel-4.toml"


@pytest.mark.parametrize("mission", [None, KESTREL], ids=["seeds", "kestrel-4"])
def test_every_value_read_back_has_the_built_type_and_passes_validation(
    cache_home: Path, builds: list[Path], mission_copy: Path, mission: Path | None
) -> None:
    def same(built: object, loaded: object, where: str) -> None:
        assert type(loaded) is type(built), where
        if isinstance(built, tuple) and isinstance(loaded, tuple):
            assert len(built) == len(loaded), where
            for index, (a, b) in enumerate(zip(built, loaded, strict=True)):
                same(a, b, f"{where}[{index}]")
        elif isinstance(built, BaseModel) and isinstance(loaded, BaseModel):
            fields = {name: getattr(loaded, name) for name in type(loaded).model_fields}
            type(loaded).model_validate(fields)
            for name in fields:
                same(getattr(built, name), fields[name], f"{where}.{name}")
        else:
            assert loaded == built, where
            if isinstance(built, datetime) and isinstance(loaded, datetime):
                assert loaded.utcoffset() == built.utcoffset(), where

    built = load_dossier(mission or mission_copy)
    same(built, load_dossier(mission or mission_copy), "dossier")
    assert len(builds) == 1  # the second was read from the cache


def test_a_changed_article_is_read_again(cache_home: Path, builds: list[Path], mission_copy: Path) -> None:
    load_dossier(mission_copy)
    article = mission_copy.parent / ARTICLE
    article.write_text(article.read_text(encoding="utf-8") + "\nA sentence added later.\n", encoding="utf-8")
    dossier = load_dossier(mission_copy)
    assert len(builds) == 2
    assert dossier.document("000").text.endswith("A sentence added later.\n")
    assert load_dossier(mission_copy) == dossier and len(builds) == 2  # and cached again


def test_a_changed_mission_file_is_read_again(cache_home: Path, builds: list[Path], mission_copy: Path) -> None:
    load_dossier(mission_copy)
    text = mission_copy.read_text(encoding="utf-8")
    mission_copy.write_text(text.replace('title = "Soyuz MS-19"', 'title = "Soyuz MS-19 (edited)"', 1), "utf-8")
    assert load_dossier(mission_copy).mission.title == "Soyuz MS-19 (edited)"
    assert len(builds) == 2


def test_a_mission_that_no_longer_builds_still_fails(cache_home: Path, mission_copy: Path) -> None:
    load_dossier(mission_copy)
    (mission_copy.parent / ARTICLE).write_text("date 2021-10-04 Nothing of what it said.\n", encoding="utf-8")
    with pytest.raises(MissionError):
        load_dossier(mission_copy)


def _rehashed(data: bytes, payload: bytes) -> bytes:
    """The cache file `data` with another payload, and the header's hash of it to match."""
    header = json.loads(data.partition(b"\n")[0]) | {"payload": cache._digest(payload)}
    return json.dumps(header).encode() + b"\n" + payload


def _payload_tampered(file: Path, change: dict[str, object]) -> None:
    """Rewrite the cached dossier with `change` and a payload hash that matches it."""
    head, _, payload = file.read_bytes().partition(b"\n")
    data = json.loads(payload)
    data["mission"].update(change)
    new_payload = json.dumps(data).encode()
    header = json.loads(head) | {"payload": cache._digest(new_payload)}
    file.write_bytes(json.dumps(header).encode() + b"\n" + new_payload)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: b"",
        lambda data: b"\x00\xff garbage \n\x00",
        lambda data: data.replace(b"Shkaplerov", b"Shkaplerow", 1),  # a flipped byte in the payload
        lambda data: b'{"format": "another program"}\n{}',
        lambda data: b"[]\n[]",
        lambda data: _rehashed(data, b"[" * 100_000 + b"]" * 100_000),  # JSON too deep to read
        lambda data: _rehashed(data, b'{"mission": 1}'),
    ],
    ids=["truncated", "empty", "garbage", "altered", "foreign", "not-an-object", "deep", "not-a-dossier"],
)
def test_a_corrupt_cache_is_ignored_and_rebuilt(
    cache_home: Path, builds: list[Path], mission_copy: Path, damage: Callable[[bytes], bytes]
) -> None:
    good = load_dossier(mission_copy)
    file = entry(cache_home)
    file.write_bytes(damage(file.read_bytes()))
    assert load_dossier(mission_copy) == good
    assert len(builds) == 2
    assert load_dossier(mission_copy) == good and len(builds) == 2  # rewritten whole


@pytest.mark.parametrize(
    "change",
    [{"title": 7}, {"title": None}, {"facts": {"a": 1}}, {"surplus": 1}, {"countdown_to": ["launch"]}],
    ids=["int-for-str", "null-for-str", "object-for-tuple", "extra-field", "list-for-str"],
)
def test_values_of_the_wrong_type_are_never_trusted(
    cache_home: Path, builds: list[Path], mission_copy: Path, change: dict[str, object]
) -> None:
    good = load_dossier(mission_copy)
    _payload_tampered(entry(cache_home), change)
    assert load_dossier(mission_copy) == good
    assert len(builds) == 2


def test_a_cache_from_another_version_is_not_used(
    cache_home: Path, builds: list[Path], mission_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_dossier(mission_copy)
    monkeypatch.setattr(cache, "__version__", "0.0.0-other")
    load_dossier(mission_copy)
    assert len(builds) == 2
    assert json.loads(entry(cache_home).read_bytes().partition(b"\n")[0])["version"] == "0.0.0-other"


def test_a_cache_from_another_dossier_schema_is_not_used(
    cache_home: Path, builds: list[Path], mission_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_dossier(mission_copy)
    monkeypatch.setattr(cache, "schema_fingerprint", lambda root: "another schema")
    load_dossier(mission_copy)
    assert len(builds) == 2


def test_the_schema_fingerprint_follows_a_change_deep_in_the_model() -> None:
    def tree(extra_field: bool, annotation: object = str) -> type[BaseModel]:
        leaf_fields: dict[str, object] = {"__annotations__": {"name": annotation}}
        if extra_field:
            leaf_fields["__annotations__"]["zone"] = str | None  # type: ignore[index]
            leaf_fields["zone"] = None
        leaf = type("Leaf", (BaseModel,), leaf_fields)
        branch = type("Branch", (BaseModel,), {"__annotations__": {"leaves": tuple[leaf, ...]}})  # type: ignore[valid-type]
        return type("Root", (BaseModel,), {"__annotations__": {"branch": branch | None}, "branch": None})

    base = schema_fingerprint(tree(False))
    assert base == schema_fingerprint(tree(False))
    assert base != schema_fingerprint(tree(True))
    assert base != schema_fingerprint(tree(False, int))
    assert schema_fingerprint(Dossier) == schema_fingerprint(Dossier)


def test_a_read_only_or_full_cache_folder_only_costs_speed(
    cache_home: Path, builds: list[Path], mission_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("soyuztui.dossier.fsio.tempfile.mkstemp", refuse)
    first = load_dossier(mission_copy)
    assert load_dossier(mission_copy) == first
    assert len(builds) == 2
    assert not list(cache_home.glob("*"))


def test_a_cache_folder_that_is_a_file_is_left_alone(cache_home: Path, builds: list[Path], mission_copy: Path) -> None:
    cache_home.parent.mkdir(parents=True)
    cache_home.write_text("not a folder", encoding="utf-8")
    load_dossier(mission_copy)
    load_dossier(mission_copy)
    assert len(builds) == 2
    assert cache_home.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_special_file_in_place_of_the_cache_is_neither_read_nor_replaced(
    cache_home: Path, builds: list[Path], mission_copy: Path
) -> None:
    load_dossier(mission_copy)
    file = entry(cache_home)
    file.unlink()
    os.mkfifo(file)
    load_dossier(mission_copy)  # would block forever if the FIFO were opened for reading
    assert len(builds) == 2
    assert file.is_fifo()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_cache_file_is_ignored(cache_home: Path, builds: list[Path], mission_copy: Path) -> None:
    load_dossier(mission_copy)
    entry(cache_home).chmod(0)
    load_dossier(mission_copy)
    assert len(builds) == 2


def test_no_cache_flag_and_environment(
    cache_home: Path, builds: list[Path], mission_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_dossier(mission_copy, use_cache=False)
    assert not cache_home.exists()
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    load_dossier(mission_copy)
    load_dossier(mission_copy)
    assert not cache_home.exists()
    assert len(builds) == 3
    assert cache.NO_CACHE_ENV == NO_CACHE_ENV  # the one name, re-exported where it is read


def test_check_and_export_verify_from_the_sources(
    cache_home: Path, mission_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cache that says something else (with matching hashes) shows in `summary`, never in
    `check` or `export`."""
    load_dossier(mission_copy)
    _payload_tampered(entry(cache_home), {"title": "Cached title"})
    mission = ["--mission", str(mission_copy)]
    assert main(["summary", *mission]) == 0
    assert "Cached title" in capsys.readouterr().out
    assert main(["--no-cache", "summary", *mission]) == 0
    assert "Cached title" not in capsys.readouterr().out
    assert main(["check", *mission]) == 0
    assert capsys.readouterr().out.startswith("ok: Soyuz MS-19:")
    assert main(["export", "--format", "json", *mission]) == 0
    assert json.loads(capsys.readouterr().out)["mission"]["title"] == "Soyuz MS-19"


def test_unsupported_field_types_are_refused_when_writing() -> None:
    class Odd(BaseModel):
        value: complex

    with pytest.raises(TypeError):
        cache._converter(Odd)
    with pytest.raises(TypeError):
        cache._dump(Odd.model_construct(value=1j))


WARM_START = """
import sys
from soyuztui.dossier.cache import load_dossier
from soyuztui.resources import default_mission
load_dossier(default_mission())
heavy = ("dateutil", "soyuztui.dossier.build", "soyuztui.dossier.sources.spec", "soyuztui.dossier.times.reader")
print(" ".join(sorted(name for name in sys.modules if name.startswith(heavy))))
"""


def test_a_warm_start_imports_neither_the_builder_nor_dateutil(cache_home: Path) -> None:
    def run() -> str:
        result = subprocess.run([sys.executable, "-c", WARM_START], capture_output=True, text=True, check=True)
        return result.stdout.strip()

    cold = run()
    assert "soyuztui.dossier.build" in cold and "dateutil" in cold  # the check can fail
    assert run() == ""
    assert build_dossier(default_mission()) == load_dossier(default_mission())


WARM_START_NEVER = (
    "dateutil", "soyuztui.dossier.build", "soyuztui.dossier.sources.spec", "soyuztui.dossier.sources.missionfile",
    "soyuztui.dossier.sources.collect", "soyuztui.dossier.times", "soyuztui.draft", "argparse",
)  # fmt: skip


def test_the_app_starts_warm_without_the_builder_or_dateutil(cache_home: Path) -> None:
    """The whole warm start, through the command line to the first frame (with no arguments, no parser either)."""

    def run() -> str:
        return imported_at_start(WARM_START_NEVER)

    assert "soyuztui.dossier.build" in run()  # cold: built, and cached
    assert run() == ""
