"""Contains endpoint functions for accessing the API.

Operation modules are imported on first attribute access, so importing this package imports none of them.
"""

from typing import TYPE_CHECKING

from ...types import lazy_names

if TYPE_CHECKING:
    from . import run_inference as run_inference
    from . import run_inference_at_path as run_inference_at_path

# The loader is hidden from type checkers, which would otherwise accept any name of this package.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "run_inference": ".run_inference",
            "run_inference_at_path": ".run_inference_at_path",
        },
    )
