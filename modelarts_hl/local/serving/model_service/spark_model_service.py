"""Base class of Spark MLlib inference scripts (Spark itself does not run here: override ``_inference``)."""

from __future__ import annotations

from .model_service import SingleNodeService

__all__ = ["SparkServingBaseService"]


class SparkServingBaseService(SingleNodeService):
    """``model_path`` is the saved pipeline folder."""
