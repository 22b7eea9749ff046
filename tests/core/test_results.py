from __future__ import annotations

import json
from pathlib import Path

from modelarts_client.models import JobResponse
from modelarts_hl._core.results import Result

SAMPLE = Path(__file__).parents[1] / "data" / "samples" / "training" / "JobResponse.json"


def test_attribute_and_key_access_agree() -> None:
    payload = json.loads(SAMPLE.read_text())
    info = Result(JobResponse.from_dict(payload))
    assert info["status"]["phase"] == payload["status"]["phase"]
    assert info.status.phase == payload["status"]["phase"]
    assert info.metadata.id == payload["metadata"]["id"]
    assert info.model.metadata.name == payload["metadata"]["name"]
    assert dict(info) == payload
    assert info == payload


def test_missing_fields_are_none_and_unknown_fields_reachable() -> None:
    info = Result(JobResponse.from_dict({"kind": "job", "metadata": {"name": "n"}, "new_field": {"a": 1}}))
    assert info.status is None
    assert info.metadata.description is None
    assert info.new_field == {"a": 1}
    try:
        info.no_such_field  # noqa: B018
    except AttributeError as error:
        assert "no_such_field" in str(error)
    else:
        raise AssertionError("an unknown field must raise AttributeError")


def test_printing_is_readable_json() -> None:
    info = Result(JobResponse.from_dict({"kind": "job", "metadata": {"name": "n"}}))
    assert json.loads(str(info)) == {"kind": "job", "metadata": {"name": "n"}}
    assert repr(info).startswith("JobResponse({")
    assert info.to_dict() == {"kind": "job", "metadata": {"name": "n"}}


def test_fields_named_like_mapping_methods_are_the_fields() -> None:
    from modelarts_client.models import ListTrainingJobsResponse

    payload = {"total": 1, "count": 1, "items": [{"kind": "job", "metadata": {"name": "n"}}]}
    jobs = Result(ListTrainingJobsResponse.from_dict(payload))
    assert jobs.items[0].metadata.name == "n"
    assert jobs["items"][0]["metadata"]["name"] == "n"
    assert dict(jobs) == payload and jobs == payload
    assert sorted(Result.keys(jobs)) == ["count", "items", "total"]
    info = Result(JobResponse.from_dict({"kind": "job", "metadata": {"name": "n"}}))
    assert sorted(info.keys()) == ["kind", "metadata"]
    assert info.get("kind") == "job"


def test_fields_the_generator_renamed_keep_their_documented_names() -> None:
    from modelarts_client.models import ModelParam

    param = Result(
        ModelParam.from_dict({"url": "/", "param_name": "x", "param_type": "number", "min": 1, "max": 9})
    )
    assert (param.min, param.max) == (1, 9)
    assert (param["min"], param["max"]) == (1, 9)


def test_a_declared_additional_properties_field_is_the_field_not_the_undeclared_keys() -> None:
    # ModelArts' services declare a field named like the generated models' attribute of undeclared keys.
    from modelarts_client.models import ServiceDetail

    payload = {
        "service_id": "s",
        "service_name": "n",
        "additional_properties": {"smn_notification": {"topic_urn": "urn:smn:t", "events": [1, 3]}},
        "new_field": 7,
    }
    info = Result(ServiceDetail.from_dict(payload))
    assert info.additional_properties.smn_notification.topic_urn == "urn:smn:t"
    assert info["additional_properties"]["smn_notification"]["events"] == [1, 3]
    assert info.new_field == 7
    assert info.to_dict() == payload


def test_the_json_view_is_the_json_received_and_reads_no_model() -> None:
    payload = json.loads(SAMPLE.read_text())
    info = Result(JobResponse.from_dict(payload))
    assert list(info) == list(payload)  # as received, in its order
    assert info["spec"]["resource"]["flavor_id"] == payload["spec"]["resource"]["flavor_id"]
    assert str(info) == json.dumps(payload, indent=2, ensure_ascii=False)
    assert info.status.phase == payload["status"]["phase"]


def test_a_result_of_a_model_made_by_its_constructor_serialises_it() -> None:
    from modelarts_client.models import JobMetadata

    info = Result(JobResponse(kind="job", metadata=JobMetadata(name="n")))
    assert info == {"kind": "job", "metadata": {"name": "n"}}
    assert info.metadata.name == "n" and info["metadata"]["name"] == "n"
