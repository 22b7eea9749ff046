"""Names a package exports but imports on first use (PEP 562 module ``__getattr__``).

A package whose names pull in heavy libraries (the OBS SDK, the generated models) stays cheap to import for
code that needs only a light part of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``exports`` maps a name to the (relative) module defining it.

    The first access imports the module and stores the value in the package, so later ones are plain look-ups.
    """
    namespace = import_module(package).__dict__

    def __getattr__(name: str) -> Any:
        try:
            module = exports[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(import_module(module, package), name)
        namespace[name] = value
        return value

    return __getattr__
