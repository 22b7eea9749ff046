"""``Framework``: a preset AI engine as ``Estimator.get_framework_list`` lists it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Framework"]


@dataclass(frozen=True)
class Framework:
    """An engine: ``framework_type`` and ``framework_version``, the values an Estimator takes."""

    framework_type: str
    framework_version: str

    def to_dict(self) -> dict[str, Any]:
        return {"framework_type": self.framework_type, "framework_version": self.framework_version}
