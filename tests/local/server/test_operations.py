"""Every operation of the document over raw HTTP: valid requests succeed with bodies that match the response
schemas, invalid ones get a 400 naming the field, unknown ids a 404."""

from __future__ import annotations

import os
import time
import uuid
from typing import Any

import httpx
import psutil
import pytest

from modelarts_hl.local import LocalBackend
from modelarts_hl.local.server.handlers import OPERATIONS
from modelarts_hl.local.server.spec import OperationIndex, load_spec

from ..conftest import password_body
from ..spec_check import SpecChecker


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def v1(backend: LocalBackend, path: str) -> str:
    return f"/v1/{backend.project_id}{path}"


def v2(backend: LocalBackend, path: str) -> str:
    return f"/v2/{backend.project_id}{path}"


def create_job(api: httpx.Client, backend: LocalBackend, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "kind": "job",
        "metadata": {"name": unique("job"), "description": "first"},
        "algorithm": {
            "code_dir": "/bucket/code/",
            "boot_file": "train.py",
            "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"},
            "parameters": [{"name": "epochs", "value": "2"}],
        },
        "spec": {"resource": {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 2}},
        **overrides,
    }
    response = api.post(v2(backend, "/training-jobs"), json=body)
    assert response.status_code == 201, response.text
    job: dict[str, Any] = response.json()
    return job


def create_model(api: httpx.Client, backend: LocalBackend, name: str | None = None) -> str:
    body = {
        "model_name": name or unique("model"),
        "model_version": "1.0.0",
        "source_location": "obs://bucket/model/",
        "model_type": "PyTorch",
        "apis": [{"url": "/", "method": "post", "protocol": "http"}],
    }
    response = api.post(v1(backend, "/models"), json=body)
    assert response.status_code == 200, response.text
    model_id: str = response.json()["model_id"]
    return model_id


def create_service(api: httpx.Client, backend: LocalBackend, model_id: str) -> str:
    body = {
        "service_name": unique("svc"),
        "infer_type": "real-time",
        "config": [
            {"model_id": model_id, "weight": 100, "specification": "modelarts.vm.cpu.2u", "instance_count": 1}
        ],
    }
    response = api.post(v1(backend, "/services"), json=body)
    assert response.status_code == 200, response.text
    service_id: str = response.json()["service_id"]
    return service_id


def batch_body(model_id: str) -> dict[str, Any]:
    """A createService body of a batch service running ``model_id`` (nothing is missing)."""
    config = {
        "model_id": model_id,
        "specification": "modelarts.vm.cpu.2u",
        "instance_count": 1,
        "src_path": "obs://b/in/",
        "dest_path": "obs://b/out/",
        "req_uri": "/",
        "mapping_type": "file",
    }
    return {"service_name": unique("batch"), "infer_type": "batch", "config": [config]}


