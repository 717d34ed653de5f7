"""A cache of verified dossiers, so a second start skips reading and verifying the sources.

After a successful build the dossier is written as JSON (article texts included) to the
user's cache folder, one file per mission file. A later start reads it back only if
everything the build depended on is byte-for-byte the same: the mission file and every
article (sha256), soyuz-tui's version, the dossier's schema (every model's fields and
their types, so a change to the model changes the key by itself) and the dossier
package's own source files. A hit makes the models with `model_construct` from the JSON:
the builder, the mission-file schema and the time reader are not imported at all.

The cache is only ever a shortcut. A file that is corrupt, truncated, from another
version or another program, or unreadable is ignored and the dossier is built again; a
cache folder that cannot be written only costs the speed. JSON, never pickle: nothing in
the cache can run code, and every value read back is checked against the model's types.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import json
import os
import stat
import sys
import types
import typing
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from soyuztui import NO_CACHE_ENV, __version__
from soyuztui.dossier import fsio
from soyuztui.dossier.invariants import broken_invariant
from soyuztui.dossier.model import Dossier
from soyuztui.dossier.sources.bounds import MAX_MISSION_BYTES
from soyuztui.dossier.sources.documents import MAX_DOCUMENT_BYTES

__all__ = ["NO_CACHE_ENV", "cache_enabled", "cache_folder", "load_dossier", "schema_fingerprint"]

_FORMAT = "soyuz-tui dossier cache 2"
_PACKAGE = Path(__file__).resolve().parent
#: The header line names every article (path and sha256): 10,000 of them fit with room.
_HEADER_LIMIT = 16 * 1024 * 1024
#: A dossier holds its sources' text once, spans of it and what the mission file states:
#: an entry larger than this many times its sources (plus a margin) is not one of ours.
_PAYLOAD_FACTOR = 8
_PAYLOAD_MARGIN = 1024 * 1024
_warned = False


class _Unusable(ValueError):
    """The cache file cannot be used; the dossier is built instead."""


def cache_enabled(flag: bool = True) -> bool:
    """Whether the cache is used: `flag` (False for `--no-cache`) and no SOYUZ_NO_CACHE."""
    return flag and os.environ.get(NO_CACHE_ENV, "") in ("", "0")


def cache_folder() -> Path | None:
    """The user's private cache folder (made if missing), or None when it cannot be trusted.

    A folder that is a symlink, someone else's or writable by others is neither read nor
    written (as ssh treats `~/.ssh`): the dossier is built from its sources, and the
    first time in a process one line on stderr says why.
    """
    try:
        return fsio.private_folder("cache")
    except fsio.UnsafeFolder as error:
        _warn_once(str(error))
    except OSError:
        pass  # no home, or a read-only one: the cache only costs the speed
    return None


def _warn_once(reason: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        from soyuztui.dossier.errors import visible

        print(
            f"soyuz-tui: cache not used: {visible(reason)}; the dossier is verified from its sources", file=sys.stderr
        )


def load_dossier(path: Path | str, *, use_cache: bool = True) -> Dossier:
    """The verified dossier of the mission file at `path`.

    From the cache when the mission file, its articles and soyuz-tui are unchanged since
    it was written; otherwise built by `build_dossier` (raising `MissionError` on bad
    input, exactly as it does) and, if `use_cache`, written to the cache for next time.
    """
    path = Path(path)
    folder = cache_folder() if cache_enabled(use_cache) else None
    entry = None
    if folder is not None:
        try:
            entry = folder / f"dossier-{_digest(str(path.resolve()).encode())[:32]}.json"
            return _read(entry, path)
        except fsio.UnsafeFolder as error:
            _warn_once(str(error))
        except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError, RuntimeError):
            pass  # a miss, or a cache that cannot be trusted (RuntimeError: a symlink loop)
    from soyuztui.dossier.build import build_dossier

    mission_bytes = b""
    if entry is not None:
        try:
            mission_bytes = fsio.read_regular(path, MAX_MISSION_BYTES)
        except (OSError, ValueError):
            entry = None  # the builder says what is wrong with it
    dossier = build_dossier(path)
    if entry is not None:
        try:
            _write(entry, path, mission_bytes, dossier)
        except (OSError, ValueError, TypeError):
            pass  # a read-only or full cache folder only costs the speed
    return dossier


# -- the key ---------------------------------------------------------------


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _header(mission_sha256: str, articles: list[list[str]]) -> dict[str, Any]:
    return {
        "format": _FORMAT,
        "version": __version__,
        "schema": schema_fingerprint(Dossier),
        "code": _code_fingerprint(),
        "mission": mission_sha256,
        "articles": articles,
    }


def _payload_limit(source_bytes: int) -> int:
    """The largest payload a dossier built from `source_bytes` of sources may have."""
    return _PAYLOAD_FACTOR * source_bytes + _PAYLOAD_MARGIN


@cache
def schema_fingerprint(root: type[BaseModel]) -> str:
    """A hash of every model reachable from `root`: class names, field names, types and defaults."""
    lines = []
    for model in _models(root):
        lines.append(f"{model.__module__}.{model.__qualname__}")
        for name, field in model.model_fields.items():
            default = "required" if field.is_required() else repr(field.get_default(call_default_factory=False))
            lines.append(f"  {name}: {field.annotation!r} = {default}")
    return _digest("\n".join(lines).encode())


def _models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """`root` and every model its fields hold, at any depth, each once."""
    seen: dict[type[BaseModel], None] = {}
    pending = [root]
    while pending:
        model = pending.pop()
        if model in seen:
            continue
        seen[model] = None
        for field in model.model_fields.values():
            pending.extend(_nested_models(field.annotation))
    return list(seen)


def _nested_models(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _nested_models(argument)


@cache
def _code_fingerprint() -> str:
    """Name, size and modification time of every source file of the dossier package.

    The version number does not change while the builder is being worked on; this does,
    so a cache never outlives the code that verified it.
    """
    entries = []
    for folder, names, files in os.walk(_PACKAGE):
        names[:] = sorted(name for name in names if name != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                info = os.stat(os.path.join(folder, name))
                entries.append(
                    f"{os.path.relpath(os.path.join(folder, name), _PACKAGE)} {info.st_size} {info.st_mtime_ns}"
                )
    return _digest("\n".join(entries).encode())


# -- reading ---------------------------------------------------------------


def _read(entry: Path, mission: Path) -> Dossier:
    """The dossier in `entry`, if it is ours, private, whole and written for these sources."""
    with fsio.open_regular(entry, follow_links=False) as stream:
        info = os.fstat(stream.fileno())
        if not fsio.is_private(info):
            raise fsio.UnsafeFolder(f"{entry} is owned by another user or writable by others")
        head = stream.readline(_HEADER_LIMIT + 1)
        if not head.endswith(b"\n"):
            raise _Unusable("no header line")
        header = json.loads(head)
        if not isinstance(header, dict):
            raise _Unusable("not a header")
        articles = header["articles"]
        mission_bytes = fsio.read_regular(mission, MAX_MISSION_BYTES)
        if header != {**_header(_digest(mission_bytes), articles), "payload": header.get("payload")}:
            raise _Unusable("written for other sources or another soyuz-tui")
        source_bytes = len(mission_bytes) + _check_articles(mission, articles)
        # The size is checked before a byte of the payload is read.
        limit = _payload_limit(source_bytes)
        if info.st_size - len(head) > limit:
            raise _Unusable("larger than its sources could need")
        payload = stream.read(limit + 1)
    if len(payload) > limit or header["payload"] != _digest(payload):
        raise _Unusable("truncated or altered")
    dossier = _converter(Dossier)(json.loads(payload))
    if not isinstance(dossier, Dossier):
        raise _Unusable("not a dossier")
    if broken := broken_invariant(dossier):
        raise _Unusable(broken)
    return dossier


def _check_articles(mission: Path, articles: Any) -> int:
    """The articles' total size, raising `_Unusable` if one has changed or lies outside the folder."""
    folder = mission.parent.resolve()
    total = 0
    for relative, sha256 in _list(articles):
        article = (mission.parent / relative).resolve()
        if not article.is_relative_to(folder):
            raise _Unusable(f"article {relative!r} outside the mission's folder")
        data = fsio.read_regular(article, MAX_DOCUMENT_BYTES)
        if _digest(data) != sha256:
            raise _Unusable(f"article {relative!r} changed")
        total += len(data)
    return total


