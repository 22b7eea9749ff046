"""Contains endpoint functions for accessing the API.

Operation modules are imported on first attribute access, so importing this package imports none of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_temporary_credentials as create_temporary_credentials
    from . import create_user_token as create_user_token

_MODULES = frozenset(
    {
        "create_temporary_credentials",
        "create_user_token",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(_MODULES)
