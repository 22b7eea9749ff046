"""Copies inside OBS: the server copies, nothing passes through this machine.

An object written in one request (a plain MD5 ETag) is copied in one request of at most 5 GiB; its copy must
answer the same ETag. An object assembled from parts is copied in parts with the same boundaries (its
recorded part size, else the usual sizes that fit its part count), in parallel and resumable like an upload;
the parts copied must then assemble to the source's ETag, so the copy is checked end to end without reading
it. Every request names the source's ETag (``copy-source-if-match``): a source replaced during the copy
fails the copy instead of mixing two versions. Only a plain-ETag object above 5 GiB is copied in parts of
the configured size, and then checked by size (its ETag cannot be compared).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from functools import partial
from typing import Any
from urllib.parse import quote

import attrs
from obs import CopyObjectHeader

from modelarts_hl.errors import IntegrityError, ObsPreconditionFailedError

from .checkpoint import CopyCheckpoint
from .error_mapping import source_changed
from .integrity import (
    CRC32_METADATA,
    PART_SIZE_METADATA,
    ETag,
    candidate_part_sizes,
    parse_etag,
    part_ranges,
    recorded_crc32,
    recorded_part_size,
    upload_part_size,
)
from .listing import ObjectInfo
from .multipart import complete, continued, delete_quietly
from .settings import MAX_PART_SIZE, MIN_PART_SIZE
from .transfer import CheckpointWriter, FileOutcome, InParts, Transfer, retrying

__all__ = ["Copier", "CopyItem"]

log = logging.getLogger("modelarts_hl.obs.copy")


@attrs.frozen
class CopyItem:
    """One object to copy: source key, destination key, and size and ETag as listed."""

    src_key: str
    dest_key: str
    size: int
    etag: str | None


@attrs.frozen
class _Plan:
    item: CopyItem
    writer: CheckpointWriter | None
    source_etag: ETag | None
    resumed: bool = False


@attrs.define
class _LargeCopy(InParts):
    item: CopyItem
    source_etag: ETag | None

    @property
    def checkpoint(self) -> CopyCheckpoint:
        state = self.writer.state
        assert isinstance(state, CopyCheckpoint)
        return state


class Copier:
    """Copies objects of ``src_bucket`` into ``dest_bucket``; ``existing`` maps destination keys already there
    to their listing entries (an identical one is skipped)."""

    def __init__(
        self, transfer: Transfer, src_bucket: str, dest_bucket: str, existing: Mapping[str, ObjectInfo]
    ) -> None:
        self._t = transfer
        self._src = src_bucket
        self._dest = dest_bucket
        self._existing = existing
        self._settings = transfer.settings
        prefix = "x-obs-" if self._settings.signature == "obs" else "x-amz-"
        self._if_match_header = f"{prefix}copy-source-if-match"

    def add(self, item: CopyItem) -> None:
        etag = parse_etag(item.etag)
        remote = self._existing.get(item.dest_key)
        if (
            remote is not None
            and etag is not None
            and remote.size == item.size
            and parse_etag(remote.etag) == etag
        ):
            self._t.submit_file(partial(self._skip, item))
        elif etag is not None and etag.parts is None and item.size <= MAX_PART_SIZE:
            self._t.submit_file(partial(self._copy_whole, item, etag))
        else:
            self._t.group.throttle()
            self._t.group.submit(partial(self._prepare_large, item), self._start_large)

    def _skip(self, item: CopyItem) -> FileOutcome:
        self._t.progress.add_bytes(item.size)
        return FileOutcome(skipped=True)

    def _source(self, key: str) -> str:
        return f"obs://{self._src}/{key}"

    def _copy_source(self, key: str) -> str:
        return quote(f"{self._src}/{key}", safe="/")

    def _copying(self, item: CopyItem, operation: str, *args: Any, **kwargs: Any) -> Any:
        """One copy request (retried); a source changed since it was listed fails the copy."""
        what = f"{operation} {self._source(item.src_key)}"
        try:
            return retrying(partial(self._t.provider.call, operation, *args, **kwargs), what)
        except ObsPreconditionFailedError:
            raise source_changed(
                operation, self._src, item.src_key, "the source object changed during the copy; run it again"
            ) from None

    # -- one request ----------------------------------------------------------------------------------------

    def _copy_whole(self, item: CopyItem, etag: ETag) -> FileOutcome:
        headers = CopyObjectHeader(if_match=item.etag)
        result = self._copying(
            item, "copyObject", self._src, item.src_key, self._dest, item.dest_key, headers=headers
        )
        answered = parse_etag(result.body.etag)
        if answered is not None and answered.parts is None and answered != etag:
            delete_quietly(self._t.provider, self._dest, item.dest_key)
            raise IntegrityError(
                f"obs://{self._dest}/{item.dest_key}", f"the copy has ETag {answered}, its source {etag}"
            )
        self._t.progress.add_bytes(item.size)
        return FileOutcome(bytes=item.size)

    # -- in parts -------------------------------------------------------------------------------------------

    def _layout(self, item: CopyItem, etag: ETag | None, hint: int | None) -> int:
        """Part size: the source's own boundaries when they can be known, so that its ETag can be compared."""
        if etag is not None and etag.parts is not None:
            if hint is not None and math.ceil(item.size / hint) == etag.parts:
                return hint
            for size in candidate_part_sizes(item.size, etag.parts, [self._settings.part_size]):
                if MIN_PART_SIZE <= size <= MAX_PART_SIZE or etag.parts == 1:
                    return size
        return upload_part_size(item.size, self._settings.part_size)

    def _prepare_large(self, item: CopyItem) -> _Plan:
        head = self._t.provider.call("getObjectMetadata", self._src, item.src_key)
        raw_etag = str(head.body.etag or "")
        if item.etag is not None and raw_etag.strip('"') != item.etag.strip('"'):
            raise source_changed(
                "getObjectMetadata",
                self._src,
                item.src_key,
                "the source object changed since it was listed; run the copy again",
            )
        item = attrs.evolve(item, size=int(head.body.contentLength), etag=raw_etag)
        etag = parse_etag(raw_etag)
        part_size = self._layout(item, etag, recorded_part_size(head.header))
        store = self._t.checkpoints
        source = self._source(item.src_key)
        path = store.path("copy", self._settings.endpoint, self._dest, item.dest_key, source)
        checkpoint = continued(
            self._t.provider,
            store,
            path,
            store.load(path, CopyCheckpoint),
            lambda c: (c.source_etag, c.size, c.part_size) == (raw_etag, item.size, part_size),
        )
        if checkpoint is not None:
            log.info("resuming copy of %s: %d parts already there", source, len(checkpoint.parts))
            return _Plan(item, CheckpointWriter(store, path, checkpoint), etag, bool(checkpoint.parts))
        metadata = {PART_SIZE_METADATA: str(part_size)}
        crc = recorded_crc32(head.header)
        if crc is not None:
            # Carried only where the copy is checked to hold the same bytes (or is of the same size).
            metadata[CRC32_METADATA] = f"{crc:08x}"
        result = self._t.provider.call(
            "initiateMultipartUpload",
            self._dest,
            item.dest_key,
            metadata=metadata,
            contentType=head.body.contentType,
        )
        checkpoint = CopyCheckpoint(
            endpoint=self._settings.endpoint,
            bucket=self._dest,
            key=item.dest_key,
            source=source,
            source_etag=raw_etag,
            size=item.size,
            part_size=part_size,
            upload_id=result.body.uploadId,
        )
        writer = CheckpointWriter(store, path, checkpoint)
        writer.changed()
        return _Plan(item, writer, etag)

    def _start_large(self, plan: _Plan) -> None:
        assert plan.writer is not None
        checkpoint = plan.writer.state
        assert isinstance(checkpoint, CopyCheckpoint)
        ranges = part_ranges(plan.item.size, checkpoint.part_size)
        missing = [n for n in range(1, len(ranges) + 1) if n not in checkpoint.parts]
        state = _LargeCopy(
            writer=plan.writer,
            ranges=ranges,
            remaining=len(missing),
            item=plan.item,
            source_etag=plan.source_etag,
        )
        self._t.start_parts(state, [n - 1 for n in checkpoint.parts], plan.resumed)
        for number in missing:
            self._t.group.submit(
                partial(self._copy_part, state, number), partial(self._part_done, state, number)
            )
        if not missing:
            self._t.finish_parts(state, partial(self._complete, state))

    def _copy_part(self, state: _LargeCopy, number: int) -> str:
        offset, length = state.ranges[number - 1]
        item = state.item
        result = self._copying(
            item,
            "copyPart",
            self._dest,
            item.dest_key,
            number,
            state.checkpoint.upload_id,
            self._copy_source(item.src_key),
            copySourceRange=f"bytes={offset}-{offset + length - 1}" if length else None,
            extensionHeaders={self._if_match_header: state.checkpoint.source_etag},
        )
        self._t.progress.add_bytes(length)
        etag: str = result.body.etag
        return etag

    def _part_done(self, state: _LargeCopy, number: int, etag: str) -> None:
        state.checkpoint.parts[number] = etag
        self._t.part_done(state, number - 1, partial(self._complete, state))

    def _complete(self, state: _LargeCopy) -> None:
        checkpoint = state.checkpoint
        made = complete(self._t.provider, self._dest, checkpoint.key, checkpoint.upload_id, checkpoint.parts)
        source = state.source_etag
        if source is not None and source.parts is not None and made is not None and made != source:
            # A source replaced meanwhile by a server that ignores copy-source-if-match on part copies.
            delete_quietly(self._t.provider, self._dest, checkpoint.key)
            state.writer.delete()
            raise IntegrityError(
                f"obs://{self._dest}/{checkpoint.key}",
                f"the parts copied make ETag {made}, the source has {source}",
            )
