"""Keeping credentials out of log lines, reprs and exception messages.

Credential objects register their secret values here when they are created, so that text coming back from a
server (an error body echoing a token, say) can be masked before it reaches an exception or a log.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
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
