"""Contains endpoint functions for accessing the API.

Operation modules are imported on first attribute access, so importing this package imports none of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_service as create_service
    from . import delete_service as delete_service
    from . import list_service_update_logs as list_service_update_logs
    from . import list_services as list_services
    from . import show_service as show_service
    from . import show_service_monitor as show_service_monitor
    from . import update_service as update_service

_MODULES = frozenset(
    {
        "create_service",
        "delete_service",
        "list_service_update_logs",
        "list_services",
        "show_service",
        "show_service_monitor",
        "update_service",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(_MODULES)
