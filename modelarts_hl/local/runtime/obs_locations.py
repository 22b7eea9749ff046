"""OBS locations in requests (model sources, batch input and output) and the runtimes' access to the store.

Requests name OBS folders and files in several ways; each becomes a bucket and a key here:
``obs://bucket/key``, ``s3://bucket/key``, the SDK's ``/bucket/key``, an OBS URL
``https://bucket.obs.<region>.<domain>/key``, or a path-style URL on the local store's own endpoint
``http://127.0.0.1:<port>/bucket/key``.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from modelarts_hl.obs import OBS, ObsCredentials, ObsSettings

from .context import BackendContext

__all__ = ["LocationError", "ObsLocation", "parse_location", "runtime_obs"]


class LocationError(ValueError):
    """The text is not an OBS location."""


@dataclass(frozen=True)
class ObsLocation:
    bucket: str
    key: str

    def folder(self) -> ObsLocation:
        """The same location as a folder: the key ends with '/' (or is empty: the bucket root)."""
        return self if not self.key or self.key.endswith("/") else ObsLocation(self.bucket, self.key + "/")

    def child(self, relative: str) -> ObsLocation:
        return ObsLocation(self.bucket, self.folder().key + relative)

    @property
    def name(self) -> str:
        return self.key.rstrip("/").rsplit("/", 1)[-1]

    def __str__(self) -> str:
        return f"obs://{self.bucket}/{self.key}"


def parse_location(value: str, store_endpoint: str = "") -> ObsLocation:
    text = value.strip()
    if text.startswith(("obs://", "s3://")):
        bucket, _, key = text.split("://", 1)[1].partition("/")
    elif text.startswith("/"):
        bucket, _, key = text.lstrip("/").partition("/")
    elif text.startswith(("http://", "https://")):
        bucket, key = _from_url(text, store_endpoint)
    else:
        raise LocationError(
            f"{value!r} is not an OBS location (obs://bucket/path, /bucket/path or an OBS URL)"
        )
    if not bucket:
        raise LocationError(f"{value!r} names no bucket")
    return ObsLocation(bucket, key)


def _from_url(text: str, store_endpoint: str) -> tuple[str, str]:
    url = urlsplit(text)
    path = unquote(url.path).lstrip("/")
    store = urlsplit(store_endpoint) if store_endpoint else None
    if store is not None and url.netloc == store.netloc:
        bucket, _, key = path.partition("/")
        return bucket, key
    host = url.hostname or ""
    if ".obs." not in f".{host}":
        raise LocationError(f"{text!r} is neither an OBS URL (bucket.obs.<region>...) nor the local store")
    return host.split(".obs.", 1)[0] if not host.startswith("obs.") else "", path


def runtime_obs(context: BackendContext) -> OBS:
    """A client of the backend's object store with the backend's own keys (the store is S3-compatible)."""
    config = context.config
    external = config.obs
    credentials = ObsCredentials(
        access_key=external.access_key if external is not None else config.access_key,
        secret_key=external.secret_key if external is not None else config.secret_key,
    )
    settings = ObsSettings(
        endpoint=context.obs_endpoint,
        signature="v4",
        region=external.region_name if external is not None else "us-east-1",
        path_style=True,
        progress=False,
    )
    return OBS(settings, lambda: credentials)
