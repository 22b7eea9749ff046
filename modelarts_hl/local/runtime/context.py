"""What handlers and runtimes of a running backend share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .config import LocalConfig
from .iam import CredentialStore
from .runners import ProcessRunner
from .state import Store

if TYPE_CHECKING:
    from .runtime import InferenceRuntime, ModelRuntime, TrainingRuntime

__all__ = ["BackendContext"]


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
