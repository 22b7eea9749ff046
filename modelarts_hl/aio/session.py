"""``AsyncSession``: the session of the asyncio API, with ``Session``'s arguments, settings discovery,
authentication, endpoints, retries, timeouts and typed errors.

::

    async with AsyncSession(access_key="...", secret_key="...", project_id="...") as session:
        flavors = await session.call(list_training_job_flavors)

Every task of the session's event loop shares its connection pools and, with password authentication, one
IAM token: a renewal is made once, by one task, while the others await it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from modelarts_hl._core.async_auth import AsyncExpiring, AsyncTokenAuth
from modelarts_hl._core.async_transport import AsyncOperation, AsyncTransport
from modelarts_hl._core.calls import Call, Pause, Plan, Step, adrive, checked
from modelarts_hl._core.cancel import run_blocking
from modelarts_hl._core.pages import Listing
from modelarts_hl._core.session_settings import SessionBase, SessionParts
from modelarts_hl._core.transport import DetailedResponse
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.session import obs_credentials, obs_settings, temporary_obs_credentials

from .obs import AsyncOBS

if TYPE_CHECKING:
    from modelarts_client.models import ErrorResponse
    from modelarts_hl.obs import ObsCredentials

__all__ = ["AsyncSession", "check_async_session"]

T = TypeVar("T")


class AsyncSession(SessionBase[AsyncTransport]):
    """Authenticated asyncio access to ModelArts, IAM and OBS for one project of one region.

    Arguments: as :class:`~modelarts_hl.session.Session` (``http_transport`` is an
    ``httpx.AsyncBaseTransport``). Use it in one event loop; close it with ``async with`` or :meth:`aclose`.
    """

    _parts = SessionParts(
        AsyncTransport, httpx.AsyncBaseTransport, AsyncExpiring, AsyncTokenAuth, obs_credentials
    )
    _token: AsyncExpiring[str]
    _obs: AsyncOBS | None = None
    # Waits between polls; replaced in tests that must not depend on the machine's speed.
    _sleep = staticmethod(asyncio.sleep)
    # The loop the session runs on, where OBS transfers on worker threads ask for credentials.
    _loop: asyncio.AbstractEventLoop | None = None

    @property
    def project_id(self) -> str:
        """The project id: given, or (password authentication) learnt with the first token."""
        return self._known_project_id()

    async def get_project_id(self) -> str:
        """The project id, asking IAM for a token first when a password session was given none."""
        if self._project_id is None:
            await self._token.get()
        return self._known_project_id()

    async def call(self, operation: AsyncOperation[T], /, **kwargs: Any) -> T:
        """Run any generated ModelArts operation (its ``asyncio_detailed``) with this session's auth, retries
        and typed errors; returns its parsed success body. ``project_id`` is filled in when it takes one.
        """
        return await self.transport.call(operation, **await self._with_project(operation, kwargs))

    async def call_raw(
        self, operation: AsyncOperation[T], /, **kwargs: Any
    ) -> DetailedResponse[ErrorResponse | T]:
        """Like :meth:`call`, returning the generated response object (status, headers, content, parsed)."""
        return await self.transport.call_raw(operation, **await self._with_project(operation, kwargs))

    async def run(self, plan: Plan[T]) -> T:
        """Run a documented call's plan (see :mod:`modelarts_hl._core.calls`) in this task."""
        return await adrive(plan, self._perform)

    def paginate(self, listing: Listing[T]) -> AsyncIterator[T]:
        """Every item of an offset/limit list (``async for``), read page by page as the iteration goes."""
        return self._pages(listing)

    async def _pages(self, listing: Listing[T]) -> AsyncIterator[T]:
        paging = listing.paging()
        while (window := paging.next_window()) is not None:
            page = await self.run(listing.fetch(*window))
            paging.record(page)
            for item in page.items:
                yield item

    async def _perform(self, step: Step) -> object:
        if isinstance(step, Call):
            transport = self.transport_for(step.host)
            arguments = await self._with_project(step.operation, step.arguments)
            return checked(step, await transport.call(step.operation, **arguments))
        if isinstance(step, Pause):
            await self._sleep(step.seconds)
            return None
        self._remember_loop()
        return await run_blocking(step.function)

    async def _with_project(self, operation: Any, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        if self._needs_project(operation, kwargs):
            return {"project_id": await self.get_project_id(), **kwargs}
        return dict(kwargs)

    @property
    def obs(self) -> AsyncOBS:
        """OBS transfers as awaitables (``await session.obs.upload_file(...)``); each runs on a worker thread
        and stops, leaving a checkpoint to resume from, when the awaiting task is cancelled.
        """
        if self._obs is None:
            from modelarts_hl.obs import OBS

            self._remember_loop()
            self._obs = AsyncOBS(OBS(obs_settings(self), self._obs_credentials))
        return self._obs

    def _remember_loop(self) -> None:
        if self._loop is None:
            self._loop = asyncio.get_running_loop()

    async def _fetch_token(self) -> tuple[str, datetime]:
        from modelarts_client.api.iam import create_user_token
        from modelarts_client.models import CreateUserTokenNocatalog

        response = await self._iam_public.call_raw(
            create_user_token, body=self._token_request(), nocatalog=CreateUserTokenNocatalog.TRUE
        )
        return self._token_answer(int(response.status_code), response.headers, response.parsed)

    async def _fetch_temporary_credentials(self) -> tuple[ObsCredentials, datetime]:
        from modelarts_client.api.iam import create_temporary_credentials

        parsed = await self._iam.call(
            create_temporary_credentials, body=self._temporary_credentials_request()
        )
        return temporary_obs_credentials(self._temporary_credentials(parsed))

    def _blocking_temporary_credentials(self) -> tuple[ObsCredentials, datetime]:
        if self._loop is None:
            raise RuntimeError("OBS credentials are asked for outside the session's event loop")
        future = asyncio.run_coroutine_threadsafe(self._fetch_temporary_credentials(), self._loop)
        return future.result()

    async def aclose(self) -> None:
        """Close every connection of the session (and its OBS clients)."""
        for transport in self._closing():
            await transport.aclose()
        if self._obs is not None:
            self._obs.close()
            self._obs = None

    async def __aenter__(self) -> AsyncSession:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def check_async_session(value: object) -> AsyncSession:
    """``value`` if it is an :class:`AsyncSession` (the ``session`` argument of every asyncio call)."""
    if not isinstance(value, AsyncSession):
        raise InvalidArgumentError("session", "a modelarts_hl.aio.AsyncSession", got=type(value).__name__)
    return value
