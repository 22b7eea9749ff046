"""The esdk-obs-python client behind every OBS call: construction from settings, credential renewal, errors.

One ``ObsClient`` serves all threads: it keeps a thread-safe queue of kept-alive connections, takes a
connection per request, and its signature state is per thread. Renewed credentials are swapped in with
``refresh`` (requests already running finish with the old ones).
"""

from __future__ import annotations

import logging
import os
import re
import ssl
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from obs import ObsClient

from modelarts_hl.errors import ModelArtsError, ObsConnectionError
from modelarts_hl.obs.error_mapping import obs_error

from . import sdk_speedups
from .settings import ObsCredentials, ObsSettings

__all__ = ["ClientProvider", "region_of"]

log = logging.getLogger("modelarts_hl.obs")
_REGION_IN_HOST = re.compile(r"^obs\.([a-z0-9-]+)\.")
_DEFAULT_REGION = "us-east-1"
# Retries of the SDK for dropped connections and 5xx answers (with 0.2, 0.4, 0.8 s pauses).
_MAX_RETRIES = 3
_TIMEOUT_SECONDS = 60
_IDLE_SECONDS = 2.0
_SEND_BLOCK = 1024 * 1024


def region_of(settings: ObsSettings) -> str:
    """The configured region, else the one in an ``obs.<region>.`` host name, else us-east-1."""
    if settings.region:
        return settings.region
    match = _REGION_IN_HOST.match(urlsplit(settings.endpoint).hostname or "")
    return match.group(1) if match else _DEFAULT_REGION


def _build(settings: ObsSettings, credentials: ObsCredentials) -> Any:
    sdk_speedups.install()
    secure = settings.endpoint.startswith("https://")
    client = ObsClient(
        access_key_id=credentials.access_key,
        secret_access_key=credentials.secret_key,
        security_token=credentials.security_token,
        server=settings.endpoint,
        is_secure=secure,
        signature=settings.signature,
        region=region_of(settings),
        path_style=settings.path_style,
        ssl_verify=bool(settings.verify),
        long_conn_mode=True,
        # The signature is a setting; negotiating it would cost a request per bucket.
        is_signature_negotiation=False,
        max_retry_count=_MAX_RETRIES,
        timeout=_TIMEOUT_SECONDS,
        # Request bodies are read and sent in blocks of this size (the SDK's 64 KiB costs a Python call and a
        # send per 64 KiB of a part).
        chunk_size=_SEND_BLOCK,
    )
    context = getattr(client, "context", None)
    if secure and settings.verify and isinstance(context, ssl.SSLContext):
        # The SDK only loads a CA file it is given, and never checks host names: do both here.
        if isinstance(settings.verify, str):
            if os.path.isdir(settings.verify):
                context.load_verify_locations(capath=settings.verify)
            else:
                context.load_verify_locations(cafile=settings.verify)
        else:
            context.load_default_certs()
        context.check_hostname = True
    return client


class ClientProvider:
    """Hands out the shared ObsClient, refreshed when the credentials callable returns new credentials."""

    def __init__(self, settings: ObsSettings, credentials: Callable[[], ObsCredentials]) -> None:
        self._settings = settings
        self._credentials = credentials
        self._lock = threading.Lock()
        self._client: Any = None
        self._current: ObsCredentials | None = None
        self._last_used = 0.0

    def client(self) -> Any:
        credentials = self._credentials()
        now = time.monotonic()
        stale = None
        with self._lock:
            if self._client is not None and now - self._last_used > _IDLE_SECONDS:
                # Servers close kept-alive connections left idle (node after 5 s); the SDK would try each
                # dead one of its pool in turn, so after a pause start afresh.
                stale, self._client = self._client, None
            if self._client is None:
                self._client = _build(self._settings, credentials)
            elif credentials != self._current:
                log.debug("OBS credentials changed; refreshing the client")
                self._client.refresh(
                    credentials.access_key, credentials.secret_key, credentials.security_token
                )
            self._current = credentials
            self._last_used = now
            client = self._client
        if stale is not None:
            stale.close()
        return client

    def call(self, operation: str, *args: Any, **kwargs: Any) -> Any:
        """``ObsClient.<operation>(*args, **kwargs)``; an error answer or a lost connection raises.

        The first argument is the bucket and a second string argument the key (they name the failure).
        """
        bucket = args[0] if args else None
        key = args[1] if len(args) > 1 and isinstance(args[1], str) else None
        try:
            with sdk_speedups.calls():
                result = getattr(self.client(), operation)(*args, **kwargs)
        except ModelArtsError:
            # Raised by this package's code that the SDK calls back (a request body whose file changed).
            raise
        except Exception as exc:  # the SDK raises bare Exception subclasses for transport failures
            where = f"obs://{bucket}/{key or ''}" if bucket else ""
            raise ObsConnectionError(f"{operation} {where}: {type(exc).__name__}: {exc}") from exc
        status = getattr(result, "status", None)
        if not isinstance(status, int) or status >= 300:
            raise obs_error(
                status_code=status if isinstance(status, int) else 0,
                error_code=getattr(result, "errorCode", None),
                error_msg=getattr(result, "errorMessage", None) or getattr(result, "reason", None),
                request_id=getattr(result, "requestId", None),
                operation=operation,
                bucket=bucket,
                key=key,
            )
        return result

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
            self._current = None
        if client is not None:
            client.close()
