"""``OBS``: the documented ``session.obs`` transfers, ``copy`` and ``sync``, and a few object helpers, all
with obs:// paths."""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any

import attrs
from obs import DeleteObjectsRequest, Object

from modelarts_hl._core.checks import check_flag
from modelarts_hl.errors import (
    InvalidArgumentError,
    NoSuchBucketError,
    NoSuchKeyError,
    ObsConflictError,
    ObsNotFoundError,
    ObsPermissionDeniedError,
    RefusedKey,
    UnusableObjectKeysError,
)

from . import paths
from .client import ClientProvider, region_of
from .download import Downloader, DownloadItem, is_temp_name
from .download_plan import plan_files
from .error_mapping import obs_error
from .integrity import (
    candidate_part_sizes,
    check_received,
    parse_etag,
    recorded_crc32,
    recorded_part_size,
    same_content,
)
from .listing import ObjectInfo, iter_objects
from .local_files import walk
from .paths import ObsPath
from .server_copy import Copier, CopyItem
from .settings import ObsCredentials, ObsSettings
from .summary import TransferSummary
from .sync import COMPARE_VALUES, Compare, Entry, Filter, SyncResult, plan_sync
from .transfer import Transfer
from .upload import Uploader, UploadItem, put_object

__all__ = ["OBS"]

log = logging.getLogger("modelarts_hl.obs")
_DELETE_BATCH = 1000


def _as_folder(value: object) -> object:
    """An OBS folder argument given without its trailing slash (the official SDK's ``copy`` takes both)."""
    return value + "/" if isinstance(value, str) and not value.endswith("/") else value


def _is_obs(value: object) -> bool:
    return isinstance(value, str) and value.startswith(paths.SCHEME)


def _local_path(value: object, argument: str) -> Path:
    if not isinstance(value, str | os.PathLike) or not str(value):
        raise InvalidArgumentError(argument, "a local path or an obs:// path", got=value)
    return Path(os.path.abspath(value))


def _local_folder(value: object, argument: str) -> Path:
    """A local destination folder (it need not exist yet; an existing path must be a folder)."""
    path = _local_path(value, argument)
    if path.exists() and not path.is_dir():
        raise InvalidArgumentError(argument, "a folder (this path exists and is not one)", got=value)
    return path


def _relative_entries(objects: Sequence[ObjectInfo], prefix: str) -> list[tuple[str, str]]:
    """(key, key relative to ``prefix``) of the objects that are files (not ``.../`` folder markers)."""
    return [(o.key, o.key[len(prefix) :]) for o in objects if not o.key.endswith("/")]


def _refused_segments(entries: Sequence[tuple[str, str]], skip: bool, where: str) -> tuple[RefusedKey, ...]:
    refused = tuple(
        RefusedKey(key, reason)
        for key, relative in entries
        if (reason := paths.segment_problem(relative)) is not None
    )
    if refused and not skip:
        raise UnusableObjectKeysError(where, refused)
    return refused


def _local_files(root: Path, base_key: str, argument: str, selected: Filter) -> dict[str, UploadItem]:
    """The files of a synced local folder by relative path (not download temporaries, which a resumed
    download still needs)."""
    files = {}
    for item in walk(root, base_key, argument):
        relative = item.key[len(base_key) :]
        if selected(relative) and not is_temp_name(item.source.name):
            files[relative] = item
    return files


