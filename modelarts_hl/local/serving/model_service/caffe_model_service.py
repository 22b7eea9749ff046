"""Base class of Caffe inference scripts (Caffe itself does not run here: override ``_inference``)."""

from __future__ import annotations

from .model_service import SingleNodeService

__all__ = ["CaffeBaseService"]


class CaffeBaseService(SingleNodeService):
    """``model_path`` is the model folder."""
