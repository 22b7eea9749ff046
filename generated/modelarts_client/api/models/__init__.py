"""Contains endpoint functions for accessing the API.

Operation modules are imported on first attribute access, so importing this package imports none of them.
"""

from typing import TYPE_CHECKING

from ...types import lazy_names

if TYPE_CHECKING:
    from . import create_model as create_model
    from . import delete_model as delete_model
    from . import list_models as list_models
    from . import show_model as show_model

# The loader is hidden from type checkers, which would otherwise accept any name of this package.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "create_model": ".create_model",
            "delete_model": ".delete_model",
            "list_models": ".list_models",
            "show_model": ".show_model",
        },
    )
