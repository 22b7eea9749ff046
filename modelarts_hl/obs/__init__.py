"""OBS transfers (``session.obs``): upload, download, copy and sync of files and folders with obs:// paths.

Built on esdk-obs-python's ``ObsClient``: concurrent small files over kept-alive connections, large files in
parallel parts or ranges, resumable after an interruption, every object checked against its MD5/ETag.
"""

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

from .api import OBS
from .listing import ObjectInfo
from .paths import ObsPath
from .settings import ObsCredentials, ObsSettings
from .summary import TransferSummary
from .sync import SyncResult

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
