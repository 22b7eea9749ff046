"""Contains endpoint functions for accessing the API.

Operation modules are imported on first attribute access, so importing this package imports none of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import run_inference as run_inference
    from . import run_inference_at_path as run_inference_at_path

_MODULES = frozenset(
    {
        "run_inference",
        "run_inference_at_path",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(_MODULES)
