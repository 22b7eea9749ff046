"""Download engine: small objects in one GET each, large ones in parallel ranged GETs that can resume.

Data goes to a temporary file beside the destination, which replaces the destination only after the size and
checksum match the object, so a failure never leaves a partial or wrong file under the final name.

Bodies are received into one reused buffer per thread and written with ``pwrite`` at their offset. An object
uploaded here is checked against the CRC-32 recorded in its metadata: each range's CRC is computed as it
arrives, in its own thread, and the CRCs are combined at the end. Otherwise the ETag decides: MD5 per range
when ranges are the object's parts; when the whole file's MD5 is needed (an object written in one request,
fetched in ranges) it is computed while the ranges arrive: MD5 is sequential and costs about as much CPU as
receiving, so it must not wait for the end.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import secrets
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Literal, cast

import attrs
from obs import GetObjectHeader

from modelarts_hl.errors import IntegrityError

from .checkpoint import DownloadCheckpoint
from .error_mapping import source_changed
from .integrity import (
    READ_BLOCK,
    Crc32,
    ETag,
    candidate_part_sizes,
    check_received,
    combined_crc32,
    composite_etag,
    hash_file,
    parse_etag,
    part_ranges,
    recorded_crc32,
    recorded_part_size,
    same_content,
    verify_file,
)
from .paths import ensure_inside
from .settings import MIB
from .transfer import CheckpointWriter, FileOutcome, InParts, Transfer, retrying

__all__ = ["DownloadItem", "Downloader", "is_temp_name"]

log = logging.getLogger("modelarts_hl.obs.download")
_TEMP_SUFFIX = ".obs-download"
# Ranges of an object whose whole MD5 is computed while they arrive: small, and few in flight at a time, so
# that data arrives close to the hashed front (MD5 is sequential) rather than all over the file at once.
_WHOLE_CHUNK = 8 * MIB
_HASH_WINDOW = 8
# How a large download is checked: CRC-32 per chunk, combined, against the one recorded at upload ("crc");
# MD5 per chunk when chunks are the object's parts ("parts"), MD5 of the whole file hashed in order while
# chunks arrive ("whole"), re-reading the file for a multipart ETag of unknown layout ("reread"), or size
# only when the ETag is no checksum ("size").
Check = Literal["crc", "parts", "whole", "reread", "size"]


@attrs.frozen
class DownloadItem:
    """One object to fetch to ``dest``; ``size`` and ``etag`` as listed (used to skip identical files);
    ``mtime`` (seconds since the epoch) is given to the file when set."""

    key: str
    dest: Path
    size: int
    etag: str | None
    mtime: float | None = None


@attrs.frozen
class _Head:
    size: int
    raw_etag: str
    etag: ETag | None
    last_modified: str
    part_size: int | None
    crc32: int | None


@attrs.define
class _LargeDownload(InParts):
    item: DownloadItem
    head: _Head
    check: Check
    whole: Any = attrs.field(factory=hashlib.md5)
    # Bytes of each chunk written from its start on, and bytes of the file hashed from its start on; the
    # lock is held by the one thread that advances the hash.
    written: list[int] = attrs.field(factory=list)
    hashed: int = 0
    hash_lock: threading.Lock = attrs.field(factory=threading.Lock)
    # Chunks not submitted yet, the next one last.
    unsent: list[int] = attrs.field(factory=list)

    @property
    def checkpoint(self) -> DownloadCheckpoint:
        state = self.writer.state
        assert isinstance(state, DownloadCheckpoint)
        return state


@attrs.frozen
class _Plan:
    item: DownloadItem
    head: _Head | None
    writer: CheckpointWriter | None
    resumed: bool = False


def _object_etag(body: Any) -> ETag | None:
    # With server-side encryption the ETag is not the MD5 of the content.
    if getattr(body, "sseKms", None) or getattr(body, "sseC", None):
        return None
    return parse_etag(getattr(body, "etag", None))


_buffers = threading.local()


def _receive_buffer() -> memoryview:
    """This thread's receive buffer, reused for every body it reads (no allocation per block)."""
    buffer: memoryview | None = getattr(_buffers, "view", None)
    if buffer is None:
        buffer = _buffers.view = memoryview(bytearray(READ_BLOCK))
    return buffer


