"""Inference script of the demo classifier, in ModelArts' customize_service.py convention."""

import log
import numpy as np
from model_service.pytorch_model_service import PTServingBaseService

logger = log.getLogger(__name__)
FEATURES = ("sepal_length", "sepal_width", "petal_length", "petal_width")


class ClassifierService(PTServingBaseService):
    def __init__(self, model_name, model_path):
        super().__init__(model_name, model_path)
        with open(model_path, "rb") as handle:
            params = np.load(handle)
            self.weights, self.bias = params["weights"], params["bias"]
            self.mean, self.scale = params["mean"], params["scale"]
        logger.info("loaded %s", model_path)

    def _preprocess(self, data):
        records = data["data"]["req_data"]
        return np.array([[float(record[name]) for name in FEATURES] for record in records])

    def _inference(self, data):
        logits = ((data - self.mean) / self.scale) @ self.weights + self.bias
        return logits.argmax(axis=1)

    def _postprocess(self, data):
        return {"data": {"resp_data": [{"predict_label": int(label)} for label in data]}}
