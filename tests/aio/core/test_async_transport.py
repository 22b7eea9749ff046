"""The asyncio transport makes the synchronous transport's retry decisions (``Attempts``): the same cases as
``tests/core/test_transport.py`` that concern retries, Retry-After, typed errors and the token renewal."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from modelarts_hl._core.async_auth import AsyncExpiring, AsyncTokenAuth
from modelarts_hl._core.async_transport import AsyncTransport
from modelarts_hl._core.transport import RetryPolicy
from modelarts_hl.errors import APIConnectionError, APITimeoutError, RateLimitError, ServerError

from ...core.test_transport import BASE, SEED, Script

pytestmark = pytest.mark.anyio


class Sleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make(handler: Callable[[httpx.Request], httpx.Response], sleeps: Sleeps, **kwargs: Any) -> AsyncTransport:
    return AsyncTransport(
        BASE, transport=httpx.MockTransport(handler), sleep=sleeps, rng=random.Random(SEED), **kwargs
    )


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_idempotent_requests_retry_with_the_same_jittered_schedule() -> None:
    script, sleeps = Script(503, 503, 200), Sleeps()
    async with make(
        script, sleeps, retry=RetryPolicy(max_retries=3, backoff_base=1, jitter=True)
    ) as transport:
        assert (await transport.request("GET", "/x")).status_code == 200
    rng = random.Random(SEED)
    assert sleeps == [rng.uniform(0, 1), rng.uniform(0, 2)]
    assert len(script.requests) == 3


async def test_a_post_is_not_repeated_after_a_500_but_after_a_503() -> None:
    script, sleeps = Script(500), Sleeps()
    async with make(script, sleeps) as transport:
        with pytest.raises(ServerError):
            await transport.request("POST", "/create", json={})
    assert len(script.requests) == 1 and sleeps == []
    script = Script(503, 201)
    async with make(script, sleeps) as transport:
        assert (await transport.request("POST", "/create", json={})).status_code == 201
    assert len(script.requests) == 2


async def test_retry_after_is_obeyed_and_the_last_answer_raised() -> None:
    script, sleeps = Script((429, {"Retry-After": "7"}, b"{}")), Sleeps()
    async with make(script, sleeps, retry=RetryPolicy(max_retries=2, backoff_max=20)) as transport:
        with pytest.raises(RateLimitError):
            await transport.request("GET", "/x")
    assert sleeps == [7.0, 7.0]


async def test_transport_failures_become_typed_errors() -> None:
    async with make(Script(httpx.ConnectError), Sleeps(), retry=RetryPolicy(max_retries=1)) as transport:
        with pytest.raises(APIConnectionError, match="after 2 attempts"):
            await transport.request("GET", "/x")
    async with make(Script(httpx.ReadTimeout), Sleeps(), retry=RetryPolicy(max_retries=0)) as transport:
        with pytest.raises(APITimeoutError):
            await transport.request("GET", "/x")


async def test_a_refused_token_is_renewed_once_and_shared() -> None:
    issued: list[str] = []

    async def fetch() -> tuple[str, datetime]:
        issued.append(f"token-{len(issued)}")
        return issued[-1], datetime.now(UTC) + timedelta(hours=1)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401 if request.headers["X-Auth-Token"] == "token-0" else 200, json={})

    auth = AsyncTokenAuth(AsyncExpiring(fetch, name="IAM token"), "project")
    async with make(handler, Sleeps(), auth=auth) as transport:
        assert (await transport.request("GET", "/x")).status_code == 200
        assert (await transport.request("GET", "/y")).status_code == 200
    assert issued == ["token-0", "token-1"]
