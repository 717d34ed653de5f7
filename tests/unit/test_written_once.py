"""Constants and helpers written once (issue 21): every user shares the one definition."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

import soyuztui
from soyuztui.lazy import lazy_attributes

SRC = Path(soyuztui.__file__).resolve().parent


@pytest.mark.parametrize(
    ("pattern", "home"),
    [
        (r"^EPOCH = ", "tui/clock.py"),
        (r"^NO_CACHE_ENV = ", "__init__.py"),
        (r"^\s*def __getattr__\(", "lazy.py"),
        (r"^def (read_regular|open_regular|user_folder|remove_stale_temporaries)\(", "dossier/fsio.py"),
        (r"\bS_ISREG\b", "dossier/fsio.py"),
    ],
)
def test_defined_in_one_place(pattern: str, home: str) -> None:
    found = sorted(
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if re.search(pattern, path.read_text(encoding="utf-8"), re.M)
    )
    allowed = {home, "dossier/cache.py", "dossier/sources/collect.py"} if "S_ISREG" in pattern else {home}
    assert set(found) <= allowed and home in found, found


@pytest.mark.parametrize("package", ["soyuztui.dossier", "soyuztui.export", "soyuztui.tui.screens"])
def test_lazy_packages_load_their_names_on_first_use(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        assert getattr(module, name) is not None
    with pytest.raises(AttributeError, match=f"module '{package}' has no attribute 'nothing'"):
        _ = module.nothing


def test_lazy_attributes_imports_the_home_module_only_when_asked() -> None:
    getter = lazy_attributes("somewhere", {"dumps": "json"})
    assert getter("dumps") is importlib.import_module("json").dumps
    with pytest.raises(AttributeError):
        getter("loads")
