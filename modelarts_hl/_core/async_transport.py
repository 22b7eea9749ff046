"""The asyncio form of :class:`~modelarts_hl._core.transport.Transport`: the same settings, retry decisions
(:class:`~modelarts_hl._core.transport.Attempts`), logging and typed errors, on an ``httpx.AsyncClient`` and
the generated operations' ``asyncio_detailed``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

import httpx

from modelarts_hl._core.calls import Pause, adrive
from modelarts_hl._core.transport import (
    DetailedResponse,
    Discard,
    _Retrying,
    _TransportBase,
    absolute_url,
    success,
)

if TYPE_CHECKING:
    from modelarts_client.models import ErrorResponse

__all__ = ["AsyncOperation", "AsyncTransport"]

# Requests let into a pool that has no connection limit at once.
_UNLIMITED_TURNS = 100

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class AsyncOperation(Protocol[T_co]):
    """A generated operation module, as far as the asyncio transport runs it."""

    @property
    def asyncio_detailed(self) -> Callable[..., Awaitable[DetailedResponse[ErrorResponse | T_co]]]: ...


class _AsyncClient(_Retrying, httpx.AsyncClient):
    """``httpx.AsyncClient`` whose ``send`` retries and raises like the synchronous transport's client.

    At most ``max_connections`` requests are in the connection pool at a time; the others wait their turn
    here, in order. httpcore's pool goes through every waiting request, and every connection, each time a
    request arrives or a connection frees up: with hundreds of tasks sending at once, that bookkeeping, not
    the network, took most of the time (``scripts/bench_async.py``). Waiting for a turn is not bounded by
    the pool timeout, which bounds the wait for a connection once inside.
    """

    def __init__(self, *, limits: httpx.Limits, **kwargs: Any) -> None:
        super().__init__(limits=limits, **kwargs)
        self._turns = asyncio.Semaphore(limits.max_connections or _UNLIMITED_TURNS)

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, absolute_url(self.base_url, url), **kwargs)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        async def perform(step: object) -> object:
            if isinstance(step, Discard):
                await step.response.aread()
                await step.response.aclose()
            elif isinstance(step, Pause):
                await self._sleep(step.seconds)
            else:
                async with self._turns:
                    return await httpx.AsyncClient.send(self, request, **kwargs)
            return None

        return await adrive(self._exchange(request), perform)


class AsyncTransport(_TransportBase):
    """One pooled ``httpx.AsyncClient`` for one base URL; arguments as for ``Transport`` (``transport`` is an
    ``httpx.AsyncBaseTransport``, ``sleep`` a coroutine function).
    """

    _client: _AsyncClient
    _client_class = _AsyncClient
    _default_sleep = staticmethod(asyncio.sleep)

    @property
    def httpx_client(self) -> httpx.AsyncClient:
        return self._client

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return await self._client.request(method, url, **kwargs)

    async def call(self, operation: AsyncOperation[T], /, **kwargs: Any) -> T:
        """The parsed body of a generated operation (``None`` when none is documented for the status)."""
        return cast(T, (await self.call_raw(operation, **kwargs)).parsed)

    async def call_raw(
        self, operation: AsyncOperation[T], /, **kwargs: Any
    ) -> DetailedResponse[ErrorResponse | T]:
        client = self._generated_for(lambda api_client: api_client.set_async_httpx_client(self._client))
        return success(await operation.asyncio_detailed(client=client, **kwargs))

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> AsyncTransport:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
