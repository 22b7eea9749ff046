"""Base class of PyTorch inference scripts."""

from __future__ import annotations

from typing import Any

from .model_service import SingleNodeService

__all__ = ["PTServingBaseService"]


class PTServingBaseService(SingleNodeService):
    """``model_path`` is the model file; scripts load it (``torch.load``) into ``self.model`` themselves.

    The default ``_inference`` calls ``self.model`` on every value of the preprocessed dict.
    """

    model: Any = None

    def _inference(self, data: Any) -> Any:
        if self.model is None:
            raise NotImplementedError(
                f"{type(self).__name__} sets no self.model and does not override _inference"
            )
        return {key: self.model(value) for key, value in data.items()}
