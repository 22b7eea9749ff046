"""Checkpoints of large transfers, so that an interrupted one (even a killed process) continues where it was.

One JSON file per transfer in the checkpoint folder (never beside user data), named after a hash of what
identifies the transfer, rewritten atomically after each part.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, TypeVar

import attrs

__all__ = ["Checkpoint", "CheckpointStore", "CopyCheckpoint", "DownloadCheckpoint", "UploadCheckpoint"]

log = logging.getLogger("modelarts_hl.obs.checkpoint")
_VERSION = 2


@attrs.define
class UploadCheckpoint:
    """A multipart upload in progress: which local file, which upload, the CRC-32 of the file recorded in the
    object's metadata, and the parts done (number -> ETag, number -> CRC-32)."""

    endpoint: str
    bucket: str
    key: str
    local_path: str
    size: int
    mtime_ns: int
    part_size: int
    upload_id: str
    crc32: str
    parts: dict[int, str] = attrs.field(factory=dict)
    part_crcs: dict[int, str] = attrs.field(factory=dict)


@attrs.define
class DownloadCheckpoint:
    """A ranged download in progress: object version, how it is checked, temporary file, and chunks done
    (index -> the chunk's CRC-32 or MD5, when the check uses them)."""

    endpoint: str
    bucket: str
    key: str
    local_path: str
    size: int
    etag: str
    last_modified: str
    chunk_size: int
    check: str
    temp_path: str
    chunks: dict[int, str] = attrs.field(factory=dict)


@attrs.define
class CopyCheckpoint:
    """A multipart copy inside OBS in progress: which source version, which upload, the parts done (number ->
    ETag)."""

    endpoint: str
    bucket: str
    key: str
    source: str
    source_etag: str
    size: int
    part_size: int
    upload_id: str
    parts: dict[int, str] = attrs.field(factory=dict)


Checkpoint = UploadCheckpoint | DownloadCheckpoint | CopyCheckpoint
C = TypeVar("C", UploadCheckpoint, DownloadCheckpoint, CopyCheckpoint)
# Fields keyed by part or chunk number (JSON keys are strings).
_NUMBERED = ("parts", "part_crcs", "chunks")


class CheckpointStore:
    """Reads and writes checkpoints in one folder (created private to the user)."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory

    def path(self, kind: str, *identity: str) -> Path:
        digest = hashlib.sha256(json.dumps([kind, *identity]).encode("utf-8")).hexdigest()[:40]
        return self._directory / f"{kind}-{digest}.json"

    def load(self, path: Path, kind: type[C]) -> C | None:
        """The checkpoint at ``path``, or None when there is none (an unreadable one is discarded)."""
        data = self._load(path)
        try:
            if data is not None:
                for field in _NUMBERED:
                    if field in data:
                        data[field] = {int(k): str(v) for k, v in data[field].items()}
                return kind(**data)
        except (KeyError, TypeError, ValueError, AttributeError):
            self._discard_unreadable(path)
        return None

    def save(self, path: Path, checkpoint: Checkpoint) -> None:
        self._directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        payload = {"version": _VERSION, **attrs.asdict(checkpoint)}
        fd, temp = tempfile.mkstemp(dir=self._directory, prefix=path.stem, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def delete(self, path: Path) -> None:
        path.unlink(missing_ok=True)

    def _load(self, path: Path) -> dict[str, Any] | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            self._discard_unreadable(path)
            return None
        if not isinstance(data, dict) or data.pop("version", None) != _VERSION:
            self._discard_unreadable(path)
            return None
        return data

    def _discard_unreadable(self, path: Path) -> None:
        log.warning("ignoring unreadable checkpoint %s", path)
        path.unlink(missing_ok=True)