def assert_error(response: httpx.Response, status: int, *fragments: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["error_code"].startswith("ModelArts.")
    message = body.get("error_msg") or body["error_message"]
    for fragment in fragments:
        assert fragment in message
    return body


def test_every_operation_has_a_handler() -> None:
    assert set(OperationIndex(load_spec()).by_id) <= set(OPERATIONS.handlers)


class TestIam:
    def test_token_in_header_and_expiry_in_body(
        self, local_backend: LocalBackend, anonymous: httpx.Client, spec_checker: SpecChecker
    ) -> None:
        response = anonymous.post("/v3/auth/tokens", json=password_body(local_backend))
        body = spec_checker.response(response)
        assert response.status_code == 201
        assert response.headers["X-Subject-Token"]
        assert body["token"]["expires_at"].endswith("Z")
        assert body["token"]["project"]["id"] == local_backend.project_id
        assert {entry["type"] for entry in body["token"]["catalog"]} == {"modelarts", "iam", "obs"}

    def test_nocatalog(self, local_backend: LocalBackend, anonymous: httpx.Client) -> None:
        response = anonymous.post("/v3/auth/tokens?nocatalog=true", json=password_body(local_backend))
        assert "catalog" not in response.json()["token"]

    def test_wrong_password(self, local_backend: LocalBackend, anonymous: httpx.Client) -> None:
        response = anonymous.post("/v3/auth/tokens", json=password_body(local_backend, password="wrong"))
        body = assert_error(response, 401, "password")
        assert "wrong" not in str(body).replace("is wrong", "")

    def test_missing_field_is_named(self, local_backend: LocalBackend, anonymous: httpx.Client) -> None:
        body = password_body(local_backend)
        del body["auth"]["identity"]["password"]["user"]["domain"]
        assert_error(anonymous.post("/v3/auth/tokens", json=body), 400, "auth.identity.password.user.domain")

    def test_unknown_project(self, local_backend: LocalBackend, anonymous: httpx.Client) -> None:
        body = password_body(local_backend)
        body["auth"]["scope"]["project"] = {"id": "someone-else"}
        assert_error(anonymous.post("/v3/auth/tokens", json=body), 401, "auth.scope.project")

    def test_temporary_credentials(self, api: httpx.Client, spec_checker: SpecChecker) -> None:
        request = {"auth": {"identity": {"methods": ["token"], "token": {"duration_seconds": 900}}}}
        response = api.post("/v3.0/OS-CREDENTIAL/securitytokens", json=request)
        body = spec_checker.response(response)
        assert response.status_code == 201
        assert set(body["credential"]) == {"access", "secret", "securitytoken", "expires_at"}

    def test_temporary_credentials_duration_bounds(self, api: httpx.Client) -> None:
        request = {"auth": {"identity": {"methods": ["token"], "token": {"duration_seconds": 10}}}}
        assert_error(api.post("/v3.0/OS-CREDENTIAL/securitytokens", json=request), 400, "duration_seconds")


class TestTraining:
    def test_create_and_show(
        self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
    ) -> None:
        job = create_job(api, local_backend)
        uuid.UUID(job["metadata"]["id"])
        assert job["status"]["phase"] == "Creating"
        assert job["status"]["tasks"] == ["worker-0", "worker-1"]
        assert job["spec"]["resource"]["flavor_name"].startswith("CPU: 8 vCPUs")
        assert job["algorithm"]["engine"]["engine_id"] == "pytorch-cp37-1.8.0"
        assert abs(job["metadata"]["create_time"] / 1000 - time.time()) < 60
        shown = api.get(v2(local_backend, f"/training-jobs/{job['metadata']['id']}"))
        assert spec_checker.response(shown) == job

    def test_create_response_matches_spec(
        self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
    ) -> None:
        body = {"kind": "job", "metadata": {"name": unique("job")}}
        response = api.post(v2(local_backend, "/training-jobs"), json=body)
        job = spec_checker.response(response)
        assert job["spec"]["resource"]["flavor_id"] == "modelarts.local.cpu"

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"metadata": {"name": "bad name!"}}, "metadata.name"),
            ({"metadata": {}}, "metadata.name"),
            ({"kind": 3}, "kind"),
            ({"spec": {"resource": {"node_count": 0}}}, "spec.resource.node_count"),
            ({"spec": {"resource": {"flavor_id": "modelarts.nope"}}}, "spec.resource.flavor_id"),
            (
                {"spec": {"resource": {"flavor_id": "modelarts.vm.cpu.2u", "node_count": 2}}},
                "spec.resource.node_count",
            ),
            ({"spec": {"resource": {"pool_id": "pool", "node_count": 10**12}}}, "spec.resource.node_count"),
            ({"algorithm": {"engine": {"engine_id": "nope"}}}, "algorithm.engine.engine_id"),
        ],
    )
    def test_invalid_create_names_field(
        self, api: httpx.Client, local_backend: LocalBackend, change: dict[str, Any], field: str
    ) -> None:
        body = {"kind": "job", "metadata": {"name": unique("job")}, **change}
        body_error = assert_error(api.post(v2(local_backend, "/training-jobs"), json=body), 400, f"'{field}'")
        assert body_error["error_solution"]

    def test_search(self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker) -> None:
        marker = uuid.uuid4().hex[:6]
        names = [f"search-{marker}-{index}" for index in range(3)]
        ids = [create_job(api, local_backend, metadata={"name": name})["metadata"]["id"] for name in names]
        body = {
            "offset": 0,
            "limit": 2,
            "sort_by": "create_time",
            "order": "asc",
            "filters": [
                {"key": "name", "operator": "like", "value": [marker]},
                {"key": "phase", "operator": "in", "value": ["Creating"]},
            ],
        }
        page = spec_checker.response(api.post(v2(local_backend, "/training-job-searches"), json=body))
        assert page["count"] == 3
        assert [item["metadata"]["id"] for item in page["items"]] == ids[:2]
        body["offset"] = 2
        page = api.post(v2(local_backend, "/training-job-searches"), json=body).json()
        assert [item["metadata"]["id"] for item in page["items"]] == ids[2:]
        body = {"filters": [{"key": "name", "operator": "in", "value": [names[1]]}]}
        page = api.post(v2(local_backend, "/training-job-searches"), json=body).json()
        assert [item["metadata"]["id"] for item in page["items"]] == [ids[1]]

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"limit": 51}, "limit"),
            ({"order": "up"}, "order"),
            ({"sort_by": "colour"}, "sort_by"),
            ({"filters": [{"key": "colour", "value": ["x"]}]}, "filters[0].key"),
            (
                {"filters": [{"key": "create_time", "operator": "between", "value": ["1"]}]},
                "filters[0].value",
            ),
            ({"filters": [{"key": "name", "operator": "near", "value": ["x"]}]}, "filters[0].operator"),
        ],
    )
    def test_invalid_search_names_field(
        self, api: httpx.Client, local_backend: LocalBackend, body: dict[str, Any], field: str
    ) -> None:
        assert_error(api.post(v2(local_backend, "/training-job-searches"), json=body), 400, f"'{field}'")

    def test_update_terminate_delete(
        self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
    ) -> None:
        job_id = create_job(api, local_backend)["metadata"]["id"]
        path = v2(local_backend, f"/training-jobs/{job_id}")
        updated = api.put(path, json={"description": "second"})
        spec_checker.response(updated)
        assert updated.status_code == 200
        assert api.get(path).json()["metadata"]["description"] == "second"
        terminated = api.post(f"{path}/actions", json={"action_type": "terminate"})
        assert spec_checker.response(terminated)["status"]["phase"] == "Terminating"
        assert terminated.status_code == 202
        assert api.get(path).json()["status"]["phase"] == "Terminated"
        again = api.post(f"{path}/actions", json={"action_type": "terminate"})
        assert again.status_code == 202
        deleted = api.delete(path)
        spec_checker.response(deleted)
        assert deleted.status_code == 202
        assert_error(api.get(path), 404, job_id)

    def test_invalid_action_named(self, api: httpx.Client, local_backend: LocalBackend) -> None:
        job_id = create_job(api, local_backend)["metadata"]["id"]
        response = api.post(
            v2(local_backend, f"/training-jobs/{job_id}/actions"), json={"action_type": "pause"}
        )
        assert_error(response, 400, "'action_type'")

    def test_log_preview_reads_task_log(
        self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
    ) -> None:
        job_id = create_job(api, local_backend)["metadata"]["id"]
        log_file = (
            local_backend.state_dir
            / "logs"
            / "training_job"
            / job_id
            / f"modelarts-job-{job_id}-worker-1.log"
        )
        log_file.parent.mkdir(parents=True, exist_ok=True)
        log_file.write_bytes("epoch 1 loss=0.5\népoque 2\n".encode())
        response = api.get(v2(local_backend, f"/training-jobs/{job_id}/tasks/worker-1/logs/preview"))
        preview = spec_checker.response(response)
        assert preview["content"] == "epoch 1 loss=0.5\népoque 2\n"
        assert preview["current_size"] == preview["full_size"] == log_file.stat().st_size
        empty = api.get(v2(local_backend, f"/training-jobs/{job_id}/tasks/worker-0/logs/preview")).json()
        assert empty == {"content": "", "current_size": 0, "full_size": 0}
        assert api.delete(v2(local_backend, f"/training-jobs/{job_id}")).status_code == 202
        assert not log_file.parent.exists()

    def test_log_errors_use_error_message(self, api: httpx.Client, local_backend: LocalBackend) -> None:
        job_id = create_job(api, local_backend)["metadata"]["id"]
        response = api.get(v2(local_backend, f"/training-jobs/{job_id}/tasks/worker-7/logs/preview"))
        body = assert_error(response, 404, "worker-7")
        assert "error_msg" not in body

    def test_metrics(self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker) -> None:
        job_id = create_job(api, local_backend)["metadata"]["id"]
        local_backend.context.store.put("training_metrics", f"{job_id}:worker-0", {"cpuUsage": [12.5, 30.0]})
        response = api.get(v2(local_backend, f"/training-jobs/{job_id}/metrics/worker-0"))
        metrics = {entry["metric"]: entry["value"] for entry in spec_checker.response(response)["metrics"]}
        assert metrics == {"cpuUsage": [12.5, 30.0], "memUsage": []}

    @pytest.mark.parametrize(
        ("method", "suffix"),
        [
            ("GET", ""),
            ("PUT", ""),
            ("DELETE", ""),
            ("POST", "/actions"),
            ("GET", "/tasks/worker-0/logs/preview"),
            ("GET", "/metrics/worker-0"),
        ],
    )
    def test_unknown_job_is_404(
        self,
        api: httpx.Client,
        local_backend: LocalBackend,
        spec_checker: SpecChecker,
        method: str,
        suffix: str,
    ) -> None:
        body = {"PUT": {"description": "x"}, "POST": {"action_type": "terminate"}}.get(method)
        path = v2(local_backend, f"/training-jobs/{uuid.uuid4()}{suffix}")
        response = api.request(method, path, json=body)
        spec_checker.response(response)
        assert_error(response, 404)
        assert response.json()["error_solution"]

    def test_flavors(self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker) -> None:
        flavors = spec_checker.response(api.get(v2(local_backend, "/training-job-flavors")))["flavors"]
        local = next(flavor for flavor in flavors if flavor["flavor_id"] == "modelarts.local.cpu")
        assert local["flavor_info"]["cpu"]["core_num"] == os.cpu_count()
        total_gb = psutil.virtual_memory().total / 1024**3
        assert abs(local["flavor_info"]["memory"]["size"] - total_gb) <= 1
        assert "this machine" in local["attributes"]["description"]
        assert {"CPU", "GPU", "Ascend"} <= {flavor["flavor_type"] for flavor in flavors}
        gpus = api.get(v2(local_backend, "/training-job-flavors"), params={"flavor_type": "GPU"}).json()
        assert gpus["total_count"] == len(gpus["flavors"]) > 0
        assert {flavor["flavor_type"] for flavor in gpus["flavors"]} == {"GPU"}
        bad = api.get(v2(local_backend, "/training-job-flavors"), params={"flavor_type": "TPU"})
        assert_error(bad, 400, "'flavor_type'")

    def test_engines(self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker) -> None:
        engines = spec_checker.response(api.get(v2(local_backend, "/training-job-engines")))
        assert engines["total"] == len(engines["items"])
        names = {engine["engine_name"] for engine in engines["items"]}
        assert {"PyTorch", "TensorFlow", "MindSpore", "Scikit_Learn", "XGBoost"} <= names


