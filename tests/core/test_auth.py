"""AK/SK signing and IAM-token auth against a real HTTP server on loopback; the expiring cache."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from modelarts_hl._core import signing
from modelarts_hl._core.auth import AkSkAuth, Expiring, TokenAuth
from modelarts_hl._core.transport import RetryPolicy, Transport
from modelarts_hl.errors import AuthenticationError, InvalidArgumentError, SignatureError

from ..clock import ManualClock
from ..waiting import HANG

AK = "HPUAEXAMPLEACCESSKEY"
SK = "example-secret-key-0123456789"
SECURITY_TOKEN = "temporary-security-token-abcdef"
START = datetime(2024, 5, 6, 7, 0, 0, tzinfo=UTC)


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class LoopbackServer:
    """Answers every request with ``check(received) -> (status, json body)`` and records what it received."""

    check: Callable[[Received], tuple[int, object]]
    received: list[Received] = field(default_factory=list)
    url: str = ""


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        received = Received(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
        self.server.state.received.append(received)
        status, payload = self.server.state.check(received)
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    state: LoopbackServer


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    state = LoopbackServer(check=lambda received: (200, {}))
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.state = state
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def _verify_signature(received: Received) -> tuple[int, object]:
    path, _, query = received.path.partition("?")
    try:
        access_key = signing.verify_request(
            received.method,
            path,
            signing.parse_query(query),
            received.headers,
            received.body,
            {AK: SK}.get,
            datetime.now(UTC),
        )
    except SignatureError as exc:
        return 401, {"error_code": "APIG.0301", "error_msg": f"signature rejected: {exc.reason}"}
    return 200, {"access_key": access_key, "query": signing.parse_query(query)}


def _no_retry(server: LoopbackServer, auth: httpx.Auth) -> Transport:
    return Transport(server.url, auth, retry=RetryPolicy(max_retries=0))


# --- AK/SK --------------------------------------------------------------------------------------------------


def test_aksk_requests_verify_on_a_real_server(server: LoopbackServer) -> None:
    server.check = _verify_signature
    auth = AkSkAuth(AK, SK, security_token=SECURITY_TOKEN, project_id="proj-1")
    with _no_retry(server, auth) as transport:
        got = transport.request(
            "GET", "/v1/proj-1/models", params=[("name", "a b+c/é"), ("name", ""), ("x", "1")]
        )
        assert got.json() == {"access_key": AK, "query": [["name", "a b+c/é"], ["name", ""], ["x", "1"]]}
        created = transport.request("POST", "/v2/proj-1/training-jobs", json={"kind": "job", "名": "值"})
        assert created.status_code == 200
        transport.request("DELETE", "/v1/proj-1/models/m%2F1")

    post = server.received[1]
    assert post.headers["X-Project-Id"] == "proj-1"
    assert post.headers["X-Security-Token"] == SECURITY_TOKEN
    signed = signing.parse_authorization(post.headers["Authorization"]).signed_headers
    assert {"host", "content-type", "x-sdk-date", "x-project-id", "x-security-token"} <= set(signed)
    assert not {"content-length", "accept-encoding", "connection", "authorization"} & set(signed)
    # Spaces travel as %20 so that the gateway cannot read them as a literal "+".
    assert "+" not in server.received[0].path.replace("%2B", "")


def test_a_wrong_secret_is_rejected_by_the_server(server: LoopbackServer) -> None:
    server.check = _verify_signature
    transport = _no_retry(server, AkSkAuth(AK, "not-the-right-secret"))
    with transport, pytest.raises(AuthenticationError) as caught:
        transport.request("GET", "/v1/p/models")
    assert caught.value.error_code == "APIG.0301"
    assert "signature_mismatch" in str(caught.value)
    assert "not-the-right-secret" not in str(caught.value)


def test_every_send_is_signed_with_the_current_time() -> None:
    times = iter([START, START + timedelta(seconds=5)])
    auth = AkSkAuth(AK, SK, clock=lambda: next(times))
    request = httpx.Request("PUT", "https://ma.example.com/v1/p/x", content=b"data")
    auth.sign(request)
    first = request.headers["Authorization"]
    auth.sign(request)
    assert request.headers["X-Sdk-Date"] == "20240506T070005Z"
    assert request.headers["Authorization"] != first
    assert len(request.headers.get_list("Authorization")) == 1


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"access_key": "", "secret_key": SK}, "access_key"),
        ({"access_key": AK, "secret_key": "  "}, "secret_key"),
        ({"access_key": AK, "secret_key": 12345}, "secret_key"),
        ({"access_key": AK, "secret_key": SK, "security_token": ""}, "security_token"),
        ({"access_key": AK, "secret_key": SK, "project_id": ""}, "project_id"),
    ],
)
def test_aksk_rejects_bad_arguments(kwargs: dict[str, object], argument: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        AkSkAuth(**kwargs)  # type: ignore[arg-type]
    assert caught.value.argument == argument
    assert isinstance(caught.value, ValueError)
    assert "12345" not in str(caught.value)


def test_reprs_mask_secrets() -> None:
    aksk = AkSkAuth(AK, SK, security_token=SECURITY_TOKEN, project_id="proj-1")
    assert repr(aksk) == (
        f"AkSkAuth(access_key='{AK}', secret_key='****', security_token='****', project_id='proj-1')"
    )
    provider: Expiring[str] = Expiring(lambda: ("iam-token-value-xyz", None), name="IAM token")
    token_auth = TokenAuth(provider, project_id="proj-1")
    provider.get()
    for text in (repr(aksk), str(aksk), repr(token_auth), repr(provider)):
        assert SK not in text
        assert SECURITY_TOKEN not in text
        assert "iam-token-value-xyz" not in text


# --- IAM token ----------------------------------------------------------------------------------------------


@dataclass
class TokenService:
    """Issues numbered tokens; the server accepts only those in ``valid``."""

    valid: set[str] = field(default_factory=set)
    issued: list[str] = field(default_factory=list)

    def fetch(self) -> tuple[str, datetime]:
        token = f"iam-token-{len(self.issued)}"
        self.issued.append(token)
        return token, datetime.now(UTC) + timedelta(hours=24)

    def check(self, received: Received) -> tuple[int, object]:
        if received.headers.get("X-Auth-Token") in self.valid:
            return 200, {"project": received.headers.get("X-Project-Id")}
        return 401, {"error": {"code": 401, "message": "The token is invalid.", "title": "Unauthorized"}}


def test_token_is_sent_and_renewed_once_after_401(server: LoopbackServer) -> None:
    tokens = TokenService(valid={"iam-token-1"})
    server.check = tokens.check
    with _no_retry(server, TokenAuth(Expiring(tokens.fetch), project_id="proj-1")) as transport:
        assert transport.request("POST", "/v1/proj-1/services", json={"a": 1}).json() == {"project": "proj-1"}
        assert transport.request("GET", "/v1/proj-1/services").status_code == 200

    assert tokens.issued == ["iam-token-0", "iam-token-1"]
    assert [r.headers["X-Auth-Token"] for r in server.received] == [
        "iam-token-0",
        "iam-token-1",
        "iam-token-1",
    ]
    assert server.received[1].body == b'{"a":1}'


def test_a_token_rejected_twice_raises_instead_of_looping(server: LoopbackServer) -> None:
    tokens = TokenService()
    server.check = tokens.check
    transport = _no_retry(server, TokenAuth(Expiring(tokens.fetch)))
    with transport, pytest.raises(AuthenticationError) as caught:
        transport.request("GET", "/v1/p/services")
    assert len(tokens.issued) == 2
    assert len(server.received) == 2
    assert "The token is invalid." in str(caught.value)
    assert "iam-token" not in str(caught.value)


def test_token_auth_rejects_a_bare_string() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        TokenAuth("a-token")  # type: ignore[arg-type]
    assert caught.value.argument == "provider"


# --- Expiring -----------------------------------------------------------------------------------------------


class CountingFetch:
    """Counts fetches; with ``release`` set, each fetch waits for that event (``entered`` says one began)."""

    def __init__(self, clock: ManualClock, lifetime: timedelta = timedelta(hours=1)) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.release: threading.Event | None = None
        self.entered = threading.Event()
        self.calls = 0
        self.fail = False

    def __call__(self) -> tuple[str, datetime]:
        self.calls += 1
        self.entered.set()
        if self.release is not None:
            assert self.release.wait(HANG), "the test never released the fetch"
        if self.fail:
            raise ConnectionError("IAM unreachable")
        return f"value-{self.calls}", self.clock() + self.lifetime


def test_expiring_caches_until_the_refresh_margin() -> None:
    clock = ManualClock(START)
    fetch = CountingFetch(clock)
    cache = Expiring(fetch, clock=clock, refresh_margin=timedelta(minutes=5))
    assert cache.get() == "value-1"
    clock.now = START + timedelta(minutes=54, seconds=59)
    assert cache.get() == "value-1"
    clock.now = START + timedelta(minutes=55)
    assert cache.get() == "value-2"
    assert cache.expires_at == START + timedelta(minutes=115)
    assert fetch.calls == 2


def test_expiring_short_lifetimes_are_not_refetched_on_every_call() -> None:
    clock = ManualClock(START)
    fetch = CountingFetch(clock, lifetime=timedelta(minutes=4))
    cache = Expiring(fetch, clock=clock)
    cache.get()
    clock.now = START + timedelta(minutes=1, seconds=59)
    cache.get()
    assert fetch.calls == 1
    clock.now = START + timedelta(minutes=2)
    cache.get()
    assert fetch.calls == 2


def test_expiring_keeps_a_valid_value_when_an_early_refresh_fails() -> None:
    clock = ManualClock(START)
    fetch = CountingFetch(clock)
    cache = Expiring(fetch, clock=clock)
    cache.get()
    fetch.fail = True
    clock.now = START + timedelta(minutes=56)
    assert cache.get() == "value-1"
    assert cache.get() == "value-1"
    assert fetch.calls == 2  # the failed refresh is retried later, not on every call
    clock.now = START + timedelta(minutes=56, seconds=31)
    assert cache.get() == "value-1"
    assert fetch.calls == 3
    clock.now = START + timedelta(minutes=60)
    with pytest.raises(ConnectionError):
        cache.get()


def test_expiring_invalidate_respects_a_renewed_value() -> None:
    clock = ManualClock(START)
    fetch = CountingFetch(clock)
    cache = Expiring(fetch, clock=clock)
    first = cache.get()
    cache.invalidate(first)
    second = cache.get()
    cache.invalidate(first)  # a late caller still holding the old value must not drop the new one
    assert cache.get() == second == "value-2"
    cache.invalidate()
    assert cache.get() == "value-3"


def test_expiring_rejects_naive_expiry_and_negative_margin() -> None:
    with pytest.raises(InvalidArgumentError):
        Expiring(lambda: ("v", datetime(2030, 1, 1))).get()
    with pytest.raises(InvalidArgumentError) as caught:
        Expiring(lambda: ("v", None), refresh_margin=timedelta(seconds=-1))
    assert caught.value.argument == "refresh_margin"


def test_expiring_fetches_once_for_many_waiting_threads() -> None:
    clock = ManualClock(START)
    fetch = CountingFetch(clock)
    fetch.release = threading.Event()
    cache = Expiring(fetch, clock=clock)
    results: list[str] = []

    def worker() -> None:
        results.append(cache.get())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    # The first fetch is held until every thread has started: the others find no value and must wait for it.
    assert fetch.entered.wait(HANG)
    fetch.release.set()
    for thread in threads:
        thread.join(timeout=HANG)
    assert fetch.calls == 1
    assert results == ["value-1"] * 8


def test_expiring_early_refresh_does_not_block_holders_of_a_valid_value() -> None:
    clock = ManualClock(START)
    fetch = CountingFetch(clock)
    cache = Expiring(fetch, clock=clock)
    cache.get()
    clock.now = START + timedelta(minutes=57)
    fetch.release, fetch.entered = threading.Event(), threading.Event()
    refresher = threading.Thread(target=cache.get)
    refresher.start()
    assert fetch.entered.wait(HANG)
    # The refresh is held until the end: a caller that waited for it would never return.
    holder: list[str] = []
    reader = threading.Thread(target=lambda: holder.append(cache.get()))
    reader.start()
    reader.join(timeout=HANG)
    assert holder == ["value-1"], "a holder of a valid value waited for the early refresh"
    fetch.release.set()
    refresher.join(timeout=HANG)
    assert cache.get() == "value-2"
    assert fetch.calls == 2
