"""The inference runtime of this machine: real-time services as inference server processes
(:mod:`.instances`), batch services as one pass over their inputs (:mod:`.batch`)."""

from .runtime import LocalInferenceRuntime

__all__ = ["LocalInferenceRuntime"]
