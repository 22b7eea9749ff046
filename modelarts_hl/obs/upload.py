"""Upload engine: small files in one request each, large ones in parallel parts that survive an interruption.

Every request carries the Content-MD5 of its body (OBS refuses a body that does not match) and the ETag
answered is compared with the local MD5, so a part or file stored differently raises IntegrityError.
A multipart upload records the CRC-32 of the whole file in the object's metadata when it starts; the CRCs of
the parts sent must combine to it before the upload is completed, so a file rewritten in place meanwhile
(same size and time, parts from before and after) is refused rather than stored as a mix.

Files up to 1 MiB are read once and sent from memory. Larger bodies (files and parts) are read twice from
the file, once to hash and once to send (the second read comes from the page cache), so that memory stays at
a few buffers per request whatever the concurrency and part size.
"""

from __future__ import annotations

import hashlib
import io
import logging
import mimetypes
import threading
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any

import attrs
from obs import PutObjectHeader

from modelarts_hl.errors import IntegrityError, NoSuchKeyError

from .checkpoint import UploadCheckpoint
from .client import ClientProvider
from .integrity import (
    CRC32_METADATA,
    PART_SIZE_METADATA,
    Crc32,
    ETag,
    candidate_part_sizes,
    check_sent,
    combined_crc32,
    file_crc32,
    hash_file,
    md5_base64,
    parse_etag,
    part_ranges,
    recorded_crc32,
    same_content,
    upload_part_size,
)
from .listing import ObjectInfo
from .multipart import abort_quietly, complete, continued
from .settings import MIB
from .transfer import CheckpointWriter, FileOutcome, InParts, Transfer, retrying

__all__ = ["UploadItem", "Uploader", "put_object"]

log = logging.getLogger("modelarts_hl.obs.upload")
_IN_MEMORY = MIB
_HASHERS = 2


@attrs.frozen
class UploadItem:
    source: Path
    key: str
    size: int
    mtime_ns: int


@attrs.define
class _LargeUpload(InParts):
    item: UploadItem

    @property
    def checkpoint(self) -> UploadCheckpoint:
        state = self.writer.state
        assert isinstance(state, UploadCheckpoint)
        return state


@attrs.frozen
class _Plan:
    item: UploadItem
    writer: CheckpointWriter | None
    resumed: bool = False


def _changed(item: UploadItem) -> IntegrityError:
    return IntegrityError(str(item.source), "the file changed while it was being uploaded")


def _read(item: UploadItem) -> bytes:
    """The whole (small) file, refusing one whose size is no longer the one planned (it is being written)."""
    with open(item.source, "rb") as handle:
        data = handle.read(item.size + 1)
    if len(data) != item.size:
        raise _changed(item)
    return data


class _RangeDigests:
    """MD5 and CRC-32 of the same bytes, read once."""

    def __init__(self) -> None:
        self.md5 = hashlib.md5()
        self.crc = Crc32()

    def update(self, data: bytes | memoryview) -> None:
        self.md5.update(data)
        self.crc.update(data)


def _hash_range(item: UploadItem, offset: int, length: int, digest: Any) -> None:
    """Feed a range of the file to ``digest``, refusing a file whose size is no longer the one planned."""
    if item.source.stat().st_size != item.size or hash_file(digest, item.source, offset, length) != length:
        raise _changed(item)


def _file_crc32(item: UploadItem) -> str:
    """CRC-32 (hex) of the whole file, refusing a file whose size is no longer the one planned."""
    crc, count = file_crc32(item.source)
    if count != item.size or item.source.stat().st_size != item.size:
        raise _changed(item)
    return f"{crc:08x}"


