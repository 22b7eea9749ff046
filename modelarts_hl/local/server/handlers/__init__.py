"""API handlers of the local backend, one module per area; importing this package registers them all."""

from . import iam, inference, models, services, training

__all__ = ["iam", "inference", "models", "services", "training"]