def _write_at(fd: int, data: memoryview, offset: int) -> None:
    while data:
        written = os.pwrite(fd, data, offset)
        data = data[written:]
        offset += written


def _drain(result: Any, sink: Callable[[memoryview], None]) -> int:
    """Pass a streamed GET body to ``sink`` block by block; returns the byte count.

    The block is only valid during the call (the buffer is reused).
    """
    response = result.body.response
    buffer = _receive_buffer()
    count = 0
    remaining = response.contentLength
    complete = False
    try:
        while remaining is None or remaining > 0:
            view = buffer if remaining is None or remaining >= len(buffer) else buffer[:remaining]
            # One copy, socket to buffer (read() would allocate and copy again).
            got = response.readinto(view)
            if not got:
                if remaining is not None:
                    raise ConnectionError(f"the body ended {remaining} bytes early")
                break
            sink(view[:got])
            count += got
            if remaining is not None:
                remaining -= got
        complete = True
    finally:
        if not complete and response.conn is not None:
            # A half-read connection must not go back to the pool.
            response.conn._clear = True
        response.close()
    return count


def _temp_prefix(dest: Path) -> str:
    # At most 100 bytes of the name, so that the temporary name fits wherever the name itself fits.
    return "." + os.fsencode(dest.name)[:100].decode("utf-8", "ignore") + "."


def is_temp_name(name: str) -> bool:
    """Whether a file name is one of this module's temporary files."""
    return name.startswith(".") and name.endswith(_TEMP_SUFFIX)


def _new_temp(dest: Path) -> tuple[Path, int]:
    """A new file beside ``dest`` with a hidden random name, open for writing (usual permissions)."""
    while True:
        temp = dest.with_name(f"{_temp_prefix(dest)}{secrets.token_hex(4)}{_TEMP_SUFFIX}")
        try:
            return temp, os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        except FileExistsError:
            continue


def _is_own_temp(temp: Path, dest: Path) -> bool:
    return temp.parent == dest.parent and temp.name.startswith(_temp_prefix(dest)) and is_temp_name(temp.name)