class TestModels:
    def test_create_show_list_delete(
        self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
    ) -> None:
        name = unique("model")
        model_id = create_model(api, local_backend, name)
        shown = spec_checker.response(api.get(v1(local_backend, f"/models/{model_id}")))
        assert shown["model_name"] == name
        assert shown["model_status"] == "published"
        assert shown["execution_code"] == "obs://bucket/model/model/customize_service.py"
        listed = spec_checker.response(api.get(v1(local_backend, "/models"), params={"model_name": name}))
        assert [model["model_id"] for model in listed["models"]] == [model_id]
        deleted = spec_checker.response(api.delete(v1(local_backend, f"/models/{model_id}")))
        assert deleted["delete_success_list"] == [model_id]
        assert_error(api.get(v1(local_backend, f"/models/{model_id}")), 404, model_id)

    def test_create_response_matches_spec(
        self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
    ) -> None:
        body = {
            "model_name": unique("m"),
            "model_version": "0.0.1",
            "source_location": "obs://b/m",
            "model_type": "XGBoost",
        }
        spec_checker.response(api.post(v1(local_backend, "/models"), json=body))

    def test_duplicate_version_refused(self, api: httpx.Client, local_backend: LocalBackend) -> None:
        name = unique("model")
        create_model(api, local_backend, name)
        body = {
            "model_name": name,
            "model_version": "1.0.0",
            "source_location": "obs://b/m",
            "model_type": "PyTorch",
        }
        assert_error(api.post(v1(local_backend, "/models"), json=body), 400, "'model_version'")

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"model_version": "01.0.0"}, "model_version"),
            ({"model_type": "Keras"}, "model_type"),
            ({"model_name": "9lives"}, "model_name"),
            ({"description": "a<b"}, "description"),
        ],
    )
    def test_invalid_create_names_field(
        self, api: httpx.Client, local_backend: LocalBackend, change: dict[str, str], field: str
    ) -> None:
        body = {
            "model_name": unique("m"),
            "model_version": "1.0.0",
            "source_location": "obs://b/m",
            "model_type": "PyTorch",
            **change,
        }
        assert_error(api.post(v1(local_backend, "/models"), json=body), 400, f"'{field}'")

    def test_list_filters_pages_and_sorts(self, api: httpx.Client, local_backend: LocalBackend) -> None:
        prefix = unique("page")
        versions = ["1.0.0", "1.2.0", "1.10.0"]
        for version in versions:
            body = {
                "model_name": f"{prefix}_x",
                "model_version": version,
                "source_location": "obs://b/m",
                "model_type": "PyTorch",
            }
            assert api.post(v1(local_backend, "/models"), json=body).status_code == 200
        params: dict[str, Any] = {
            "model_name": f"{prefix}_x",
            "exact_match": "true",
            "sort_by": "model_version",
        }
        listed = api.get(v1(local_backend, "/models"), params={**params, "order": "asc"}).json()
        assert [model["model_version"] for model in listed["models"]] == versions
        second_page = api.get(v1(local_backend, "/models"), params={**params, "limit": 2, "offset": 1}).json()
        assert second_page["total_count"] == 3
        assert [model["model_version"] for model in second_page["models"]] == ["1.0.0"]
        # Without exact_match an underscore matches any character.
        fuzzy = api.get(v1(local_backend, "/models"), params={"model_name": f"{prefix}-x"}).json()
        assert fuzzy["total_count"] == 0
        fuzzy = api.get(v1(local_backend, "/models"), params={"model_name": f"{prefix}_x"}).json()
        assert fuzzy["total_count"] == 3

    def test_invalid_query_named(self, api: httpx.Client, local_backend: LocalBackend) -> None:
        assert_error(api.get(v1(local_backend, "/models"), params={"limit": "many"}), 400, "'limit'")
        assert_error(api.get(v1(local_backend, "/models"), params={"sort_by": "name"}), 400, "'sort_by'")

    def test_unknown_model_is_404(
        self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
    ) -> None:
        for method in ("GET", "DELETE"):
            response = api.request(method, v1(local_backend, f"/models/{uuid.uuid4()}"))
            spec_checker.response(response)
            assert_error(response, 404)


