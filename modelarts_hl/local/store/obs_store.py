"""The object store behind the local backend: moto's S3 server on loopback, or an existing endpoint.

Clients reach it like OBS with S3-compatible settings: signature v4, path-style addressing, region us-east-1.
moto keeps buckets in process memory, so objects do not survive a restart of the backend (jobs, models and
services do) and backends in one process share buckets.
"""

from __future__ import annotations

import logging
from typing import Protocol

from ..config import ObsEndpoint

__all__ = ["MotoObsStore", "ObsStore", "RemoteObsStore"]

log = logging.getLogger("modelarts_hl.local.obs")


class ObsStore(Protocol):
    """What the backend needs of an object store."""

    endpoint: str
    region_name: str

    def start(self) -> None: ...

    def stop(self) -> None: ...


class MotoObsStore:
    """moto's S3 server in a thread of this process."""

    region_name = "us-east-1"

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._host = host
        self._port = port
        self._server: object | None = None
        self.endpoint = ""

    def start(self) -> None:
        from moto.server import ThreadedMotoServer

        # werkzeug logs each request at INFO through the root logger; an embedded store's access log is noise.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        server = ThreadedMotoServer(ip_address=self._host, port=self._port, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        self._server = server
        self.endpoint = f"http://{host}:{port}"
        log.info("object store listening on %s", self.endpoint)

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()  # type: ignore[attr-defined]


class RemoteObsStore:
    """An S3-compatible endpoint that runs elsewhere; nothing to start or stop."""

    def __init__(self, config: ObsEndpoint) -> None:
        self.endpoint = config.url.rstrip("/")
        self.region_name = config.region_name
        self.access_key = config.access_key
        self.secret_key = config.secret_key

    def start(self) -> None:
        return None

    def stop(self) -> None:
        return None
