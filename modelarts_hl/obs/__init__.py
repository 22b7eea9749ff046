"""OBS transfers (``session.obs``): upload, download, copy and sync of files and folders with obs:// paths.

Built on esdk-obs-python's ``ObsClient``: concurrent small files over kept-alive connections, large files in
parallel parts or ranges, resumable after an interruption, every object checked against its MD5/ETag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelarts_hl._core.lazy import lazy_exports
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

if TYPE_CHECKING:
    from .api import OBS
    from .listing import ObjectInfo
    from .paths import ObsPath
    from .settings import ObsCredentials, ObsSettings
    from .summary import TransferSummary
    from .sync import SyncResult

# Imported on first use: the OBS SDK takes a while to import, and code that only checks obs:// paths (the
# training and inference calls, the command line) never needs it.
_EXPORTS = {
    "OBS": ".api",
    "ObjectInfo": ".listing",
    "ObsPath": ".paths",
    "ObsCredentials": ".settings",
    "ObsSettings": ".settings",
    "TransferSummary": ".summary",
    "SyncResult": ".sync",
}

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


__getattr__ = lazy_exports(__name__, _EXPORTS)
