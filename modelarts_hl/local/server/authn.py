"""Authentication of API requests: IAM tokens and AK/SK signatures (permanent or temporary keys).

An ASGI middleware because a signature covers the raw body: it reads the whole body, checks the request, and
replays the body to the application. It only records the outcome in the scope; the endpoint decides whether
its operation needs a principal (operations with ``security: []`` in the document do not).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from modelarts_hl._core.signing import parse_query, verify_request
from modelarts_hl.errors import SignatureError

from ..errors import PARAMETER_ERROR, error_body
from ..store.iam import CredentialStore, Principal
from .spec import OperationIndex

__all__ = ["MAX_BODY_BYTES", "SCOPE_KEY", "AuthFailure", "AuthMiddleware", "authentication"]

SCOPE_KEY = "modelarts_hl.authentication"
# Largest body accepted (ModelArts limits a prediction to 12 MB; other bodies are small).
MAX_BODY_BYTES = 16 * 1024 * 1024

_SIGNATURE_SCHEME = "SDK-HMAC-SHA256"


@dataclass(frozen=True)
class AuthFailure:
    """Credentials were presented but are not valid; ``reason`` is safe to show (no secret in it)."""

    reason: str


class BodyTooLarge(Exception):
    pass


class AuthMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        credentials: CredentialStore,
        index: OperationIndex,
        max_skew: timedelta = timedelta(minutes=15),
    ) -> None:
        self.app = app
        self.credentials = credentials
        self.index = index
        self.max_skew = max_skew

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.index.match(scope["method"], scope["path"]) is None:
            await self.app(scope, receive, send)
            return
        try:
            body = await _read_body(receive)
        except BodyTooLarge:
            await _send_too_large(send)
            return
        scope[SCOPE_KEY] = self.authenticate(scope, body)
        await self.app(scope, _replay(body, receive), send)

    def authenticate(self, scope: Scope, body: bytes) -> Principal | AuthFailure | None:
        headers = _headers(scope)
        authorization = headers.get("authorization", "")
        if authorization.startswith(_SIGNATURE_SCHEME):
            return self._check_signature(scope, headers, body)
        token = headers.get("x-auth-token")
        if token:
            found = self.credentials.check_token(token)
            if found is None:
                return AuthFailure("the token is invalid or has expired")
            return Principal(found.user, found.project_id, "token")
        return None

    def _check_signature(
        self, scope: Scope, headers: Mapping[str, str], body: bytes
    ) -> Principal | AuthFailure:
        def lookup_secret(access_key: str) -> str | None:
            temporary = self.credentials.temporary(access_key)
            if temporary is not None:
                return temporary.secret
            return self.credentials.permanent_secret(access_key)

        # Path and query exactly as they came over the wire: the signer signed their canonical re-encoding.
        raw_path = (scope.get("raw_path") or scope["path"].encode("utf-8")).decode("latin-1")
        query = parse_query(scope.get("query_string", b"").decode("latin-1"))
        try:
            access_key = verify_request(
                scope["method"],
                raw_path,
                query,
                headers,
                body,
                lookup_secret,
                self.credentials.now(),
                self.max_skew,
            )
        except SignatureError as exc:
            return AuthFailure(f"the signature is not valid: {exc.reason}")
        temporary = self.credentials.temporary(access_key)
        if temporary is None:
            return Principal(self.credentials.user_name, self.credentials.project_id, "aksk")
        if headers.get("x-security-token", "") != temporary.security_token:
            return AuthFailure("temporary access keys need their X-Security-Token")
        return Principal(temporary.user, temporary.project_id, "temporary-aksk")


def authentication(scope: Scope) -> Principal | AuthFailure | None:
    """What the middleware found for this request (None: no credentials at all)."""
    found: Principal | AuthFailure | None = scope.get(SCOPE_KEY)
    return found


def _headers(scope: Scope) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", []):
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        headers[name] = f"{headers[name]},{value}" if name in headers else value
    return headers


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _send_too_large(send: Send) -> None:
    body = json.dumps(
        error_body(PARAMETER_ERROR, f"the request body exceeds {MAX_BODY_BYTES} bytes")
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