@cache
def _converter(annotation: Any) -> Callable[[Any], Any]:
    """A function turning JSON into a value of type `annotation`, checking it on the way."""
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _converter(arguments[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _MODEL_CONVERTERS.get(annotation) or _model_converter(annotation)
    if origin in (typing.Union, types.UnionType):
        return _union_converter(arguments)
    if origin is typing.Literal:
        return _checked(lambda value: value in arguments and type(value) in (str, int, bool), annotation)
    if origin is tuple:
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            item = _converter(arguments[0])
            return lambda value: tuple(item(v) for v in _list(value))
        items = [_converter(argument) for argument in arguments]
        return lambda value: tuple(convert(v) for convert, v in zip(items, _list(value, len(items)), strict=True))
    if origin in (list, frozenset, set):
        item, kind = _converter(arguments[0]), origin
        return lambda value: kind(item(v) for v in _list(value))
    if origin is dict:
        key, item = _converter(arguments[0]), _converter(arguments[1])
        return lambda value: {key(k): item(v) for k, v in _dict(value).items()}
    if annotation is type(None):
        return _checked(lambda value: value is None, annotation)
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return lambda value: annotation(value)
    raise TypeError(f"the dossier cache cannot hold a {annotation!r}")


def _model_converter(model: type[BaseModel]) -> Callable[[Any], Any]:
    fields: list[tuple[str, Callable[[Any], Any]]] = []

    def convert(value: Any) -> BaseModel:
        value = _dict(value)
        if len(value) != len(fields):
            raise _Unusable(f"{model.__name__}: other fields")
        return model.model_construct(**{name: field(value[name]) for name, field in fields})

    # Filled after `convert` exists, so a model that holds itself does not recurse forever.
    _MODEL_CONVERTERS[model] = convert
    fields += [(name, _converter(typing.cast(Any, field.annotation))) for name, field in model.model_fields.items()]
    return convert


_MODEL_CONVERTERS: dict[type[BaseModel], Callable[[Any], Any]] = {}


def _union_converter(arguments: tuple[Any, ...]) -> Callable[[Any], Any]:
    others = tuple(argument for argument in arguments if argument is not type(None))
    if len(others) == 1 and len(arguments) == 2:  # X | None, the common case, without trying arms
        inner = _converter(others[0])
        return lambda value: None if value is None else inner(value)
    arms = [_converter(argument) for argument in arguments]

    def convert(value: Any) -> Any:
        for arm in arms:
            try:
                return arm(value)
            except (_Unusable, ValueError, TypeError):
                continue
        raise _Unusable(f"{value!r:.40} is none of {arguments}")

    return convert


def _checked(test: Callable[[Any], bool], annotation: Any) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if not test(value):
            raise _Unusable(f"{value!r:.40} is not a {annotation!r}")
        return value

    return convert


def _list(value: Any, length: int | None = None) -> list[Any]:
    if not isinstance(value, list) or (length is not None and len(value) != length):
        raise _Unusable("expected a list")
    return value


def _dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Unusable("expected an object")
    return value


def _datetime(value: Any) -> datetime:
    # A datetime is always written with its time, so "2021-10-05" is never read as midnight.
    if not isinstance(value, str) or "T" not in value:
        raise _Unusable(f"{value!r:.40} is not a date and time")
    return datetime.fromisoformat(value)


def _float(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _Unusable(f"{value!r:.40} is not a number")
    return float(value)


def _date(value: Any) -> date:
    if not isinstance(value, str) or "T" in value:
        raise _Unusable(f"{value!r:.40} is not a date")
    return date.fromisoformat(value)


def _exactly(kind: type) -> Callable[[Any], Any]:
    """JSON gives exactly str, int or bool (never a subclass; True is no int here)."""

    def convert(value: Any) -> Any:
        if type(value) is not kind:
            raise _Unusable(f"{value!r:.40} is not a {kind.__name__}")
        return value

    return convert


_SCALARS: dict[Any, Callable[[Any], Any]] = {
    str: _exactly(str),
    int: _exactly(int),
    bool: _exactly(bool),
    float: _float,
    datetime: _datetime,
    date: _date,
    timedelta: lambda value: timedelta(seconds=_float(value)),
    Any: lambda value: value,
}


# -- writing ---------------------------------------------------------------


def _write(entry: Path, mission: Path, mission_bytes: bytes, dossier: Dossier) -> None:
    if fsio.read_regular(mission, MAX_MISSION_BYTES) != mission_bytes:
        return  # the mission file changed during the build: what was built matches neither
    articles = [[document.path, document.sha256] for document in dossier.documents]
    payload = json.dumps(_dump(dossier), ensure_ascii=False, separators=(",", ":")).encode()
    _converter(Dossier)  # raises TypeError now if the model holds a type the cache cannot read back
    source_bytes = len(mission_bytes) + sum(len(document.text.encode()) for document in dossier.documents)
    if len(payload) > _payload_limit(source_bytes):
        return  # never write what a read would refuse
    header = {**_header(_digest(mission_bytes), articles), "payload": _digest(payload)}
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(os.lstat(entry).st_mode):
            return  # never replace what is not a cache file of ours
    fsio.write_atomically(entry, json.dumps(header, separators=(",", ":")).encode() + b"\n" + payload, 0o600)


def _dump(value: Any) -> Any:
    """`value` as JSON data: every field of every model (article texts too), dates in ISO."""
    if isinstance(value, BaseModel):
        return {name: _dump(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, tuple | list | set | frozenset):
        return [_dump(item) for item in value]
    if isinstance(value, dict):
        return {_dump(key): _dump(item) for key, item in value.items()}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"the dossier cache cannot hold a {type(value).__name__}")
