"""Error mapping from HTTP responses, the exception hierarchy, and redaction of secrets."""

from __future__ import annotations

import logging
import pickle
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from modelarts_hl import errors
from modelarts_hl._core.error_mapping import error_from_response, parse_retry_after
from modelarts_hl._core.redaction import mask_secrets, redact_headers, redact_url, register_secret
from modelarts_hl.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidArgumentError,
    ModelArtsError,
)

JOB_URL = "https://modelarts.example.com/v2/p1/training-jobs/xyz"


def _response(
    status: int,
    content: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    method: str = "GET",
    url: str = JOB_URL,
) -> httpx.Response:
    return httpx.Response(status, content=content, headers=headers, request=httpx.Request(method, url))


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (502, errors.ServerError),
        (599, errors.ServerError),
        (405, errors.UnexpectedStatusError),
        (418, errors.UnexpectedStatusError),
        (499, errors.UnexpectedStatusError),
    ],
)
def test_status_selects_the_exception_class(status: int, kind: type[APIError]) -> None:
    error = error_from_response(_response(status, b'{"error_code": "X.1", "error_msg": "m"}'))
    assert type(error) is kind
    assert isinstance(error, APIError)
    assert isinstance(error, ModelArtsError)
    assert error.status_code == status


def test_modelarts_error_body_gives_a_useful_message() -> None:
    body = b'{"error_code": "ModelArts.0104", "error_msg": "Job not found"}'
    error = error_from_response(_response(404, body, {"X-Request-Id": "req-123"}))
    assert str(error) == f"404 ModelArts.0104 on GET {JOB_URL}: Job not found (request id req-123)"
    assert (error.error_code, error.error_msg, error.request_id) == (
        "ModelArts.0104",
        "Job not found",
        "req-123",
    )
    assert (error.method, error.url) == ("GET", JOB_URL)
    assert error.body == body.decode()
    assert "ModelArts.0104" in repr(error)


def test_training_errors_carry_a_solution_and_log_errors_use_error_message() -> None:
    body = b'{"error_code": "ModelArts.2763", "error_msg": "Invalid flavor", "error_solution": "Pick one"}'
    error = error_from_response(_response(400, body, method="POST"))
    assert error.error_solution == "Pick one"
    assert str(error).endswith("Invalid flavor. Solution: Pick one")
    log_error = error_from_response(
        _response(404, b'{"error_code": "ModelArts.2801", "error_message": "No log"}')
    )
    assert log_error.error_msg == "No log"


def test_iam_error_shape() -> None:
    body = (
        b'{"error": {"code": 401, "message": "The username or password is wrong.", "title": "Unauthorized"}}'
    )
    error = error_from_response(_response(401, body, {"X-Openstack-Request-Id": "iam-req"}, method="POST"))
    assert isinstance(error, errors.AuthenticationError)
    assert error.error_code is None
    assert error.error_msg == "The username or password is wrong."
    assert error.request_id == "iam-req"
    assert str(error).startswith("401 on POST https://modelarts.example.com/")


def test_apig_error_with_request_id_in_the_body() -> None:
    body = b'{"error_code": "APIG.0301", "error_msg": "Incorrect IAM authentication", "request_id": "r9"}'
    error = error_from_response(_response(401, body))
    assert (error.error_code, error.request_id) == ("APIG.0301", "r9")


def test_obs_xml_error_and_obs_request_id() -> None:
    body = (
        b"<?xml version='1.0'?><Error><Code>NoSuchKey</Code><Message>The key does not exist</Message></Error>"
    )
    error = error_from_response(_response(404, body, {"x-obs-request-id": "obs-1"}))
    assert (error.error_code, error.error_msg, error.request_id) == (
        "NoSuchKey",
        "The key does not exist",
        "obs-1",
    )


def test_html_gateway_page() -> None:
    page = (
        b"<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1>"
        + b"x" * 5000
        + b"</body></html>"
    )
    error = error_from_response(_response(502, page, {"Content-Type": "text/html"}))
    assert isinstance(error, errors.ServerError)
    assert error.error_msg.startswith("502 Bad Gateway (HTML error page")
    assert str(error).startswith(f"502 on GET {JOB_URL}: 502 Bad Gateway (HTML error page")
    assert len(error.body) <= errors.BODY_LIMIT
    assert error.body.endswith("...")


