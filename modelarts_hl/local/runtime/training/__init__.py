"""The training runtime of this machine (:mod:`.runtime`) and its parts: the job's work area and command
lines, OBS staging, and runtime metrics."""

from .runtime import LocalTrainingRuntime

__all__ = ["LocalTrainingRuntime"]