class _FileRange:
    """A range of a file as the SDK reads a request body: ``read`` in pieces, then ``close``.

    Each piece is read into one buffer reused for the next (the SDK sends a piece before it reads the next
    one), so a part costs no allocation per piece. A file that got shorter since it was hashed raises rather
    than leave the request short of its length.
    """

    def __init__(self, item: UploadItem, offset: int, length: int) -> None:
        self._item = item
        self._left = length
        self._buffer: memoryview | None = None
        # Unbuffered: pieces go from the page cache straight into the buffer.
        self._handle = open(item.source, "rb", buffering=0)  # noqa: SIM115 - closed by the SDK or the block
        self._handle.seek(offset)

    def read(self, size: int | None = -1) -> memoryview:
        wanted = self._left if size is None or size < 0 else min(size, self._left)
        if self._buffer is None or len(self._buffer) < wanted:
            self._buffer = memoryview(bytearray(wanted))
        view = self._buffer[:wanted]
        filled = 0
        while filled < wanted:
            got = self._handle.readinto(view[filled:])
            if not got:
                raise _changed(self._item)
            filled += got
        self._left -= wanted
        return view

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> _FileRange:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def put_object(
    provider: ClientProvider, bucket: str, key: str, body: Callable[[], Any], length: int, digest: bytes
) -> None:
    """One PUT with Content-MD5, its ETag checked. ``body()`` opens the content (again for a retry).

    The body goes as a stream: given bytes, the SDK builds a ``str()`` of the whole body for a debug log.
    """

    def put() -> Any:
        with body() as content:
            return provider.call(
                "putContent",
                bucket,
                key,
                content=content,
                headers=PutObjectHeader(md5=md5_base64(digest), contentLength=length),
            )

    where = f"obs://{bucket}/{key}"
    check_sent(retrying(put, f"PUT {where}").body.etag, digest, where)