class Downloader:
    """Downloads objects of one bucket; every destination must lie inside ``root``."""

    def __init__(self, transfer: Transfer, bucket: str, root: Path) -> None:
        self._t = transfer
        self._bucket = bucket
        self._root = root
        self._settings = transfer.settings
        self._lock = threading.Lock()
        self._ready: set[Path] = set()

    def add(self, item: DownloadItem) -> None:
        if item.size <= self._settings.multipart_threshold:
            self._t.submit_file(partial(self._get_small, item))
        else:
            self._t.group.throttle()
            self._t.group.submit(partial(self._prepare_large, item), self._start_large)

    def _where(self, key: str) -> str:
        return f"obs://{self._bucket}/{key}"

    def _part_sizes(self, size: int, etag: ETag | None, hint: int | None) -> list[int]:
        if etag is None or etag.parts is None:
            return []
        if hint is not None and math.ceil(size / hint) == etag.parts:
            return [hint]
        return candidate_part_sizes(size, etag.parts, [self._settings.part_size])

    def _is_current(
        self, item: DownloadItem, etag: ETag | None, hint: int | None = None, crc: int | None = None
    ) -> bool:
        """Whether the destination already holds exactly this object (then it gets the item's time)."""
        if (etag is None and crc is None) or not item.dest.is_file():
            return False
        if not same_content(item.dest, item.size, etag, crc, self._part_sizes(item.size, etag, hint)):
            return False
        if item.mtime is not None:
            os.utime(item.dest, (item.mtime, item.mtime))
        return True

    def _prepare_dir(self, item: DownloadItem) -> None:
        """Check (once per folder) that the destination's folder stays inside the root, and create it."""
        parent = item.dest.parent
        with self._lock:
            if parent in self._ready:
                return
        ensure_inside(self._root, item.dest, item.key)
        parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            self._ready.add(parent)

    # -- single request ------------------------------------------------------------------------------------

    def _get_small(self, item: DownloadItem) -> FileOutcome:
        if self._is_current(item, parse_etag(item.etag)):
            self._t.progress.add_bytes(item.size)
            return FileOutcome(skipped=True)
        self._prepare_dir(item)
        temp, fd = _new_temp(item.dest)
        try:
            try:
                result, count, digest, crc = retrying(
                    partial(self._fetch_into, item.key, fd), f"GET {self._where(item.key)}"
                )
            finally:
                os.close(fd)
            etag = _object_etag(result.body)
            where = self._where(item.key)
            expected = result.body.contentLength
            if expected is not None and int(expected) != count:
                raise IntegrityError(where, f"received {count} bytes, the object has {expected}")
            check_received(etag, digest, where)
            if crc is not None:
                _check_crc(*crc, where)
            elif etag is not None and etag.parts is not None:
                sizes = self._part_sizes(count, etag, recorded_part_size(result.header))
                verify_file(temp, count, etag, sizes, where)
            _place(temp, item)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return FileOutcome(bytes=count)

    def _fetch_into(self, key: str, fd: int) -> tuple[Any, int, bytes, tuple[int, int] | None]:
        """GET a whole object into the (emptied) file ``fd``: the result, byte count, MD5, and when the
        object records a CRC-32, the one received and the one recorded."""
        os.ftruncate(fd, 0)
        digest = hashlib.md5()
        add_bytes = self._t.progress.add_bytes
        position = 0
        result = self._t.provider.call("getObject", self._bucket, key)
        recorded = recorded_crc32(result.header)
        crc = None if recorded is None else Crc32()

        def sink(block: memoryview) -> None:
            nonlocal position
            _write_at(fd, block, position)
            position += len(block)
            digest.update(block)
            if crc is not None:
                crc.update(block)
            add_bytes(len(block))

        count = _drain(result, sink)
        crcs = None if crc is None or recorded is None else (crc.value, recorded)
        return result, count, digest.digest(), crcs

    # -- ranged ---------------------------------------------------------------------------------------------

    def _head(self, key: str) -> _Head:
        result = self._t.provider.call("getObjectMetadata", self._bucket, key)
        body = result.body
        return _Head(
            size=int(body.contentLength),
            raw_etag=str(body.etag or ""),
            etag=_object_etag(body),
            last_modified=str(body.lastModified or ""),
            part_size=recorded_part_size(result.header),
            crc32=recorded_crc32(result.header),
        )

    def _chunk_size(self, head: _Head) -> int:
        """The object's own part size when known and reasonable (chunk MD5s then give its ETag directly)."""
        hint = head.part_size
        etag = head.etag
        if head.crc32 is not None:
            return self._settings.part_size
        if etag is not None and etag.parts is None:
            return min(_WHOLE_CHUNK, self._settings.part_size)
        if etag is None or etag.parts is None or hint is None:
            return self._settings.part_size
        fits = math.ceil(head.size / hint) == etag.parts and MIB <= hint <= 4 * self._settings.part_size
        return hint if fits else self._settings.part_size

    def _prepare_large(self, item: DownloadItem) -> _Plan:
        head = self._head(item.key)
        item = attrs.evolve(item, size=head.size)
        if self._is_current(item, head.etag, head.part_size, head.crc32):
            return _Plan(item, head, None)
        store = self._t.checkpoints
        dest_id = str(item.dest.parent.resolve() / item.dest.name)
        path = store.path("download", self._settings.endpoint, self._bucket, item.key, dest_id)
        chunk_size = self._chunk_size(head)
        check = self._check(head, chunk_size)
        checkpoint = store.load(path, DownloadCheckpoint)
        if checkpoint is not None:
            temp = Path(checkpoint.temp_path)
            same = (
                checkpoint.size,
                checkpoint.etag,
                checkpoint.last_modified,
                checkpoint.chunk_size,
                checkpoint.check,
            ) == (head.size, head.raw_etag, head.last_modified, chunk_size, check)
            own = _is_own_temp(temp, item.dest)
            if same and own and temp.is_file() and temp.stat().st_size == head.size:
                _drop_changed_chunks(checkpoint)
                log.info("resuming download of %s: %d chunks already there", item.key, len(checkpoint.chunks))
                return _Plan(
                    item, head, CheckpointWriter(store, path, checkpoint), resumed=bool(checkpoint.chunks)
                )
            if own:
                temp.unlink(missing_ok=True)
            store.delete(path)
        self._prepare_dir(item)
        temp, fd = _new_temp(item.dest)
        try:
            os.ftruncate(fd, head.size)
        finally:
            os.close(fd)
        checkpoint = DownloadCheckpoint(
            endpoint=self._settings.endpoint,
            bucket=self._bucket,
            key=item.key,
            local_path=dest_id,
            size=head.size,
            etag=head.raw_etag,
            last_modified=head.last_modified,
            chunk_size=chunk_size,
            check=check,
            temp_path=str(temp),
        )
        writer = CheckpointWriter(store, path, checkpoint)
        writer.changed()
        return _Plan(item, head, writer)

    def _check(self, head: _Head, chunk_size: int) -> Check:
        etag = head.etag
        if head.crc32 is not None:
            return "crc"
        if etag is None:
            return "size"
        if etag.parts is None:
            return "whole"
        return "parts" if self._part_sizes(head.size, etag, head.part_size) == [chunk_size] else "reread"

    def _start_large(self, plan: _Plan) -> None:
        if plan.writer is None or plan.head is None:
            self._t.progress.add_bytes(plan.item.size)
            self._t.file_done(FileOutcome(skipped=True))
            return
        checkpoint = plan.writer.state
        assert isinstance(checkpoint, DownloadCheckpoint)
        ranges = part_ranges(checkpoint.size, checkpoint.chunk_size)
        missing = [index for index in range(len(ranges)) if index not in checkpoint.chunks]
        check = cast(Check, checkpoint.check)
        state = _LargeDownload(
            writer=plan.writer,
            ranges=ranges,
            remaining=len(missing),
            item=plan.item,
            head=plan.head,
            check=check,
        )
        state.written = [length if n in checkpoint.chunks else 0 for n, (_, length) in enumerate(ranges)]
        self._t.start_parts(state, checkpoint.chunks, plan.resumed)
        state.unsent = missing[::-1]
        for _ in range(_HASH_WINDOW if check == "whole" else len(missing)):
            self._submit_chunk(state)
        if not missing:
            self._t.finish_parts(state, partial(self._finish, state))

    def _submit_chunk(self, state: _LargeDownload) -> None:
        if state.unsent:
            index = state.unsent.pop()
            self._t.group.submit(
                partial(self._get_chunk, state, index), partial(self._chunk_done, state, index)
            )

    def _get_chunk(self, state: _LargeDownload, index: int) -> str:
        """Fetch one range into the temporary file; its CRC-32 or MD5 (hex) when the check combines them."""
        offset, length = state.ranges[index]
        where = f"{self._where(state.item.key)} bytes {offset}-{offset + length - 1}"
        header = GetObjectHeader(range=f"{offset}-{offset + length - 1}")

        def fetch() -> tuple[int, str]:
            result = self._t.provider.call("getObject", self._bucket, state.item.key, headers=header)
            if str(result.body.etag or "") != state.head.raw_etag:
                # Replaced since the download started: never mix two versions (the SDK mangles If-Match).
                result.body.response.close()
                raise source_changed(
                    "getObject",
                    self._bucket,
                    state.item.key,
                    "the object changed during the download; run it again",
                )
            digest = _chunk_digest(state.check)
            whole = state.check == "whole"
            add_bytes = self._t.progress.add_bytes
            position = offset

            def sink(block: memoryview) -> None:
                nonlocal position
                start = position
                _write_at(fd, block, start)
                position += len(block)
                if digest is not None:
                    digest.update(block)
                if whole:
                    # A retry writes the same bytes again: what was written stays written.
                    state.written[index] = max(state.written[index], position - offset)
                    _hash_ahead(state, start, block)
                add_bytes(len(block))

            fd = os.open(state.checkpoint.temp_path, os.O_WRONLY | os.O_CLOEXEC)
            try:
                count = _drain(result, sink)
            finally:
                os.close(fd)
            return count, digest.hexdigest() if digest is not None else ""

        count, digest = retrying(fetch, f"GET {where}")
        if count != length:
            raise IntegrityError(where, f"received {count} bytes instead of {length}")
        return digest

    def _chunk_done(self, state: _LargeDownload, index: int, digest: str) -> None:
        state.checkpoint.chunks[index] = digest
        self._submit_chunk(state)
        self._t.part_done(state, index, partial(self._finish, state))

    def _finish(self, state: _LargeDownload) -> None:
        checkpoint = state.checkpoint
        temp = Path(checkpoint.temp_path)
        etag = state.head.etag
        where = self._where(state.item.key)
        try:
            size = temp.stat().st_size
            if size != checkpoint.size:
                raise IntegrityError(where, f"the file has {size} bytes, the object {checkpoint.size}")
            if state.check == "crc":
                assert state.head.crc32 is not None
                crcs = [
                    (int(checkpoint.chunks[index], 16), length)
                    for index, (_, length) in enumerate(state.ranges)
                ]
                _check_crc(combined_crc32(crcs), state.head.crc32, where)
            elif etag is not None and state.check == "parts":
                digests = [bytes.fromhex(checkpoint.chunks[index]) for index in range(len(state.ranges))]
                if composite_etag(digests) != etag:
                    raise IntegrityError(where, f"content does not match the object's ETag {etag}")
            elif state.check == "whole":
                _hash_ahead(state, wait=True)
                if state.hashed != checkpoint.size:
                    raise IntegrityError(where, f"only {state.hashed} of {checkpoint.size} bytes arrived")
                check_received(etag, state.whole.digest(), where)
            elif state.check == "reread":
                sizes = self._part_sizes(checkpoint.size, etag, state.head.part_size)
                verify_file(temp, checkpoint.size, etag, sizes, where)
        except IntegrityError:
            # The data is wrong, so nothing of it may be resumed either.
            temp.unlink(missing_ok=True)
            state.writer.delete()
            raise
        _place(temp, state.item)