class TestServices:
    def test_lifecycle(
        self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
    ) -> None:
        model_id = create_model(api, local_backend)
        service_id = create_service(api, local_backend, model_id)
        path = v1(local_backend, f"/services/{service_id}")
        service = spec_checker.response(api.get(path))
        assert service["status"] == "deploying"
        assert service["access_address"] == f"{local_backend.endpoint}/v1/infers/{service_id}"
        assert service["config"][0]["model_id"] == model_id
        listed = spec_checker.response(api.get(v1(local_backend, "/services"), params={"model_id": model_id}))
        assert [item["service_id"] for item in listed["services"]] == [service_id]
        assert spec_checker.response(api.put(path, json={"description": "new"})) == {}
        assert api.get(path).json()["description"] == "new"
        assert spec_checker.response(api.put(path, json={"status": "stopped"})) == {}
        assert api.get(path).json()["status"] == "stopped"
        monitor = spec_checker.response(api.get(f"{path}/monitor"))
        assert monitor["monitors"][0]["model_id"] == model_id
        logs = spec_checker.response(api.get(f"{path}/logs"))
        assert len(logs["logs"]) == 1
        in_use = api.delete(v1(local_backend, f"/models/{model_id}")).json()
        assert in_use["delete_failed_list"][0]["model_id"] == model_id
        assert spec_checker.response(api.delete(path)) == {}
        assert_error(api.get(path), 404, service_id)

    def test_update_config_logs_an_update(self, api: httpx.Client, local_backend: LocalBackend) -> None:
        model_id = create_model(api, local_backend)
        service_id = create_service(api, local_backend, model_id)
        path = v1(local_backend, f"/services/{service_id}")
        config = [
            {"model_id": model_id, "weight": 100, "specification": "modelarts.vm.cpu.2u", "instance_count": 2}
        ]
        assert api.put(path, json={"config": config}).status_code == 200
        assert api.get(path).json()["config"][0]["instance_count"] == 2
        logs = api.get(f"{path}/logs").json()["logs"]
        assert len(logs) == 2
        only_last = api.get(f"{path}/logs", params={"update_time": logs[1]["update_time"]}).json()["logs"]
        assert only_last[-1] == logs[1]

    def test_create_refuses_unknown_model_and_bad_weights(
        self, api: httpx.Client, local_backend: LocalBackend
    ) -> None:
        config = {
            "model_id": "nope",
            "weight": 100,
            "specification": "modelarts.vm.cpu.2u",
            "instance_count": 1,
        }
        body = {"service_name": unique("svc"), "infer_type": "real-time", "config": [config]}
        assert_error(api.post(v1(local_backend, "/services"), json=body), 400, "'config[0].model_id'")
        config["model_id"] = create_model(api, local_backend)
        config["weight"] = 60
        assert_error(api.post(v1(local_backend, "/services"), json=body), 400, "'config'")

    def test_create_response_matches_spec(
        self, api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
    ) -> None:
        body = batch_body(create_model(api, local_backend))
        created = spec_checker.response(api.post(v1(local_backend, "/services"), json=body))
        service = api.get(v1(local_backend, f"/services/{created['service_id']}")).json()
        assert "access_address" not in service
        assert service["config"][0]["mapping_type"] == "file"

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"infer_type": "streaming"}, "infer_type"),
            ({"config": []}, "config"),
            ({"service_name": "1abc"}, "service_name"),
            (
                {"config": [{"model_id": "m", "specification": "s", "instance_count": 9}]},
                "config[0].instance_count",
            ),
        ],
    )
    def test_invalid_create_names_field(
        self, api: httpx.Client, local_backend: LocalBackend, change: dict[str, Any], field: str
    ) -> None:
        config = [{"model_id": "m", "weight": 100, "specification": "s", "instance_count": 1}]
        body = {"service_name": unique("svc"), "infer_type": "real-time", "config": config, **change}
        assert_error(api.post(v1(local_backend, "/services"), json=body), 400, f"'{field}'")

    @pytest.mark.parametrize(
        ("method", "suffix"),
        [("GET", ""), ("PUT", ""), ("DELETE", ""), ("GET", "/monitor"), ("GET", "/logs")],
    )
    def test_unknown_service_is_404(
        self,
        api: httpx.Client,
        local_backend: LocalBackend,
        spec_checker: SpecChecker,
        method: str,
        suffix: str,
    ) -> None:
        body = {"description": "x"} if method == "PUT" else None
        response = api.request(method, v1(local_backend, f"/services/{uuid.uuid4()}{suffix}"), json=body)
        spec_checker.response(response)
        assert_error(response, 404)


