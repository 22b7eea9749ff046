"""Contains endpoint functions for accessing the API.

Operation modules are imported on first attribute access, so importing this package imports none of them.
"""

from typing import TYPE_CHECKING

from ...types import lazy_names

if TYPE_CHECKING:
    from . import create_temporary_credentials as create_temporary_credentials
    from . import create_user_token as create_user_token

# The loader is hidden from type checkers, which would otherwise accept any name of this package.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "create_temporary_credentials": ".create_temporary_credentials",
            "create_user_token": ".create_user_token",
        },
    )
