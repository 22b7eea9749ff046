"""Answers carry exactly what the document declares: the checker the tests and validate_responses use."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from modelarts_hl.local.server.rules import SpecRules
from modelarts_hl.local.server.spec import closed_copy, load_spec

from ..spec_check import SpecChecker

JOB_PATH = "/v2/0123456789abcdef0123456789abcdef/training-jobs/some-job"


def _answer(body: dict[str, Any]) -> httpx.Response:
    request = httpx.Request("GET", f"http://127.0.0.1{JOB_PATH}")
    return httpx.Response(200, json=body, request=request)


def _job(**changes: Any) -> dict[str, Any]:
    job: dict[str, Any] = {
        "kind": "job",
        "metadata": {"id": "some-job", "name": "n"},
        "algorithm": {"engine": {"engine_id": "e", "engine_name": "PyTorch", "engine_version": "v"}},
        "spec": {"resource": {"flavor_detail": {"flavor_info": {"disk": {"size": "500", "unit": "GB"}}}}},
    }
    job.update(changes)
    return job


def test_a_declared_answer_passes(spec_checker: SpecChecker) -> None:
    assert spec_checker.response(_answer(_job()))["kind"] == "job"


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        # Fields the spec gives to tasks only, which the backend once answered for jobs.
        ({"algorithm": {"engine": {"engine_id": "e", "run_user": "1102"}}}, "run_user"),
        ({"algorithm": {"engine": {"v1_compatible": True}}}, "v1_compatible"),
        # A job's flavor_detail disk size is a string; the flavor list's is an integer.
        ({"spec": {"resource": {"flavor_detail": {"flavor_info": {"disk": {"size": 500}}}}}}, "500"),
        # A request-only field in an answer.
        ({"spec": {"auto_stop": {"time_unit": "HOURS", "duration": 1}}}, "write-only"),
        ({"train_type": "LORA"}, "train_type"),
    ],
)
def test_undeclared_fields_wrong_types_and_request_only_fields_fail(
    spec_checker: SpecChecker, change: dict[str, Any], complaint: str
) -> None:
    with pytest.raises(AssertionError, match=complaint):
        spec_checker.response(_answer(_job(**change)))


def test_closing_leaves_maps_and_deliberately_open_objects_open() -> None:
    schemas = closed_copy(load_spec())["components"]["schemas"]
    assert schemas["JobMetadata"]["additionalProperties"] is False
    assert schemas["JobMetadata"]["properties"]["annotations"]["additionalProperties"] == {"type": "string"}
    assert schemas["ModelJsonSchema"]["additionalProperties"] is True
    # A property named "properties" is a field, not a schema keyword.
    assert schemas["ModelJsonSchema"]["properties"]["properties"]["additionalProperties"] is True
    assert "additionalProperties" not in schemas["JobSpec"]["properties"]["resource"]  # an allOf wrapper


def test_what_a_handler_stored_is_answered_without_request_only_fields() -> None:
    rules = SpecRules(load_spec())
    stored = _job(spec={"auto_stop": {"time_unit": "HOURS", "duration": 1}, "volumes": [{"obs": {}}]})
    answered = rules.readable("showTrainingJob", 200, json.loads(json.dumps(stored)))
    assert answered["spec"] == {"volumes": [{}]}
    sent = {"kind": "job", "metadata": {"name": "n", "stray": 1}, "stray": {"a": 1}}
    assert rules.accepted("createTrainingJob", sent) == {"kind": "job", "metadata": {"name": "n"}}
