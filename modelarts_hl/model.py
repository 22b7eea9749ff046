"""The documented import path of the model and service classes.

``from modelarts_hl.model import Model, Predictor``
"""

from modelarts_hl.errors import DeploymentError, ModelDeletionError, ModelPublishError, ServiceError
from modelarts_hl.inference import Model, Predictor, Transformer

__all__ = [
    "DeploymentError",
    "Model",
    "ModelDeletionError",
    "ModelPublishError",
    "Predictor",
    "ServiceError",
    "Transformer",
]
