"""Contains endpoint functions for accessing the API.

Operation modules are imported on first attribute access, so importing this package imports none of them.
"""

from typing import TYPE_CHECKING

from ...types import lazy_names

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

# The loader is hidden from type checkers, which would otherwise accept any name of this package.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "create_training_job": ".create_training_job",
            "delete_training_job": ".delete_training_job",
            "list_training_job_engines": ".list_training_job_engines",
            "list_training_job_flavors": ".list_training_job_flavors",
            "list_training_jobs": ".list_training_jobs",
            "show_training_job": ".show_training_job",
            "show_training_job_log": ".show_training_job_log",
            "show_training_job_metrics": ".show_training_job_metrics",
            "terminate_training_job": ".terminate_training_job",
            "update_training_job": ".update_training_job",
        },
    )
