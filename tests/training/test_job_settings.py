"""Today's training job settings the local backend honours: auto stop, custom metrics, the output model,
channels passed by environment, the aging of job records and the reservation of resources."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from modelarts_client.api.training import create_training_job, show_training_job, show_training_job_metrics
from modelarts_client.models import CreateTrainingJobRequest
from modelarts_hl.estimatorV2 import Estimator
from modelarts_hl.local import LocalBackend
from modelarts_hl.session import Session

from ..clock import ManualClock
from ..waiting import wait_for
from .conftest import CodeUploader, _fast_runtime, wait_for_log
from .test_runtime import make_estimator

pytestmark = pytest.mark.slow

FINAL = ("Completed", "Failed", "Terminated", "Abnormal")


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(scope="module")
def clocked_backend(clock: ManualClock) -> Iterator[LocalBackend]:
    """A backend whose clock (auto stop, aging) moves only when a test moves it."""
    with LocalBackend(training_runtime=_fast_runtime, validate_responses=True, clock=clock) as backend:
        yield backend


@pytest.fixture
def clocked_session(clocked_backend: LocalBackend, clock: ManualClock) -> Iterator[Session]:
    # Requests are signed by the same clock the backend checks signatures with.
    with clocked_backend.session(clock=clock) as client:
        yield client


def _create(session: Session, body: dict[str, Any]) -> str:
    job: Any = session.call(create_training_job, body=CreateTrainingJobRequest.from_dict(body))
    return str(job.metadata.id)


def _job_body(code_dir: str, spec: dict[str, Any], **algorithm: Any) -> dict[str, Any]:
    return {
        "kind": "job",
        "metadata": {"name": f"settings-{uuid.uuid4().hex[:8]}"},
        "algorithm": {
            "code_dir": code_dir.replace("obs://", "/"),
            "boot_file": "train.py",
            "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"},
            **algorithm,
        },
        "spec": {"resource": {"flavor_id": "modelarts.local.cpu", "node_count": 1}, **spec},
    }


def _ended(session: Session, job_id: str) -> Any:
    def ended() -> Any:
        job: Any = session.call(show_training_job, training_job_id=job_id)
        return job if job.status.phase in FINAL else None

    return wait_for(ended, f"job {job_id} to end", interval=0.1)


def test_auto_stop_stops_a_job_that_runs_too_long(
    clocked_session: Session, clock: ManualClock, tmp_path: Any
) -> None:
    bucket = f"auto-{uuid.uuid4().hex[:10]}"
    clocked_session.obs.create_bucket(bucket)
    clocked_session.obs.write_bytes(
        f"obs://{bucket}/code/train.py", b"import time\nprint('started', flush=True)\ntime.sleep(600)\n"
    )
    job = make_estimator(clocked_session, f"obs://{bucket}/code/", bucket, auto_stop=1).fit(wait=False)
    wait_for_log(job, "started")
    clock.advance(minutes=59)
    assert job.get_job_info().status.phase == "Running"
    clock.advance(minutes=1)
    ended = _ended(clocked_session, job.job_id)
    assert ended.status.phase == "Terminated"
    assert "auto_stop" in ended.status.task_statuses[0].message
    assert "auto_stop" in job.get_job_log()["content"]
    record = ended.status.running_records[0]
    assert record.start_at <= record.end_at and record.end_reason == "Terminated"


def test_custom_metrics_are_read_from_what_the_job_writes(
    session: Session, upload_code: CodeUploader
) -> None:
    code_dir = upload_code(
        {
            "train.py": """
            with open("metrics.prom", "w") as handle:
                handle.write("# HELP loss training loss\\nloss 0.25\\naccuracy{split=\\"val\\"} 0.875\\n")
            print("wrote metrics")
            """
        }
    )
    spec = {"custom_metrics": [{"exec": {"command": ["cat", "metrics.prom"]}}]}
    job_id = _create(session, _job_body(code_dir, spec))
    assert _ended(session, job_id).status.phase == "Completed"
    metrics: Any = session.call(show_training_job_metrics, training_job_id=job_id, task_id="worker-0")
    values = {entry.metric: entry.value for entry in metrics.metrics}
    assert values["loss"] == [0.25] and values['accuracy{split="val"}'] == [0.875]
    assert {"cpuUsage", "memUsage"} <= set(values)


def test_the_output_model_is_saved_and_channels_come_by_environment(
    session: Session, bucket: str, upload_code: CodeUploader
) -> None:
    code_dir = upload_code(
        {
            "train.py": """
            import os, sys
            assert not any(arg.startswith("--data_url") for arg in sys.argv), sys.argv
            data = os.environ["data_url"]
            with open(os.path.join(os.environ["MA_JOB_DIR"], "..", "..", "model", "weights.txt"), "w") as out:
                out.write(open(os.path.join(data, "in.txt")).read().upper())
            """
        }
    )
    session.obs.write_bytes(f"obs://{bucket}/data/in.txt", b"weights")
    spec = {"output_model": {"obs": {"obs_path": f"/{bucket}/model/", "local_path": "/home/ma-user/model"}}}
    remote = {"obs": {"obs_url": f"/{bucket}/data/"}}
    inputs = [{"name": "data_url", "access_method": "env", "remote": remote}]
    job_id = _create(session, _job_body(code_dir, spec, inputs=inputs))
    ended = _ended(session, job_id)
    assert ended.status.phase == "Completed", ended.status.task_statuses
    assert session.obs.read_bytes(f"obs://{bucket}/model/weights.txt") == b"WEIGHTS"
    answered = ended.to_dict()
    assert answered["algorithm"]["inputs"][0]["access_method"] == "env"
    assert answered["spec"]["output_model"]["obs"]["local_path"] == "/home/ma-user/model"


def test_records_age_out_and_reservations_are_reported(
    clocked_session: Session, clock: ManualClock, clocked_backend: LocalBackend
) -> None:
    # The backend's clock runs ahead of this machine's (as after the other tests of the module): a job's
    # times must be taken from it, or its age and reservation would be reckoned from the wrong start.
    clock.advance(hours=3)
    bucket = f"aging-{uuid.uuid4().hex[:10]}"
    clocked_session.obs.create_bucket(bucket)
    clocked_session.obs.write_bytes(f"obs://{bucket}/code/train.py", b"print('done')\n")
    code_dir = f"obs://{bucket}/code/"
    aging = _create(clocked_session, _job_body(code_dir, {"retention": {"policy": "enabled"}}))
    kept = _create(
        clocked_session,
        _job_body(code_dir, {"reserved_time": {"time_unit": "HOURS", "duration": 1}}),
    )
    for job_id in (aging, kept):
        assert _ended(clocked_session, job_id).status.phase == "Completed"
    clock.advance(minutes=30)
    reserved: Any = clocked_session.call(show_training_job, training_job_id=kept)
    assert 29 * 60_000 <= reserved.status.retention_time <= 31 * 60_000
    assert "reserved_time" not in reserved.to_dict()["spec"]  # sent, never answered (writeOnly)
    clock.advance(hours=2)
    reserved = clocked_session.call(show_training_job, training_job_id=kept)
    assert reserved.status.retention_time == 3_600_000  # kept no longer than reserved
    retention = clocked_backend.config.job_retention
    assert retention is not None
    clock.advance(seconds=retention.total_seconds())
    listed = Estimator.get_job_list(clocked_session, limit=50)
    names = [item["metadata"]["id"] for item in listed["items"]]
    assert aging not in names and kept in names