def test_empty_and_non_utf8_and_odd_json_bodies() -> None:
    empty = error_from_response(_response(502))
    assert str(empty) == f"502 on GET {JOB_URL}: Bad Gateway (empty response body)"
    garbled = error_from_response(_response(500, b"\xff\xfe internal \x80 failure"))
    assert "internal" in garbled.error_msg and "failure" in garbled.error_msg
    listed = error_from_response(_response(400, b'["bad", "things"]'))
    assert listed.error_msg == '["bad", "things"]'
    unknown_keys = error_from_response(_response(400, b'{"detail": "nope"}'))
    assert unknown_keys.error_msg == '{"detail": "nope"}'
    plain = error_from_response(_response(503, b"Service   Unavailable\n\nretry later"))
    assert plain.error_msg == "Service Unavailable retry later"


def test_streamed_and_request_less_responses() -> None:
    streamed = httpx.Response(500, stream=httpx.ByteStream(b'{"error_msg": "boom"}'))
    error = error_from_response(streamed)
    assert error.error_msg == "boom"
    assert (error.method, error.url) == (None, None)
    assert str(error) == "500: boom"


def test_rate_limit_carries_retry_after() -> None:
    error = error_from_response(_response(429, b"{}", {"Retry-After": "12"}))
    assert isinstance(error, errors.RateLimitError)
    assert error.retry_after == 12.0
    assert error_from_response(_response(429)).retry_after is None


def test_parse_retry_after() -> None:
    now = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert parse_retry_after("5", now) == 5.0
    assert parse_retry_after(" 1.5 ", now) == 1.5
    assert parse_retry_after("-3", now) == 0.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0.0
    for invalid in (None, "", "soon", "inf", "nan"):
        assert parse_retry_after(invalid, now) is None


def test_secrets_never_reach_messages_reprs_or_bodies() -> None:
    register_secret("registered-secret-value")
    body = (
        b'{"error_code": "X.1", "error_msg": "bad key registered-secret-value",'
        b' "password": "hunter2-password", "token": "tok-in-body"}'
    )
    url = "https://user:pw-in-url@obs.example.com/b/k?Signature=sig-in-url&AccessKeyId=AK1&x=1"
    error = error_from_response(_response(400, body, url=url))
    for text in (str(error), repr(error), error.body, error.url or ""):
        for secret in (
            "registered-secret-value",
            "hunter2-password",
            "tok-in-body",
            "sig-in-url",
            "pw-in-url",
        ):
            assert secret not in text
    assert "AccessKeyId=AK1" in (error.url or "")


def test_invalid_argument_error_names_the_argument() -> None:
    error = InvalidArgumentError("page_size", "an integer from 1 to 50", got=0)
    assert isinstance(error, ValueError)
    assert error.argument == "page_size"
    assert str(error) == "invalid page_size: expected an integer from 1 to 50, got 0"
    assert str(InvalidArgumentError("secret_key", "a non-empty string")) == (
        "invalid secret_key: expected a non-empty string"
    )


def test_errors_survive_pickling() -> None:
    api_error = error_from_response(_response(404, b'{"error_code": "ModelArts.0104", "error_msg": "gone"}'))
    for original in (
        api_error,
        InvalidArgumentError("limit", "a positive integer", got=-1),
        APITimeoutError("ReadTimeout on GET x", method="GET", url=JOB_URL),
        errors.CredentialsNotFoundError("no credentials"),
    ):
        copy = pickle.loads(pickle.dumps(original))
        assert type(copy) is type(original)
        assert str(copy) == str(original)
        assert copy.__dict__ == original.__dict__


def test_connection_errors() -> None:
    register_secret("conn-secret-value")
    error = APITimeoutError(
        "ReadTimeout while sending conn-secret-value", method="GET", url=JOB_URL + "?token=t1"
    )
    assert isinstance(error, APIConnectionError)
    assert "conn-secret-value" not in str(error)
    assert error.url == JOB_URL + "?token=****"


