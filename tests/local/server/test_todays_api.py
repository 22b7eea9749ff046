"""The fields ModelArts added since the SDK reference, over REST: accepted, stored, answered as declared."""

from __future__ import annotations

from typing import Any

import httpx

from modelarts_hl.local import LocalBackend

from ..spec_check import SpecChecker
from .test_operations import create_job, create_model, create_service, unique, v1, v2


def _search(api: httpx.Client, backend: LocalBackend, checker: SpecChecker, **body: Any) -> list[str]:
    page = checker.response(api.post(v2(backend, "/training-job-searches"), json={"limit": 50, **body}))
    return [item["metadata"]["id"] for item in page["items"]]


def test_jobs_are_searched_by_workspace_train_type_tags_and_hosts(
    api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
) -> None:
    custom = create_job(api, local_backend, metadata={"name": unique("job"), "workspace_id": "ws-search"})
    tuned = create_job(
        api, local_backend, metadata={"name": unique("job"), "workspace_id": "ws-search"}, train_type="LORA"
    )
    assert "train_type" not in tuned  # kept, not answered: JobResponse has no such field
    ids = _search(api, local_backend, spec_checker, workspace_id="ws-search")
    assert sorted(ids) == sorted([custom["metadata"]["id"], tuned["metadata"]["id"]])
    assert _search(api, local_backend, spec_checker, workspace_id="ws-search", train_type="ftjob") == [
        tuned["metadata"]["id"]
    ]
    assert _search(api, local_backend, spec_checker, workspace_id="ws-search", train_type="job") == [
        custom["metadata"]["id"]
    ]
    tags = [{"key": "team", "values": ["a"]}]
    assert _search(api, local_backend, spec_checker, workspace_id="ws-search", tags=tags) == []
    # Jobs of the records backend never start, so no task runs on any host yet.
    assert _search(api, local_backend, spec_checker, workspace_id="ws-search", host_ips=["127.0.0.1"]) == []
    bad = api.post(v2(local_backend, "/training-job-searches"), json={"train_type": "other"})
    assert bad.status_code == 400


def test_new_job_settings_are_kept_and_request_only_ones_not_answered(
    api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
) -> None:
    spec = {
        "resource": {"flavor_id": "modelarts.vm.cpu.8u", "node_count": 1},
        "auto_stop": {"time_unit": "HOURS", "duration": 2},
        "notification": {"topic_urn": "urn:smn:local-1:p:t", "events": ["JobFailed"]},
        "schedule_policy": {
            "priority": 2,
            "preemptible": True,
            "required_affinity": {"affinity_type": "cabinet"},
        },
        "custom_metrics": [{"http_get": {"path": "/metrics", "port": 9100}}],
        "volumes": [{"obs": {"obs_path": "/bucket/ref/", "local_path": "/home/ma-user/ref"}}],
        "retention": {"policy": "enabled"},
    }
    job = create_job(api, local_backend, spec=spec)
    shown = spec_checker.response(api.get(v2(local_backend, f"/training-jobs/{job['metadata']['id']}")))
    assert shown == job
    answered = shown["spec"]
    assert answered["schedule_policy"] == spec["schedule_policy"]
    assert answered["custom_metrics"] == spec["custom_metrics"]
    for request_only in ("auto_stop", "notification", "retention"):
        assert request_only not in answered
    assert answered["volumes"] == [{}]  # an OBS volume is request-only; its entry answers nothing
    assert answered["resource"]["flavor_detail"]["flavor_info"]["disk"]["size"].isdigit()
    engine = shown["algorithm"]["engine"]
    assert "run_user" not in engine and "v1_compatible" not in engine


def test_updating_a_job_changes_annotations_priority_and_notification(
    api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
) -> None:
    job = create_job(api, local_backend, metadata={"name": unique("job"), "annotations": {"a": "1"}})
    path = v2(local_backend, f"/training-jobs/{job['metadata']['id']}")
    update = {
        "description": "second",
        "metadata": {"annotation": {"b": "2"}},
        "spec": {"schedule_policy": {"priority": 3}, "notification": {"topic_urn": "urn:smn:x"}},
    }
    assert api.put(path, json=update).status_code == 200
    shown = spec_checker.response(api.get(path))
    assert shown["metadata"]["description"] == "second"
    assert shown["metadata"]["annotations"] == {"a": "1", "b": "2"}
    assert shown["spec"]["schedule_policy"] == {"priority": 3}
    assert "notification" not in shown["spec"]


