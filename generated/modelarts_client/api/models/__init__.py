"""Contains endpoint functions for accessing the API.

Operation modules are imported on first attribute access, so importing this package imports none of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_model as create_model
    from . import delete_model as delete_model
    from . import list_models as list_models
    from . import show_model as show_model

_MODULES = frozenset(
    {
        "create_model",
        "delete_model",
        "list_models",
        "show_model",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(_MODULES)
