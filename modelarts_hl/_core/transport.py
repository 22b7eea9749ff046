"""The one HTTP transport every API call shares: auth, retries, timeouts, logging and typed errors.

Generated operations (``modelarts_client.api.<tag>.<operation>``) run on :class:`Transport`'s pooled
``httpx.Client``. That client retries, raises an :mod:`modelarts_hl.errors` exception for every status >= 400
before the generated code parses the body, and logs one redacted DEBUG line per attempt.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import logging
import random
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

import httpx

from modelarts_hl._core.cache import utc_now
from modelarts_hl._core.calls import Blocking, Pause, Plan, drive
from modelarts_hl._core.checks import check_flag, check_int, check_seconds
from modelarts_hl._core.error_mapping import error_from_response, parse_retry_after
from modelarts_hl._core.redaction import redact_headers, redact_url
from modelarts_hl._version import __version__
from modelarts_hl.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InvalidArgumentError,
    UnexpectedStatusError,
)

if TYPE_CHECKING:
    from modelarts_client.models import ErrorResponse

__all__ = [
    "ApiClient",
    "DetailedResponse",
    "Operation",
    "RetryPolicy",
    "Timeouts",
    "Transport",
    "success",
    "takes_project_id",
]

logger = logging.getLogger("modelarts_hl.transport")

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
# Failures after which an idempotent request may be repeated.
_TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Failures that prove the request never reached the server.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

_USER_AGENT = f"modelarts-hl/{__version__}"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a failed request is repeated.

    The wait before retry ``n`` (0-based) is ``min(backoff_max, backoff_base * 2**n)``, drawn uniformly from
    ``[0, that]`` when ``jitter`` is on ("full jitter"); a ``Retry-After`` header replaces it (capped by
    ``backoff_max``). Idempotent methods are retried after connection errors, timeouts and ``retry_statuses``;
    other methods (POST creates things) only when the request cannot have reached the server: a connection
    that was never established. Any answer, even 429 or 503, may come from a gateway after the service behind
    it acted, so a POST is never repeated after one (unless its transport says its POSTs are ``repeatable``):
    the error says ``may_have_acted``, and a create is looked for before it is sent again
    (:mod:`modelarts_hl._core.creates`).
    """

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 20.0
    jitter: bool = True
    retry_statuses: AbstractSet[int] = field(default=frozenset({408, 429, 500, 502, 503, 504}))

    def __post_init__(self) -> None:
        check_int("max_retries", self.max_retries, 0, 20)
        check_seconds("backoff_base", self.backoff_base)
        check_seconds("backoff_max", self.backoff_max)
        if self.backoff_max < self.backoff_base:
            raise InvalidArgumentError(
                "backoff_max", f"a number >= backoff_base ({self.backoff_base})", got=self.backoff_max
            )
        check_flag("jitter", self.jitter)
        statuses = self.retry_statuses
        if not isinstance(statuses, AbstractSet) or not all(
            isinstance(code, int) and not isinstance(code, bool) and 400 <= code <= 599 for code in statuses
        ):
            raise InvalidArgumentError(
                "retry_statuses", "a set of HTTP status codes from 400 to 599", got=statuses
            )
        # Frozen and hashable even when a mutable set was passed.
        object.__setattr__(self, "retry_statuses", frozenset(statuses))

    def backoff(self, retry_number: int, rng: random.Random) -> float:
        ceiling = min(self.backoff_max, self.backoff_base * 2.0**retry_number)
        return rng.uniform(0.0, ceiling) if self.jitter else ceiling

    def delay(self, retry_number: int, rng: random.Random, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return min(retry_after, self.backoff_max)
        return self.backoff(retry_number, rng)

    def retries_status(self, method: str, status_code: int, *, repeatable: bool = False) -> bool:
        """Whether a request answered ``status_code`` is sent again; ``repeatable``: sending it twice does no
        harm whatever its method."""
        return status_code in self.retry_statuses and (repeatable or method.upper() in IDEMPOTENT_METHODS)

    def retries_error(self, method: str, error: Exception, *, repeatable: bool = False) -> bool:
        if repeatable or method.upper() in IDEMPOTENT_METHODS:
            return isinstance(error, _TRANSIENT_ERRORS)
        return isinstance(error, _NOT_SENT_ERRORS)


@dataclass(frozen=True)
class Timeouts:
    """Seconds allowed to connect, to wait for each read / write, and to get a pooled connection."""

    connect: float = 10.0
    read: float = 60.0
    write: float = 60.0
    pool: float = 10.0

    def __post_init__(self) -> None:
        for name in ("connect", "read", "write", "pool"):
            check_seconds(name, getattr(self, name), positive=True)

    def as_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


def _replayable(request: httpx.Request) -> bool:
    try:
        request.content  # noqa: B018 - raises for a streamed body that was not kept
    except httpx.RequestNotRead:
        return False
    return True


class Attempts:
    """The retry decisions for one request, apart from how it is sent: both HTTP clients drive one.

    Per attempt the driver calls :meth:`start`, sends, then :meth:`failed` (with the transport error) or
    :meth:`answered` (with the response); when a retry is due it waits :attr:`delay` seconds and goes again.
    """

    __slots__ = ("_clock", "_repeatable", "_request", "_rng", "_started", "delay", "policy", "retries")

    def __init__(
        self,
        request: httpx.Request,
        policy: RetryPolicy,
        rng: random.Random,
        clock: Callable[[], datetime],
        *,
        repeatable: bool = False,
    ) -> None:
        self._request = request
        self._repeatable = repeatable
        self.policy = policy
        self._rng = rng
        self._clock = clock
        self.retries = 0
        self.delay = 0.0
        self._started = 0.0

    def start(self) -> None:
        self._started = time.monotonic()

    def failed(self, error: httpx.RequestError) -> None:
        """Plan a retry after ``error``, or raise its typed form when none is due."""
        request, attempt = self._request, self.retries + 1
        _log_failure(request, error, attempt, time.monotonic() - self._started)
        if not (
            self._may_repeat()
            and self.policy.retries_error(request.method, error, repeatable=self._repeatable)
        ):
            raise _connection_error(request, error, attempt) from error
        self._retry(self.policy.backoff(self.retries, self._rng), type(error).__name__)

    def answered(self, response: httpx.Response) -> APIError | bool:
        """``True``: ``response`` is the answer; ``False``: a retry is planned; else the error to raise. The
        driver closes an error response (after reading it, for a retry) before it raises or retries.
        """
        _log_response(response, self.retries + 1, time.monotonic() - self._started)
        status = response.status_code
        if status < 400:
            return True
        if not (
            self._may_repeat()
            and self.policy.retries_status(self._request.method, status, repeatable=self._repeatable)
        ):
            return error_from_response(response)
        retry_after = parse_retry_after(response.headers.get("Retry-After"), self._clock())
        self._retry(self.policy.delay(self.retries, self._rng, retry_after), f"status {status}")
        return False

    def _retry(self, delay: float, reason: str) -> None:
        request, attempt = self._request, self.retries + 1
        logger.info(
            "retrying %s %s in %.2f s after %s (attempt %d of %d)",
            request.method,
            redact_url(request.url),
            delay,
            reason,
            attempt + 1,
            self.policy.max_retries + 1,
        )
        self.delay = delay
        self.retries += 1

    def _may_repeat(self) -> bool:
        # Checked after sending: an auth that needs the body has read (and kept) it by then.
        return self.retries < self.policy.max_retries and _replayable(self._request)


class _Retrying:
    """What both HTTP clients hold for their retries: the policy, how to wait, the jitter and the clock."""

    def __init__(
        self,
        *,
        retry: RetryPolicy,
        sleep: Callable[[float], Any],
        rng: random.Random,
        clock: Callable[[], datetime],
        repeatable_posts: bool,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.retry_policy = retry
        self._repeatable_posts = repeatable_posts
        self._sleep = sleep
        self._rng = rng
        self._clock = clock

    def _attempts(self, request: httpx.Request) -> Attempts:
        return Attempts(request, self.retry_policy, self._rng, self._clock, repeatable=self._repeatable_posts)

    def _exchange(self, request: httpx.Request) -> Plan[httpx.Response]:
        """The attempts at ``request`` as steps for the client's driver (``drive`` or ``adrive`` of
        :mod:`modelarts_hl._core.calls`): :data:`SEND` (send the request; a transport error is raised back
        in), :class:`Discard` and :class:`Pause` (wait before the next attempt). Each client performs them its
        way; the decisions are made here, once.
        """
        attempts = self._attempts(request)
        while True:
            attempts.start()
            try:
                response = yield SEND
            except httpx.RequestError as exc:
                attempts.failed(exc)
            else:
                outcome = attempts.answered(response)
                if outcome is True:
                    return cast(httpx.Response, response)
                yield Discard(response)  # type: ignore[misc]
                if isinstance(outcome, APIError):
                    raise outcome
            yield Pause(attempts.delay)


@dataclass(frozen=True, slots=True)
class Discard:
    """Read and close ``response``: an answer not returned (a retry follows, or its error is raised)."""

    response: httpx.Response


# The step of an exchange that sends its request once more.
SEND: Any = Blocking(lambda: None)


def absolute_url(base_url: httpx.URL, url: httpx.URL | str) -> httpx.URL | str:
    """The URL a client with ``base_url`` requests for ``url``, built as text so that httpx parses it once:
    it parses a path relative to base_url, then the merged URL again. The result is the URL httpx builds
    (base_url's path + the path without its leading "/")."""
    if isinstance(url, str) and url.startswith("/"):
        base = str(base_url)
        return f"{base}{url[1:]}" if base.endswith("/") else f"{base}{url}"
    return url


class _Client(_Retrying, httpx.Client):
    """``httpx.Client`` whose ``send`` retries by policy and turns failures into ``modelarts_hl.errors``.

    Retrying here, above authentication, means every attempt is signed afresh (new ``X-Sdk-Date``, current
    token), and the 401 renewal of :class:`~modelarts_hl._core.auth.TokenAuth` happens inside one attempt.
    """

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, absolute_url(self.base_url, url), **kwargs)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        def perform(step: object) -> object:
            if isinstance(step, Discard):
                step.response.read()
                step.response.close()
            elif isinstance(step, Pause):
                self._sleep(step.seconds)
            else:
                return httpx.Client.send(self, request, **kwargs)
            return None

        return drive(self._exchange(request), perform)


def _log_response(response: httpx.Response, attempt: int, elapsed: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        logger.debug(
            "%s %s -> %d in %.3f s (attempt %d) request headers %s response headers %s",
            request.method,
            redact_url(request.url),
            response.status_code,
            elapsed,
            attempt,
            redact_headers(request.headers),
            redact_headers(response.headers),
        )


def _log_failure(request: httpx.Request, error: Exception, attempt: int, elapsed: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s after %.3f s (attempt %d) request headers %s",
            request.method,
            redact_url(request.url),
            type(error).__name__,
            elapsed,
            attempt,
            redact_headers(request.headers),
        )


def _connection_error(request: httpx.Request, error: httpx.RequestError, attempts: int) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    url = str(request.url)
    return kind(
        f"{type(error).__name__} on {request.method} {redact_url(url)}{tries}: {error or 'no details'}",
        method=request.method,
        url=url,
        may_have_acted=not isinstance(error, _NOT_SENT_ERRORS),
    )


class DetailedResponse(Protocol[T_co]):
    """What a generated ``sync_detailed`` returns (``modelarts_client.types.Response``)."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def parsed(self) -> T_co | None: ...


class Operation(Protocol[T_co]):
    """A generated operation module (``modelarts_client.api.<tag>.<operation>``) whose success body is a
    ``T_co``: the generated code also parses error bodies (``ErrorResponse``), which the transport raises as
    :mod:`modelarts_hl.errors` exceptions instead, so a call returns the success type alone.
    """

    @property
    def sync_detailed(self) -> Callable[..., DetailedResponse[ErrorResponse | T_co]]: ...


def takes_project_id(operation: Operation[Any]) -> bool:
    """Whether the generated operation has a ``project_id`` path parameter (looked up once per operation)."""
    return _takes_project_id(operation.sync_detailed)


@functools.cache
def _takes_project_id(function: Callable[..., object]) -> bool:
    return "project_id" in inspect.signature(function).parameters


class ApiClient(Protocol):
    """The generated ``modelarts_client.Client`` as far as the transports use it."""

    def set_httpx_client(self, client: httpx.Client) -> object: ...

    def set_async_httpx_client(self, client: httpx.AsyncClient) -> object: ...

    def get_httpx_client(self) -> httpx.Client: ...


def _generated_client(base_url: str) -> ApiClient:
    # Imported on first use so that the transport works (and tests run) without the generated package.
    module = importlib.import_module("modelarts_client")
    return cast(ApiClient, module.Client(base_url=base_url))


def _ssl_verify(verify: object) -> bool | ssl.SSLContext:
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    expected = "True, False, an ssl.SSLContext or the path of a CA bundle file"
    if not isinstance(verify, str) or not verify.strip():
        raise InvalidArgumentError("verify", expected, got=verify)
    try:
        return ssl.create_default_context(cafile=verify)
    except (OSError, ssl.SSLError, ValueError):  # ValueError: a path with a NUL character
        raise InvalidArgumentError("verify", expected, got=verify) from None


class _TransportBase:
    """What the synchronous and the asyncio transport share: the checked settings of one base URL and the
    options of its pooled client.

    ``repeatable_posts`` says that this transport's POSTs create nothing a second one would duplicate (IAM's
    token requests), so they are retried like idempotent requests.
    """

    # The pooled client each transport runs on, and how it waits between retries by default.
    _client_class: Callable[..., Any]
    _default_sleep: Callable[[float], Any]

    def __init__(
        self,
        base_url: str,
        auth: httpx.Auth | None = None,
        *,
        retry: RetryPolicy | None = None,
        timeout: Timeouts | None = None,
        verify: bool | str | ssl.SSLContext = True,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Any] | None = None,
        rng: random.Random | None = None,
        clock: Callable[[], datetime] = utc_now,
        limits: httpx.Limits | None = None,
        api_client_factory: Callable[[str], ApiClient] | None = None,
        repeatable_posts: bool = False,
    ) -> None:
        url = httpx.URL(base_url) if isinstance(base_url, str) else None
        if url is None or url.scheme not in ("http", "https") or not url.host:
            raise InvalidArgumentError("base_url", "an http:// or https:// URL with a host", got=base_url)
        if auth is not None and not isinstance(auth, httpx.Auth):
            raise InvalidArgumentError("auth", "an httpx.Auth instance or None", got=type(auth).__name__)
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise InvalidArgumentError("retry", "a RetryPolicy", got=retry)
        if timeout is not None and not isinstance(timeout, Timeouts):
            raise InvalidArgumentError("timeout", "a Timeouts", got=timeout)
        self.base_url = str(url)
        self.auth = auth
        self.retry = retry or RetryPolicy()
        self.timeout = timeout or Timeouts()
        self._client = self._client_class(
            sleep=sleep if sleep is not None else type(self)._default_sleep,
            transport=transport,
            retry=self.retry,
            rng=rng or random.Random(),
            clock=clock,
            repeatable_posts=check_flag("repeatable_posts", repeatable_posts),
            base_url=self.base_url,
            auth=auth,
            headers={"User-Agent": _USER_AGENT, **(headers or {})},
            timeout=self.timeout.as_httpx(),
            verify=_ssl_verify(verify),
            # httpcore closes an idle connection whenever the pool holds more than max_keepalive_connections
            # connections of any kind: equal limits keep busy pools from reconnecting on every request.
            limits=limits
            or httpx.Limits(max_connections=20, max_keepalive_connections=20, keepalive_expiry=30),
            follow_redirects=False,
        )
        self._api_client_factory = api_client_factory or _generated_client
        self._api_client: ApiClient | None = None
        self._api_client_lock = threading.Lock()

    def _generated_for(self, attach: Callable[[ApiClient], object]) -> ApiClient:
        with self._api_client_lock:
            if self._api_client is None:
                api_client = self._api_client_factory(self.base_url)
                attach(api_client)
                self._api_client = api_client
            return self._api_client

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={redact_url(self.base_url)!r}, auth={self.auth!r}, "
            f"retry={self.retry!r})"
        )


def success(response: DetailedResponse[T]) -> DetailedResponse[T]:
    """``response`` if its status is a success; the transport raised the error statuses already."""
    status = int(response.status_code)
    if not 200 <= status <= 299:
        raise UnexpectedStatusError(
            status_code=status,
            error_msg=f"expected a success status, got {status} (redirects are not followed)",
        )
    return response


class Transport(_TransportBase):
    """One pooled HTTP client for one base URL, shared by every call to that service.

    ``auth`` is an ``httpx.Auth`` (:class:`~modelarts_hl._core.auth.AkSkAuth`,
    :class:`~modelarts_hl._core.auth.TokenAuth`) or ``None``. ``transport`` (an ``httpx.BaseTransport``)
    replaces the network layer (tests, fault injection); ``sleep`` and ``rng`` make retry waits observable;
    ``clock`` is what a ``Retry-After`` date is counted from.
    """

    _client: _Client
    _client_class = _Client
    _default_sleep = staticmethod(time.sleep)

    @property
    def httpx_client(self) -> httpx.Client:
        """The shared client; its requests retry and raise like :meth:`call`."""
        return self._client

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """A plain HTTP request (relative to ``base_url`` or absolute) with retries, auth and typed errors."""
        return self._client.request(method, url, **kwargs)

    def call(self, operation: Operation[T], /, **kwargs: Any) -> T:
        """Run a generated operation and return its parsed body; errors are raised as ``modelarts_hl.errors``.

        The result is ``None`` when the operation documents no body for the status the server sent.
        """
        return cast(T, self.call_raw(operation, **kwargs).parsed)

    def call_raw(self, operation: Operation[T], /, **kwargs: Any) -> DetailedResponse[ErrorResponse | T]:
        """Like :meth:`call` but returns the generated response object (status, headers, content, parsed)."""
        return success(operation.sync_detailed(client=self._generated(), **kwargs))

    def _generated(self) -> ApiClient:
        return self._generated_for(lambda api_client: api_client.set_httpx_client(self._client))

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
