"""The object store behind the local backend: moto's S3 server on loopback, or an existing endpoint.

Clients reach it like OBS with S3-compatible settings: signature v4, path style, region us-east-1. moto keeps
buckets in this process's memory (backends in one process share them); with a state directory the buckets
are saved to ``obs.pickle`` there, every few seconds while they change and when the backend stops, and taken
back when a backend starts on that directory, so objects survive a restart. moto's S3 semantics stay whole
(multipart ETags and part layouts, server-side part copies, metadata, any key): the test suite and the
client's transfers were built against them. A store that keeps objects as files (``rclone serve s3``) was
measured and set aside: it cannot hold keys such as ``a`` and ``a/b`` together, answers a multipart object's
plain MD5 to HEAD, and lacks UploadPartCopy.
"""

from __future__ import annotations

import logging
import os
import pickle
import threading
from pathlib import Path
from typing import Any, Protocol

from ..config import ObsEndpoint

__all__ = ["MotoObsStore", "ObsStore", "RemoteObsStore"]

log = logging.getLogger("modelarts_hl.local.obs")

_SNAPSHOT_FILE = "obs.pickle"
# moto's account and partition of requests signed with any key.
_ACCOUNT = "123456789012"
_PARTITION = "aws"
# A snapshot taken while requests change the buckets may meet a dictionary changing size: tried again.
_SNAPSHOT_ATTEMPTS = 5


class ObsStore(Protocol):
    """What the backend needs of an object store."""

    endpoint: str
    region_name: str

    def start(self) -> None: ...

    def stop(self) -> None: ...


class MotoObsStore:
    """moto's S3 server in a thread of this process, its buckets saved in ``state_dir`` when one is given."""

    region_name = "us-east-1"

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        state_dir: Path | None = None,
        save_interval: float = 5.0,
    ) -> None:
        self._host = host
        self._port = port
        self._snapshot = state_dir / _SNAPSHOT_FILE if state_dir is not None else None
        self._save_interval = save_interval
        self._server: Any = None
        self._saver: threading.Thread | None = None
        self._stopping = threading.Event()
        self._saved: tuple[Any, ...] | None = None
        self.endpoint = ""
        self.port = 0

    def start(self) -> None:
        from moto.server import ThreadedMotoServer

        # werkzeug logs each request at INFO through the root logger; an embedded store's access log is noise.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        if self._snapshot is not None:
            self._restore(self._snapshot)
        server = ThreadedMotoServer(ip_address=self._host, port=self._port, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        self._server = server
        self.port = port
        self.endpoint = f"http://{host}:{port}"
        if self._snapshot is not None:
            self._stopping.clear()
            self._saver = threading.Thread(target=self._save_while_running, name="modelarts-local-obs-saver")
            self._saver.daemon = True
            self._saver.start()
        log.info("object store listening on %s", self.endpoint)

    def stop(self) -> None:
        self._stopping.set()
        if self._saver is not None:
            self._saver.join(timeout=30)
            self._saver = None
        server, self._server = self._server, None
        if server is not None:
            server.stop()
        if self._snapshot is not None:
            self.save()

    def save(self) -> None:
        """Writes the buckets to the snapshot if they changed since the last one (atomically)."""
        if self._snapshot is None:
            return
        for _ in range(_SNAPSHOT_ATTEMPTS):
            try:
                buckets = dict(_buckets())
                marks = _marks(buckets)
                if marks == self._saved:
                    return
                data = pickle.dumps(buckets, protocol=pickle.HIGHEST_PROTOCOL)
                break
            except RuntimeError:
                continue
        else:
            log.warning("the object store kept changing; its snapshot waits for the next round")
            return
        partial = self._snapshot.with_name(self._snapshot.name + ".partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, self._snapshot)
        self._saved = marks

    def _save_while_running(self) -> None:
        while not self._stopping.wait(self._save_interval):
            try:
                self.save()
            except Exception:
                log.exception("saving the object store failed")

    def _restore(self, snapshot: Path) -> None:
        if not snapshot.is_file():
            return
        # The snapshot is this backend's own file, written owner-only in its state directory.
        with snapshot.open("rb") as handle:
            loaded: dict[str, Any] = pickle.load(handle)
        current = _buckets()
        for name, bucket in loaded.items():
            current.setdefault(name, bucket)
        self._saved = _marks(loaded)
        log.info("object store: %d buckets taken back from %s", len(loaded), snapshot)


def _buckets() -> dict[str, Any]:
    from moto.s3.models import s3_backends

    buckets: dict[str, Any] = s3_backends[_ACCOUNT][_PARTITION].buckets
    return buckets


def _marks(buckets: dict[str, Any]) -> tuple[Any, ...]:
    """What changes when an object or an upload is added, replaced or removed."""
    return tuple(
        (
            name,
            tuple((key, id(item)) for key, item in bucket.keys.items()),
            tuple(sorted(bucket.multiparts)),
        )
        for name, bucket in sorted(buckets.items())
    )


class RemoteObsStore:
    """An S3-compatible endpoint that runs elsewhere; nothing to start or stop."""

    def __init__(self, config: ObsEndpoint) -> None:
        self.endpoint = config.url.rstrip("/")
        self.region_name = config.region_name
        self.access_key = config.access_key
        self.secret_key = config.secret_key
        self.port = 0

    def start(self) -> None:
        return None

    def stop(self) -> None:
        return None
