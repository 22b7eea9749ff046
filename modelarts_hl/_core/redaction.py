"""Keeping credentials out of log lines, reprs and exception messages.

Credential objects register their secret values here when they are created, so that text coming back from a
server (an error body echoing a token, say) can be masked before it reaches an exception or a log.

Other libraries log this client's traffic too: at DEBUG, httpcore prints every response header (IAM's
``X-Subject-Token`` among them) before the client has even seen the token. Importing this module therefore
installs a log record factory (:func:`install_log_masking`) that masks credentials in every record of the
loggers in :data:`WATCHED_LOGGERS` and their children, as the record is made: whatever levels, handlers,
filters or formatters the application configures, and whenever it configures them (``basicConfig``,
``dictConfig``, handlers added before or after the import). Filters cannot do this: a logger's filter does not
see records propagated from its children, and a handler's filter only guards that handler.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import httpx

MASK = "****"

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-auth-token",
        "x-subject-token",
        "x-security-token",
        "x-obs-security-token",
        "x-amz-security-token",
        "x-apig-appcode",
        "cookie",
        "set-cookie",
    }
)

# Names of query parameters and JSON/form fields whose values are credentials (compared lower-cased).
SENSITIVE_FIELDS = frozenset(
    {
        "password",
        "secret",
        "secret_key",
        "secretkey",
        "sk",
        "token",
        "access_token",
        "auth_token",
        "security_token",
        "securitytoken",
        "signature",
        "x-auth-token",
        "x-security-token",
        "x-obs-security-token",
        "x-amz-security-token",
        "x-amz-signature",
    }
)

# Shorter registered values would garble ordinary text and are not real credentials anyway.
_MIN_SECRET_LENGTH = 4

_field_names = "|".join(re.escape(name) for name in sorted(SENSITIVE_FIELDS, key=len, reverse=True))
_JSON_FIELD = re.compile(rf'("(?:{_field_names})"\s*:\s*)"(?:[^"\\]|\\.)*"', re.IGNORECASE)
# Form/query style ``name=value``; "name: value" is left alone, prose uses it ("invalid token: expired").
_ASSIGNMENT = re.compile(rf"(?<![\w-])((?:{_field_names})=)(?!{re.escape(MASK)})[^\s&,;\"']+", re.IGNORECASE)
_header_names = "|".join(re.escape(name) for name in sorted(SENSITIVE_HEADERS, key=len, reverse=True))
# A credential header with its value as logged by HTTP libraries: a (bytes) tuple or dict item,
# ``(b'x-subject-token', b'...')`` or ``'Authorization': '...'``, and a header line ``X-Auth-Token: ...``.
_QUOTED_HEADER = re.compile(
    rf"""(b?(['"])(?:{_header_names})\2\s*[,:]\s*b?)(['"])(?:\\.|(?!\3).)*\3""", re.IGNORECASE
)
_HEADER_LINE = re.compile(
    rf"(?<![\w-])((?:{_header_names}):[ \t]*)(?!{re.escape(MASK)})[^\r\n]+", re.IGNORECASE
)
# An OBS (or S3 v2) Authorization value without its header name: ``OBS <access key>:<signature>``.
_OBS_SIGNATURE = re.compile(r"\b((?:OBS|AWS) [A-Za-z0-9]{8,}:)[A-Za-z0-9+/]{20,}={0,2}")

_lock = threading.Lock()
_secrets: set[str] = set()
_secret_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None) -> None:
    """Remember ``value`` so that :func:`mask_secrets` hides it (also in percent-encoded form)."""
    global _secret_pattern
    if value is None or len(value) < _MIN_SECRET_LENGTH:
        return
    variants = {value, quote(value, safe="")}
    with _lock:
        if variants <= _secrets:
            return
        _secrets.update(variants)
        # Longest first, so a secret containing another is masked as a whole.
        ordered = sorted(_secrets, key=len, reverse=True)
        _secret_pattern = re.compile("|".join(re.escape(secret) for secret in ordered))


def mask_secrets(text: str) -> str:
    """``text`` with registered secrets and values of credential-named fields replaced by ``****``."""
    pattern = _secret_pattern
    if pattern is not None:
        text = pattern.sub(MASK, text)
    text = _JSON_FIELD.sub(rf'\1"{MASK}"', text)
    text = _QUOTED_HEADER.sub(rf"\1\3{MASK}\3", text)
    text = _HEADER_LINE.sub(rf"\1{MASK}", text)
    text = _OBS_SIGNATURE.sub(rf"\1{MASK}", text)
    return _ASSIGNMENT.sub(rf"\1{MASK}", text)


def redact_headers(headers: Mapping[str, str] | httpx.Headers | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of ``headers`` that is safe to log: credential headers (any casing) show ``****``."""
    if isinstance(headers, httpx.Headers):
        items: Iterable[tuple[str, str]] = headers.multi_items()
    elif isinstance(headers, Mapping):
        items = headers.items()
    else:
        items = headers
    redacted: dict[str, str] = {}
    for name, value in items:
        shown = MASK if name.lower() in SENSITIVE_HEADERS else mask_secrets(value)
        redacted[name] = f"{redacted[name]}, {shown}" if name in redacted else shown
    return redacted


def redact_url(url: str | httpx.URL) -> str:
    """``url`` with any password in its user info and credential query parameters masked."""
    parts = urlsplit(str(url))
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user = userinfo.partition(":")[0]
        netloc = f"{user}:{MASK}@{hostport}" if ":" in userinfo else netloc
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(name.lower() in SENSITIVE_FIELDS for name, _ in pairs):
            query = urlencode(
                [(name, MASK if name.lower() in SENSITIVE_FIELDS else value) for name, value in pairs],
                safe="*",
            )
    return mask_secrets(urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)))


# -- log records ------------------------------------------------------------------------------------------

# Loggers (with their children) that see this client's traffic: its own, the HTTP stack under httpx, the OBS
# SDK's (``OBS_LOGGER`` unless given another name) and the libraries other transports use, and the local
# backend's server, object store and request validation.
WATCHED_LOGGERS = (
    "modelarts_hl",
    "modelarts_server",
    "httpx",
    "httpcore",
    "h11",
    "h2",
    "hpack",
    "urllib3",
    "requests",
    "OBS_LOGGER",
    "obs",
    "uvicorn",
    "starlette",
    "werkzeug",
    "moto",
    "openapi_core",
)

_RecordFactory = Callable[..., logging.LogRecord]
_factory_lock = threading.Lock()
_masking_factory: _RecordFactory | None = None


@functools.lru_cache(maxsize=1024)
def _watched(name: str) -> bool:
    return any(name == watched or name.startswith(watched + ".") for watched in WATCHED_LOGGERS)


def mask_record(record: logging.LogRecord) -> None:
    """Rewrite ``record`` in place when its message, arguments or exception text hold a credential.

    A record without one is left exactly as it was made (its ``msg`` and ``args`` keep their meaning for
    handlers that group by message template).
    """
    try:
        text = record.getMessage()
    except Exception:  # a malformed record is logging's to report, when it is emitted
        return
    masked = mask_secrets(text)
    shown_args = repr(record.args) if record.args else ""
    if masked != text or mask_secrets(shown_args) != shown_args:
        record.msg = masked
        record.args = ()
    if record.exc_info and record.exc_info[1] is not None and record.exc_text is None:
        detail = str(record.exc_info[1])
        if mask_secrets(detail) != detail:
            # Formatted here, masked, and cached where every Formatter looks for it first.
            record.exc_text = mask_secrets(logging.Formatter().formatException(record.exc_info))


def install_log_masking() -> None:
    """Make every new log record of a watched logger pass :func:`mask_record` (once per process).

    The factory wraps the one in place when it is installed; a factory installed later that calls the
    previous one (as logging's documentation asks) keeps the masking.
    """
    global _masking_factory
    with _factory_lock:
        if _masking_factory is not None:
            return
        previous = logging.getLogRecordFactory()

        def masking_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if _watched(record.name):
                mask_record(record)
            return record

        _masking_factory = masking_factory
        logging.setLogRecordFactory(masking_factory)


install_log_masking()