def _place(temp: Path, item: DownloadItem) -> None:
    """Give the checked temporary file its time, then its final name."""
    if item.mtime is not None:
        os.utime(temp, (item.mtime, item.mtime))
    os.replace(temp, item.dest)


def _chunk_digest(check: str) -> Any:
    """What a chunk records under this check (a fresh CRC-32 or MD5), or None when chunks record nothing."""
    if check == "crc":
        return Crc32()
    return hashlib.md5() if check == "parts" else None


def _drop_changed_chunks(checkpoint: DownloadCheckpoint) -> None:
    """Forget the chunks whose bytes in the temporary file no longer have the digest recorded for them, so
    that they are fetched again: a crash can lose written data the checkpoint already counted, and the
    combined check at the end uses the recorded digests, not the file. (A whole-file MD5 reads the file.)"""
    if _chunk_digest(checkpoint.check) is None:
        return
    ranges = part_ranges(checkpoint.size, checkpoint.chunk_size)
    for index, recorded in list(checkpoint.chunks.items()):
        offset, length = ranges[index]
        digest = _chunk_digest(checkpoint.check)
        if (
            hash_file(digest, checkpoint.temp_path, offset, length) != length
            or digest.hexdigest() != recorded
        ):
            log.warning(
                "chunk %d of %s changed on disk since it was written; fetching it again",
                index,
                checkpoint.key,
            )
            del checkpoint.chunks[index]


