"""The generated low-level client against the local backend, one call per operation (AK/SK-signed)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import pytest

from modelarts_client import Client
from modelarts_client.api.iam import create_temporary_credentials, create_user_token
from modelarts_client.api.inference import run_inference
from modelarts_client.api.models import create_model, delete_model, list_models, show_model
from modelarts_client.api.services import (
    create_service,
    delete_service,
    list_service_update_logs,
    list_services,
    show_service,
    show_service_monitor,
    update_service,
)
from modelarts_client.api.training import (
    create_training_job,
    delete_training_job,
    list_training_job_engines,
    list_training_job_flavors,
    list_training_jobs,
    show_training_job,
    show_training_job_log,
    show_training_job_metrics,
    terminate_training_job,
    update_training_job,
)
from modelarts_client.models import (
    CreateModelRequest,
    CreateServiceRequest,
    CreateTrainingJobRequest,
    ErrorResponse,
    InferenceRequest,
    JobActionRequest,
    ListTrainingJobsRequest,
    PasswordTokenRequest,
    SecurityTokenRequest,
    UpdateServiceRequest,
    UpdateTrainingJobRequest,
)
from modelarts_hl._core.auth import AkSkAuth
from modelarts_hl.local import LocalBackend

from ..conftest import password_body


@pytest.fixture
def client(local_backend: LocalBackend) -> Iterator[Client]:
    auth = AkSkAuth(local_backend.access_key, local_backend.secret_key, None, local_backend.project_id)
    with Client(base_url=local_backend.endpoint, httpx_args={"auth": auth}) as client:
        yield client


def ok(response: Any, status: HTTPStatus = HTTPStatus.OK) -> Any:
    assert response.status_code == status, response.content
    assert not isinstance(response.parsed, ErrorResponse)
    return response.parsed


def test_iam(local_backend: LocalBackend) -> None:
    with Client(base_url=local_backend.endpoint) as anonymous:
        created = create_user_token.sync_detailed(
            client=anonymous, body=PasswordTokenRequest.from_dict(password_body(local_backend))
        )
        token = ok(created, HTTPStatus.CREATED)
        assert token.token.expires_at is not None
        subject = created.headers["X-Subject-Token"]
    with Client(base_url=local_backend.endpoint, headers={"X-Auth-Token": subject}) as authenticated:
        body = SecurityTokenRequest.from_dict({"auth": {"identity": {"methods": ["token"]}}})
        credential = ok(
            create_temporary_credentials.sync_detailed(client=authenticated, body=body), HTTPStatus.CREATED
        ).credential
        assert credential.access and credential.secret and credential.securitytoken


def test_training(client: Client, local_backend: LocalBackend) -> None:
    project = local_backend.project_id
    name = f"gen-{uuid.uuid4().hex[:8]}"
    body = CreateTrainingJobRequest.from_dict(
        {
            "kind": "job",
            "metadata": {"name": name},
            "algorithm": {
                "code_dir": "/b/code/",
                "boot_file": "train.py",
                "engine": {"engine_id": "tf-cp36-2.1.0"},
            },
            "spec": {"resource": {"flavor_id": "modelarts.local.cpu", "node_count": 1}},
        }
    )
    job = ok(create_training_job.sync_detailed(project, client=client, body=body), HTTPStatus.CREATED)
    job_id = job.metadata.id
    assert job.status.phase == "Creating"
    assert ok(show_training_job.sync_detailed(project, job_id, client=client)).metadata.name == name
    search = ListTrainingJobsRequest.from_dict(
        {"filters": [{"key": "name", "operator": "in", "value": [name]}]}
    )
    found = ok(list_training_jobs.sync_detailed(project, client=client, body=search))
    assert [item.metadata.id for item in found.items] == [job_id]
    update = UpdateTrainingJobRequest(description="changed")
    ok(update_training_job.sync_detailed(project, job_id, client=client, body=update))
    assert ok(show_log(client, project, job_id)).full_size == 0
    assert ok(show_training_job_metrics.sync_detailed(project, job_id, "worker-0", client=client)).metrics
    flavors = ok(list_training_job_flavors.sync_detailed(project, client=client))
    assert flavors.total_count == len(flavors.flavors)
    engines = ok(list_training_job_engines.sync_detailed(project, client=client))
    assert engines.total == len(engines.items)
    terminate = JobActionRequest.from_dict({"action_type": "terminate"})
    terminated = terminate_training_job.sync_detailed(project, job_id, client=client, body=terminate)
    assert ok(terminated, HTTPStatus.ACCEPTED).status.phase == "Terminating"
    ok(delete_training_job.sync_detailed(project, job_id, client=client), HTTPStatus.ACCEPTED)
    missing = show_training_job.sync_detailed(project, job_id, client=client)
    assert missing.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(missing.parsed, ErrorResponse)
    assert missing.parsed.error_solution


def show_log(client: Client, project: str, job_id: str) -> Any:
    return show_training_job_log.sync_detailed(project, job_id, "worker-0", client=client)


def test_models_services_inference(client: Client, local_backend: LocalBackend) -> None:
    project = local_backend.project_id
    name = f"gen-{uuid.uuid4().hex[:8]}"
    model_body = CreateModelRequest.from_dict(
        {
            "model_name": name,
            "model_version": "1.0.0",
            "source_location": "obs://b/m/",
            "model_type": "Scikit_Learn",
        }
    )
    model_id = ok(create_model.sync_detailed(project, client=client, body=model_body)).model_id
    assert ok(show_model.sync_detailed(project, model_id, client=client)).model_status == "published"
    assert ok(list_models.sync_detailed(project, client=client, model_name=name)).total_count == 1
    service_body = CreateServiceRequest.from_dict(
        {
            "service_name": name,
            "infer_type": "real-time",
            "config": [
                {
                    "model_id": model_id,
                    "weight": 100,
                    "specification": "modelarts.vm.cpu.2u",
                    "instance_count": 1,
                }
            ],
        }
    )
    service_id = ok(create_service.sync_detailed(project, client=client, body=service_body)).service_id
    assert ok(show_service.sync_detailed(project, service_id, client=client)).status == "deploying"
    assert ok(list_services.sync_detailed(project, client=client, model_id=model_id)).count == 1
    update = UpdateServiceRequest.from_dict({"description": "changed"})
    ok(update_service.sync_detailed(project, service_id, client=client, body=update))
    assert ok(show_service_monitor.sync_detailed(project, service_id, client=client)).service_id == service_id
    assert len(ok(list_service_update_logs.sync_detailed(project, service_id, client=client)).logs) == 1
    refused = run_inference.sync_detailed(
        service_id, client=client, body=InferenceRequest.from_dict({"data": 1})
    )
    assert refused.status_code == HTTPStatus.CONFLICT
    ok(delete_service.sync_detailed(project, service_id, client=client))
    deleted = ok(delete_model.sync_detailed(project, model_id, client=client))
    assert deleted.delete_success_list == [model_id]
