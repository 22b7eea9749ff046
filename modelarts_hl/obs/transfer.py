"""What the upload and download engines share during one call: tasks, progress, counters, checkpoints."""

from __future__ import annotations

import http.client
import logging
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Literal, TypeVar

import attrs

from modelarts_hl.errors import ModelArtsError, ObsConnectionError, ObsServerError

from .checkpoint import Checkpoint, CheckpointStore
from .client import ClientProvider
from .progress import Progress, progress_enabled
from .settings import ObsSettings
from .summary import SummaryCounter, TransferSummary
from .tasks import TaskGroup

__all__ = ["CheckpointWriter", "FileOutcome", "InParts", "Transfer", "retrying"]

log = logging.getLogger("modelarts_hl.obs")
T = TypeVar("T")
_ATTEMPTS = 3
_RETRYABLE = (ObsConnectionError, ObsServerError, ConnectionError, TimeoutError, http.client.HTTPException)
# A checkpoint is rewritten at most this often (the last state is always written when the call ends).
_SAVE_INTERVAL = 0.2


def retrying(work: Callable[[], T], what: str) -> T:
    """Run ``work`` again after a dropped connection or a 5xx answer.

    The SDK retries those itself only for bodies it can rewind, not for streamed request bodies or for a
    response body cut short, which is what requests here use.
    """
    for attempt in range(1, _ATTEMPTS + 1):
        try:
            return work()
        except _RETRYABLE as exc:
            if attempt == _ATTEMPTS:
                if isinstance(exc, ModelArtsError):
                    raise
                raise ObsConnectionError(f"{what}: {type(exc).__name__}: {exc}") from exc
            log.warning("retrying %s after: %s", what, exc)
            time.sleep(0.5 * attempt)
    raise AssertionError("unreachable")


@attrs.frozen
class FileOutcome:
    """What happened to one file: bytes moved now, whether it was skipped or continued from a checkpoint."""

    bytes: int = 0
    skipped: bool = False
    resumed: bool = False


class CheckpointWriter:
    """One transfer's checkpoint, written when it changed and the last write is old enough (or on flush)."""

    def __init__(self, store: CheckpointStore, path: Path, state: Checkpoint) -> None:
        self.store = store
        self.path = path
        self.state = state
        self._dirty = False
        self._saved_at = 0.0

    def changed(self) -> None:
        self._dirty = True
        if time.monotonic() - self._saved_at >= _SAVE_INTERVAL:
            self.flush()

    def flush(self) -> None:
        if self._dirty:
            self.store.save(self.path, self.state)
            self._dirty = False
            self._saved_at = time.monotonic()

    def delete(self) -> None:
        self._dirty = False
        self.store.delete(self.path)


@attrs.define
class InParts:
    """A file moving in parts (or ranges): its checkpoint, each part's (offset, length), how many are to
    come."""

    writer: CheckpointWriter
    ranges: list[tuple[int, int]]
    remaining: int


class Transfer:
    """One upload, download or copy call. Engines submit work to :attr:`group`; :meth:`run` drives it to the
    end."""

    def __init__(
        self,
        provider: ClientProvider,
        settings: ObsSettings,
        operation: Literal["upload", "download", "copy"],
        total_files: int,
        total_bytes: int,
    ) -> None:
        self.provider = provider
        self.settings = settings
        self.checkpoints = CheckpointStore(settings.checkpoint_path)
        self.counter = SummaryCounter(operation)
        self.progress = Progress(progress_enabled(settings.progress), operation, total_files, total_bytes)
        self.group = TaskGroup(settings.concurrency)
        self._writers: list[CheckpointWriter] = []

    def submit_file(self, work: Callable[[], FileOutcome]) -> None:
        """A file moved by one task."""
        self.group.throttle()
        self.group.submit(work, self.file_done)

    def track(self, writer: CheckpointWriter) -> None:
        self._writers.append(writer)

    def untrack(self, writer: CheckpointWriter) -> None:
        self._writers.remove(writer)

    def file_done(self, outcome: FileOutcome) -> None:
        self.counter.files += 1
        self.counter.bytes += outcome.bytes
        self.counter.skipped += outcome.skipped
        self.counter.resumed += outcome.resumed
        self.progress.add_file()

    def start_parts(self, state: InParts, done: Iterable[int], resumed: bool) -> None:
        """A file whose parts ``done`` (indexes into its ranges) were moved before moves the others."""
        self.track(state.writer)
        self.progress.add_bytes(sum(state.ranges[index][1] for index in done))
        if resumed:
            self.counter.resumed += 1

    def part_done(self, state: InParts, index: int, finish: Callable[[], None]) -> None:
        """A part arrived (its result is already in the checkpoint); after the last one, ``finish``."""
        state.writer.changed()
        self.counter.bytes += state.ranges[index][1]
        state.remaining -= 1
        if state.remaining == 0:
            self.finish_parts(state, finish)

    def finish_parts(self, state: InParts, finish: Callable[[], None]) -> None:
        """Run ``finish`` (complete, check, rename) on a worker; then the file is done."""
        state.writer.flush()
        self.group.submit(finish, partial(self._parts_finished, state))

    def _parts_finished(self, state: InParts, _: object) -> None:
        self.untrack(state.writer)
        state.writer.delete()
        self.file_done(FileOutcome())

    def run(self) -> TransferSummary:
        self.group.run()
        return self.counter.summary()

    def close(self) -> None:
        try:
            self.group.close()
        finally:
            self.progress.close()
            # Parts finished since the last write still count for the next call.
            for writer in self._writers:
                writer.flush()

    def __enter__(self) -> Transfer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
