"""SDK arguments become the documented v2 request body."""

from __future__ import annotations

from typing import Any

from modelarts_hl.train_params import InputData, OutputData, TrainingFiles
from modelarts_hl.training.config import FitConfig, JobConfig
from modelarts_hl.training.mapping import create_request, search_request
from modelarts_hl.training.validation import filters


def config(**changes: Any) -> JobConfig:
    settings: dict[str, Any] = {
        "training_files": TrainingFiles(code_dir="obs://bucket-a/code_dir/", boot_file="boot_file.py"),
        "outputs": [OutputData(obs_path="obs://bucket-a/output/", name="output_dir")],
        "parameters": [{"name": "epoch_num", "value": 2}, {"name": "mod", "value": "gpu"}],
        "train_instance_type": "modelarts.p3.large.public",
        "train_instance_count": 2,
        "framework_type": "PyTorch",
        "framework_version": "PyTorch-1.4.0-python3.6",
        "user_image_url": None,
        "user_command": None,
        "log_url": "obs://bucket-a/log/",
        "job_description": "This is a image net train job",
        "volumes": [{"nfs": {"nfs_server_path": "10.0.0.9:/", "local_path": "/mnt/nfs", "read_only": False}}],
        "env_variables": {"USER_ENV_VAR": "customize environment variable"},
        "pool_id": None,
    }
    settings.update(changes)
    return JobConfig.build(**settings)


def fit(job: JobConfig, **changes: Any) -> FitConfig:
    arguments: dict[str, Any] = {
        "inputs": [InputData(obs_path="obs://bucket-a/input/", name="data_url")],
        "job_name": "job_name_1",
        "dataset_id": None,
        "dataset_version_id": None,
    }
    arguments.update(changes)
    return FitConfig.build(job, **arguments)


def test_preset_engine_job() -> None:
    job = config()
    body = create_request(job, fit(job)).to_dict()
    assert body == {
        "kind": "job",
        "metadata": {"name": "job_name_1", "description": "This is a image net train job"},
        "algorithm": {
            "code_dir": "/bucket-a/code_dir/",
            "boot_file": "/bucket-a/code_dir/boot_file.py",
            "parameters": [{"name": "epoch_num", "value": "2"}, {"name": "mod", "value": "gpu"}],
            "inputs": [{"name": "data_url", "remote": {"obs": {"obs_url": "/bucket-a/input/"}}}],
            "outputs": [{"name": "output_dir", "remote": {"obs": {"obs_url": "/bucket-a/output/"}}}],
            "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.4.0-python3.6"},
            "environments": {"USER_ENV_VAR": "customize environment variable"},
        },
        "spec": {
            "resource": {"flavor_id": "modelarts.p3.large.public", "node_count": 2},
            "volumes": [
                {"nfs": {"nfs_server_path": "10.0.0.9:/", "local_path": "/mnt/nfs", "read_only": False}}
            ],
            "log_export_path": {"obs_url": "/bucket-a/log/"},
        },
    }


def test_custom_image_job_in_a_dedicated_pool() -> None:
    job = config(
        framework_type=None,
        framework_version=None,
        user_image_url="sdk-test/pytorch1_4:1.0.1",
        user_command="python /home/ma-user/modelarts/user-job-dir/code_dir/boot_file.py",
        pool_id="pool-0001",
        training_files=None,
        outputs=None,
        parameters=None,
        log_url=None,
        job_description=None,
        volumes=None,
        env_variables=None,
    )
    body = create_request(job, fit(job, inputs=None, job_name="custom-1")).to_dict()
    assert body == {
        "kind": "job",
        "metadata": {"name": "custom-1"},
        "algorithm": {
            "command": "python /home/ma-user/modelarts/user-job-dir/code_dir/boot_file.py",
            "engine": {"image_url": "sdk-test/pytorch1_4:1.0.1"},
        },
        "spec": {
            "resource": {"flavor_id": "modelarts.p3.large.public", "node_count": 2, "pool_id": "pool-0001"}
        },
    }


def test_dataset_input() -> None:
    job = config()
    body = create_request(job, fit(job, inputs=None, dataset_id="ds-1", dataset_version_id="v-2")).to_dict()
    assert body["algorithm"]["inputs"] == [
        {"name": "data_url", "remote": {"dataset": {"id": "ds-1", "version_id": "v-2"}}}
    ]


def test_default_job_name_comes_from_the_boot_file() -> None:
    job = config()
    assert fit(job, job_name=None).job_name.startswith("boot_file-")
    image = config(
        framework_type=None, framework_version=None, user_image_url="swr/org/trainer:2.0", user_command="run"
    )
    assert fit(image, job_name=None).job_name.startswith("boot_file-")
    no_code = config(
        framework_type=None,
        framework_version=None,
        user_image_url="swr/org/trainer:2.0",
        user_command="run",
        training_files=None,
    )
    assert fit(no_code, job_name=None).job_name.startswith("trainer-")


def test_search_body() -> None:
    criteria = filters(
        [{"key": "name", "operator": "like", "value": ["trainjob"]}, {"key": "phase", "value": ["Running"]}]
    )
    body = search_request(
        offset=10, limit=5, sort_by="create_time", order="asc", group_by=None, filters=criteria
    )
    assert body.to_dict() == {
        "offset": 10,
        "limit": 5,
        "sort_by": "create_time",
        "order": "asc",
        "filters": [
            {"key": "name", "operator": "like", "value": ["trainjob"]},
            {"key": "phase", "value": ["Running"]},
        ],
    }
    assert (
        search_request(offset=None, limit=None, sort_by=None, order=None, group_by=None, filters=[]).to_dict()
        == {}
    )
