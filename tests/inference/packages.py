"""Model packages the tests deploy: tiny numpy models with the inference scripts ModelArts users write."""

from __future__ import annotations

import json
import pickle
import textwrap
from pathlib import Path
from typing import Any

import numpy as np

# The linear model y = x . WEIGHTS + BIAS.
WEIGHTS = np.array([0.5, -1.0, 2.0])
BIAS = 0.25

FILE_API = {
    "url": "/",
    "method": "post",
    "request": {
        "Content-type": "multipart/form-data",
        "data": {"type": "object", "properties": {"images": {"type": "file"}}},
    },
    "response": {
        "Content-type": "application/json",
        "data": {"type": "object", "properties": {"predictions": {"type": "array"}}},
    },
}

# A second API at another path: the numbers of an uploaded text file, answered as plain text.
TEXT_API = {
    "url": "/v2/numbers",
    "method": "post",
    "request": {
        "Content-type": "multipart/form-data",
        "data": {"type": "object", "properties": {"numbers": {"type": "file"}}},
    },
    "response": {"Content-type": "text/plain", "data": {"type": "string"}},
}

LINEAR_SERVICE = '''
import os

import numpy as np

import log
from model_service.pytorch_model_service import PTServingBaseService

from . import features

logger = log.getLogger(__name__)


class LinearService(PTServingBaseService):
    """model_path is the model file (linear.pth), as for PyTorch models."""

    def __init__(self, model_name, model_path):
        super().__init__(model_name, model_path)
        with open(model_path, "rb") as handle:
            params = np.load(handle)
        self.weights, self.bias = params[:-1], params[-1]
        self.tag = os.environ.get("MODEL_TAG", "untagged")
        logger.info("loaded %s from %s", model_name, model_path)

    def _preprocess(self, data):
        if isinstance(data, list):
            return {"rows": data}
        if "numbers" in data:
            name, handle = next(iter(data["numbers"].items()))
            return {"rows": [features.parse(handle.read())], "text": True}
        if "images" in data:
            name, handle = next(iter(data["images"].items()))
            return {"rows": [features.parse(handle.read())], "file": name}
        if "data" in data:
            rows = [[record["a"], record["b"], record["c"]] for record in data["data"]["req_data"]]
            return {"rows": rows}
        return {"rows": data["inputs"]}

    def _inference(self, data):
        data["predictions"] = np.asarray(data.pop("rows"), dtype=float) @ self.weights + self.bias
        return data

    def _postprocess(self, data):
        if data.get("text"):
            return " ".join(f"{value:.2f}" for value in data["predictions"])
        data["tag"] = self.tag
        return data
'''

FEATURES = """
def parse(content):
    return [float(value) for value in content.decode("utf-8").split()]
"""

RAW_JSON_SERVICE = """
import json

from model_service.python_model_service import XgSklServingBaseService


class RawJsonService(XgSklServingBaseService):
    def _preprocess(self, data):
        # As on ModelArts, Scikit_Learn services receive the request body as JSON text.
        assert isinstance(data, str), type(data)
        return [list(record.values()) for record in json.loads(data)["data"]["req_data"]]

    def _inference(self, data):
        return [sum(w * x for w, x in zip(self.model["weights"], row)) for row in data]
"""

BROKEN_SERVICE = """
from model_service.model_service import SingleNodeService


class BrokenService(SingleNodeService):
    def __init__(self, model_name, model_path):
        super().__init__(model_name, model_path)
        raise RuntimeError("the weights file is corrupt")
"""


def write_package(root: Path, files: dict[str, Any]) -> Path:
    """Writes ``root/model/<name>`` for each file (text, bytes or a JSON-able dict) and returns ``root``."""
    model = root / "model"
    model.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = model / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(textwrap.dedent(content), encoding="utf-8")
        else:
            path.write_text(json.dumps(content), encoding="utf-8")
    return root


def linear_params() -> bytes:
    from io import BytesIO

    buffer = BytesIO()
    np.save(buffer, np.append(WEIGHTS, BIAS))
    return buffer.getvalue()


def linear_package(root: Path) -> Path:
    """A PyTorch-typed package running a numpy linear model (JSON object or array, multipart and CSV-shaped
    input at /; a text file at /v2/numbers, answered as text).
    """
    return write_package(
        root,
        {
            "customize_service.py": LINEAR_SERVICE,
            "features.py": FEATURES,
            "linear.pth": linear_params(),
            "config.json": {
                "model_type": "PyTorch",
                "model_algorithm": "predict_analysis",
                "runtime": "python3.7",
                "metrics": {"f1": 0.5, "recall": 0.6, "precision": 0.4, "accuracy": 0.7},
                "apis": [FILE_API, TEXT_API],
                "dependencies": [
                    {
                        "installer": "pip",
                        "packages": [
                            {"package_name": "numpy", "package_version": "1.0.0", "restraint": "ATLEAST"}
                        ],
                    }
                ],
            },
        },
    )


def raw_json_package(root: Path) -> Path:
    return write_package(
        root,
        {
            "customize_service.py": RAW_JSON_SERVICE,
            "model.pkl": pickle.dumps({"weights": [1.0, 10.0]}),
            "config.json": {"model_type": "Scikit_Learn", "model_algorithm": "predict_analysis"},
        },
    )


def broken_package(root: Path) -> Path:
    return write_package(
        root,
        {
            "customize_service.py": BROKEN_SERVICE,
            "config.json": {"model_type": "MindSpore", "model_algorithm": "image_classification"},
        },
    )


def expected(row: list[float]) -> float:
    return float(np.asarray(row, dtype=float) @ WEIGHTS + BIAS)


DIGIT_SERVICE = '''
import os

from mms.model_service.mxnet_model_service import MXNetBaseService


class DigitService(MXNetBaseService):
    """A stand-in for an MXNet digit recognizer: the "digit" is the byte sum of the image modulo 10."""

    def __init__(self, model_name, model_path):
        super().__init__(model_name, model_path)
        self.input_name = os.environ.get("input_data_name", "images")

    def _preprocess(self, data):
        name, handle = next(iter(data[self.input_name].items()))
        return sum(handle.read())

    def _inference(self, data):
        return data % 10

    def _postprocess(self, data):
        return {"mnist_result": data}
'''


def digit_package(root: Path) -> Path:
    """An MXNet-typed package (imports its base class from mms, as older MXNet scripts do)."""
    return write_package(
        root,
        {
            "customize_service.py": DIGIT_SERVICE,
            "config.json": {
                "model_type": "MXNet",
                "model_algorithm": "image_classification",
                "apis": [
                    {**FILE_API, "response": {"Content-type": "application/json", "data": {"type": "object"}}}
                ],
            },
        },
    )
