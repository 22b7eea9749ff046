"""Token authentication for asyncio: one renewal shared by every task, by the rules of
:class:`~modelarts_hl._core.cache.Renewal`, the token fetched through the asyncio transport.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from datetime import datetime
from typing import Any, TypeVar, cast

import httpx

from modelarts_hl._core.auth import TokenHeaders
from modelarts_hl._core.cache import Renewal

__all__ = ["AsyncExpiring", "AsyncTokenAuth"]

T = TypeVar("T")


class AsyncExpiring(Renewal[T, Callable[[], Awaitable[tuple[T, datetime | None]]]]):
    """Like :class:`~modelarts_hl._core.cache.Expiring` for tasks of one event loop: ``fetch`` is a coroutine
    function; one task fetches while the others without a usable value await that fetch. A fetch whose task
    is cancelled leaves the holder as it was; the next caller fetches.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock = asyncio.Lock()

    async def get(self) -> T:
        value, due = self._current()
        if not due or (value is not None and self._lock.locked()):
            return cast(T, value)
        async with self._lock:
            renewed = self._fetching()
            if renewed is not None:
                return renewed
            try:
                return self._fetched(*await self._fetch())
            except Exception:
                return self._failed()

    def invalidate(self, stale: T | None = None) -> None:
        """Drop the value; with ``stale``, only while it is still that value (it may have been renewed)."""
        self._drop(stale)


class AsyncTokenAuth(TokenHeaders):
    """:class:`~modelarts_hl._core.auth.TokenAuth` for ``httpx.AsyncClient``: the same headers and the same
    single renewal after a 401, the token awaited from an :class:`AsyncExpiring`.
    """

    def __init__(self, provider: AsyncExpiring[str], project_id: str | None = None) -> None:
        super().__init__(provider, project_id, AsyncExpiring)
        self._provider = provider

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("AsyncTokenAuth authenticates the requests of an httpx.AsyncClient only")

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()  # kept, so that a retry or the renewal resends it
        token = self._apply(request, await self._provider.get())
        response = yield request
        if self._rejected(request, response):
            self._provider.invalidate(token)
            self._apply(request, await self._provider.get())
            yield request

    def __repr__(self) -> str:
        return f"AsyncTokenAuth(provider={self._provider!r}, project_id={self.project_id!r})"