class Uploader:
    """Uploads files into one bucket; ``existing`` maps keys already there to their listing entries."""

    def __init__(self, transfer: Transfer, bucket: str, existing: Mapping[str, ObjectInfo]) -> None:
        self._t = transfer
        self._bucket = bucket
        self._existing = existing
        self._settings = transfer.settings
        # Parts are hashed (their MD5 goes in the request's headers) a few at a time, so that the first ones
        # are sent while later ones are hashed: all parts hashed at once would all be ready only at the end,
        # leaving the server idle meanwhile. More cores than hashers gain nothing: MD5 outruns the network.
        self._hashing = threading.BoundedSemaphore(_HASHERS)

    def add(self, item: UploadItem) -> None:
        if item.size <= self._settings.multipart_threshold:
            self._t.submit_file(partial(self._put_small, item))
        else:
            self._t.group.throttle()
            self._t.group.submit(partial(self._prepare_large, item), self._start_large)

    def _where(self, key: str) -> str:
        return f"obs://{self._bucket}/{key}"

    # -- single request ------------------------------------------------------------------------------------

    def _put_small(self, item: UploadItem) -> FileOutcome:
        body: Callable[[], Any]
        if item.size <= _IN_MEMORY:
            data = _read(item)
            digest = hashlib.md5(data).digest()
            body = partial(io.BytesIO, data)
        else:
            md5 = hashlib.md5()
            _hash_range(item, 0, item.size, md5)
            digest = md5.digest()
            body = partial(_FileRange, item, 0, item.size)
        remote = self._existing.get(item.key)
        if remote is not None and remote.size == item.size and parse_etag(remote.etag) == ETag(digest.hex()):
            self._t.progress.add_bytes(item.size)
            return FileOutcome(skipped=True)
        put_object(self._t.provider, self._bucket, item.key, body, item.size, digest)
        self._t.progress.add_bytes(item.size)
        return FileOutcome(bytes=item.size)

    # -- multipart ------------------------------------------------------------------------------------------

    def _prepare_large(self, item: UploadItem) -> _Plan:
        """Continue a checkpointed upload of the same file, skip identical content, or start a new upload."""
        part_size = upload_part_size(item.size, self._settings.part_size)
        store = self._t.checkpoints
        path = store.path(
            "upload", self._settings.endpoint, self._bucket, item.key, str(item.source.resolve())
        )
        checkpoint = continued(
            self._t.provider,
            store,
            path,
            store.load(path, UploadCheckpoint),
            lambda c: (c.size, c.mtime_ns, c.part_size) == (item.size, item.mtime_ns, part_size),
        )
        if checkpoint is not None:
            checkpoint.part_crcs = {n: checkpoint.part_crcs[n] for n in checkpoint.parts}
            log.info("resuming upload of %s: %d parts already there", item.source, len(checkpoint.parts))
            return _Plan(item, CheckpointWriter(store, path, checkpoint), resumed=bool(checkpoint.parts))
        if self._same_content(item, part_size):
            return _Plan(item, None)
        crc = _file_crc32(item)
        content_type = mimetypes.guess_type(item.key)[0]
        result = self._t.provider.call(
            "initiateMultipartUpload",
            self._bucket,
            item.key,
            metadata={PART_SIZE_METADATA: str(part_size), CRC32_METADATA: crc},
            contentType=content_type,
        )
        checkpoint = UploadCheckpoint(
            endpoint=self._settings.endpoint,
            bucket=self._bucket,
            key=item.key,
            local_path=str(item.source.resolve()),
            size=item.size,
            mtime_ns=item.mtime_ns,
            part_size=part_size,
            upload_id=result.body.uploadId,
            crc32=crc,
        )
        writer = CheckpointWriter(store, path, checkpoint)
        writer.changed()
        return _Plan(item, writer)

    def _same_content(self, item: UploadItem, part_size: int) -> bool:
        """Whether the object already holds this (large) file: by the CRC-32 recorded when it was uploaded
        (a request, then a tenth of MD5's CPU), else by its ETag."""
        remote = self._existing.get(item.key)
        if remote is None or remote.size != item.size:
            return False
        try:
            head = self._t.provider.call("getObjectMetadata", self._bucket, item.key)
        except NoSuchKeyError:
            return False
        etag = parse_etag(remote.etag)
        sizes = candidate_part_sizes(item.size, etag.parts, [part_size]) if etag and etag.parts else []
        return same_content(item.source, item.size, etag, recorded_crc32(head.header), sizes)

    def _abort_quietly(self, checkpoint: UploadCheckpoint) -> None:
        abort_quietly(self._t.provider, checkpoint.bucket, checkpoint.key, checkpoint.upload_id)

    def _start_large(self, plan: _Plan) -> None:
        if plan.writer is None:
            self._t.progress.add_bytes(plan.item.size)
            self._t.file_done(FileOutcome(skipped=True))
            return
        checkpoint = plan.writer.state
        assert isinstance(checkpoint, UploadCheckpoint)
        ranges = part_ranges(plan.item.size, checkpoint.part_size)
        missing = [n for n in range(1, len(ranges) + 1) if n not in checkpoint.parts]
        state = _LargeUpload(writer=plan.writer, ranges=ranges, remaining=len(missing), item=plan.item)
        self._t.start_parts(state, [n - 1 for n in checkpoint.parts], plan.resumed)
        for number in missing:
            self._t.group.submit(
                partial(self._put_part, state, number), partial(self._part_done, state, number)
            )
        if not missing:
            self._t.finish_parts(state, partial(self._complete, state))

    def _put_part(self, state: _LargeUpload, number: int) -> tuple[str, str]:
        """Send one part; its ETag and CRC-32 (hex)."""
        offset, length = state.ranges[number - 1]
        digests = _RangeDigests()
        with self._hashing:
            _hash_range(state.item, offset, length, digests)
        digest = digests.md5.digest()
        where = f"{self._where(state.item.key)} part {number}"

        def put() -> Any:
            with _FileRange(state.item, offset, length) as content:
                return self._t.provider.call(
                    "uploadPart",
                    self._bucket,
                    state.item.key,
                    number,
                    state.checkpoint.upload_id,
                    content=content,
                    partSize=length,
                    md5=md5_base64(digest),
                )

        etag: str = retrying(put, f"PUT {where}").body.etag
        check_sent(etag, digest, where)
        self._t.progress.add_bytes(length)
        return etag, digests.crc.hexdigest()

    def _part_done(self, state: _LargeUpload, number: int, sent: tuple[str, str]) -> None:
        state.checkpoint.parts[number], state.checkpoint.part_crcs[number] = sent
        self._t.part_done(state, number - 1, partial(self._complete, state))

    def _complete(self, state: _LargeUpload) -> None:
        checkpoint = state.checkpoint
        numbers = sorted(checkpoint.parts)
        sent = combined_crc32((int(checkpoint.part_crcs[n], 16), state.ranges[n - 1][1]) for n in numbers)
        if f"{sent:08x}" != checkpoint.crc32:
            # Parts read before and after the file was rewritten: nothing of this upload may be kept.
            self._abort_quietly(checkpoint)
            state.writer.delete()
            raise _changed(state.item)
        complete(self._t.provider, self._bucket, state.item.key, checkpoint.upload_id, checkpoint.parts)
