"""Contains endpoint functions for accessing the API.

Operation modules are imported on first attribute access, so importing this package imports none of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_training_job as create_training_job
    from . import delete_training_job as delete_training_job
    from . import list_training_job_engines as list_training_job_engines
    from . import list_training_job_flavors as list_training_job_flavors
    from . import list_training_jobs as list_training_jobs
    from . import show_training_job as show_training_job
    from . import show_training_job_log as show_training_job_log
    from . import show_training_job_metrics as show_training_job_metrics
    from . import terminate_training_job as terminate_training_job
    from . import update_training_job as update_training_job

_MODULES = frozenset(
    {
        "create_training_job",
        "delete_training_job",
        "list_training_job_engines",
        "list_training_job_flavors",
        "list_training_jobs",
        "show_training_job",
        "show_training_job_log",
        "show_training_job_metrics",
        "terminate_training_job",
        "update_training_job",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted(_MODULES)
