"""Exceptions raised by modelarts-hl.

Every exception derives from :class:`ModelArtsError`. A server answer with status >= 400 becomes an
:class:`APIError` subclass chosen by status; a request that got no answer becomes :class:`APIConnectionError`.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any

import httpx

from modelarts_hl.redaction import mask_secrets, redact_url

BODY_LIMIT = 2000
_MESSAGE_LIMIT = 300
REQUEST_ID_HEADERS = ("X-Request-Id", "X-Openstack-Request-Id", "x-obs-request-id")


def _restore(cls: type[ModelArtsError], args: tuple[Any, ...], state: dict[str, Any]) -> ModelArtsError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ModelArtsError(Exception):
    """Base class of every exception raised by modelarts-hl."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword arguments; rebuild from the stored state so errors cross process boundaries.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


_UNSET: Any = object()


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class InvalidArgumentError(ModelArtsError, ValueError):
    """An argument was rejected before any network call; ``argument`` names it.

    Pass ``got`` only for values that are not secrets: it is shown in the message.
    """

    def __init__(self, argument: str, expected: str, *, got: object = _UNSET) -> None:
        message = f"invalid {argument}: expected {expected}"
        if got is not _UNSET:
            message += f", got {_describe(got)}"
        super().__init__(message)
        self.argument = argument
        self.expected = expected


class CredentialsNotFoundError(ModelArtsError):
    """No credentials were given and none could be found in the environment."""


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


class APIError(ModelArtsError):
    """The server answered with an error status; fields come from the ModelArts/IAM error body if any."""

    def __init__(
        self,
        *,
        status_code: int,
        error_code: str | None = None,
        error_msg: str = "",
        error_solution: str | None = None,
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
        body: str = "",
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.error_msg = mask_secrets(error_msg)
        self.error_solution = mask_secrets(error_solution) if error_solution else error_solution
        self.request_id = request_id
        self.method = method
        self.url = redact_url(url) if url else url
        self.body = _truncate(mask_secrets(body), BODY_LIMIT)
        # Seconds the server asked to wait before retrying (429/503 ``Retry-After``), if it said.
        self.retry_after = retry_after
        super().__init__(self._message())

    def _message(self) -> str:
        head = " ".join(str(part) for part in (self.status_code, self.error_code) if part)
        if self.method and self.url:
            head += f" on {self.method} {self.url}"
        message = f"{head}: {self.error_msg or _reason(self.status_code)}"
        if self.error_solution:
            message += f". Solution: {self.error_solution}"
        if self.request_id:
            message += f" (request id {self.request_id})"
        return message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, error_code={self.error_code!r}, "
            f"error_msg={self.error_msg!r}, request_id={self.request_id!r}, method={self.method!r}, "
            f"url={self.url!r})"
        )


class BadRequestError(APIError):
    """400: the request was malformed or a parameter was rejected."""


class AuthenticationError(APIError):
    """401: missing, expired or wrong credentials."""


class PermissionDeniedError(APIError):
    """403: the credentials may not perform this operation."""


class NotFoundError(APIError):
    """404: the resource (job, model, service, ...) does not exist."""


class ConflictError(APIError):
    """409: the request conflicts with the resource's current state (duplicate name, wrong status)."""


class RateLimitError(APIError):
    """429: too many requests; ``retry_after`` holds the server's requested wait in seconds, if any."""


class ServerError(APIError):
    """5xx: the server or a gateway in front of it failed."""


class UnexpectedStatusError(APIError):
    """A status without a more specific class (for example 405, 413, or a non-2xx success code)."""


_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def api_error_class(status_code: int) -> type[APIError]:
    if status_code in _STATUS_CLASSES:
        return _STATUS_CLASSES[status_code]
    if 500 <= status_code <= 599:
        return ServerError
    return UnexpectedStatusError


