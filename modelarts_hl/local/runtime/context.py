"""What handlers and runtimes of a running backend share, and how a runtime is built from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..config import LocalConfig
from ..store.iam import CredentialStore
from ..store.state import Store
from .protocols import InferenceRuntime, ModelRuntime, TrainingRuntime
from .runners import ProcessRunner

__all__ = ["BackendContext", "RuntimeFactory"]


@dataclass
class BackendContext:
    """Shared services of one backend. Runtimes are attached once the context exists (they receive it)."""

    config: LocalConfig
    store: Store
    credentials: CredentialStore
    runner: ProcessRunner
    obs_endpoint: str
    endpoint: str = ""
    training: TrainingRuntime = field(init=False)
    models: ModelRuntime = field(init=False)
    inference: InferenceRuntime = field(init=False)


# A runtime class, or any callable that builds a runtime from the context it is given.
RuntimeFactory = Callable[[BackendContext], Any]
