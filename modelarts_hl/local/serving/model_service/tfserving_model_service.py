"""Base class of TensorFlow inference scripts."""

from __future__ import annotations

from typing import Any

from .model_service import SingleNodeService

__all__ = ["TfServingBaseService"]


class TfServingBaseService(SingleNodeService):
    """``model_path`` is the SavedModel folder.

    ModelArts answers the default ``_inference`` with TensorFlow Serving, which does not run here: scripts
    that rely on it must override ``_inference`` to run locally.
    """

    def _inference(self, data: Any) -> Any:
        raise NotImplementedError(
            "TensorFlow Serving is not available in the local backend: override _inference to run the model"
        )
