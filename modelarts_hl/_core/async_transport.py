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

from modelarts_hl._core.transport import (
    DetailedResponse,
    _Retrying,
    _TransportBase,
    success,
)
from modelarts_hl.errors import APIError

if TYPE_CHECKING:
    from modelarts_client.models import ErrorResponse

__all__ = ["AsyncOperation", "AsyncTransport"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class AsyncOperation(Protocol[T_co]):
    """A generated operation module, as far as the asyncio transport runs it."""

    @property
    def asyncio_detailed(self) -> Callable[..., Awaitable[DetailedResponse[ErrorResponse | T_co]]]: ...


class _AsyncClient(_Retrying, httpx.AsyncClient):
    """``httpx.AsyncClient`` whose ``send`` retries and raises like the synchronous transport's client."""

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        attempts = self._attempts(request)
        while True:
            attempts.start()
            try:
                response = await super().send(request, **kwargs)
            except httpx.RequestError as exc:
                attempts.failed(exc)
            else:
                outcome = attempts.answered(response)
                if outcome is True:
                    return response
                if outcome is False:
                    await response.aread()
                await response.aclose()
                if isinstance(outcome, APIError):
                    raise outcome
            await self._sleep(attempts.delay)


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