def test_undeclared_request_fields_are_dropped(
    api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
) -> None:
    job = create_job(api, local_backend, extra_top="x", metadata={"name": unique("job"), "stray": 1})
    assert "extra_top" not in job and "stray" not in job["metadata"]
    spec_checker.response(api.get(v2(local_backend, f"/training-jobs/{job['metadata']['id']}")))


def test_several_services_are_deleted_at_once(
    api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
) -> None:
    model_id = create_model(api, local_backend)
    first, second = (create_service(api, local_backend, model_id) for _ in range(2))
    missing = api.delete(v1(local_backend, f"/services/{first},no-such-service"))
    assert missing.status_code == 404
    assert api.get(v1(local_backend, f"/services/{first}")).status_code == 200  # none deleted
    spec_checker.response(api.delete(v1(local_backend, f"/services/{first},{second}")))
    for service_id in (first, second):
        assert api.get(v1(local_backend, f"/services/{service_id}")).status_code == 404
    assert api.delete(v1(local_backend, f"/services/{first},,bad")).status_code == 400


def test_service_settings_and_update_logs_are_answered_as_declared(
    api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
) -> None:
    model_id = create_model(api, local_backend)
    body = {
        "service_name": unique("DigitRecognition"),
        "infer_type": "real-time",
        "additional_properties": {
            "smn_notification": {"topic_urn": "urn:smn:local-1:p:t", "events": [1, 3]},
            "websocket_upgrade": False,
        },
        "config": [
            {
                "model_id": model_id,
                "weight": 100,
                "specification": "modelarts.vm.cpu.2u",
                "instance_count": 1,
                "additional_properties": {"termination_grace_period_seconds": 30, "max_surge": 0.5},
                "affinity": {"node_affinity": {"mode": "preferred"}},
            }
        ],
    }
    created = api.post(v1(local_backend, "/services"), json=body)
    assert created.status_code == 200, created.text
    service_id = created.json()["service_id"]
    shown = spec_checker.response(api.get(v1(local_backend, f"/services/{service_id}")))
    assert shown["additional_properties"] == body["additional_properties"]
    assert shown["config"][0]["additional_properties"] == body["config"][0]["additional_properties"]
    logs = spec_checker.response(api.get(v1(local_backend, f"/services/{service_id}/logs")))["logs"]
    assert set(logs[0]["config"][0]) <= {
        "model_id",
        "model_name",
        "model_version",
        "weight",
        "specification",
        "custom_spec",
        "envs",
        "cluster_id",
        "instance_count",
        "additional_properties",
    }
    listed = spec_checker.response(
        api.get(
            v1(local_backend, "/services"), params={"service_name": "digitrecog", "sort_by": "transition_at"}
        )
    )
    assert service_id in [service["service_id"] for service in listed["services"]]


def test_template_models_are_imported_without_source_location(
    api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
) -> None:
    template = {"template_id": "tpl", "template_inputs": [{"input_id": "model", "input": "/bucket/m/"}]}
    body = {
        "model_name": unique("tpl"),
        "model_version": "1.0.0",
        "model_type": "Template",
        "template": template,
    }
    created = api.post(v1(local_backend, "/models"), json=body)
    assert created.status_code == 200, created.text
    model = spec_checker.response(api.get(v1(local_backend, f"/models/{created.json()['model_id']}")))
    assert "source_location" not in model and model["model_status"] in ("publishing", "published")
    without = {**body, "model_name": unique("tpl")}
    del without["template"]
    refused = api.post(v1(local_backend, "/models"), json=without)
    assert refused.status_code == 400 and "template" in refused.json()["error_msg"]
    plain = {"model_name": unique("m"), "model_version": "1.0.0", "model_type": "PyTorch"}
    refused = api.post(v1(local_backend, "/models"), json=plain)
    assert refused.status_code == 400 and "source_location" in refused.json()["error_msg"]


def test_model_names_match_whatever_the_letter_case(
    api: httpx.Client, local_backend: LocalBackend, spec_checker: SpecChecker
) -> None:
    name = unique("DigitRecognition").replace("-", "")
    create_model(api, local_backend, name)
    for pattern, exact in ((name.lower(), False), ("digitrecog", False), (name, True)):
        params: dict[str, Any] = {"model_name": pattern, **({"exact_match": "true"} if exact else {})}
        listed = spec_checker.response(api.get(v1(local_backend, "/models"), params=params))
        assert name in [model["model_name"] for model in listed["models"]], pattern
    listed = spec_checker.response(
        api.get(v1(local_backend, "/models"), params={"model_name": name.lower(), "exact_match": "true"})
    )
    assert listed["models"] == []
