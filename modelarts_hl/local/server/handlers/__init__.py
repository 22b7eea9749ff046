"""API handlers of the local backend, one module per area; :data:`OPERATIONS` holds them all."""

from ..registry import Operations
from . import iam, inference, models, services, training

__all__ = ["OPERATIONS"]

OPERATIONS = Operations.joined(iam.api, training.api, models.api, services.api, inference.api)
