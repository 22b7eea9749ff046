"""Training jobs: :class:`Estimator` creates and manages them, :class:`TrainingJob` is one job.

The documented import paths are ``modelarts_hl.estimatorV2`` (``Estimator``) and ``modelarts_hl.train_params``
(``TrainingFiles``, ``InputData``, ``OutputData``).
"""

from modelarts_hl.errors import JobFailedError

from .estimator import Estimator
from .framework import Framework
from .job import TrainingJob
from .logs import LogFollower
from .params import InputData, OutputData, TrainingFiles

__all__ = [
    "Estimator",
    "Framework",
    "InputData",
    "JobFailedError",
    "LogFollower",
    "OutputData",
    "TrainingFiles",
    "TrainingJob",
]
