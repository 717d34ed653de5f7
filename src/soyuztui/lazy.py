"""Names of a package loaded on first use: one module-level `__getattr__` for every package that wants it.

A package lists where each public name lives; importing the package then costs nothing,
and `package.Name` imports its home module only when first asked for (PEP 562).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module

__all__ = ["lazy_attributes"]


def lazy_attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], object]:
    """A module `__getattr__` for `package`: each name in `homes` from the module named beside it."""

    def __getattr__(name: str) -> object:
        if name in homes:
            return getattr(import_module(homes[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
