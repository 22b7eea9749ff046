"""``OBS``: the documented ``session.obs`` transfers and a few object helpers, all with obs:// paths."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any

from obs import DeleteObjectsRequest, Object

from modelarts_hl.errors import (
    InvalidArgumentError,
    NoSuchBucketError,
    NoSuchKeyError,
    ObsConflictError,
    ObsNotFoundError,
    ObsPermissionDeniedError,
)
from modelarts_hl.obs.error_mapping import obs_error

from . import paths
from .client import ClientProvider, region_of
from .download import Downloader, DownloadItem
from .integrity import check_received, parse_etag
from .listing import ObjectInfo, iter_objects
from .settings import ObsCredentials, ObsSettings
from .summary import TransferSummary
from .transfer import Transfer
from .upload import Uploader, UploadItem, put_object

__all__ = ["OBS"]

log = logging.getLogger("modelarts_hl.obs")
_DELETE_BATCH = 1000


def _raise(error: OSError) -> None:
    raise error


def _walk(root: Path, base_key: str) -> Iterator[UploadItem]:
    """Regular files under ``root`` (following file links, not folder links), keyed ``base_key + rel``."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=_raise):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath, name)
            try:
                info = path.stat()
            except FileNotFoundError:
                log.warning("skipping %s: broken symbolic link", path)
                continue
            if not stat.S_ISREG(info.st_mode):
                log.warning("skipping %s: not a regular file", path)
                continue
            relative = path.relative_to(root).as_posix()
            try:
                relative.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidArgumentError(
                    "src_local_dir", "file names that are valid UTF-8 (object keys are UTF-8)", got=str(path)
                ) from None
            yield UploadItem(path, base_key + relative, info.st_size, info.st_mtime_ns)


