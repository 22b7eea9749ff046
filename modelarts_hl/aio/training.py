"""Training jobs in asyncio: ``Estimator`` and ``TrainingJob`` with the documented names and arguments, every
call awaited (``job = await estimator.fit(inputs=..., wait=True, show_log=True)``).
``Estimator.iter_jobs(session, ...)`` is an async iterator.
"""

from __future__ import annotations

from modelarts_hl._core.documented import aiterates_at_session, aruns, aruns_at_session
from modelarts_hl.training import documented
from modelarts_hl.training import validation as check
from modelarts_hl.training.documented import EstimatorBase, JobBase

from .session import AsyncSession, check_async_session

__all__ = ["Estimator", "TrainingJob"]


class JobOperations(JobBase):
    """The documented operations on one job, awaited."""

    session: AsyncSession

    get_job_info = aruns(documented.get_job_info)
    update_job_configs = aruns(documented.update_job_configs)
    delete_job = aruns(documented.delete_job)
    control_job = aruns(documented.control_job)
    get_job_log = aruns(documented.get_job_log)
    get_job_metrics = aruns(documented.get_job_metrics)
    wait = aruns(documented.wait)


class TrainingJob(JobOperations):
    """A training job created by :meth:`Estimator.fit` (or looked up by id): ``job_instance.job_id``."""

    def __init__(self, session: AsyncSession, job_id: str, job_name: str | None = None) -> None:
        self.session = check_async_session(session)
        self.job_id: str = check.job_id(job_id)
        self.job_name = job_name

    def __repr__(self) -> str:
        return f"TrainingJob(job_id={self.job_id!r}, job_name={self.job_name!r})"


class Estimator(EstimatorBase, JobOperations):
    """Describes training jobs to create with :meth:`fit` (awaited), or (with ``job_id``) one existing job."""

    session: AsyncSession
    _job_class = TrainingJob
    _check_session = staticmethod(check_async_session)

    fit = aruns(documented.fit)

    get_job_list = staticmethod(aruns_at_session(documented.get_job_list, check_async_session))
    iter_jobs = staticmethod(aiterates_at_session(documented.iter_jobs, check_async_session))
    delete_job_by_id = staticmethod(aruns_at_session(documented.delete_job_by_id, check_async_session))
    control_job_by_id = staticmethod(aruns_at_session(documented.control_job_by_id, check_async_session))
    get_train_instance_types = staticmethod(
        aruns_at_session(documented.get_train_instance_types, check_async_session)
    )
    get_framework_list = staticmethod(aruns_at_session(documented.get_framework_list, check_async_session))
