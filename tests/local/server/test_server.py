"""HTTP behaviour of the spec-first server: routing, content types, malformed bodies, the served document."""

from __future__ import annotations

import httpx
import pytest
import yaml

from modelarts_hl.local import LocalBackend
from modelarts_hl.local.server.authn import MAX_BODY_BYTES
from modelarts_hl.local.server.handlers import OPERATIONS

from ..conftest import issue_token
from .test_operations import assert_error

TOKENS = "/v3/auth/tokens"


def test_document_is_served(anonymous: httpx.Client) -> None:
    response = anonymous.get("/openapi.yaml")
    assert response.status_code == 200
    document = yaml.safe_load(response.text)
    assert "createTrainingJob" in response.text
    assert document["openapi"].startswith("3.")


def test_unknown_path_is_404(anonymous: httpx.Client) -> None:
    assert_error(anonymous.get("/v9/nothing"), 404)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("GET", TOKENS, {"POST"}),
        ("PATCH", "/v2/{project_id}/training-jobs/x", {"GET", "PUT", "DELETE"}),
        ("HEAD", "/v1/{project_id}/models", {"GET", "POST"}),
    ],
)
def test_wrong_method_is_405_with_allow(
    local_backend: LocalBackend, api: httpx.Client, method: str, path: str, allowed: set[str]
) -> None:
    response = api.request(method, path.format(project_id=local_backend.project_id))
    assert response.status_code == 405
    assert {item.strip() for item in response.headers["allow"].split(",")} == allowed
    if method != "HEAD":
        assert response.json()["error_code"].startswith("ModelArts.")


def test_body_without_json_content_type_is_415(anonymous: httpx.Client) -> None:
    response = anonymous.post(TOKENS, content=b"{}", headers={"Content-Type": "text/plain"})
    assert_error(response, 415, "application/json")


def test_missing_body_is_400(anonymous: httpx.Client) -> None:
    assert_error(anonymous.post(TOKENS), 400, "body")


@pytest.mark.parametrize("content", [b"\xff\xfe\x00{", b'{"auth": ', b"{'auth': 1}", b'{"a": NaN}'])
def test_malformed_json_is_400(anonymous: httpx.Client, content: bytes) -> None:
    response = anonymous.post(TOKENS, content=content, headers={"Content-Type": "application/json"})
    assert_error(response, 400, "body")


def test_json_of_wrong_type_is_400(anonymous: httpx.Client) -> None:
    assert_error(anonymous.post(TOKENS, json=["auth"]), 400, "must be of type object")


def test_non_utf8_in_authenticated_body_is_400(local_backend: LocalBackend, api: httpx.Client) -> None:
    path = f"/v2/{local_backend.project_id}/training-job-searches"
    response = api.post(path, content=b'{"sort_by": "\xe9"}', headers={"Content-Type": "application/json"})
    assert_error(response, 400, "UTF-8")


def test_oversized_body_is_413(anonymous: httpx.Client) -> None:
    response = anonymous.post(
        TOKENS, content=b" " * (MAX_BODY_BYTES + 1), headers={"Content-Type": "application/json"}
    )
    assert_error(response, 413)


def test_error_messages_never_echo_secrets(local_backend: LocalBackend, anonymous: httpx.Client) -> None:
    secret = "s3cr3t-value-0123456789"
    body = {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {"user": {"name": "x", "password": 12345, "domain": {"name": secret}}},
            },
            "scope": {"project": {"id": secret}},
        }
    }
    response = anonymous.post(TOKENS, json=body)
    assert_error(response, 400, "auth.identity.password.user.password", "string")
    assert "12345" not in response.text
    assert secret not in response.text


def test_validation_error_names_query_parameter(anonymous: httpx.Client) -> None:
    assert_error(anonymous.post(f"{TOKENS}?nocatalog=yes", json={}), 400, "'nocatalog'")


def test_unknown_query_parameter_is_400(local_backend: LocalBackend, api: httpx.Client) -> None:
    response = api.get(f"/v1/{local_backend.project_id}/models", params={"model_nmae": "typo"})
    assert_error(response, 400, "'model_nmae'")


def test_empty_query_value_means_no_filter(local_backend: LocalBackend, api: httpx.Client) -> None:
    path = f"/v1/{local_backend.project_id}/models"
    assert api.get(path, params={"model_name": ""}).json() == api.get(path).json()
    assert_error(api.get(path, params={"limit": ""}), 400, "'limit'", "empty")
    assert_error(api.get(path, params={"sort_by": ""}), 400, "'sort_by'")


def test_response_violating_the_document_becomes_500(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(OPERATIONS.handlers, "listTrainingJobEngines", lambda request: {"total": "many"})
    with LocalBackend(validate_responses=True) as backend:
        headers = {"X-Auth-Token": issue_token(backend)}
        response = httpx.get(
            f"{backend.endpoint}/v2/{backend.project_id}/training-job-engines", headers=headers, timeout=30
        )
    assert_error(response, 500, "field 'total' must be of type integer")


def test_every_answer_carries_a_request_id_that_errors_report(
    local_backend: LocalBackend, anonymous: httpx.Client
) -> None:
    from modelarts_hl.errors import NotFoundError
    from modelarts_hl.training import TrainingJob

    ids = {
        anonymous.get(path).headers.get("X-Request-Id") for path in ("/openapi.yaml", "/no/such/path", "/")
    }
    assert None not in ids and len(ids) == 3, "one id per answer, successes and errors alike"
    with local_backend.session() as session, pytest.raises(NotFoundError) as info:
        TrainingJob(session, "00000000-0000-0000-0000-000000000000").get_job_info()
    assert info.value.request_id and f"(request id {info.value.request_id})" in str(info.value)
