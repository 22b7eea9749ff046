"""Fault injection: injected errors, dropped connections, delays, and per-operation request counts."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from modelarts_hl.local import LocalBackend

from ...waiting import wait_for
from .test_operations import assert_error


def flavors(backend: LocalBackend) -> str:
    return f"/v2/{backend.project_id}/training-job-flavors"


def engines(backend: LocalBackend) -> str:
    return f"/v2/{backend.project_id}/training-job-engines"


def test_error_fault_answers_count_times_with_retry_after(
    local_backend: LocalBackend, api: httpx.Client
) -> None:
    local_backend.faults.add(status=503, count=2, operation_id="listTrainingJobFlavors", retry_after=1)
    for _ in range(2):
        response = api.get(flavors(local_backend))
        assert_error(response, 503)
        assert response.headers["Retry-After"] == "1"
    assert api.get(flavors(local_backend)).status_code == 200


def test_fault_only_hits_its_operation(local_backend: LocalBackend, api: httpx.Client) -> None:
    local_backend.faults.add(status=429, count=1, operation_id="listTrainingJobEngines")
    assert api.get(flavors(local_backend)).status_code == 200
    assert_error(api.get(engines(local_backend)), 429)


def test_fault_for_any_operation(local_backend: LocalBackend, api: httpx.Client) -> None:
    fault = local_backend.faults.add(status=500, count=None)
    assert_error(api.get(flavors(local_backend)), 500)
    assert_error(api.get(engines(local_backend)), 500)
    assert fault.hits == 2
    local_backend.faults.clear()
    assert api.get(engines(local_backend)).status_code == 200


def test_drop_closes_the_connection(local_backend: LocalBackend, api: httpx.Client) -> None:
    local_backend.faults.add(mode="drop", count=1, operation_id="listTrainingJobFlavors")
    with pytest.raises(httpx.RemoteProtocolError):
        api.get(flavors(local_backend))
    assert api.get(flavors(local_backend)).status_code == 200


def test_delay(local_backend: LocalBackend, api: httpx.Client) -> None:
    local_backend.faults.add(mode="delay", delay=0.5, count=1)
    started = time.monotonic()
    assert api.get(flavors(local_backend)).status_code == 200
    assert time.monotonic() - started >= 0.5


def test_delay_makes_client_timeouts_happen(local_backend: LocalBackend, api: httpx.Client) -> None:
    local_backend.faults.add(mode="delay", delay=1.0, count=1)
    with pytest.raises(httpx.ReadTimeout):
        api.get(flavors(local_backend), timeout=0.2)


def test_counts_every_request_once(local_backend: LocalBackend, api: httpx.Client) -> None:
    before = local_backend.faults.count("createTrainingJob")
    local_backend.faults.add(status=503, count=1, operation_id="createTrainingJob")
    body = {"kind": "job", "metadata": {"name": "counted"}}
    path = f"/v2/{local_backend.project_id}/training-jobs"
    assert api.post(path, json=body).status_code == 503
    assert api.post(path, json=body).status_code == 201
    assert local_backend.faults.count("createTrainingJob") == before + 2
    assert local_backend.faults.counts["createTrainingJob"] == before + 2


def test_thread_safe_counting(local_backend: LocalBackend, api: httpx.Client) -> None:
    local_backend.faults.add(status=503, count=10, operation_id="listTrainingJobEngines")
    before = local_backend.faults.count("listTrainingJobEngines")
    statuses: list[int] = []

    def call() -> None:
        with httpx.Client(base_url=local_backend.endpoint, headers=api.headers, timeout=30) as client:
            for _ in range(5):
                statuses.append(client.get(engines(local_backend)).status_code)

    threads = [threading.Thread(target=call) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200] * 20 + [503] * 10
    assert local_backend.faults.count("listTrainingJobEngines") == before + 30


def _job_names(backend: LocalBackend, api: httpx.Client, name: str) -> list[str]:
    body = {"filters": [{"key": "name", "operator": "in", "value": [name]}], "limit": 50}
    page = api.post(f"/v2/{backend.project_id}/training-job-searches", json=body).json()
    return [job["metadata"]["name"] for job in page["items"]]


@pytest.mark.parametrize(
    ("fault", "failure"),
    [
        ({"status": 503}, None),
        ({"status": 429}, None),
        ({"mode": "drop"}, httpx.RemoteProtocolError),
        ({"mode": "delay", "delay": 1.0}, httpx.ReadTimeout),
    ],
)
def test_a_fault_after_the_handler_loses_only_the_answer(
    local_backend: LocalBackend, api: httpx.Client, fault: dict[str, object], failure: type[Exception] | None
) -> None:
    name = f"acted-{fault.get('status', fault.get('mode'))}"
    local_backend.faults.add(count=1, operation_id="createTrainingJob", after_handler=True, **fault)  # type: ignore[arg-type]
    path = f"/v2/{local_backend.project_id}/training-jobs"
    body = {"kind": "job", "metadata": {"name": name}}
    if failure is None:
        assert_error(api.post(path, json=body), int(str(fault["status"])))
    else:
        with pytest.raises(failure):
            # Only the late answer is waited for less long than it takes.
            api.post(path, json=body, timeout=0.3 if fault["mode"] == "delay" else 30)
    # The handler acted although the answer was lost (a late answer may be lost while it still works).
    assert wait_for(lambda: _job_names(local_backend, api, name), "the job") == [name]


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"status": 200}, "status"),
        ({"count": 0}, "count"),
        ({"operation_id": "noSuchOperation"}, "operation_id"),
        ({"mode": "explode"}, "mode"),
        ({"mode": "delay"}, "delay"),
        ({"retry_after": -1}, "retry_after"),
        ({"after_handler": "yes"}, "after_handler"),
    ],
)
def test_invalid_fault_arguments(
    local_backend: LocalBackend, kwargs: dict[str, object], argument: str
) -> None:
    with pytest.raises(ValueError, match=argument):
        local_backend.faults.add(**kwargs)  # type: ignore[arg-type]
