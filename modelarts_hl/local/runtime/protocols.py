"""Extension points for the parts of the backend that do the actual work.

The API handlers own the records (what a client sees right after a call); a runtime owns what happens next:
running a training job's tasks, publishing a model, serving a deployed model. Each runtime is built by a
factory that receives the :class:`~modelarts_hl.local.runtime.context.BackendContext` (state store, process
runner, object store endpoint) and is closed when the backend stops. A runtime may refuse a request it is
handed by raising :class:`~modelarts_hl.local.errors.ApiError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from ..store.state import Document

__all__ = ["InferenceResult", "InferenceRuntime", "ModelRuntime", "TrainingRuntime"]


class TrainingRuntime(Protocol):
    """Runs training jobs. Phase changes after creation are written through ``context.store``."""

    def start(self, job: Document) -> None:
        """Called once the job record (phase ``Creating``) is stored."""

    def terminate(self, job_id: str) -> None:
        """Called after the phase was set to ``Terminating``; sets ``Terminated`` once the tasks stopped."""

    def delete(self, job_id: str) -> None:
        """Called before the record is removed: stop the job and free what it holds."""

    def close(self) -> None:
        """The backend stops: stop everything."""


class ModelRuntime(Protocol):
    """Imports models into the registry."""

    def publish(self, model: Document) -> None:
        """Called once the model record (status ``publishing``) is stored."""

    def delete(self, model_id: str) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class InferenceResult:
    status: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


class InferenceRuntime(Protocol):
    """Serves deployed models."""

    def deploy(self, service: Document) -> None:
        """Called once the service record (status ``deploying``) is stored."""

    def update(self, service: Document) -> None:
        """Called after the service record changed (configuration, or status ``running``/``stopped``)."""

    def delete(self, service_id: str) -> None: ...

    def infer(
        self, service: Document, path: str, method: str, headers: Mapping[str, str], body: bytes
    ) -> InferenceResult:
        """Forwards one prediction request to a running service."""

    def close(self) -> None: ...
