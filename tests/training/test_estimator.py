"""The documented calls against the local backend's records (its jobs stay ``Creating``: no processes)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping

import pytest

from modelarts_hl.errors import BadRequestError, NotFoundError, WaitTimeoutError
from modelarts_hl.estimatorV2 import Estimator, TrainingJob
from modelarts_hl.local import LocalBackend
from modelarts_hl.session import Session
from modelarts_hl.train_params import InputData, OutputData, TrainingFiles

from .conftest import FAST


def estimator(session: Session, **changes: object) -> Estimator:
    settings: dict[str, object] = {
        "training_files": TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="train.py"),
        "outputs": [OutputData(obs_path="obs://bucket-a/out/", name="train_url")],
        "parameters": [{"name": "epochs", "value": 3}],
        "framework_type": "PyTorch",
        "framework_version": "PyTorch-1.8.0-python3.7",
        "train_instance_type": "modelarts.vm.cpu.8u",
        "train_instance_count": 1,
    }
    settings.update(changes)
    return Estimator(session=session, **settings)  # type: ignore[arg-type]


def create(session: Session, name: str) -> TrainingJob:
    return estimator(session).fit(
        inputs=[InputData(obs_path="obs://bucket-a/data/", name="data_url")], job_name=name
    )


def test_fit_without_wait_returns_at_once(records_session: Session) -> None:
    est = estimator(records_session, job_description="first")
    job = est.fit(inputs=[InputData(obs_path="obs://bucket-a/data/", name="data_url")])
    assert isinstance(job, TrainingJob)
    assert est.job_id == job.job_id
    info = job.get_job_info()
    assert info.metadata.id == info["metadata"]["id"] == job.job_id
    assert info["status"]["phase"] == info.status.phase == "Creating"
    assert job.job_name is not None and job.job_name.startswith("train-")
    assert info.metadata.name == job.job_name
    assert info.algorithm.parameters[0].value == "3"
    assert info["spec"]["resource"]["flavor_id"] == "modelarts.vm.cpu.8u"
    assert info.spec.resource.node_count == 1
    assert json.loads(str(info)) == info.to_dict()
    assert "\n  " in str(info)


def test_fit_wait_gives_up_after_the_timeout(records_session: Session) -> None:
    with pytest.raises(WaitTimeoutError) as caught:
        estimator(records_session).fit(wait=True, timeout=0.3, backoff=FAST)
    last = caught.value.last
    assert isinstance(last, Mapping) and last["status"]["phase"] == "Creating"


def test_job_operations_on_both_handles(records_session: Session) -> None:
    job = create(records_session, f"ops-{uuid.uuid4().hex[:8]}")
    by_id = Estimator(session=records_session, job_id=job.job_id)
    by_id.update_job_configs(description="update job description")
    assert job.get_job_info()["metadata"]["description"] == "update job description"
    job.update_job_configs(description="update job description fourth")
    assert by_id.get_job_info().metadata.description == "update job description fourth"
    log = by_id.get_job_log()
    assert (log.content, log["current_size"], log.full_size) == ("", 0, 0)
    metrics = job.get_job_metrics(task_id="worker-0")
    assert [entry["metric"] for entry in metrics["metrics"]] == ["cpuUsage", "memUsage"]
    with pytest.raises(NotFoundError):
        job.get_job_log(task_id="worker-5")
    terminated = job.control_job()
    assert terminated.status.phase == "Terminating"
    assert by_id.get_job_info()["status"]["phase"] == "Terminated"
    by_id.delete_job()
    with pytest.raises(NotFoundError):
        job.get_job_info()


def test_static_control_and_delete(records_session: Session) -> None:
    job = create(records_session, f"static-{uuid.uuid4().hex[:8]}")
    info = Estimator.control_job_by_id(session=records_session, job_id=job.job_id)
    assert info["metadata"]["id"] == job.job_id
    assert info["status"]["phase"] == "Terminating"
    Estimator.delete_job_by_id(session=records_session, job_id=job.job_id)
    with pytest.raises(NotFoundError) as caught:
        Estimator.delete_job_by_id(session=records_session, job_id=job.job_id)
    assert caught.value.status_code == 404
    assert caught.value.error_solution


def test_job_list_pages_and_filters(records_session: Session) -> None:
    marker = uuid.uuid4().hex[:8]
    ids = [create(records_session, f"trainjob-{marker}-{index}").job_id for index in range(7)]
    like = [{"key": "name", "operator": "like", "value": [marker]}]
    first = Estimator.get_job_list(
        session=records_session, offset=0, limit=5, sort_by="create_time", order="asc", filters=like
    )
    assert first["count"] == first.count == 7
    assert first.total >= 7
    assert (first.limit, first.offset, first.order, first.sort_by) == (5, 0, "asc", "create_time")
    # ``items`` is also Mapping.items of the result, so the field is read as a key (or from ``.model``).
    assert [item["metadata"]["id"] for item in first["items"]] == ids[:5]
    assert isinstance(first.model.items, list)
    assert [item.metadata.id for item in first.model.items] == ids[:5]
    second = Estimator.get_job_list(records_session, offset=5, limit=5, order="asc", filters=like)
    assert [item["metadata"]["id"] for item in second["items"]] == ids[5:]
    newest = Estimator.get_job_list(records_session, limit=1, filters=like)
    assert newest["items"][0]["metadata"]["id"] == ids[-1]
    exact = [{"key": "name", "operator": "in", "value": [f"trainjob-{marker}-3"]}]
    found = Estimator.get_job_list(records_session, filters=exact)["items"]
    assert [item["metadata"]["id"] for item in found] == [ids[3]]
    grouped = Estimator.get_job_list(records_session, limit=2, group_by="phase", filters=like)
    assert grouped.group_by == "phase"
    with pytest.raises(BadRequestError) as caught:
        Estimator.get_job_list(records_session, sort_by="colour")
    assert "sort_by" in str(caught.value)


def test_jobs_created_in_one_millisecond_list_newest_first(
    records_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    # However fast jobs are created, a listing keeps their order (ties of create_time included).
    monkeypatch.setattr(
        "modelarts_hl.local.server.handlers.training._now_ms", lambda _request: 1_700_000_000_000
    )
    marker = uuid.uuid4().hex[:8]
    ids = [create(records_session, f"tie-{marker}-{index}").job_id for index in range(3)]
    like = [{"key": "name", "operator": "like", "value": [marker]}]
    newest_first = Estimator.get_job_list(records_session, filters=like)["items"]
    assert [item["metadata"]["id"] for item in newest_first] == ids[::-1]
    oldest_first = Estimator.get_job_list(records_session, order="asc", filters=like)["items"]
    assert [item["metadata"]["id"] for item in oldest_first] == ids


def test_iterator_fetches_every_page(records_session: Session, records_backend: LocalBackend) -> None:
    marker = uuid.uuid4().hex[:8]
    ids = [create(records_session, f"iter-{marker}-{index}").job_id for index in range(5)]
    like = [{"key": "name", "operator": "like", "value": [marker]}]
    before = records_backend.faults.count("listTrainingJobs")
    jobs = list(
        Estimator.iter_jobs(records_session, filters=like, sort_by="create_time", order="asc", page_size=2)
    )
    assert [job.metadata.id for job in jobs] == ids
    assert records_backend.faults.count("listTrainingJobs") - before == 3
    newest_first = [job["metadata"]["id"] for job in Estimator.iter_jobs(records_session, filters=like)]
    assert newest_first == ids[::-1]
    lazy = Estimator.iter_jobs(records_session, filters=like, page_size=1)
    assert next(lazy).metadata.id == ids[-1]


def test_catalogs(records_session: Session) -> None:
    flavors = Estimator.get_train_instance_types(session=records_session)
    ids = [flavor["flavor_id"] for flavor in flavors]
    assert "modelarts.local.cpu" in ids and "modelarts.p3.large.public" in ids
    gpu = next(flavor for flavor in flavors if flavor.flavor_type == "GPU")
    assert gpu.flavor_info.gpu.unit_num >= 1
    frameworks = Estimator.get_framework_list(session=records_session)
    assert {"framework_type": "PyTorch", "framework_version": "PyTorch-1.4.0-python3.6"} in [
        dict(item) for item in frameworks
    ]
    assert all(item.framework_type and item["framework_version"] for item in frameworks)
    assert json.loads(str(frameworks[0])) == frameworks[0].to_dict()
