"""modelarts-hl: a high-level Python client for Huawei Cloud ModelArts and OBS.

The documented module paths work as in the official SDK (``modelarts_hl.session``, ``.estimatorV2``,
``.train_params``, ``.model``, ``.config.model_config``); the main names are also importable from here.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .models import Model
    from .services import Predictor, ServiceConfig, Transformer, TransformerConfig
    from .session import Session
    from .train_params import InputData, OutputData, TrainingFiles
    from .training import Estimator, TrainingJob

# Imported on first use, so that `import modelarts_hl` stays cheap for scripts that need one part.
_EXPORTS = {
    "Session": ".session",
    "Estimator": ".training",
    "TrainingJob": ".training",
    "TrainingFiles": ".train_params",
    "InputData": ".train_params",
    "OutputData": ".train_params",
    "Model": ".models",
    "Predictor": ".services",
    "Transformer": ".services",
    "ServiceConfig": ".services",
    "TransformerConfig": ".services",
}
__all__ = [
    "Estimator",
    "InputData",
    "Model",
    "OutputData",
    "Predictor",
    "ServiceConfig",
    "Session",
    "TrainingFiles",
    "TrainingJob",
    "Transformer",
    "TransformerConfig",
]


def __getattr__(name: str) -> Any:
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