def _entry(obj: ObjectInfo) -> Entry:
    return Entry(obj.size, obj.last_modified.timestamp() if obj.last_modified else 0.0)


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
        dst = paths.obs_destination(dst_obs_dir, "dst_obs_dir", folder=True)
        source = paths.existing_local_file(src_local_file, "src_local_file")
        return self._upload_one(source, dst.child(source.name))

    def upload_dir(self, src_local_dir: str, dst_obs_dir: str) -> TransferSummary:
        """Upload a folder into ``dst_obs_dir``: ``/home/ma-user/`` lands in ``obs://bucket/dir1/ma-user/``.

        Empty folders are not created in OBS.
        """
        dst = paths.obs_destination(dst_obs_dir, "dst_obs_dir", folder=True)
        root = paths.existing_local_dir(src_local_dir, "src_local_dir")
        return self._upload_tree(root, dst.child(f"{root.name}/"), "src_local_dir")

    def download_file(self, src_obs_file: str, dst_local_dir: str) -> TransferSummary:
        """Download an object into ``dst_local_dir`` under its own name (``.../file1.txt``)."""
        src = paths.obs_file(src_obs_file, "src_obs_file")
        dest_dir = paths.local_dir_destination(dst_local_dir, "dst_local_dir")
        return self._download_one(src, dest_dir, src.name)

    def download_dir(
        self, src_obs_dir: str, dst_local_dir: str, *, skip_unusable_keys: bool = False
    ) -> TransferSummary:
        """Download a folder into ``dst_local_dir``: ``obs://bucket/dir1/`` lands in ``/home/ma-user/dir1/``.

        Every key is checked before anything is written: keys that cannot become files there (leaving the
        destination, too long, a file that is also a folder, control characters, ...) raise one
        :class:`UnusableObjectKeysError` naming them all, or with ``skip_unusable_keys=True`` are left out and
        listed in the summary's ``refused``. Folder marker objects (keys ending with ``/``) create nothing.
        """
        src = paths.obs_dir(src_obs_dir, "src_obs_dir")
        dest_dir = paths.local_dir_destination(dst_local_dir, "dst_local_dir")
        skip = check_flag("skip_unusable_keys", skip_unusable_keys)
        paths.local_relative_path(src.name, src.key or src.bucket)
        return self._download_tree(src, dest_dir / src.name, skip)

    # -- copy -----------------------------------------------------------------------------------------------

    def copy(
        self, src_path: str, dst_path: str, keep_last_dir: bool = True, *, skip_unusable_keys: bool = False
    ) -> TransferSummary:
        """Copy a file or a folder from a local path to OBS, from OBS to a local path, or inside OBS.

        For a file, ``dst_path`` names the destination file (or, ending with ``/``, the folder it goes into
        under its own name). For a folder, ``dst_path`` is the destination folder and ``keep_last_dir`` says
        whether the source folder's last directory is created under it (``/home/ma-user`` to
        ``obs://bucket/dir1`` gives ``obs://bucket/dir1/ma-user/...``; with ``False``, ``obs://bucket/dir1/...``).
        An OBS path without a trailing slash is a file when that object exists, else a folder. Inside OBS the
        server copies (nothing passes through this machine). Checks, atomicity and resumption are those of
        the upload and download calls; ``skip_unusable_keys`` as in :meth:`download_dir`.
        """
        keep = check_flag("keep_last_dir", keep_last_dir)
        skip = check_flag("skip_unusable_keys", skip_unusable_keys)
        if not _is_obs(src_path):
            if not _is_obs(dst_path):
                raise InvalidArgumentError(
                    "dst_path", "an obs:// path (one side of a copy is in OBS)", got=dst_path
                )
            return self._copy_from_local(_local_path(src_path, "src_path"), dst_path, keep)
        src = paths.obs_path(src_path, "src_path")
        if _is_obs(dst_path):
            paths.obs_destination(_as_folder(dst_path), "dst_path", folder=True)
        else:
            _local_path(dst_path, "dst_path")
        head = None if not src.key or src.key.endswith("/") else self._head_if_file(src)
        if head is not None:
            if _is_obs(dst_path):
                return self._copy_object(src, head, dst_path)
            return self._copy_object_to_local(src, head, dst_path)
        folder = ObsPath(src.bucket, src.key) if not src.key or src.key.endswith("/") else src.child("/")
        if _is_obs(dst_path):
            dst = paths.obs_destination(_as_folder(dst_path), "dst_path", folder=True)
            return self._copy_tree(folder, dst.child(f"{folder.name}/") if keep else dst, skip)
        root = _local_folder(dst_path, "dst_path")
        if keep:
            paths.local_relative_path(folder.name, folder.key or folder.bucket)
            root = root / folder.name
        return self._download_tree(folder, root, skip)

    def _copy_from_local(self, source: Path, dst_path: str, keep: bool) -> TransferSummary:
        if not source.is_file() and not source.is_dir():
            raise InvalidArgumentError(
                "src_path", "an existing local file or folder, or an obs:// path", got=source
            )
        if source.is_file():
            dst = paths.obs_destination(dst_path, "dst_path", folder=dst_path.endswith("/"))
            return self._upload_one(source, dst.child(source.name) if dst_path.endswith("/") else dst)
        root = paths.existing_local_dir(str(source), "src_path")
        dst = paths.obs_destination(_as_folder(dst_path), "dst_path", folder=True)
        return self._upload_tree(root, dst.child(f"{root.name}/") if keep else dst, "src_path")

    def _copy_object(self, src: ObsPath, head: Any, dst_path: str) -> TransferSummary:
        folder = dst_path.endswith("/")
        dst = paths.obs_destination(dst_path, "dst_path", folder=folder)
        dst = dst.child(src.name) if folder else dst
        item = CopyItem(src.key, dst.key, int(head.contentLength or 0), head.etag)
        return self._server_copy(src.bucket, dst.bucket, [item], self._existing_one(dst))

    def _copy_object_to_local(self, src: ObsPath, head: Any, dst_path: str) -> TransferSummary:
        target = _local_path(dst_path, "dst_path")
        if dst_path.endswith(("/", os.sep)) or target.is_dir():
            return self._download_one(src, target, src.name, head)
        return self._download_one(src, target.parent, target.name, head)

    def _copy_tree(self, src: ObsPath, dst: ObsPath, skip: bool) -> TransferSummary:
        objects = self._list_folder(src, "copy")
        entries = _relative_entries(objects, src.key)
        refused = _refused_segments(entries, skip, str(dst))
        out = {r.key for r in refused}
        items = [
            CopyItem(o.key, dst.key + o.key[len(src.key) :], o.size, o.etag)
            for o in objects
            if not o.key.endswith("/") and o.key not in out
        ]
        existing = {o.key: o for o in iter_objects(self._provider, dst.bucket, dst.key)}
        summary = self._server_copy(src.bucket, dst.bucket, items, existing)
        return attrs.evolve(summary, refused=refused)

    # -- sync -----------------------------------------------------------------------------------------------

    def sync(
        self,
        src: str,
        dst: str,
        *,
        delete: bool = False,
        include: str | Sequence[str] = (),
        exclude: str | Sequence[str] = (),
        dry_run: bool = False,
        compare: Compare = "size_mtime",
        skip_unusable_keys: bool = False,
    ) -> SyncResult:
        """Make the folder ``dst`` hold what the folder ``src`` holds, transferring only what differs.

        One side is a local folder, the other an OBS folder (``obs://bucket/dir1``, trailing slash optional);
        the contents of ``src`` map to the same relative paths under ``dst``. ``compare`` decides what
        differs: ``"size_mtime"`` (size, or the source newer to the second), ``"size"``, or ``"content"``
        (the CRC-32 recorded in the object, else its ETag; objects are never downloaded to compare).
        ``delete=True`` also removes destination files the source lacks. ``include``/``exclude`` are glob
        patterns matched against the path relative to the folder, ``*`` matching ``/`` too: a file is synced
        when it matches an ``include`` (or none is given) and no ``exclude``; excluded destination files are
        never deleted. ``dry_run=True`` changes nothing and returns what would be done. Run again after an
        interruption, a sync finishes the work without redoing what was done.
        """
        delete = check_flag("delete", delete)
        dry_run = check_flag("dry_run", dry_run)
        skip = check_flag("skip_unusable_keys", skip_unusable_keys)
        if compare not in COMPARE_VALUES:
            raise InvalidArgumentError("compare", " or ".join(map(repr, COMPARE_VALUES)), got=compare)
        selected = Filter.of(include, exclude)
        if _is_obs(src) == _is_obs(dst):
            raise InvalidArgumentError(
                "dst", "an obs:// folder for a local src, or a local folder for an obs:// src", got=dst
            )
        if _is_obs(dst):
            root = paths.existing_local_dir(src, "src")
            target = paths.obs_destination(_as_folder(dst), "dst", folder=True)
            return self._sync_up(root, target, selected, compare, delete=delete, dry_run=dry_run)
        source = paths.obs_dir(_as_folder(src), "src")
        local = _local_folder(dst, "dst")
        return self._sync_down(source, local, selected, compare, delete=delete, dry_run=dry_run, skip=skip)

    def _sync_up(
        self, root: Path, dst: ObsPath, selected: Filter, compare: Compare, *, delete: bool, dry_run: bool
    ) -> SyncResult:
        files = {item.key[len(dst.key) :]: item for item in walk(root, dst.key, "src")}
        files = {
            rel: item for rel, item in files.items() if selected(rel) and not is_temp_name(item.source.name)
        }
        objects = {
            o.key[len(dst.key) :]: o
            for o in iter_objects(self._provider, dst.bucket, dst.key)
            if not o.key.endswith("/") and selected(o.key[len(dst.key) :])
        }
        plan = plan_sync(
            {rel: Entry(item.size, item.mtime_ns / 1e9) for rel, item in files.items()},
            {rel: _entry(o) for rel, o in objects.items()},
            compare,
            lambda rel: self._same_as_object(files[rel].source, objects[rel]),
            delete=delete,
        )
        summary = None
        if not dry_run:
            summary = self._upload(dst.bucket, [files[rel] for rel in plan.copy], {})
            self._delete_keys(dst.bucket, [objects[rel].key for rel in plan.delete])
        return SyncResult(str(root), str(dst), dry_run, plan.copy, plan.skip, plan.delete, transfer=summary)

    def _sync_down(
        self,
        src: ObsPath,
        root: Path,
        selected: Filter,
        compare: Compare,
        *,
        delete: bool,
        dry_run: bool,
        skip: bool,
    ) -> SyncResult:
        listed = self._list_folder(src, "sync")
        entries = [(key, rel) for key, rel in _relative_entries(listed, src.key) if selected(rel)]
        planned, refused = plan_files(root, entries, skip_unusable=skip)
        by_key = {o.key: o for o in listed}
        objects = {p.key[len(src.key) :]: (by_key[p.key], p.dest) for p in planned}
        files = _local_files(root, "", "dst", selected) if root.is_dir() else {}
        plan = plan_sync(
            {rel: _entry(o) for rel, (o, _) in objects.items()},
            {rel: Entry(item.size, item.mtime_ns / 1e9) for rel, item in files.items()},
            compare,
            lambda rel: self._same_as_object(files[rel].source, objects[rel][0]),
            delete=delete,
        )
        summary = None
        if not dry_run:
            items = []
            for rel in plan.copy:
                obj, dest = objects[rel]
                mtime = obj.last_modified.timestamp() if obj.last_modified else None
                items.append(DownloadItem(obj.key, dest, obj.size, obj.etag, mtime))
            summary = self._download(src.bucket, root, items)
            for rel in plan.delete:
                files[rel].source.unlink(missing_ok=True)
        return SyncResult(
            str(src), str(root), dry_run, plan.copy, plan.skip, plan.delete, refused=refused, transfer=summary
        )

    def _same_as_object(self, path: Path, obj: ObjectInfo) -> bool:
        """Whether a local file holds an object's content, by its recorded CRC-32 or ETag (read locally)."""
        etag = parse_etag(obj.etag)
        crc = hint = None
        if etag is None or etag.parts is not None:
            # The recorded CRC-32 and part size are in the object's metadata, which listings do not show.
            header = self._provider.call("getObjectMetadata", obj.bucket, obj.key).header
            crc, hint = recorded_crc32(header), recorded_part_size(header)
        preferred = [size for size in (hint, self._settings.part_size) if size]
        sizes = candidate_part_sizes(obj.size, etag.parts, preferred) if etag and etag.parts else []
        return same_content(path, obj.size, etag, crc, sizes)

    # -- engines --------------------------------------------------------------------------------------------

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

    def _head_if_file(self, src: ObsPath) -> Any:
        """The object's metadata when ``src`` is an object; None when it is a folder; else NoSuchKeyError."""
        try:
            return self._head(src.bucket, src.key)
        except NoSuchKeyError:
            if any(True for _ in iter_objects(self._provider, src.bucket, src.key + "/", page=1)):
                return None
            raise

    def _list_folder(self, src: ObsPath, operation: str) -> list[ObjectInfo]:
        objects = list(iter_objects(self._provider, src.bucket, src.key))
        if not objects:
            raise NoSuchKeyError(
                status_code=404,
                error_code="NoSuchKey",
                error_msg="no object under this folder",
                operation=operation,
                bucket=src.bucket,
                key=src.key,
            )
        return objects

    def _existing_one(self, dst: ObsPath) -> dict[str, ObjectInfo]:
        # The first key with this prefix is the object itself when it exists (one request; no bucket: error).
        first = next(iter_objects(self._provider, dst.bucket, dst.key, page=1), None)
        return {first.key: first} if first is not None and first.key == dst.key else {}

    def _upload_one(self, source: Path, dst: ObsPath) -> TransferSummary:
        info = source.stat()
        item = UploadItem(source, dst.key, info.st_size, info.st_mtime_ns)
        return self._upload(dst.bucket, [item], self._existing_one(dst))

    def _upload_tree(self, root: Path, dst: ObsPath, argument: str) -> TransferSummary:
        items = list(walk(root, dst.key, argument))
        existing = {o.key: o for o in iter_objects(self._provider, dst.bucket, dst.key)}
        return self._upload(dst.bucket, items, existing)

    def _download_one(self, src: ObsPath, dest_dir: Path, name: str, head: Any = None) -> TransferSummary:
        [planned], _ = plan_files(dest_dir, [(src.key, name)], skip_unusable=False)
        head = head if head is not None else self._head(src.bucket, src.key)
        item = DownloadItem(src.key, planned.dest, int(head.contentLength or 0), head.etag)
        return self._download(src.bucket, dest_dir, [item])

    def _download_tree(self, src: ObsPath, root: Path, skip: bool) -> TransferSummary:
        objects = self._list_folder(src, "download_dir")
        planned, refused = plan_files(root, _relative_entries(objects, src.key), skip_unusable=skip)
        by_key = {o.key: o for o in objects}
        items = [DownloadItem(p.key, p.dest, by_key[p.key].size, by_key[p.key].etag) for p in planned]
        return attrs.evolve(self._download(src.bucket, root, items), refused=refused)

    def _upload(
        self, bucket: str, items: list[UploadItem], existing: dict[str, ObjectInfo]
    ) -> TransferSummary:
        with Transfer(self._provider, self._settings, "upload", len(items), sum(i.size for i in items)) as t:
            uploader = Uploader(t, bucket, existing)
            for item in items:
                uploader.add(item)
            summary = t.run()
        log.info("upload to obs://%s: %r", bucket, summary)
        return summary

    def _download(self, bucket: str, root: Path, items: list[DownloadItem]) -> TransferSummary:
        with Transfer(
            self._provider, self._settings, "download", len(items), sum(i.size for i in items)
        ) as t:
            downloader = Downloader(t, bucket, root)
            for item in items:
                downloader.add(item)
            summary = t.run()
        log.info("download from obs://%s: %r", bucket, summary)
        return summary

    def _server_copy(
        self, src_bucket: str, dst_bucket: str, items: list[CopyItem], existing: dict[str, ObjectInfo]
    ) -> TransferSummary:
        with Transfer(self._provider, self._settings, "copy", len(items), sum(i.size for i in items)) as t:
            copier = Copier(t, src_bucket, dst_bucket, existing)
            for item in items:
                copier.add(item)
            summary = t.run()
        log.info("copy from obs://%s to obs://%s: %r", src_bucket, dst_bucket, summary)
        return summary

    def _delete_keys(self, bucket: str, keys: Sequence[str]) -> None:
        for start in range(0, len(keys), _DELETE_BATCH):
            batch = keys[start : start + _DELETE_BATCH]
            request = DeleteObjectsRequest(quiet=True, objects=[Object(key=key) for key in batch])
            result = self._provider.call("deleteObjects", bucket, request)
            failures = getattr(result.body, "error", None) or []
            if failures:
                first = failures[0]
                raise obs_error(
                    status_code=result.status,
                    error_code=first.code,
                    error_msg=f"{first.message} ({len(failures)} of {len(batch)} objects not deleted)",
                    request_id=result.requestId,
                    operation="deleteObjects",
                    bucket=bucket,
                    key=first.key,
                )

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
        """Delete every object under a folder and return how many; the bucket root needs ``confirm=True``
        (exactly ``True``: any other value is refused, not taken for a yes)."""
        prefix = paths.obs_dir(obs_prefix, "obs_prefix")
        if not check_flag("confirm", confirm) and not prefix.key:
            raise InvalidArgumentError("confirm", "True to delete every object of the bucket", got=confirm)
        keys = [o.key for o in iter_objects(self._provider, prefix.bucket, prefix.key)]
        self._delete_keys(prefix.bucket, keys)
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
