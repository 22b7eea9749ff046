"""Every argument error is raised before any request, naming the argument."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.estimatorV2 import Estimator
from modelarts_hl.local import LocalBackend
from modelarts_hl.session import Session
from modelarts_hl.train_params import InputData, OutputData, TrainingFiles

CODE = TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="train.py")


def valid(**changes: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "training_files": CODE,
        "outputs": [OutputData(obs_path="obs://bucket-a/out/", name="train_url")],
        "parameters": [{"name": "epochs", "value": 2}, {"name": "mode", "value": "fast"}],
        "framework_type": "PyTorch",
        "framework_version": "PyTorch-1.8.0-python3.7",
        "train_instance_type": "modelarts.local.cpu",
        "train_instance_count": 1,
        "log_url": "obs://bucket-a/log/",
        "job_description": "a job",
        "volumes": [{"nfs": {"nfs_server_path": "10.0.0.1:/", "local_path": "/mnt/nfs", "read_only": True}}],
        "env_variables": {"MY_VAR": "1"},
    }
    settings.update(changes)
    return settings


CUSTOM = {
    "framework_type": None,
    "framework_version": None,
    "user_image_url": "org/img:1",
    "user_command": "sh run",
}

ESTIMATOR_CASES: list[tuple[dict[str, Any], str]] = [
    ({"user_image_url": "org/img:1", "user_command": "python x.py"}, "framework_type"),
    ({"framework_type": None, "framework_version": None}, "framework_type"),
    ({"framework_version": None}, "framework_version"),
    ({"framework_type": None}, "framework_type"),
    ({**CUSTOM, "user_command": None}, "user_command"),
    ({**CUSTOM, "user_image_url": None}, "user_image_url"),
    ({"training_files": None}, "training_files"),
    ({"training_files": "obs://bucket-a/code/train.py"}, "training_files"),
    ({"outputs": [{"obs_path": "obs://bucket-a/out/", "name": "x"}]}, "outputs"),
    ({"outputs": OutputData(obs_path="obs://bucket-a/out/", name="x")}, "outputs"),
    (
        {"outputs": [OutputData("obs://bucket-a/o1/", "out"), OutputData("obs://bucket-a/o2/", "out")]},
        "outputs",
    ),
    ({"parameters": [{"name": "flag", "value": True}]}, "parameters[0].value"),
    ({"parameters": [{"name": "lr", "value": 0.1}]}, "parameters[0].value"),
    ({"parameters": [{"name": "lr"}]}, "parameters[0].value"),
    ({"parameters": [{"value": 1}]}, "parameters[0]"),
    ({"parameters": [{"name": "a", "value": 1, "label": "x"}]}, "parameters[0]"),
    ({"parameters": [{"name": "--a", "value": 1}]}, "parameters[0].name"),
    ({"parameters": [{"name": "a", "value": 1}, {"name": "a", "value": 2}]}, "parameters[1].name"),
    ({"parameters": {"epochs": 2}}, "parameters"),
    ({"train_instance_type": None}, "train_instance_type"),
    ({"train_instance_type": ""}, "train_instance_type"),
    ({"train_instance_count": 0}, "train_instance_count"),
    ({"train_instance_count": None}, "train_instance_count"),
    ({"train_instance_count": True}, "train_instance_count"),
    ({"train_instance_count": "2"}, "train_instance_count"),
    ({"log_url": "/bucket-a/log/"}, "log_url"),
    ({"log_url": "obs://bucket-a/log"}, "log_url"),
    ({"job_description": "x" * 257}, "job_description"),
    (
        {"volumes": [{"nfs": {"nfs_server_path": "10.0.0.1:/", "local_path": "mnt"}}]},
        "volumes[0].nfs.local_path",
    ),
    ({"volumes": [{"nfs": {"nfs_server_path": "", "local_path": "/mnt"}}]}, "volumes[0].nfs.nfs_server_path"),
    (
        {"volumes": [{"nfs": {"nfs_server_path": "h:/", "local_path": "/m", "read_only": "no"}}]},
        "volumes[0].nfs.read_only",
    ),
    ({"volumes": [{"efs": {}}]}, "volumes[0]"),
    ({"env_variables": {"MY_VAR": 1}}, "env_variables['MY_VAR']"),
    ({"env_variables": {"MY VAR": "1"}}, "env_variables"),
    ({"env_variables": ["A=1"]}, "env_variables"),
    ({"pool_id": ""}, "pool_id"),
]


@pytest.fixture
def assert_no_request(records_backend: LocalBackend) -> Callable[[Callable[[], object], str], None]:
    def check(call: Callable[[], object], argument: str) -> None:
        before = records_backend.faults.counts
        with pytest.raises(InvalidArgumentError) as caught:
            call()
        assert caught.value.argument == argument, caught.value
        assert argument in str(caught.value)
        assert records_backend.faults.counts == before

    return check


@pytest.mark.parametrize(("changes", "argument"), ESTIMATOR_CASES)
def test_estimator_arguments(
    records_session: Session,
    assert_no_request: Callable[[Callable[[], object], str], None],
    changes: dict[str, Any],
    argument: str,
) -> None:
    assert_no_request(lambda: Estimator(session=records_session, **valid(**changes)), argument)


def test_a_custom_image_needs_no_training_files(records_session: Session) -> None:
    Estimator(session=records_session, **valid(training_files=None, **CUSTOM))


DATA = [InputData(obs_path="obs://bucket-a/data/", name="data_url")]

FIT_CASES: list[tuple[dict[str, Any], str]] = [
    ({"inputs": DATA, "dataset_id": "ds", "dataset_version_id": "v1"}, "inputs"),
    ({"inputs": DATA, "dataset_id": "ds"}, "inputs"),
    ({"dataset_id": "ds"}, "dataset_version_id"),
    ({"dataset_version_id": "v1"}, "dataset_id"),
    ({"inputs": ["obs://bucket-a/data/"]}, "inputs"),
    ({"inputs": [InputData("obs://bucket-a/d/", "train_url")]}, "inputs"),
    ({"inputs": [InputData("obs://bucket-a/d/", "epochs")]}, "inputs"),
    ({"inputs": [InputData("obs://bucket-a/d1/", "a"), InputData("obs://bucket-a/d2/", "a")]}, "inputs"),
    ({"job_name": "bad name!"}, "job_name"),
    ({"job_name": "x" * 65}, "job_name"),
    ({"job_name": ""}, "job_name"),
    ({"wait": "yes"}, "wait"),
    ({"show_log": 1}, "show_log"),
    # The wait's own arguments are checked before the job is created, not after.
    ({"wait": True, "timeout": -1}, "timeout"),
    ({"wait": True, "timeout": float("nan")}, "timeout"),
]


@pytest.mark.parametrize(("arguments", "argument"), FIT_CASES)
def test_fit_arguments(
    records_session: Session,
    assert_no_request: Callable[[Callable[[], object], str], None],
    arguments: dict[str, Any],
    argument: str,
) -> None:
    estimator = Estimator(session=records_session, **valid())
    assert_no_request(lambda: estimator.fit(**arguments), argument)


LIST_CASES: list[tuple[dict[str, Any], str]] = [
    ({"limit": 0}, "limit"),
    ({"limit": 51}, "limit"),
    ({"limit": 5.0}, "limit"),
    ({"offset": -1}, "offset"),
    ({"offset": False}, "offset"),
    ({"order": "up"}, "order"),
    ({"order": "DESC"}, "order"),
    ({"sort_by": ""}, "sort_by"),
    ({"group_by": 3}, "group_by"),
    ({"filters": {"key": "name"}}, "filters"),
    ({"filters": [{"key": "name", "operator": "equals", "value": ["x"]}]}, "filters[0].operator"),
    ({"filters": [{"key": "name", "operator": "like", "value": "x"}]}, "filters[0].value"),
    ({"filters": [{"key": "name", "value": [1]}]}, "filters[0].value"),
    ({"filters": [{"key": "create_time", "operator": "between", "value": ["1"]}]}, "filters[0].value"),
    ({"filters": [{"operator": "in", "value": ["x"]}]}, "filters[0].key"),
    ({"filters": [{"key": "name", "value": ["x"], "values": ["y"]}]}, "filters[0]"),
]


@pytest.mark.parametrize(("arguments", "argument"), LIST_CASES)
def test_list_arguments(
    records_session: Session,
    assert_no_request: Callable[[Callable[[], object], str], None],
    arguments: dict[str, Any],
    argument: str,
) -> None:
    assert_no_request(lambda: Estimator.get_job_list(session=records_session, **arguments), argument)


def test_other_calls(
    records_session: Session, assert_no_request: Callable[[Callable[[], object], str], None]
) -> None:
    session = records_session
    job = Estimator(session=session, job_id="f6c7ac89-7289-48b3-b507-82ced40e0c48")
    assert_no_request(lambda: list(Estimator.iter_jobs(session, page_size=51)), "page_size")
    assert_no_request(lambda: list(Estimator.iter_jobs(session, order="sideways")), "order")
    assert_no_request(lambda: job.get_job_log(task_id="../worker-0"), "task_id")
    assert_no_request(lambda: job.get_job_metrics(task_id=""), "task_id")
    assert_no_request(lambda: job.update_job_configs(description="x" * 257), "description")
    assert_no_request(lambda: job.update_job_configs(description=None), "description")  # type: ignore[arg-type]
    assert_no_request(lambda: job.wait(show_log="yes"), "show_log")  # type: ignore[arg-type]
    assert_no_request(lambda: Estimator.delete_job_by_id(session, ""), "job_id")
    assert_no_request(lambda: Estimator.control_job_by_id(session, None), "job_id")  # type: ignore[arg-type]
    assert_no_request(lambda: Estimator(session=session, job_id=""), "job_id")
    assert_no_request(lambda: Estimator.get_job_list(session="session"), "session")  # type: ignore[arg-type]
    assert_no_request(lambda: Estimator.get_train_instance_types(None), "session")  # type: ignore[arg-type]
    assert_no_request(lambda: Estimator.get_framework_list(object()), "session")  # type: ignore[arg-type]
    assert_no_request(lambda: Estimator(session=None, **valid()), "session")  # type: ignore[arg-type]
    # An Estimator made for one job id manages that job and cannot create jobs; a describing one has no job.
    assert_no_request(lambda: job.fit(), "train_instance_type")
    assert_no_request(lambda: Estimator(session=session, **valid()).get_job_info(), "job_id")
