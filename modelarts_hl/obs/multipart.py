"""What uploads and copies in parts share: finding the parts OBS still holds, aborting, and completing with
the assembled ETag checked against the parts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from obs import CompleteMultipartUploadRequest, CompletePart

from modelarts_hl.errors import IntegrityError, NoSuchUploadError, ObsError

from .checkpoint import CheckpointStore, CopyCheckpoint, UploadCheckpoint
from .client import ClientProvider
from .integrity import ETag, composite_etag, parse_etag

__all__ = ["abort_quietly", "complete", "confirmed_parts", "continued", "delete_quietly"]

M = TypeVar("M", UploadCheckpoint, CopyCheckpoint)

log = logging.getLogger("modelarts_hl.obs")


def confirmed_parts(
    provider: ClientProvider, bucket: str, key: str, upload_id: str, recorded: dict[int, str]
) -> dict[int, str] | None:
    """The ``recorded`` parts (number -> ETag) that OBS still holds with the same ETag; None if the upload is
    gone."""
    held: dict[int, str] = {}
    marker: int | None = None
    try:
        while True:
            result = provider.call(
                "listParts", bucket, key, upload_id, maxParts=1000, partNumberMarker=marker
            )
            for part in result.body.parts or []:
                held[int(part.partNumber)] = str(part.etag).strip('"')
            if not result.body.isTruncated:
                break
            marker = int(result.body.nextPartNumberMarker)
    except NoSuchUploadError:
        return None
    return {n: etag for n, etag in recorded.items() if held.get(n) == etag.strip('"')}


def continued(
    provider: ClientProvider,
    store: CheckpointStore,
    path: Path,
    checkpoint: M | None,
    same: Callable[[M], bool],
) -> M | None:
    """The checkpoint to continue from, its parts cut to those OBS still holds; None to start over (a
    checkpoint of other content, ``same`` false, has its upload aborted; a gone upload is forgotten)."""
    if checkpoint is None:
        return None
    if same(checkpoint):
        confirmed = confirmed_parts(
            provider, checkpoint.bucket, checkpoint.key, checkpoint.upload_id, checkpoint.parts
        )
        if confirmed is not None:
            checkpoint.parts = confirmed
            return checkpoint
    else:
        log.info(
            "obs://%s/%s: its source changed since the interrupted transfer; starting over",
            checkpoint.bucket,
            checkpoint.key,
        )
        abort_quietly(provider, checkpoint.bucket, checkpoint.key, checkpoint.upload_id)
    store.delete(path)
    return None


def abort_quietly(provider: ClientProvider, bucket: str, key: str, upload_id: str) -> None:
    try:
        provider.call("abortMultipartUpload", bucket, key, upload_id)
    except ObsError as exc:
        log.debug("could not abort stale upload %s: %s", upload_id, exc)


def delete_quietly(provider: ClientProvider, bucket: str, key: str) -> None:
    try:
        provider.call("deleteObject", bucket, key)
    except ObsError as exc:
        log.warning("could not delete obs://%s/%s after a failed check: %s", bucket, key, exc)


def _expected_composite(part_etags: list[str]) -> ETag | None:
    digests = []
    for raw in part_etags:
        etag = parse_etag(raw)
        if etag is None or etag.parts is not None:
            return None
        digests.append(bytes.fromhex(etag.digest))
    return composite_etag(digests)


def complete(
    provider: ClientProvider, bucket: str, key: str, upload_id: str, parts: dict[int, str]
) -> ETag | None:
    """Complete the upload from ``parts`` (number -> ETag); the ETag the parts make, when they make one.

    An assembled ETag other than the one the parts make deletes the object and raises IntegrityError.
    """
    numbers = sorted(parts)
    request = CompleteMultipartUploadRequest(parts=[CompletePart(partNum=n, etag=parts[n]) for n in numbers])
    result = provider.call("completeMultipartUpload", bucket, key, upload_id, request)
    answered = parse_etag(result.body.etag)
    expected = _expected_composite([parts[n] for n in numbers])
    # Parts were each checked already; servers answering another form (plain MD5, encryption) stop here.
    if answered is not None and answered.parts is not None and expected is not None and answered != expected:
        delete_quietly(provider, bucket, key)
        where = f"obs://{bucket}/{key}"
        raise IntegrityError(where, f"OBS assembled ETag {answered}, the parts sent make {expected}")
    return expected
