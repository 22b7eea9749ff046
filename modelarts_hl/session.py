"""``Session``: authentication, endpoints and the shared transports every documented call goes through.

Usage as documented by the official SDK::

    from modelarts_hl.session import Session
    Session.set_endpoint(iam_endpoint="...", obs_endpoint="...", modelarts_endpoint="...", region_name="...")
    session = Session(username="...", password="...", region_name="...", project_id="...")
    session = Session(access_key="...", secret_key="...", project_id="...", region_name="...")
    session = Session()   # from MODELARTS_* environment variables or ~/.modelarts/config
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from modelarts_hl._core.auth import TokenAuth
from modelarts_hl._core.cache import Expiring
from modelarts_hl._core.calls import Call, Pause, Plan, Step, checked, drive
from modelarts_hl._core.pages import Listing, Page, Paging
from modelarts_hl._core.session_settings import (
    TEMPORARY_CREDENTIALS_SECONDS,
    SessionBase,
    SessionParts,
    SessionSettings,
)
from modelarts_hl._core.transport import DetailedResponse, Operation, Transport

from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from modelarts_client.models import ErrorResponse

    from .obs import OBS, ObsCredentials, ObsSettings

__all__ = ["TEMPORARY_CREDENTIALS_SECONDS", "Session", "check_session", "obs_credentials", "obs_settings"]

T = TypeVar("T")


def obs_settings(session: SessionBase[Any]) -> ObsSettings:
    """The OBS client settings of a session (its endpoint, signature, region, addressing, TLS check)."""
    from .obs import ObsSettings

    return ObsSettings(
        endpoint=session.obs_endpoint,
        signature=session.obs_signature,
        region=session.region_name,
        path_style=session.obs_path_style,
        verify=session.verify,
    )


def obs_credentials(settings: SessionSettings) -> ObsCredentials:
    """The OBS credentials of an access key session: its own keys."""
    from .obs import ObsCredentials

    return ObsCredentials(
        access_key=settings.access_key or "",
        secret_key=settings.secret_key,
        security_token=settings.security_token,
        expires_at=None,
    )


def temporary_obs_credentials(parsed: Any) -> tuple[ObsCredentials, datetime]:
    """Temporary OBS credentials from IAM's answer (a ``SecurityTokenResponse``), and their expiry."""
    from .obs import ObsCredentials

    credential = parsed.credential
    expires_at: datetime = credential.expires_at
    return ObsCredentials(
        access_key=credential.access,
        secret_key=credential.secret,
        security_token=credential.securitytoken,
        expires_at=expires_at,
    ), expires_at


class Session(SessionBase[Transport]):
    """Authenticated access to ModelArts, IAM and OBS for one project of one region.

    Arguments: see :class:`~modelarts_hl._core.session_settings.SessionBase` (``http_transport`` is an
    ``httpx.BaseTransport``).
    """

    _parts = SessionParts(Transport, httpx.BaseTransport, Expiring, TokenAuth, obs_credentials)
    _token: Expiring[str]
    _obs: OBS | None = None
    # Waits between polls; replaced in tests that must not depend on the machine's speed.
    _sleep = staticmethod(time.sleep)

    def _connect(self, settings: SessionSettings) -> None:
        self._lock = threading.Lock()
        super()._connect(settings)

    @property
    def project_id(self) -> str:
        """The project id; for a password session without one, the id of the region's project from IAM."""
        if self._project_id is None:
            self._token.get()
        return self._known_project_id()

    def call(self, operation: Operation[T], /, **kwargs: Any) -> T:
        """Run any generated ModelArts operation with this session's auth, retries and typed errors; returns
        its parsed success body (``mypy`` sees the operation's response model). ``project_id`` is filled in
        when the operation takes one::

            from modelarts_client.api.training import list_training_job_flavors
            flavors = session.call(list_training_job_flavors)   # a ListFlavorsResponse
        """
        return self.transport.call(operation, **self._with_project(operation, kwargs))

    def call_raw(self, operation: Operation[T], /, **kwargs: Any) -> DetailedResponse[ErrorResponse | T]:
        """Like :meth:`call`, returning the generated response object (status, headers, content, parsed)."""
        return self.transport.call_raw(operation, **self._with_project(operation, kwargs))

    def run(self, plan: Plan[T]) -> T:
        """Run a documented call's plan (see :mod:`modelarts_hl._core.calls`) in this thread."""
        return drive(plan, self._perform)

    def paginate(self, listing: Listing[T]) -> Iterator[T]:
        """Every item of an offset/limit list, read page by page as the iteration goes."""
        return self._pages(listing.fetch, listing.paging())

    def _pages(self, fetch: Callable[[int, int], Plan[Page[T]]], paging: Paging) -> Iterator[T]:
        while (window := paging.next_window()) is not None:
            page = self.run(fetch(*window))
            paging.record(page)
            yield from page.items

    def _perform(self, step: Step) -> object:
        if isinstance(step, Call):
            transport = self.transport_for(step.host)
            parsed = transport.call(step.operation, **self._with_project(step.operation, step.arguments))
            return checked(step, parsed)
        if isinstance(step, Pause):
            self._sleep(step.seconds)
            return None
        return step.function()

    def _with_project(self, operation: Operation[Any], kwargs: Mapping[str, Any]) -> dict[str, Any]:
        if self._needs_project(operation, kwargs):
            return {"project_id": self.project_id, **kwargs}
        return dict(kwargs)

    @property
    def obs(self) -> OBS:
        """OBS transfers (``upload_file``, ``upload_dir``, ``download_file``, ``download_dir`` and more)."""
        with self._lock:
            if self._obs is None:
                from .obs import OBS

                self._obs = OBS(obs_settings(self), self._obs_credentials)
            return self._obs

    def _fetch_token(self) -> tuple[str, datetime]:
        from modelarts_client.api.iam import create_user_token
        from modelarts_client.models import CreateUserTokenNocatalog

        response = self._iam_public.call_raw(
            create_user_token, body=self._token_request(), nocatalog=CreateUserTokenNocatalog.TRUE
        )
        return self._token_answer(int(response.status_code), response.headers, response.parsed)

    def _blocking_temporary_credentials(self) -> tuple[ObsCredentials, datetime]:
        from modelarts_client.api.iam import create_temporary_credentials

        parsed = self._iam.call(create_temporary_credentials, body=self._temporary_credentials_request())
        return temporary_obs_credentials(self._temporary_credentials(parsed))

    def close(self) -> None:
        for transport in self._closing():
            transport.close()
        with self._lock:
            if self._obs is not None:
                self._obs.close()
                self._obs = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def check_session(value: object) -> Session:
    """``value`` if it is a :class:`Session` (the ``session`` argument of every documented call)."""
    if not isinstance(value, Session):
        raise InvalidArgumentError("session", "a modelarts_hl.session.Session", got=type(value).__name__)
    return value
