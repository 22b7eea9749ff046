"""The transports: retries, Retry-After, typed errors, logging, generated-operation calls, pagination.

Network faults are injected with ``httpx.MockTransport``; waits go to a recording ``sleep``. Every case about
retries, Retry-After, typed errors, token renewal, signing, logging, timeouts and configuration runs against
both the synchronous :class:`Transport` and the :class:`AsyncTransport` (the ``side`` fixture), so that the
two stay the same.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import types
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http import HTTPStatus
from typing import Any

import httpx
import pytest

from modelarts_client.api.training import show_training_job
from modelarts_hl import errors
from modelarts_hl._core.async_auth import AsyncExpiring, AsyncTokenAuth
from modelarts_hl._core.async_transport import AsyncTransport
from modelarts_hl._core.auth import AkSkAuth, Expiring, TokenAuth
from modelarts_hl._core.calls import Call, checked
from modelarts_hl._core.transport import RetryPolicy, Timeouts, Transport
from modelarts_hl.errors import APIConnectionError, APITimeoutError, InvalidArgumentError

from ..clock import ManualClock

BASE = "https://modelarts.example.com"
SEED = 1234

Step = int | tuple[int, dict[str, str], bytes] | type[httpx.TransportError]


class Script:
    """A MockTransport handler answering from steps (the last one repeats), recording the requests."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, type):
            raise step("injected fault", request=request)
        if isinstance(step, int):
            return httpx.Response(step, json={"ok": step < 400})
        status, headers, content = step
        return httpx.Response(status, headers=headers, content=content)


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class AsyncSleeps(Sleeps):
    async def __call__(self, seconds: float) -> None:  # type: ignore[override]
        self.append(seconds)


class Driven:
    """A transport of either kind, used from synchronous test code (an asyncio one on the side's loop)."""

    def __init__(self, transport: Transport | AsyncTransport, runner: asyncio.Runner | None) -> None:
        self.transport = transport
        self._runner = runner

    def _run(self, outcome: Any) -> Any:
        return outcome if self._runner is None else self._runner.run(outcome)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        response: httpx.Response = self._run(self.transport.request(method, url, **kwargs))
        return response

    @property
    def httpx_client(self) -> httpx.Client | httpx.AsyncClient:
        return self.transport.httpx_client

    def close(self) -> None:
        transport = self.transport
        if isinstance(transport, AsyncTransport):
            self._run(transport.aclose())
        else:
            transport.close()

    def __repr__(self) -> str:
        return repr(self.transport)

    def __enter__(self) -> Driven:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class Side:
    """One kind of transport (``sync`` or ``asyncio``) with its sleep recorder and token auth."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.runner = asyncio.Runner() if name == "asyncio" else None

    def sleeps(self) -> Sleeps:
        return Sleeps() if self.runner is None else AsyncSleeps()

    def token_auth(
        self, fetch: Callable[[], tuple[str, datetime | None]], project_id: str | None = None
    ) -> httpx.Auth:
        if self.runner is None:
            return TokenAuth(Expiring(fetch), project_id=project_id)

        async def fetched() -> tuple[str, datetime | None]:
            return fetch()

        return AsyncTokenAuth(AsyncExpiring(fetched), project_id)

    def transport(self, *args: Any, **kwargs: Any) -> Driven:
        """The side's transport class made with these arguments (as ``Transport(...)``)."""
        return Driven((Transport if self.runner is None else AsyncTransport)(*args, **kwargs), self.runner)

    def make(
        self,
        handler: Callable[[httpx.Request], httpx.Response],
        auth: httpx.Auth | None = None,
        *,
        retry: RetryPolicy | None = None,
        sleeps: Sleeps | None = None,
        **kwargs: Any,
    ) -> Driven:
        return self.transport(
            BASE,
            auth,
            retry=retry,
            transport=httpx.MockTransport(handler),
            sleep=sleeps if sleeps is not None else self.sleeps(),
            rng=random.Random(SEED),
            **kwargs,
        )


@pytest.fixture(params=["sync", "asyncio"])
def side(request: pytest.FixtureRequest) -> Iterator[Side]:
    made = Side(request.param)
    yield made
    if made.runner is not None:
        made.runner.close()