def test_redact_headers_is_case_insensitive() -> None:
    mixed_case = {
        "X-Auth-Token": "t",
        "authorization": "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=abc",
        "X-SECURITY-TOKEN": "st",
        "x-Subject-Token": "subject",
        "Proxy-Authorization": "Basic x",
        "Content-Type": "application/json",
    }
    assert redact_headers(mixed_case) == {
        "X-Auth-Token": "****",
        "authorization": "****",
        "X-SECURITY-TOKEN": "****",
        "x-Subject-Token": "****",
        "Proxy-Authorization": "****",
        "Content-Type": "application/json",
    }
    repeated = httpx.Headers([("X-Auth-Token", "t"), ("Accept", "a"), ("Accept", "b")])
    assert redact_headers(repeated) == {"x-auth-token": "****", "accept": "a, b"}


def test_mask_secrets_masks_registered_values_and_credential_fields() -> None:
    register_secret("abc/def+ghi-secret")
    register_secret("ab")  # too short to be a credential: ignored rather than garbling text
    register_secret(None)
    text = (
        "key abc/def+ghi-secret and abc%2Fdef%2Bghi-secret; "
        'json {"secret_key": "s\\"k", "password":"p"} form password=p2&token=t2&task=ok ab'
    )
    assert mask_secrets(text) == (
        "key **** and ****; "
        'json {"secret_key": "****", "password":"****"} form password=****&token=****&task=ok ab'
    )
    assert mask_secrets("invalid token: expired") == "invalid token: expired"


def test_mask_secrets_masks_credential_headers_as_http_libraries_log_them() -> None:
    logged = {
        "[(b'date', b'Fri'), (b'x-subject-token', b'MII-abc'), (b'server', b'x')]": (
            "[(b'date', b'Fri'), (b'x-subject-token', b'****'), (b'server', b'x')]"
        ),
        "{'Authorization': 'SDK-HMAC-SHA256 Access=AK, Signature=ab12', 'X-Obs-Security-Token': \"it's\"}": (
            "{'Authorization': '****', 'X-Obs-Security-Token': \"****\"}"
        ),
        "X-Subject-Token: MII-abc\r\nHost: h": "X-Subject-Token: ****\r\nHost: h",
        "OBS AKIAIOSFODNN7EXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg= sent": "OBS AKIAIOSFODNN7EXAMPLE:**** sent",
        "Authorization failed for user x": "Authorization failed for user x",
        "set-cookie: a=b": "set-cookie: ****",
    }
    for text, masked in logged.items():
        assert mask_secrets(text) == masked


def test_redact_url() -> None:
    assert redact_url("https://u:p@h.example.com/a?x-obs-security-token=t&b=1") == (
        "https://u:****@h.example.com/a?x-obs-security-token=****&b=1"
    )
    assert redact_url(httpx.URL("https://h.example.com/a?b=1")) == "https://h.example.com/a?b=1"


def test_logging_an_error_is_safe(caplog: pytest.LogCaptureFixture) -> None:
    register_secret("logged-secret-value")
    error = error_from_response(_response(500, b'{"error_msg": "echo logged-secret-value"}'))
    with caplog.at_level(logging.ERROR, logger="modelarts_hl"):
        logging.getLogger("modelarts_hl.test").error("call failed: %s / %r", error, error)
    assert "logged-secret-value" not in caplog.text
    assert "echo ****" in caplog.text


def test_every_exception_of_the_client_is_defined_in_errors_and_exported() -> None:
    """One hierarchy: no client module defines an exception of its own; the package root exports them all."""
    import ast
    import inspect
    from pathlib import Path

    import modelarts_hl

    root = Path(modelarts_hl.__file__).parent
    elsewhere = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative == "errors.py" or relative.startswith(("local/", "demo/")):
            continue  # the local backend is a server with errors of its own; the demo is an application
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                (isinstance(base, ast.Name) and base.id.endswith(("Error", "Exception")))
                or (isinstance(base, ast.Attribute) and base.attr.endswith(("Error", "Exception")))
                for base in node.bases
            ):
                elsewhere.append(f"{relative}: {node.name}")
    assert elsewhere == []
    defined = {
        name
        for name, value in inspect.getmembers(errors, inspect.isclass)
        if issubclass(value, errors.ModelArtsError) and value.__module__ == errors.__name__
    }
    assert defined <= set(modelarts_hl.__all__)
    assert all(getattr(modelarts_hl, name) is getattr(errors, name) for name in defined)