class TestInference:
    def test_unknown_service_is_404(self, api: httpx.Client, spec_checker: SpecChecker) -> None:
        response = api.post(f"/v1/infers/{uuid.uuid4()}", json={"data": 1})
        spec_checker.response(response)
        assert_error(response, 404)

    def test_service_not_running_is_409(self, api: httpx.Client, local_backend: LocalBackend) -> None:
        service_id = create_service(api, local_backend, create_model(api, local_backend))
        assert_error(api.post(f"/v1/infers/{service_id}", json={"data": 1}), 409, "deploying")

    def test_body_must_be_a_json_object_or_array(self, api: httpx.Client) -> None:
        assert_error(api.post(f"/v1/infers/{uuid.uuid4()}", json=3), 400, "body")

    def test_a_form_must_be_a_form_of_named_fields(self, api: httpx.Client) -> None:
        service_id = uuid.uuid4()
        for content_type, body in (
            ("multipart/form-data", b"{}"),
            ("multipart/form-data; boundary=xyz", b"--xyz\r\n\r\nno name\r\n--xyz--\r\n"),
        ):
            response = api.post(
                f"/v1/infers/{service_id}", content=body, headers={"Content-Type": content_type}
            )
            assert_error(response, 400, "form")
        named = api.post(f"/v1/infers/{service_id}/v2/files", files={"docs": ("a.txt", b"1")})
        assert_error(named, 404, str(service_id))  # valid: only the service is unknown

    def test_api_paths_stay_inside_the_service(self, api: httpx.Client) -> None:
        # Encoded, these reach the server as they are; decoded, the document's pattern refuses them.
        for path in ("v2/%2E%2E/x", "%2e/v2", "v2/a%3Fb", "v2/a%23b", "v2/a%25b", "v2/a%5Cb", "v2/a%00b"):
            response = api.post(f"/v1/infers/{uuid.uuid4()}/{path}", json={"data": 1})
            assert_error(response, 400, "api_path")
