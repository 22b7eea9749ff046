"""Contains endpoint functions for accessing the API.

Operation modules are imported on first attribute access, so importing this package imports none of them.
"""

from typing import TYPE_CHECKING

from ...types import lazy_names

if TYPE_CHECKING:
    from . import create_service as create_service
    from . import delete_service as delete_service
    from . import list_service_update_logs as list_service_update_logs
    from . import list_services as list_services
    from . import show_service as show_service
    from . import show_service_monitor as show_service_monitor
    from . import update_service as update_service

# The loader is hidden from type checkers, which would otherwise accept any name of this package.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "create_service": ".create_service",
            "delete_service": ".delete_service",
            "list_service_update_logs": ".list_service_update_logs",
            "list_services": ".list_services",
            "show_service": ".show_service",
            "show_service_monitor": ".show_service_monitor",
            "update_service": ".update_service",
        },
    )