class APIConnectionError(ModelArtsError):
    """No answer was received (connection refused or dropped, TLS failure, ...)."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(mask_secrets(message))
        self.method = method
        self.url = redact_url(url) if url else url


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (seconds or HTTP date); ``None`` if absent or invalid."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds or seconds == float("inf"):
        return None
    return max(0.0, seconds)


def _reason(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return "HTTP error"


@dataclass
class _Details:
    error_code: str | None = None
    error_msg: str = ""
    error_solution: str | None = None
    request_id: str | None = None


def _text(value: object) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _details_from_json(data: dict[str, Any]) -> _Details:
    nested = data.get("error")
    if isinstance(nested, dict):
        # IAM: {"error": {"code": 401, "message": "...", "title": "Unauthorized"}}; some services nest
        # ModelArts-style keys the same way.
        merged = {**nested, **{key: value for key, value in data.items() if key != "error"}}
        return _details_from_json(merged)
    raw_code = data.get("error_code", data.get("code"))
    # IAM's numeric "code" only repeats the HTTP status.
    code = None if isinstance(raw_code, int) else _text(raw_code)
    message = _text(data.get("error_msg", data.get("error_message", data.get("message"))))
    if message is None and isinstance(nested, str):
        message = nested
    if message is None:
        message = _text(data.get("title"))
    return _Details(
        error_code=code,
        error_msg=message or _truncate(json.dumps(data, ensure_ascii=False), _MESSAGE_LIMIT),
        error_solution=_text(data.get("error_solution")),
        request_id=_text(data.get("request_id")),
    )


_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_HTML_TITLE = re.compile(r"<(title|h1)[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_XML_FIELD = re.compile(r"<(Code|Message|RequestId)>(.*?)</\1>", re.DOTALL)


def _plain(text: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", text))).strip()


def _details_from_text(text: str) -> _Details:
    stripped = text.strip()
    if stripped.startswith("<?xml") or "<Error>" in stripped:
        # OBS / S3 style: <Error><Code>NoSuchKey</Code><Message>...</Message><RequestId>..</RequestId></Error>
        fields = {name: _plain(value) for name, value in _XML_FIELD.findall(stripped)}
        if fields.get("Code") or fields.get("Message"):
            return _Details(
                error_code=fields.get("Code") or None,
                error_msg=fields.get("Message", ""),
                request_id=fields.get("RequestId") or None,
            )
    if stripped.startswith("<") or "<html" in stripped[:500].lower():
        match = _HTML_TITLE.search(stripped)
        title = _plain(match.group(2)) if match else ""
        summary = title or _truncate(_plain(stripped), _MESSAGE_LIMIT)
        return _Details(error_msg=f"{summary} (HTML error page, probably from a gateway or proxy)")
    return _Details(error_msg=_truncate(_SPACE.sub(" ", stripped), _MESSAGE_LIMIT))


def _details_from_body(content: bytes, status_code: int) -> tuple[_Details, str]:
    text = content.decode("utf-8", errors="replace")
    if not text.strip():
        return _Details(error_msg=f"{_reason(status_code)} (empty response body)"), text
    try:
        data = json.loads(content)
    except ValueError:
        data = None
    if isinstance(data, dict):
        return _details_from_json(data), text
    return _details_from_text(text), text


def error_from_response(response: httpx.Response) -> APIError:
    """The typed exception for an error ``response`` (read here if it was streamed); never raises itself."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        try:
            content = response.read()
        except httpx.HTTPError:
            content = b""
    details, text = _details_from_body(content, response.status_code)
    request_id = next(
        (response.headers[name] for name in REQUEST_ID_HEADERS if name in response.headers), None
    )
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:
        request = None
    return api_error_class(response.status_code)(
        status_code=response.status_code,
        error_code=details.error_code,
        error_msg=details.error_msg,
        error_solution=details.error_solution,
        request_id=request_id or details.request_id,
        method=request.method if request is not None else None,
        url=str(request.url) if request is not None else None,
        body=text,
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
    )