class OBS:
    """Transfers between local files and OBS, as ``session.obs`` of the ModelArts SDK.

    ``credentials`` is called whenever a client is needed; renewed temporary credentials are picked up
    without interrupting transfers. Methods are safe to call from several threads.
    """

    def __init__(self, settings: ObsSettings, credentials: Callable[[], ObsCredentials]) -> None:
        if not isinstance(settings, ObsSettings):
            raise InvalidArgumentError("settings", "an ObsSettings", got=type(settings).__name__)
        if not callable(credentials):
            raise InvalidArgumentError("credentials", "a callable returning ObsCredentials")
        self._settings = settings
        self._provider = ClientProvider(settings, credentials)

    @property
    def settings(self) -> ObsSettings:
        return self._settings

    def __repr__(self) -> str:
        return f"OBS(endpoint={self._settings.endpoint!r}, signature={self._settings.signature!r})"

    # -- documented transfers -------------------------------------------------------------------------------

    def upload_file(self, src_local_file: str, dst_obs_dir: str) -> TransferSummary:
        """Upload a file to ``dst_obs_dir`` + its name (``obs://bucket/dir1/`` + ``file1.txt``)."""
        dst = paths.obs_dir(dst_obs_dir, "dst_obs_dir")
        source = paths.existing_local_file(src_local_file, "src_local_file")
        info = source.stat()
        item = UploadItem(source, dst.key + source.name, info.st_size, info.st_mtime_ns)
        # The first key with this prefix is the object itself when it exists (one request; no bucket: error).
        first = next(iter_objects(self._provider, dst.bucket, item.key, page=1), None)
        existing = {first.key: first} if first is not None and first.key == item.key else {}
        return self._upload(dst.bucket, [item], existing)

    def upload_dir(self, src_local_dir: str, dst_obs_dir: str) -> TransferSummary:
        """Upload a folder into ``dst_obs_dir``: ``/home/ma-user/`` lands in ``obs://bucket/dir1/ma-user/``.

        Empty folders are not created in OBS.
        """
        dst = paths.obs_dir(dst_obs_dir, "dst_obs_dir")
        root = paths.existing_local_dir(src_local_dir, "src_local_dir")
        base = f"{dst.key}{root.name}/"
        items = list(_walk(root, base))
        existing = {o.key: o for o in iter_objects(self._provider, dst.bucket, base)}
        return self._upload(dst.bucket, items, existing)

    def download_file(self, src_obs_file: str, dst_local_dir: str) -> TransferSummary:
        """Download an object into ``dst_local_dir`` under its own name (``.../file1.txt``)."""
        src = paths.obs_file(src_obs_file, "src_obs_file")
        dest_dir = paths.local_dir_destination(dst_local_dir, "dst_local_dir")
        paths.local_relative_path(src.name, src.key)
        head = self._head(src.bucket, src.key)
        item = DownloadItem(src.key, dest_dir / src.name, int(head.contentLength or 0), head.etag)
        return self._download(src.bucket, dest_dir, [item])

    def download_dir(self, src_obs_dir: str, dst_local_dir: str) -> TransferSummary:
        """Download a folder into ``dst_local_dir``: ``obs://bucket/dir1/`` lands in ``/home/ma-user/dir1/``.

        Keys that would leave the destination (``..``, absolute, backslashes, drive letters) are refused
        before anything is written; folder marker objects (keys ending with ``/``) create nothing.
        """
        src = paths.obs_dir(src_obs_dir, "src_obs_dir")
        dest_dir = paths.local_dir_destination(dst_local_dir, "dst_local_dir")
        folder = src.name
        paths.local_relative_path(folder, src.key or src.bucket)
        root = dest_dir / folder
        objects = list(iter_objects(self._provider, src.bucket, src.key))
        if not objects:
            raise NoSuchKeyError(
                status_code=404,
                error_code="NoSuchKey",
                error_msg="no object under this folder",
                operation="download_dir",
                bucket=src.bucket,
                key=src.key,
            )
        items = []
        for obj in objects:
            if obj.key.endswith("/"):
                continue
            parts = paths.local_relative_path(obj.key[len(src.key) :], obj.key)
            items.append(DownloadItem(obj.key, root.joinpath(*parts), obj.size, obj.etag))
        return self._download(src.bucket, root, items)

    def _head(self, bucket: str, key: str) -> Any:
        """Object metadata; a missing bucket is told apart from a missing key (a HEAD answer has no code)."""
        try:
            return self._provider.call("getObjectMetadata", bucket, key).body
        except NoSuchKeyError as exc:
            if self.bucket_exists(bucket):
                raise
            raise NoSuchBucketError(
                status_code=404,
                error_code="NoSuchBucket",
                error_msg="The specified bucket does not exist",
                request_id=exc.request_id,
                operation="getObjectMetadata",
                bucket=bucket,
            ) from None

    def _upload(
        self, bucket: str, items: list[UploadItem], existing: Mapping[str, ObjectInfo]
    ) -> TransferSummary:
        with Transfer(self._provider, self._settings, "upload", len(items), sum(i.size for i in items)) as t:
            uploader = Uploader(t, bucket, existing)
            for item in items:
                uploader.add(item)
            summary = t.run()
        log.info("upload to obs://%s: %r", bucket, summary)
        return summary

    def _download(self, bucket: str, root: Path, items: Iterable[DownloadItem]) -> TransferSummary:
        items = list(items)
        with Transfer(
            self._provider, self._settings, "download", len(items), sum(i.size for i in items)
        ) as t:
            downloader = Downloader(t, bucket, root)
            for item in items:
                downloader.add(item)
            summary = t.run()
        log.info("download from obs://%s: %r", bucket, summary)
        return summary

    # -- object helpers -------------------------------------------------------------------------------------

    def list_objects(self, obs_prefix: str) -> Iterator[ObjectInfo]:
        """Objects whose path starts with ``obs_prefix`` (``obs://bucket/`` lists the whole bucket)."""
        prefix = paths.obs_path(obs_prefix, "obs_prefix")
        return iter_objects(self._provider, prefix.bucket, prefix.key)

    def exists(self, obs_path: str) -> bool:
        """Whether an object exists; for a path ending with '/', whether any object lies under it."""
        path = paths.obs_path(obs_path, "obs_path")
        if not path.key:
            return self.bucket_exists(path.bucket)
        if path.key.endswith("/"):
            return any(True for _ in iter_objects(self._provider, path.bucket, path.key, page=1))
        try:
            self._provider.call("getObjectMetadata", path.bucket, path.key)
        except ObsNotFoundError:
            return False
        return True

    def delete(self, obs_path: str) -> None:
        """Delete one object (deleting an absent object is not an error)."""
        path = paths.obs_file(obs_path, "obs_path")
        self._provider.call("deleteObject", path.bucket, path.key)

    def delete_prefix(self, obs_prefix: str, *, confirm: bool = False) -> int:
        """Delete every object under a folder and return how many; the bucket root needs ``confirm=True``."""
        prefix = paths.obs_dir(obs_prefix, "obs_prefix")
        if not prefix.key and not confirm:
            raise InvalidArgumentError("confirm", "True to delete every object of the bucket", got=confirm)
        keys = [o.key for o in iter_objects(self._provider, prefix.bucket, prefix.key)]
        for start in range(0, len(keys), _DELETE_BATCH):
            batch = keys[start : start + _DELETE_BATCH]
            request = DeleteObjectsRequest(quiet=True, objects=[Object(key=key) for key in batch])
            result = self._provider.call("deleteObjects", prefix.bucket, request)
            failures = getattr(result.body, "error", None) or []
            if failures:
                first = failures[0]
                raise obs_error(
                    status_code=result.status,
                    error_code=first.code,
                    error_msg=f"{first.message} ({len(failures)} of {len(batch)} objects not deleted)",
                    request_id=result.requestId,
                    operation="deleteObjects",
                    bucket=prefix.bucket,
                    key=first.key,
                )
        return len(keys)

    def create_bucket(self, name: str) -> None:
        """Create a bucket in the configured region; a bucket this account already owns is fine."""
        paths.bucket_name(name, "name")
        region = region_of(self._settings)
        # S3-compatible servers refuse an explicit us-east-1 location; it is their default.
        location = None if region == "us-east-1" else region
        try:
            self._provider.call("createBucket", name, location=location)
        except ObsConflictError as exc:
            if exc.error_code == "BucketAlreadyOwnedByYou":
                return
            # Some S3-compatible servers answer BucketAlreadyExists for a bucket of the same account.
            try:
                usable = self.bucket_exists(name)
            except ObsPermissionDeniedError:
                usable = False
            if not usable:
                raise

    def bucket_exists(self, name: str) -> bool:
        paths.bucket_name(name, "name")
        try:
            self._provider.call("headBucket", name)
        except ObsNotFoundError:
            return False
        return True

    def read_bytes(self, obs_path: str) -> bytes:
        """The content of a (small) object, checked against its ETag."""
        path = paths.obs_file(obs_path, "obs_path")
        result = self._provider.call("getObject", path.bucket, path.key, loadStreamInMemory=True)
        data = bytes(result.body.buffer or b"")
        check_received(parse_etag(result.body.etag), hashlib.md5(data).digest(), str(path))
        return data

    def write_bytes(self, obs_path: str, data: bytes) -> None:
        """Write ``data`` as one object, checked against the ETag OBS answers."""
        path = paths.obs_file(obs_path, "obs_path")
        if not isinstance(data, bytes | bytearray | memoryview):
            raise InvalidArgumentError("data", "bytes", got=type(data).__name__)
        content = bytes(data)
        digest = hashlib.md5(content).digest()
        put_object(self._provider, path.bucket, path.key, partial(io.BytesIO, content), len(content), digest)

    # -- lifetime -------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close kept-alive connections (a later call opens new ones)."""
        self._provider.close()

    def __enter__(self) -> OBS:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