def make_transport(
    handler: Callable[[httpx.Request], httpx.Response],
    auth: httpx.Auth | None = None,
    *,
    retry: RetryPolicy | None = None,
    sleeps: Sleeps | None = None,
    **kwargs: Any,
) -> Transport:
    """The synchronous transport itself (for tests of its own methods), made as ``Side.make`` makes it."""
    made = Side("sync").make(handler, auth, retry=retry, sleeps=sleeps, **kwargs).transport
    assert isinstance(made, Transport)
    return made


# --- retry schedule -----------------------------------------------------------------------------------------


def test_backoff_uses_full_jitter_from_the_injected_random(side: Side) -> None:
    script, sleeps = Script(503, 503, 503, 200), side.sleeps()
    with side.make(script, sleeps=sleeps) as transport:
        assert transport.request("GET", "/v1/p/models").status_code == 200
    rng = random.Random(SEED)
    assert sleeps == [rng.uniform(0, 0.5), rng.uniform(0, 1.0), rng.uniform(0, 2.0)]
    assert len(script.requests) == 4


def test_backoff_without_jitter_doubles_up_to_the_cap_then_raises(side: Side) -> None:
    script, sleeps = Script(500), side.sleeps()
    policy = RetryPolicy(max_retries=5, backoff_base=1.0, backoff_max=3.0, jitter=False)
    with (
        side.make(script, retry=policy, sleeps=sleeps) as transport,
        pytest.raises(errors.ServerError) as caught,
    ):
        transport.request("DELETE", "/v1/p/models/m1")
    assert sleeps == [1.0, 2.0, 3.0, 3.0, 3.0]
    assert len(script.requests) == 6
    assert caught.value.status_code == 500
    assert caught.value.method == "DELETE"


@pytest.mark.parametrize(("header", "expected"), [("7", 7.0), ("0.25", 0.25), ("120", 20.0)])
def test_retry_after_seconds_is_honoured_and_capped(side: Side, header: str, expected: float) -> None:
    script, sleeps = Script((429, {"Retry-After": header}, b""), 200), side.sleeps()
    with side.make(script, sleeps=sleeps) as transport:
        assert transport.request("GET", "/v1/p/services").status_code == 200
    assert sleeps == [expected]


def test_retry_after_http_date_is_honoured(side: Side) -> None:
    clock = ManualClock()
    when = format_datetime(clock.now + timedelta(seconds=30), usegmt=True)
    script, sleeps = Script((503, {"Retry-After": when}, b""), 200), side.sleeps()
    with side.make(script, retry=RetryPolicy(backoff_max=60.0), sleeps=sleeps, clock=clock) as transport:
        transport.request("GET", "/v1/p/services")
    assert sleeps == [30.0]


def test_exhausted_budget_raises_the_typed_error_with_status(side: Side) -> None:
    body = b'{"error_code": "ModelArts.0001", "error_msg": "Too many requests"}'
    script, sleeps = Script((429, {"Retry-After": "1", "X-Request-Id": "rid-7"}, body)), side.sleeps()
    with side.make(script, sleeps=sleeps) as transport, pytest.raises(errors.RateLimitError) as caught:
        transport.request("GET", "/v1/p/services")
    assert sleeps == [1.0, 1.0, 1.0]
    assert len(script.requests) == 4
    error = caught.value
    assert (error.status_code, error.error_code, error.request_id, error.retry_after) == (
        429,
        "ModelArts.0001",
        "rid-7",
        1.0,
    )
    assert str(error) == (
        f"429 ModelArts.0001 on GET {BASE}/v1/p/services: Too many requests (request id rid-7)"
    )


def test_client_errors_are_not_retried(side: Side) -> None:
    script, sleeps = (
        Script((404, {}, b'{"error_code": "ModelArts.0104", "error_msg": "Job not found"}')),
        side.sleeps(),
    )
    with side.make(script, sleeps=sleeps) as transport, pytest.raises(errors.NotFoundError):
        transport.request("GET", "/v2/p/training-jobs/xyz")
    assert (len(script.requests), sleeps) == (1, [])


