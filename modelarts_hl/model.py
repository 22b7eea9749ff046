"""The documented import path of the model and service classes.

``from modelarts_hl.model import Model, Predictor``
"""

from .models import Model, ModelDeletionError, ModelPublishError
from .services import DeploymentError, Predictor, ServiceError, Transformer

__all__ = [
    "DeploymentError",
    "Model",
    "ModelDeletionError",
    "ModelPublishError",
    "Predictor",
    "ServiceError",
    "Transformer",
]