def _check_crc(actual: int, recorded: int, where: str) -> None:
    if actual != recorded:
        raise IntegrityError(
            where,
            f"content CRC-32 {actual:08x} differs from the {recorded:08x} recorded when it was uploaded",
        )


def _hash_ahead(
    state: _LargeDownload, start: int = 0, block: memoryview | None = None, *, wait: bool = False
) -> None:
    """Advance the whole-file MD5 over the bytes written from the start of the file on.

    Whichever thread gets the lock does the hashing (one that does not goes on receiving); the block just
    received is hashed from memory when it is next in line, other bytes are read back from the file (from
    the page cache).
    """
    if not state.hash_lock.acquire(blocking=wait):
        return
    try:
        chunk_size = state.checkpoint.chunk_size
        size = state.checkpoint.size
        while state.hashed < size:
            index = state.hashed // chunk_size
            available = state.ranges[index][0] + state.written[index]
            if available <= state.hashed:
                return
            if block is not None and start == state.hashed and start + len(block) <= available:
                state.whole.update(block)
                state.hashed += len(block)
                block = None
                continue
            end = start if block is not None and state.hashed < start < available else available
            hash_file(state.whole, state.checkpoint.temp_path, state.hashed, end - state.hashed)
            state.hashed = end
    finally:
        state.hash_lock.release()
