"""Training jobs in asyncio: ``Estimator`` and ``TrainingJob`` with the documented names and arguments, every
call awaited (``job = await estimator.fit(inputs=..., wait=True, show_log=True)``).
``Estimator.iter_jobs(session, ...)`` is an async iterator.
"""

from __future__ import annotations

from modelarts_hl._core.documented import Asynchronous, aruns
from modelarts_hl.training import documented
from modelarts_hl.training.operations import EstimatorOperations, TrainingJobBase

from .session import AsyncSession, check_async_session

__all__ = ["Estimator", "TrainingJob"]


class TrainingJob(Asynchronous, TrainingJobBase[AsyncSession]):
    """A training job created by :meth:`Estimator.fit` (or looked up by id): ``job_instance.job_id``."""

    _check_session = staticmethod(check_async_session)


class Estimator(Asynchronous, EstimatorOperations[AsyncSession, TrainingJob]):
    """Describes training jobs to create with :meth:`fit` (awaited), or (with ``job_id``) one existing job."""

    _job_class = TrainingJob
    _check_session = staticmethod(check_async_session)
    fit = aruns(documented.fit)
