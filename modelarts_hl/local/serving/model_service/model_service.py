"""The generic inference service: ``inference(data)`` runs ``_preprocess``, ``_inference``, ``_postprocess``.

Scripts for MindSpore and custom engines subclass :class:`SingleNodeService`; the engine-specific base classes
of the sibling modules derive from it too.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = ["ModelService", "SingleNodeService"]


class ModelService:
    """One loaded model. ``model_path`` is the model folder, or the model file for engines that load one file.

    Deep-learning engines construct services as ``cls(model_name, model_path)``, machine-learning engines as
    ``cls(model_path)``; both forms are accepted here.
    """

    def __init__(self, model_name: str, model_path: str | None = None) -> None:
        if model_path is None:
            model_path, model_name = (
                model_name,
                os.path.basename(os.path.dirname(os.path.abspath(model_name))),
            )
        self.model_name = model_name
        self.model_path = model_path

    def inference(self, data: Any) -> Any:
        """Answers one request: the request body in, the reply body out."""
        return self._postprocess(self._inference(self._preprocess(data)))

    def _preprocess(self, data: Any) -> Any:
        return data

    def _inference(self, data: Any) -> Any:
        raise NotImplementedError(
            f"{type(self).__name__} does not implement _inference, and its base class cannot run this model"
        )

    def _postprocess(self, data: Any) -> Any:
        return data

    def ping(self) -> str:
        return "OK"

    def signature(self) -> dict[str, Any]:
        return {}


class SingleNodeService(ModelService):
    """Base class of MindSpore and generic inference scripts."""
