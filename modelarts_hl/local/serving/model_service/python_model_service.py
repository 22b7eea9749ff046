"""Base class of XGBoost and Scikit_Learn inference scripts.

Unlike the deep-learning bases, ``_preprocess`` receives the request body as the raw JSON *text*, as on
ModelArts, so scripts written for it call ``json.loads(data)`` themselves.
"""

from __future__ import annotations

import json
import pickle
from typing import Any

from .model_service import ModelService

__all__ = ["XgSklServingBaseService"]


class XgSklServingBaseService(ModelService):
    """``model_path`` is the model file (pickle or joblib), loaded on first use into ``self.model``.

    The defaults read ``{"data": {"req_data": [{...}, ...]}}``, predict one row per record (values in the
    order of their keys) and answer ``[{"predictresult": value}, ...]``.
    """

    raw_json_input = True

    def __init__(self, model_name: str, model_path: str | None = None) -> None:
        super().__init__(model_name, model_path)
        self._model: Any = None

    @property
    def model(self) -> Any:
        if self._model is None:
            self._model = _load(self.model_path)
        return self._model

    @model.setter
    def model(self, value: Any) -> None:
        self._model = value

    def _preprocess(self, data: Any) -> Any:
        body = json.loads(data) if isinstance(data, str | bytes) else data
        records = body["data"]["req_data"]
        return [list(record.values()) for record in records]

    def _inference(self, data: Any) -> Any:
        return self.model.predict(data)

    def _postprocess(self, data: Any) -> Any:
        values = data.tolist() if hasattr(data, "tolist") else list(data)
        return [{"predictresult": value} for value in values]


def _load(path: str) -> Any:
    try:
        import joblib  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    return joblib.load(path)
