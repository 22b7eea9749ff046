"""Runtimes that run nothing: a backend of records only (what tests of the API itself want)."""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import SERVICE_NOT_RUNNING, ApiError
from ..store.documents import JOB_KIND, MODEL_KIND
from ..store.state import Document
from .context import BackendContext
from .protocols import InferenceResult

__all__ = ["NullInferenceRuntime", "NullModelRuntime", "NullTrainingRuntime"]


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

        self._context.store.update(JOB_KIND, job_id, finish)

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

        self._context.store.update(MODEL_KIND, model["model_id"], finish)

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
