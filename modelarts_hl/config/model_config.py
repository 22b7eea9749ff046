"""The documented import path of the model and service configuration classes.

``from modelarts_hl.config.model_config import ServiceConfig, TransformerConfig, Params, Dependencies``
"""

from modelarts_hl.inference import Dependencies, Packages, Params, Schedule, ServiceConfig, TransformerConfig

__all__ = ["Dependencies", "Packages", "Params", "Schedule", "ServiceConfig", "TransformerConfig"]
