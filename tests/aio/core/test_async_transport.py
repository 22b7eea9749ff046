"""What only the asyncio transport has: many tasks at once on one transport. (Its retries, Retry-After, typed
errors, token renewal, timeouts and configuration are the synchronous transport's cases, run against both in
``tests/core/test_transport.py``.)"""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from modelarts_hl._core.async_auth import AsyncExpiring, AsyncTokenAuth
from modelarts_hl._core.async_transport import AsyncTransport
from modelarts_hl.errors import ServerError

from ...core.test_transport import BASE, SEED, AsyncSleeps, Script

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_a_refused_token_is_renewed_once_for_every_waiting_task() -> None:
    issued: list[str] = []

    async def fetch() -> tuple[str, datetime]:
        await asyncio.sleep(0)  # the other tasks arrive while the token is fetched
        issued.append(f"token-{len(issued)}")
        return issued[-1], datetime.now(UTC) + timedelta(hours=1)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401 if request.headers["X-Auth-Token"] == "token-0" else 200, json={})

    auth = AsyncTokenAuth(AsyncExpiring(fetch, name="IAM token"), "project")
    transport = AsyncTransport(BASE, auth, transport=httpx.MockTransport(handler), sleep=AsyncSleeps())
    async with transport:
        answers = await asyncio.gather(*(transport.request("GET", f"/x/{n}") for n in range(20)))
    assert [answer.status_code for answer in answers] == [200] * 20
    # One token for the first requests of all, one renewal after they were all refused.
    assert issued == ["token-0", "token-1"]


async def test_concurrent_retries_each_follow_their_own_schedule() -> None:
    scripts = {n: Script(503, 503, 200) for n in range(5)}
    sleeps = AsyncSleeps()

    def handler(request: httpx.Request) -> httpx.Response:
        return scripts[int(request.url.path.rsplit("/", 1)[1])](request)

    transport = AsyncTransport(
        BASE, transport=httpx.MockTransport(handler), sleep=sleeps, rng=random.Random(SEED)
    )
    async with transport:
        answers = await asyncio.gather(*(transport.request("GET", f"/x/{n}") for n in scripts))
        failing = AsyncTransport(BASE, transport=httpx.MockTransport(Script(500)), sleep=sleeps)
        async with failing:
            results = await asyncio.gather(
                *(failing.request("POST", "/create", json={}) for _ in range(3)), return_exceptions=True
            )
    assert [answer.status_code for answer in answers] == [200] * 5
    assert all(len(script.requests) == 3 for script in scripts.values())
    assert len(sleeps) == 10
    assert all(isinstance(result, ServerError) for result in results)
