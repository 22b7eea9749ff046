"""Package attributes imported on first use (PEP 562), so that importing a package stays cheap."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager, nullcontext
from importlib import import_module
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str,
    exports: Mapping[str, str],
    guard: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: each name of ``exports`` is imported from its module (relative to
    the package) when first asked for, inside ``guard()`` (which may turn an ImportError into a clearer one),
    then kept in the package."""

    def __getattr__(name: str) -> Any:
        try:
            module = exports[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        with guard():
            value = getattr(import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
