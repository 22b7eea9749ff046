"""From an HTTP error response to the typed :class:`~modelarts_hl.errors.APIError` it stands for.

ModelArts sends ``{"error_code", "error_msg", "error_solution"}``, IAM ``{"error": {"code", "message"}}``,
OBS an XML ``<Error>``, and gateways HTML pages; every shape becomes the same fields, with secrets masked.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from modelarts_hl.errors import APIError, api_error_class, shorten, status_phrase

__all__ = ["error_from_response", "parse_retry_after"]

_MESSAGE_LIMIT = 300
REQUEST_ID_HEADERS = ("X-Request-Id", "X-Openstack-Request-Id", "x-obs-request-id")


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
        error_msg=message or shorten(json.dumps(data, ensure_ascii=False), _MESSAGE_LIMIT),
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
        summary = title or shorten(_plain(stripped), _MESSAGE_LIMIT)
        return _Details(error_msg=f"{summary} (HTML error page, probably from a gateway or proxy)")
    return _Details(error_msg=shorten(_SPACE.sub(" ", stripped), _MESSAGE_LIMIT))


def _details_from_body(content: bytes, status_code: int) -> tuple[_Details, str]:
    text = content.decode("utf-8", errors="replace")
    if not text.strip():
        return _Details(error_msg=f"{status_phrase(status_code)} (empty response body)"), text
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
