"""``TrainingJob``: one training job; its operations are shared with ``Estimator(job_id=...)``."""

from __future__ import annotations

from modelarts_hl._core.documented import Synchronous
from modelarts_hl.session import Session

from . import validation as check
from .operations import TrainingJobBase

__all__ = ["TrainingJob"]


class TrainingJob(Synchronous, TrainingJobBase[Session]):
    """A training job created by :meth:`Estimator.fit` (or looked up by id): ``job_instance.job_id``."""

    _check_session = staticmethod(check.check_session)
