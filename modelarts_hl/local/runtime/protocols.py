"""Extension points for the parts of the backend that do the actual work.

The API handlers own the records (what a client sees right after a call); a runtime owns what happens next:
running a training job's tasks, publishing a model, serving a deployed model. Each runtime is built by a
factory that receives the :class:`~modelarts_hl.local.context.BackendContext` (state store, process runner,
object store endpoint) and is closed when the backend stops. The defaults here run nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .errors import SERVICE_NOT_RUNNING, ApiError
from .state import Document

if TYPE_CHECKING:
    from .context import BackendContext

__all__ = [
    "InferenceResult",
    "InferenceRuntime",
    "ModelRuntime",
    "NullInferenceRuntime",
    "NullModelRuntime",
    "NullTrainingRuntime",
    "RuntimeFactory",
    "TrainingRuntime",
]


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


RuntimeFactory = Callable[["BackendContext"], Any]


class NullTrainingRuntime:
    """Runs nothing: jobs stay ``Creating`` until terminated."""

    def __init__(self, context: BackendContext) -> None:
        self._context = context

    def start(self, job: Document) -> None:
        return None

    def terminate(self, job_id: str) -> None:
        def finish(job: Document) -> Document:
            job["status"]["phase"] = job["status"]["secondary_phase"] = "Terminated"
            return job

        self._context.store.update("training_job", job_id, finish)

    def delete(self, job_id: str) -> None:
        return None

    def close(self) -> None:
        return None


class NullModelRuntime:
    """Accepts every model as it is: ``publishing`` becomes ``published`` at once."""

    def __init__(self, context: BackendContext) -> None:
        self._context = context

    def publish(self, model: Document) -> None:
        def finish(doc: Document) -> Document:
            doc["model_status"] = "published"
            return doc

        self._context.store.update("model", model["model_id"], finish)

    def delete(self, model_id: str) -> None:
        return None

    def close(self) -> None:
        return None


class NullInferenceRuntime:
    """Serves nothing: services stay ``deploying`` and prediction requests are refused."""

    def __init__(self, context: BackendContext) -> None:
        self._context = context

    def deploy(self, service: Document) -> None:
        return None

    def update(self, service: Document) -> None:
        return None

    def delete(self, service_id: str) -> None:
        return None

    def infer(
        self, service: Document, path: str, method: str, headers: Mapping[str, str], body: bytes
    ) -> InferenceResult:
        raise ApiError(409, SERVICE_NOT_RUNNING, "no inference runtime serves this service")

    def close(self) -> None:
        return None
