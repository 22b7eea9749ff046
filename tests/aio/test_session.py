"""``AsyncSession`` against the local backend over HTTP: retries, typed errors, timeouts, no duplicated
create, one shared token, cancellation, and closing.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from modelarts_client.api.training import list_training_job_flavors, show_training_job
from modelarts_client.models import ListFlavorsResponse
from modelarts_hl._core.transport import RetryPolicy, Timeouts
from modelarts_hl.aio import AsyncSession, Estimator, TrainingJob
from modelarts_hl.errors import APITimeoutError, InvalidArgumentError, NotFoundError, ServerError
from modelarts_hl.local import LocalBackend
from modelarts_hl.train_params import OutputData, TrainingFiles

from ..waiting import HANG
from .conftest import async_session, left_behind

pytestmark = pytest.mark.anyio

FAST_RETRY = RetryPolicy(max_retries=3, backoff_base=0.01, backoff_max=0.05)


def estimator(session: AsyncSession) -> Estimator:
    return Estimator(
        session=session,
        training_files=TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="train.py"),
        outputs=[OutputData(obs_path="obs://bucket-a/out/", name="train_url")],
        framework_type="PyTorch",
        framework_version="PyTorch-1.8.0-python3.7",
        train_instance_type="modelarts.vm.cpu.8u",
        train_instance_count=1,
    )


async def until(condition: Any, what: str) -> None:
    """Wait (on the loop) until ``condition()`` holds, within the generous HANG bound."""
    async with asyncio.timeout(HANG):
        while not condition():
            await asyncio.sleep(0.01)


async def test_many_concurrent_calls_share_one_token(local_backend: LocalBackend) -> None:
    before = local_backend.faults.count("createUserToken")
    async with async_session(local_backend, auth="password") as session:
        answers = await asyncio.gather(*(session.call(list_training_job_flavors) for _ in range(50)))
        assert all(isinstance(answer, ListFlavorsResponse) for answer in answers)
        assert local_backend.faults.count("createUserToken") - before == 1
        assert session.project_id == local_backend.project_id


async def test_a_503_is_retried_and_a_404_is_a_typed_error(local_backend: LocalBackend) -> None:
    async with async_session(local_backend, retry=FAST_RETRY) as session:
        local_backend.faults.add(status=503, count=2, operation_id="listTrainingJobFlavors")
        before = local_backend.faults.count("listTrainingJobFlavors")
        assert isinstance(await session.call(list_training_job_flavors), ListFlavorsResponse)
        assert local_backend.faults.count("listTrainingJobFlavors") - before == 3
        with pytest.raises(NotFoundError) as caught:
            await TrainingJob(session, "0" * 8 + "-0000-0000-0000-" + "0" * 12).get_job_info()
        assert caught.value.status_code == 404 and caught.value.error_code


async def test_a_create_that_failed_on_the_server_is_not_sent_again(local_backend: LocalBackend) -> None:
    async with async_session(local_backend, retry=FAST_RETRY) as session:
        local_backend.faults.add(status=500, count=1, operation_id="createTrainingJob")
        before = local_backend.faults.count("createTrainingJob")
        with pytest.raises(ServerError):
            await estimator(session).fit(job_name="async-no-duplicate")
        assert local_backend.faults.count("createTrainingJob") - before == 1
        name_filter = [{"key": "name", "value": ["async-no-duplicate"]}]
        listed = await Estimator.get_job_list(session, filters=name_filter)
        assert listed["total"] == 0


async def test_a_slow_answer_is_a_timeout_error(local_backend: LocalBackend) -> None:
    async with async_session(
        local_backend, timeout=Timeouts(read=0.2), retry=RetryPolicy(max_retries=0)
    ) as session:
        local_backend.faults.add(mode="delay", delay=2.0, operation_id="listTrainingJobFlavors")
        with pytest.raises(APITimeoutError):
            await session.call(list_training_job_flavors)


async def test_bad_arguments_are_refused_before_any_request(local_backend: LocalBackend) -> None:
    async with async_session(local_backend) as session:
        before = local_backend.faults.counts
        with pytest.raises(InvalidArgumentError, match="task_id"):
            await TrainingJob(session, "job-1").get_job_log(task_id="")
        with pytest.raises(InvalidArgumentError, match="session"):
            Estimator(session=object(), job_id="job-1")  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="http_transport"):
            async_session(local_backend, http_transport=httpx.HTTPTransport())
        assert local_backend.faults.counts == before


async def test_a_cancelled_call_leaves_no_task_and_no_busy_connection(local_backend: LocalBackend) -> None:
    async with async_session(local_backend) as session:
        local_backend.faults.add(mode="delay", delay=3.0, operation_id="listTrainingJobFlavors")
        before = local_backend.faults.count("listTrainingJobFlavors")
        tasks = asyncio.all_tasks()
        call = asyncio.create_task(session.call(list_training_job_flavors))
        await until(lambda: local_backend.faults.count("listTrainingJobFlavors") > before, "the request")
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        assert not left_behind(tasks)
        pool = session.transport.httpx_client._transport._pool  # type: ignore[attr-defined]
        assert all(connection.is_idle() or connection.is_closed() for connection in pool.connections)
        local_backend.faults.clear()
        assert isinstance(await session.call(list_training_job_flavors), ListFlavorsResponse)


async def test_a_cancelled_wait_stops_polling(local_backend: LocalBackend) -> None:
    async with async_session(local_backend) as session:
        job = await estimator(session).fit()  # the records backend never runs it: it stays Creating
        before = local_backend.faults.count("showTrainingJob")
        tasks = asyncio.all_tasks()
        waiting = asyncio.create_task(job.wait())
        await until(lambda: local_backend.faults.count("showTrainingJob") - before >= 2, "two polls")
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert not left_behind(tasks)
        polled = local_backend.faults.count("showTrainingJob")
        await asyncio.sleep(1.5)  # longer than the first poll intervals
        assert local_backend.faults.count("showTrainingJob") == polled
        await job.delete_job()


async def test_a_cancelled_fit_with_wait_stops_waiting_and_leaves_the_job_to_the_user(
    local_backend: LocalBackend,
) -> None:
    async with async_session(local_backend) as session:
        name = "async-cancelled-fit"
        counts = local_backend.faults.count
        operations = ("showTrainingJob", "createTrainingJob", "terminateTrainingJob", "deleteTrainingJob")
        before = {operation: counts(operation) for operation in operations}
        tasks = asyncio.all_tasks()
        # The records backend never runs the job: it stays Creating, and fit() keeps polling it.
        fitting = asyncio.create_task(estimator(session).fit(job_name=name, wait=True, show_log=True))
        await until(lambda: counts("showTrainingJob") - before["showTrainingJob"] >= 2, "two polls")
        fitting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await fitting
        assert not left_behind(tasks)
        polled = counts("showTrainingJob")
        await asyncio.sleep(1.5)  # longer than the first poll intervals
        assert counts("showTrainingJob") == polled
        # Created once, neither terminated nor deleted: the job is the user's, found by its name.
        made = {operation: counts(operation) - before[operation] for operation in operations[1:]}
        assert made == {"createTrainingJob": 1, "terminateTrainingJob": 0, "deleteTrainingJob": 0}
        listed = await Estimator.get_job_list(session, filters=[{"key": "name", "value": [name]}])
        assert listed["total"] == 1
        (found,) = listed["items"]
        assert found["status"]["phase"] not in ("Terminated", "Terminating", "Failed")
        await Estimator.delete_job_by_id(session, found["metadata"]["id"])


async def test_aclose_closes_every_connection(local_backend: LocalBackend) -> None:
    session = async_session(local_backend)
    await session.call(list_training_job_flavors)
    await session.aclose()
    assert session.transport.httpx_client.is_closed
    with pytest.raises(RuntimeError):
        await session.call(list_training_job_flavors)
    with pytest.raises(RuntimeError, match="closed"):
        session.transport_for("http://127.0.0.1:1")


async def test_the_low_level_call_fills_in_the_project(local_backend: LocalBackend) -> None:
    async with async_session(local_backend) as session:
        job = await estimator(session).fit()
        shown = await session.call(show_training_job, training_job_id=job.job_id)
        assert shown.metadata.id == job.job_id
        raw = await session.call_raw(show_training_job, training_job_id=job.job_id)
        assert raw.status_code == 200
        await Estimator.delete_job_by_id(session, job.job_id)
