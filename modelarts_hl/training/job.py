"""``TrainingJob``: one training job, and the operations on a job shared with ``Estimator(job_id=...)``."""

from __future__ import annotations

from modelarts_hl._core.documented import runs
from modelarts_hl.session import Session

from . import documented
from . import validation as check
from .documented import JobBase

__all__ = ["JobOperations", "TrainingJob"]


class JobOperations(JobBase):
    """The documented operations on one job (``get_job_info``, ``get_job_log``, ...)."""

    session: Session

    get_job_info = runs(documented.get_job_info)
    update_job_configs = runs(documented.update_job_configs)
    delete_job = runs(documented.delete_job)
    control_job = runs(documented.control_job)
    get_job_log = runs(documented.get_job_log)
    get_job_metrics = runs(documented.get_job_metrics)
    wait = runs(documented.wait)


class TrainingJob(JobOperations):
    """A training job created by :meth:`Estimator.fit` (or looked up by id): ``job_instance.job_id``."""

    def __init__(self, session: Session, job_id: str, job_name: str | None = None) -> None:
        self.session = check.check_session(session)
        self.job_id: str = check.job_id(job_id)
        self.job_name = job_name

    def __repr__(self) -> str:
        return f"TrainingJob(job_id={self.job_id!r}, job_name={self.job_name!r})"
