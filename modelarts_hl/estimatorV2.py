"""The documented import path of the Estimator: ``from modelarts_hl.estimatorV2 import Estimator``."""

from modelarts_hl.errors import JobFailedError
from modelarts_hl.training import Estimator, TrainingJob

__all__ = ["Estimator", "JobFailedError", "TrainingJob"]