# --- which failures may repeat a request --------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429, 408])
def test_post_is_not_retried_after_a_status_it_may_have_acted_on(side: Side, status: int) -> None:
    """A gateway may answer 503 or 429 after the service behind it created the resource."""
    script = Script(status, 201)
    with side.make(script) as transport, pytest.raises(errors.APIError) as caught:
        transport.request("POST", "/v2/p/training-jobs", json={"kind": "job"})
    assert caught.value.status_code == status
    assert caught.value.may_have_acted is (status != 408)
    assert len(script.requests) == 1


@pytest.mark.parametrize("fault", [503, 429, httpx.ReadTimeout, httpx.RemoteProtocolError])
def test_posts_of_a_repeatable_transport_are_retried(side: Side, fault: Step) -> None:
    script = Script(fault, 201)
    with side.make(script, repeatable_posts=True) as transport:
        assert transport.request("POST", "/v3/auth/tokens", json={"auth": {}}).status_code == 201
    assert len(script.requests) == 2


@pytest.mark.parametrize(
    ("fault", "raised"),
    [
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.WriteTimeout, APITimeoutError),
        (httpx.RemoteProtocolError, APIConnectionError),
        (httpx.ReadError, APIConnectionError),
    ],
)
def test_post_is_not_retried_once_the_request_may_have_arrived(
    side: Side, fault: type[httpx.TransportError], raised: type[APIConnectionError]
) -> None:
    script = Script(fault, 201)
    with side.make(script) as transport, pytest.raises(raised) as caught:
        transport.request("POST", "/v2/p/training-jobs", json={"kind": "job"})
    assert type(caught.value) is raised
    assert isinstance(caught.value.__cause__, fault)
    assert caught.value.may_have_acted
    assert len(script.requests) == 1


