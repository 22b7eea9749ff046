"""Base class of MXNet inference scripts (MXNet itself does not run here: override ``_inference``).

The generic service under the name older MXNet scripts import; ``model_path`` is the model folder.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["MXNetBaseService"]

MXNetBaseService: type[Any] = importlib.import_module("model_service.model_service").SingleNodeService
