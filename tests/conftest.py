"""Fixtures shared by every test package: the object store and the local ModelArts backend on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import hypothesis
import pytest

from modelarts_hl.local import LocalBackend
from modelarts_hl.local.runtime import NullInferenceRuntime, NullModelRuntime, NullTrainingRuntime
from modelarts_hl.local.store.obs_store import MotoObsStore
from modelarts_hl.session import Session

# Hypothesis would fail an example slower than 200 ms, or slow data generation: timings a busy machine does
# not promise. Speed is measured by the benchmark scripts, never asserted by a test.
hypothesis.settings.register_profile(
    "suite",
    parent=hypothesis.settings.default,  # hypothesis' "ci" profile when it loaded it
    deadline=None,
    suppress_health_check=[hypothesis.HealthCheck.too_slow],
)
hypothesis.settings.load_profile("suite")


def notebook_environment(backend: LocalBackend) -> dict[str, str]:
    """The ``MODELARTS_*`` variables through which ``Session()`` finds ``backend`` (as a notebook its own)."""
    return {
        "MODELARTS_ACCESS_KEY": backend.access_key,
        "MODELARTS_SECRET_KEY": backend.secret_key,
        "MODELARTS_PROJECT_ID": backend.project_id,
        "MODELARTS_REGION": backend.region_name,
        "MODELARTS_IAM_ENDPOINT": backend.endpoint,
        "MODELARTS_ENDPOINT": backend.endpoint,
        "MODELARTS_OBS_ENDPOINT": backend.obs_endpoint,
    }


def records_backend(**settings: Any) -> LocalBackend:
    """A local backend that keeps records only: jobs never run, models are published at once and services
    never served (for tests of the API itself)."""
    return LocalBackend(
        training_runtime=NullTrainingRuntime,
        model_runtime=NullModelRuntime,
        inference_runtime=NullInferenceRuntime,
        **settings,
    )


# A session that reaches no server (with the transport of recording_transport).
RECORDING_SETTINGS: dict[str, Any] = {
    "access_key": "AK" * 10,
    "secret_key": "SK" * 20,
    "project_id": "0123456789abcdef0123456789abcdef",
    "region_name": "local-1",
    "iam_endpoint": "http://127.0.0.1:9",
    "modelarts_endpoint": "http://127.0.0.1:9",
    "obs_endpoint": "http://127.0.0.1:9",
}


def recording_transport(sent: list[httpx.Request]) -> httpx.MockTransport:
    """Records every request in ``sent`` and answers it 400 (never retried)."""

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(400, json={"error_code": "test", "error_msg": "recorded, not served"})

    return httpx.MockTransport(handler)


@contextmanager
def recording_session() -> Iterator[tuple[Session, list[httpx.Request]]]:
    """A session that reaches no server: every request is recorded and answered 400 (never retried).

    For tests of what is sent at all (an argument refused before any request, or accepted and sent).
    """
    sent: list[httpx.Request] = []
    with Session(**RECORDING_SETTINGS, http_transport=recording_transport(sent)) as session:
        yield session, sent


@pytest.fixture(scope="session")
def moto_server() -> Iterator[str]:
    """Endpoint (``http://127.0.0.1:<port>``) of moto's S3 server: any keys, signature v4, path style."""
    store = MotoObsStore()
    store.start()
    try:
        yield store.endpoint
    finally:
        store.stop()


@pytest.fixture(scope="session")
def _shared_local_backend() -> Iterator[LocalBackend]:
    with records_backend(validate_responses=True) as backend:
        yield backend


@pytest.fixture
def local_backend(_shared_local_backend: LocalBackend) -> Iterator[LocalBackend]:
    """A running local backend shared by the test session; fault rules are cleared after each test.

    Its responses are checked against the OpenAPI document (a violation becomes a 500). Tests that need a
    pristine state or special settings start their own ``LocalBackend``.
    """
    yield _shared_local_backend
    _shared_local_backend.faults.clear()
