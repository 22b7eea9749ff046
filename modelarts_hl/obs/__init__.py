"""OBS transfers (``session.obs``): upload, download, copy and sync of files and folders with obs:// paths.

Built on esdk-obs-python's ``ObsClient``: concurrent small files over kept-alive connections, large files in
parallel parts or ranges, resumable after an interruption, every object checked against its MD5/ETag.

``OBS`` and ``ObjectInfo`` (and with them the OBS SDK and requests) load on first use: code that only parses
obs:// paths, such as training and inference configuration, stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelarts_hl._core.exports import lazy_exports
from modelarts_hl.errors import (
    BucketAlreadyExistsError,
    IntegrityError,
    NoSuchBucketError,
    NoSuchKeyError,
    NoSuchUploadError,
    ObsAuthenticationError,
    ObsConnectionError,
    ObsError,
    ObsNotFoundError,
    ObsPermissionDeniedError,
    RefusedKey,
    UnsafeObjectKeyError,
    UnusableObjectKeysError,
)

from .paths import ObsPath
from .settings import ObsCredentials, ObsSettings
from .summary import TransferSummary
from .sync import SyncResult

if TYPE_CHECKING:
    from .api import OBS
    from .listing import ObjectInfo

__all__ = [
    "OBS",
    "BucketAlreadyExistsError",
    "IntegrityError",
    "NoSuchBucketError",
    "NoSuchKeyError",
    "NoSuchUploadError",
    "ObjectInfo",
    "ObsAuthenticationError",
    "ObsConnectionError",
    "ObsCredentials",
    "ObsError",
    "ObsNotFoundError",
    "ObsPath",
    "ObsPermissionDeniedError",
    "ObsSettings",
    "RefusedKey",
    "SyncResult",
    "TransferSummary",
    "UnsafeObjectKeyError",
    "UnusableObjectKeysError",
]

__getattr__ = lazy_exports(__name__, {"OBS": ".api", "ObjectInfo": ".listing"})