@pytest.mark.parametrize("fault", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_post_is_retried_when_the_server_certainly_did_not_act(side: Side, fault: Step) -> None:
    script = Script(fault, 201)
    with side.make(script) as transport:
        assert transport.request("POST", "/v2/p/training-jobs", json={"kind": "job"}).status_code == 201
    assert len(script.requests) == 2
    assert script.requests[0].content == script.requests[1].content == b'{"kind":"job"}'


@pytest.mark.parametrize(
    "fault", [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError, httpx.ConnectError, 408, 502]
)
def test_idempotent_requests_are_retried_after_transient_failures(side: Side, fault: Step) -> None:
    script = Script(fault, 200)
    with side.make(script) as transport:
        assert transport.request("PUT", "/v1/p/services/s1", json={"description": "d"}).status_code == 200
    assert len(script.requests) == 2


def test_connection_failures_after_the_budget_become_api_connection_error(side: Side) -> None:
    script = Script(httpx.ConnectError)
    with side.make(script) as transport, pytest.raises(APIConnectionError) as caught:
        transport.request("GET", "/v1/p/models?limit=5")
    assert not isinstance(caught.value, APITimeoutError)
    assert (
        str(caught.value)
        == f"ConnectError on GET {BASE}/v1/p/models?limit=5 after 4 attempts: injected fault"
    )
    assert (caught.value.method, caught.value.url) == ("GET", f"{BASE}/v1/p/models?limit=5")
    assert not caught.value.may_have_acted, "no connection was made: the server cannot have acted"
    assert len(script.requests) == 4


class StreamingServer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Consumes the request body as a socket transport does (without keeping it) and answers 503."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(b"".join(request.stream))  # type: ignore[arg-type]
        return httpx.Response(503)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(b"".join([chunk async for chunk in request.stream]))  # type: ignore[union-attr]
        return httpx.Response(503)


async def _chunks(*chunks: bytes) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def test_a_streamed_body_that_cannot_be_replayed_is_not_retried(side: Side) -> None:
    streamed = StreamingServer()
    transport = side.transport(BASE, transport=streamed, sleep=side.sleeps())
    chunks = (b"chunk-1", b"chunk-2")
    content = iter(chunks) if side.runner is None else _chunks(*chunks)
    with transport, pytest.raises(errors.ServerError):
        transport.request("PUT", "/v1/p/upload", content=content)
    assert streamed.bodies == [b"chunk-1chunk-2"]

    kept = StreamingServer()
    transport = side.transport(BASE, transport=kept, sleep=side.sleeps())
    with transport, pytest.raises(errors.ServerError):
        transport.request("PUT", "/v1/p/upload", content=b"bytes are kept")
    assert kept.bodies == [b"bytes are kept"] * 4


def test_gateway_pages_become_server_errors_with_useful_text(side: Side) -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    no_retry = RetryPolicy(max_retries=0)
    with side.make(Script((502, {"Content-Type": "text/html"}, page)), retry=no_retry) as transport:
        with pytest.raises(errors.ServerError) as html_error:
            transport.request("GET", "/v1/p/models")
        assert str(html_error.value).startswith(
            f"502 on GET {BASE}/v1/p/models: 502 Bad Gateway (HTML error page"
        )
    with side.make(Script((502, {}, b"")), retry=no_retry) as transport:
        with pytest.raises(errors.ServerError) as empty_error:
            transport.request("GET", "/v1/p/models")
        assert str(empty_error.value) == f"502 on GET {BASE}/v1/p/models: Bad Gateway (empty response body)"


# --- authentication through the transport -------------------------------------------------------------------


def test_401_renews_the_token_exactly_once(side: Side) -> None:
    issued: list[str] = []

    def fetch() -> tuple[str, datetime]:
        issued.append(f"token-{len(issued)}")
        return issued[-1], datetime.now(UTC) + timedelta(hours=24)

    def handler(request: httpx.Request) -> httpx.Response:
        ok = request.headers["X-Auth-Token"] == "token-1"
        return httpx.Response(200 if ok else 401, json={"error_msg": "token expired"})

    script = Script(200)
    seen: list[str] = []

    def recording(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["X-Auth-Token"])
        script(request)
        return handler(request)

    with side.make(recording, side.token_auth(fetch, "p1")) as transport:
        assert transport.request("POST", "/v1/p1/services", json={"a": 1}).status_code == 200
        assert transport.request("GET", "/v1/p1/services").status_code == 200
    assert issued == ["token-0", "token-1"]
    assert seen == ["token-0", "token-1", "token-1"]
    assert all(request.headers["X-Project-Id"] == "p1" for request in script.requests)


def test_retries_are_signed_afresh(side: Side) -> None:
    times = iter(datetime(2024, 5, 6, 7, 8, second, tzinfo=UTC) for second in range(10))
    script = Script(503, 200)
    dates: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        dates.append(request.headers["X-Sdk-Date"])
        return script(request)

    with side.make(handler, AkSkAuth("AK1", "secret-key-value", clock=lambda: next(times))) as transport:
        transport.request("GET", "/v1/p/models")
    assert dates == ["20240506T070800Z", "20240506T070801Z"]


# --- logging and reprs --------------------------------------------------------------------------------------

SECRET_KEY = "transport-secret-key-value"
SECURITY_TOKEN = "transport-security-token-value"
IAM_TOKEN = "transport-iam-token-value"
SUBJECT_TOKEN = "transport-subject-token-value"


def test_debug_logs_describe_each_attempt_without_secrets(
    side: Side, caplog: pytest.LogCaptureFixture
) -> None:
    sent_authorizations: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_authorizations.append(request.headers.get("Authorization", ""))
        if len(sent_authorizations) == 1:
            return httpx.Response(503)
        return httpx.Response(201, headers={"X-Subject-Token": SUBJECT_TOKEN}, json={"echo": "ok"})

    aksk = AkSkAuth("AKLOG", SECRET_KEY, security_token=SECURITY_TOKEN, project_id="p1")
    token = side.token_auth(lambda: (IAM_TOKEN, None))
    with caplog.at_level(logging.DEBUG, logger="modelarts_hl"):
        with side.make(handler, aksk) as transport:
            transport.request("GET", "/v1/p1/models", params={"password": "query-password-value"})
        with side.make(handler, token) as transport:
            transport.request("GET", "/v1/p1/models")

    lines = [record.getMessage() for record in caplog.records if record.name == "modelarts_hl.transport"]
    assert any(f"GET {BASE}/v1/p1/models?password=****" in line and "-> 503" in line for line in lines)
    assert any("-> 201" in line and "(attempt 2)" in line and "x-sdk-date" in line for line in lines)
    assert any("retrying GET" in line and "after status 503" in line for line in lines)
    signatures = [value.rpartition("Signature=")[2] for value in sent_authorizations if value]
    forbidden = [SECRET_KEY, SECURITY_TOKEN, IAM_TOKEN, SUBJECT_TOKEN, "query-password-value", *signatures]
    for secret in forbidden:
        assert secret not in caplog.text
    assert "'authorization': '****'" in caplog.text
    assert "'x-subject-token': '****'" in caplog.text


def test_reprs_contain_no_secret(side: Side) -> None:
    aksk = AkSkAuth("AKREPR", SECRET_KEY, security_token=SECURITY_TOKEN)
    with side.make(Script(200), aksk) as transport:
        text = repr(transport)
    assert "AKREPR" in text
    assert SECRET_KEY not in text and SECURITY_TOKEN not in text
    error = APITimeoutError(
        f"timed out sending {SECRET_KEY}", method="GET", url=f"{BASE}/x?token={IAM_TOKEN}"
    )
    assert SECRET_KEY not in str(error) and IAM_TOKEN not in repr(error.url)


# --- calling generated operations ---------------------------------------------------------------------------


class StandInClient:
    """Mimics the generated ``modelarts_client.Client`` (httpx client injection only)."""

    created: list[StandInClient] = []  # noqa: RUF012 - test bookkeeping

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self._client: httpx.Client | None = None
        StandInClient.created.append(self)

    def set_httpx_client(self, client: httpx.Client) -> StandInClient:
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        assert self._client is not None
        return self._client


@dataclass
class StandInResponse:
    status_code: HTTPStatus
    content: bytes
    headers: httpx.Headers
    parsed: dict[str, Any] | None


def stand_in_operation(parsed_bodies: list[bytes]) -> types.ModuleType:
    """A module shaped like ``modelarts_client.api.training.show_training_job``."""
    module = types.ModuleType("show_training_job")

    def sync_detailed(*, client: StandInClient, project_id: str, training_job_id: str) -> StandInResponse:
        response = client.get_httpx_client().request(
            method="get", url=f"/v2/{project_id}/training-jobs/{training_job_id}"
        )
        parsed = None
        if response.status_code == 200:
            parsed_bodies.append(response.content)
            parsed = json.loads(response.content)
        return StandInResponse(HTTPStatus(response.status_code), response.content, response.headers, parsed)

    module.sync_detailed = sync_detailed  # type: ignore[attr-defined]
    return module


@pytest.fixture
def parsed_bodies() -> Iterator[list[bytes]]:
    StandInClient.created.clear()
    yield []


def test_call_returns_the_parsed_model_and_reuses_one_client(parsed_bodies: list[bytes]) -> None:
    script = Script((200, {"X-Request-Id": "r1"}, b'{"metadata": {"id": "job-1"}}'))
    operation = stand_in_operation(parsed_bodies)
    with make_transport(script, api_client_factory=StandInClient) as transport:
        assert transport.call(operation, project_id="p1", training_job_id="job-1") == {
            "metadata": {"id": "job-1"}
        }
        raw = transport.call_raw(operation, project_id="p1", training_job_id="job-1")
        assert (raw.status_code, raw.headers["X-Request-Id"], raw.parsed) == (
            200,
            "r1",
            {"metadata": {"id": "job-1"}},
        )
        assert raw.content == b'{"metadata": {"id": "job-1"}}'
        assert len(StandInClient.created) == 1
        assert StandInClient.created[0].get_httpx_client() is transport.httpx_client
        assert StandInClient.created[0].base_url == BASE
    assert str(script.requests[0].url) == f"{BASE}/v2/p1/training-jobs/job-1"


def test_call_raises_before_the_generated_parser_sees_an_error_page(parsed_bodies: list[bytes]) -> None:
    script = Script((502, {"Content-Type": "text/html"}, b"<html><title>Bad Gateway</title></html>"))
    transport = make_transport(script, api_client_factory=StandInClient)
    with transport, pytest.raises(errors.ServerError) as caught:
        transport.call(stand_in_operation(parsed_bodies), project_id="p1", training_job_id="j")
    assert parsed_bodies == []
    assert caught.value.url == f"{BASE}/v2/p1/training-jobs/j"
    assert len(script.requests) == 4


def test_call_rejects_a_redirect(parsed_bodies: list[bytes]) -> None:
    script = Script((302, {"Location": "https://elsewhere.example.com/"}, b""))
    transport = make_transport(script, api_client_factory=StandInClient)
    with transport, pytest.raises(errors.UnexpectedStatusError) as caught:
        transport.call(stand_in_operation(parsed_bodies), project_id="p1", training_job_id="j")
    assert caught.value.status_code == 302


def test_a_call_returns_the_body_of_the_expected_model_and_refuses_any_other() -> None:
    body = {"metadata": {"id": "job-1"}}
    step = Call(show_training_job, dict, {})
    assert checked(step, body) is body
    with pytest.raises(errors.UnexpectedStatusError) as caught:
        checked(step, None)
    assert "show_training_job answered without a dict (got NoneType)" in str(caught.value)


@pytest.mark.parametrize("base", ["http://h:9", "http://h:9/", "http://h:9/gw", "http://h:9/gw/"])
@pytest.mark.parametrize("path", ["/v2/p/x", "v2/p/x", "/v1/infers/a/b?c=d", "https://other:1/y"])
def test_requests_go_to_the_url_httpx_itself_builds(side: Side, base: str, path: str) -> None:
    """The clients build the absolute URL as text (parsed once); it is the URL httpx would build."""
    with httpx.Client(base_url=base) as plain:
        expected = plain.build_request("GET", path).url
    made = side.transport(base, None, transport=httpx.MockTransport(Script(200)))
    with made:
        assert made.httpx_client.build_request("GET", path).url == expected


# --- configuration ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"backoff_base": -0.1}, "backoff_base"),
        ({"backoff_max": float("inf")}, "backoff_max"),
        ({"backoff_base": 5.0, "backoff_max": 1.0}, "backoff_max"),
        ({"jitter": "yes"}, "jitter"),
        ({"retry_statuses": {200}}, "retry_statuses"),
        ({"retry_statuses": [503]}, "retry_statuses"),
    ],
)
def test_retry_policy_validation(kwargs: dict[str, Any], argument: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        RetryPolicy(**kwargs)
    assert caught.value.argument == argument


def test_retry_policy_is_frozen_and_hashable() -> None:
    policy = RetryPolicy(retry_statuses={503})
    assert policy.retry_statuses == frozenset({503})
    assert hash(policy) == hash(RetryPolicy(retry_statuses=frozenset({503})))
    with pytest.raises(AttributeError):
        policy.max_retries = 5  # type: ignore[misc]


def test_timeouts_reach_the_client_and_are_validated(side: Side) -> None:
    with side.make(Script(200), timeout=Timeouts(connect=2.0, read=30.0)) as transport:
        assert transport.httpx_client.timeout == httpx.Timeout(connect=2.0, read=30.0, write=60.0, pool=10.0)
    with side.make(Script(200)) as transport:
        assert transport.httpx_client.timeout == httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
    for bad in (0, -1, float("nan"), "10"):
        with pytest.raises(
            InvalidArgumentError, match="invalid read: expected a finite number of seconds > 0"
        ):
            Timeouts(read=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"base_url": "modelarts.example.com"}, "base_url"),
        ({"base_url": "ftp://modelarts.example.com"}, "base_url"),
        ({"base_url": "https://"}, "base_url"),
        ({"base_url": BASE, "auth": ("user", "password")}, "auth"),
        ({"base_url": BASE, "verify": "/nonexistent/ca-bundle.pem"}, "verify"),
        ({"base_url": BASE, "verify": 1}, "verify"),
        ({"base_url": BASE, "retry": 3}, "retry"),
        ({"base_url": BASE, "timeout": 10}, "timeout"),
    ],
)
def test_transport_rejects_bad_configuration(side: Side, kwargs: dict[str, Any], argument: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        side.transport(**kwargs)
    assert caught.value.argument == argument
    assert "password" not in str(caught.value)


def test_close_closes_the_pooled_client(side: Side) -> None:
    transport = side.make(Script(200))
    with transport:
        assert not transport.httpx_client.is_closed
    assert transport.httpx_client.is_closed
    assert transport.httpx_client.headers["User-Agent"].startswith("modelarts-hl")
