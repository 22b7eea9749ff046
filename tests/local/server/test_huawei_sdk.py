"""Huawei's generated SDK (huaweicloudsdkmodelarts, unchanged) against the local backend: the ten training
operations it shares with the spec, signed by the SDK's own AK/SK signer and parsed by its own models."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkmodelarts import v1 as sdk

from modelarts_hl.local import LocalBackend
from modelarts_hl.local.errors import TRAINING_JOB_NOT_FOUND


@pytest.fixture(scope="module")
def client(_shared_local_backend: LocalBackend) -> Iterator[Any]:
    backend = _shared_local_backend
    config = HttpConfig.get_default_config()
    config.timeout = (10, 30)
    yield (
        sdk.ModelArtsClient.new_builder()
        .with_http_config(config)
        .with_credentials(BasicCredentials(backend.access_key, backend.secret_key, backend.project_id))
        .with_endpoints([backend.endpoint])
        .build()
    )


def test_the_ten_shared_training_operations(client: Any) -> None:
    flavors = client.show_training_job_flavors(sdk.ShowTrainingJobFlavorsRequest(flavor_type="CPU"))
    assert "modelarts.local.cpu" in [flavor.flavor_id for flavor in flavors.flavors]
    assert isinstance(flavors.flavors[0].flavor_info.disk.size, int)
    engines = client.show_training_job_engines(sdk.ShowTrainingJobEnginesRequest())
    assert engines.total == len(engines.items) > 0

    body = sdk.Job(
        kind="job",
        metadata=sdk.JobMetadata(name="huawei-sdk-job", description="created by huaweicloudsdkmodelarts"),
        algorithm=sdk.JobAlgorithm(
            code_dir="/bucket/code/",
            boot_file="train.py",
            engine=sdk.JobEngine(engine_name="PyTorch", engine_version="PyTorch-1.8.0-python3.7"),
            inputs=[
                sdk.Input(
                    name="data_url",
                    access_method="env",
                    remote=sdk.InputDataInfo(obs=sdk.InputDataInfoObs(obs_url="/bucket/data/")),
                )
            ],
        ),
        spec=sdk.Spec(
            resource=sdk.SpecResource(flavor_id="modelarts.vm.cpu.8u", node_count=1),
            auto_stop=sdk.AutoStop(time_unit="HOURS", duration=3),
            schedule_policy=sdk.SchedulePolicy(priority=2, preemptible=False),
        ),
    )
    created = client.create_training_job(sdk.CreateTrainingJobRequest(body=body))
    job_id = created.metadata.id
    assert created.status.phase == "Creating"
    assert created.algorithm.inputs[0].access_method == "env"
    assert isinstance(created.spec.resource.flavor_detail.flavor_info.disk.size, str)

    shown = client.show_training_job_details(sdk.ShowTrainingJobDetailsRequest(training_job_id=job_id))
    assert shown.metadata.name == "huawei-sdk-job" and shown.spec.schedule_policy.priority == 2
    searched = client.list_training_jobs(
        sdk.ListTrainingJobsRequest(
            body=sdk.JobSearches(
                limit=10, filters=[sdk.Filter(key="name", operator="like", value=["huawei-sdk"])]
            )
        )
    )
    assert job_id in [item.metadata.id for item in searched.items]

    client.change_training_job_description(
        sdk.ChangeTrainingJobDescriptionRequest(
            training_job_id=job_id, body=sdk.JobUpdateRequestBody(description="changed")
        )
    )
    shown = client.show_training_job_details(sdk.ShowTrainingJobDetailsRequest(training_job_id=job_id))
    assert shown.metadata.description == "changed"

    task = shown.status.tasks[0]
    log = client.show_training_job_logs_preview(
        sdk.ShowTrainingJobLogsPreviewRequest(training_job_id=job_id, task_id=task)
    )
    assert log.full_size == log.current_size == 0
    metrics = client.show_training_job_metrics(
        sdk.ShowTrainingJobMetricsRequest(training_job_id=job_id, task_id=task)
    )
    assert {metric.metric for metric in metrics.metrics} >= {"cpuUsage", "memUsage"}

    stopped = client.stop_training_job(
        sdk.StopTrainingJobRequest(training_job_id=job_id, body=sdk.JobActionType(action_type="terminate"))
    )
    assert stopped.status.phase in ("Terminating", "Terminated")
    client.delete_training_job(sdk.DeleteTrainingJobRequest(training_job_id=job_id))
    with pytest.raises(ClientRequestException) as missing:
        client.show_training_job_details(sdk.ShowTrainingJobDetailsRequest(training_job_id=job_id))
    assert missing.value.status_code == 404 and missing.value.error_code == TRAINING_JOB_NOT_FOUND
