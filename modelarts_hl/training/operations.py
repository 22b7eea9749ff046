"""The documented methods of training jobs, stated once for both APIs: each made from its planner
(:mod:`.documented`) by :mod:`modelarts_hl._core.documented`, it runs the plan on a synchronous class
(``Estimator``, ``TrainingJob``) and awaits it on an asyncio one (``modelarts_hl.aio``'s).
"""

from __future__ import annotations

from collections.abc import Callable

from modelarts_hl._core.documented import Method, SessionCall, SessionListing

from . import documented
from . import validation as check
from .documented import EstimatorBase, JobBase, JobT, SessionT

__all__ = ["EstimatorOperations", "JobOperations", "TrainingJobBase"]


class JobOperations(JobBase[SessionT]):
    """The documented operations on one job (``get_job_info``, ``get_job_log``, ...)."""

    get_job_info = Method(documented.get_job_info)
    update_job_configs = Method(documented.update_job_configs)
    delete_job = Method(documented.delete_job)
    control_job = Method(documented.control_job)
    get_job_log = Method(documented.get_job_log)
    get_job_metrics = Method(documented.get_job_metrics)
    wait = Method(documented.wait)


class TrainingJobBase(JobOperations[SessionT]):
    """A training job created by ``Estimator.fit`` (or looked up by id): ``job_instance.job_id``."""

    _check_session: Callable[[object], SessionT]

    def __init__(self, session: SessionT, job_id: str, job_name: str | None = None) -> None:
        self.session = type(self)._check_session(session)
        self.job_id: str = check.job_id(job_id)
        self.job_name = job_name

    def __repr__(self) -> str:
        return f"TrainingJob(job_id={self.job_id!r}, job_name={self.job_name!r})"


class EstimatorOperations(EstimatorBase[SessionT, JobT], JobOperations[SessionT]):
    """An Estimator's documented calls, but ``fit`` (whose job class is each API's own): the operations on
    its job, and the calls on the class for the project's jobs and catalogs.
    """

    get_job_list = SessionCall(documented.get_job_list)
    iter_jobs = SessionListing(documented.iter_jobs)
    delete_job_by_id = SessionCall(documented.delete_job_by_id)
    control_job_by_id = SessionCall(documented.control_job_by_id)
    get_train_instance_types = SessionCall(documented.get_train_instance_types)
    get_framework_list = SessionCall(documented.get_framework_list)
