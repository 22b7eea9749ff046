"""Models and services: :class:`Model` (the registry), :class:`Predictor` (real-time) and :class:`Transformer`
(batch), with their configuration classes.

The documented import paths are ``modelarts_hl.model`` (``Model``, ``Predictor``, ``Transformer``) and
``modelarts_hl.config.model_config`` (``ServiceConfig``, ``TransformerConfig``, ``Schedule``, ``Params``,
``Dependencies``, ``Packages``).
"""

from .config import Schedule, ServiceConfig, TransformerConfig
from .model import Model
from .params import Dependencies, Packages, Params
from .service import Predictor, Transformer

__all__ = [
    "Dependencies",
    "Model",
    "Packages",
    "Params",
    "Predictor",
    "Schedule",
    "ServiceConfig",
    "Transformer",
    "TransformerConfig",
]
