"""Request authentication as ``httpx.Auth`` objects: AK/SK signatures and IAM tokens."""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from datetime import datetime
from typing import Any

import httpx

from modelarts_hl._core import signing
from modelarts_hl._core.cache import Expiring, Renewal, utc_now
from modelarts_hl._core.checks import check_text, optional_text
from modelarts_hl._core.redaction import MASK, register_secret
from modelarts_hl.errors import InvalidArgumentError

__all__ = ["AkSkAuth", "Expiring", "TokenAuth", "TokenHeaders"]

logger = logging.getLogger("modelarts_hl.auth")

# Not signed: hop-by-hop headers and those that proxies legitimately rewrite (the body hash covers the body).
_UNSIGNED_HEADERS = frozenset(
    {
        "authorization",
        "connection",
        "keep-alive",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "content-length",
        "accept-encoding",
    }
)


class AkSkAuth(httpx.Auth):
    """Signs every request with SDK-HMAC-SHA256 (access key / secret key, optionally temporary credentials).

    Sets ``X-Sdk-Date``, ``X-Project-Id`` and ``X-Security-Token`` (when given) and signs every end-to-end
    header the request carries, ``host`` included. Each (re)send is signed afresh with the current time.
    """

    requires_request_body = True

    def __init__(
        self,
        access_key: str,
        secret_key: str,
        security_token: str | None = None,
        project_id: str | None = None,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.access_key = check_text("access_key", access_key)
        self._secret_key = check_text("secret_key", secret_key, secret=True)
        self._security_token = optional_text("security_token", security_token, secret=True)
        self.project_id = optional_text("project_id", project_id)
        self._clock = clock
        register_secret(self._secret_key)
        register_secret(self._security_token)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> None:
        """Add the date, project, token and ``Authorization`` headers to ``request`` in place."""
        sdk_date = signing.format_sdk_date(self._clock())
        raw_path, _, raw_query = request.url.raw_path.decode("ascii").partition("?")
        if "+" in raw_query:
            # httpx encodes spaces as "+", which the gateway reads as a literal plus; "%20" is unambiguous.
            raw_query = raw_query.replace("+", "%20")
            request.url = request.url.copy_with(query=raw_query.encode("ascii"))
        request.headers.pop("Authorization", None)
        request.headers["X-Sdk-Date"] = sdk_date
        if self.project_id is not None:
            request.headers["X-Project-Id"] = self.project_id
        if self._security_token is not None:
            request.headers["X-Security-Token"] = self._security_token
        headers = {name: value for name, value in request.headers.items() if name not in _UNSIGNED_HEADERS}
        signed = signing.normalize_signed_headers(list(headers))
        canonical = signing.canonical_request(
            request.method, raw_path, signing.parse_query(raw_query), headers, signed, request.content
        )
        signature = signing.compute_signature(self._secret_key, signing.string_to_sign(canonical, sdk_date))
        request.headers["Authorization"] = signing.authorization_header(self.access_key, signed, signature)

    def __repr__(self) -> str:
        token = MASK if self._security_token is not None else None
        return (
            f"AkSkAuth(access_key={self.access_key!r}, secret_key={MASK!r}, security_token={token!r}, "
            f"project_id={self.project_id!r})"
        )


class TokenHeaders(httpx.Auth):
    """What token authentication does to a request, whichever holder renews the token: the headers it sets,
    and when a refused token is renewed.
    """

    requires_request_body = True

    def __init__(
        self, provider: Renewal[str, Any], project_id: str | None, expected: type[Renewal[str, Any]]
    ) -> None:
        if not isinstance(provider, expected):
            raise InvalidArgumentError(
                "provider", f"an {expected.__name__}[str] that fetches IAM tokens", got=provider
            )
        self.project_id = optional_text("project_id", project_id)

    def _rejected(self, request: httpx.Request, response: httpx.Response) -> bool:
        """Whether the token was refused, so that it is renewed and the request sent once more."""
        if response.status_code != httpx.codes.UNAUTHORIZED:
            return False
        logger.debug("token rejected with 401 on %s %s; renewing it once", request.method, request.url.path)
        return True

    def _apply(self, request: httpx.Request, token: str) -> str:
        register_secret(token)
        request.headers["X-Auth-Token"] = token
        if self.project_id is not None:
            request.headers["X-Project-Id"] = self.project_id
        return token


class TokenAuth(TokenHeaders):
    """Sends an IAM token as ``X-Auth-Token``; on a 401 answer renews it and resends the request once."""

    def __init__(self, provider: Expiring[str], project_id: str | None = None) -> None:
        super().__init__(provider, project_id, Expiring)
        self._provider = provider

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._apply(request, self._provider.get())
        response = yield request
        if self._rejected(request, response):
            self._provider.invalidate(token)
            self._apply(request, self._provider.get())
            yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(provider={self._provider!r}, project_id={self.project_id!r})"
