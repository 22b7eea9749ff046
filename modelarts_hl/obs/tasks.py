"""A small scheduler: requests run on worker threads, their follow-ups in the calling thread.

Only the calling thread waits, so a follow-up may start more work (the parts of a file, then its completion)
without a worker ever blocking on another. Follow-ups run one at a time, so the state they touch
(checkpoints, counters) needs no lock.

Under :func:`~modelarts_hl._core.cancel.run_blocking` (the asyncio API) the group stops like after a failure
when the awaiting task is cancelled: nothing more starts, running requests finish and their follow-ups run,
then ``asyncio.CancelledError`` leaves :meth:`run`.

Workers hand results back through one queue rather than futures: waiting on a set of futures installs a
waiter in every pending future at each wake-up, a noticeable share of the caller's CPU with many small files.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from queue import Empty, SimpleQueue
from typing import Any, TypeVar

from modelarts_hl._core.cancel import current_signal

__all__ = ["TaskGroup"]

log = logging.getLogger("modelarts_hl.obs")
T = TypeVar("T")
_Then = Callable[[Any], None] | None
# What a worker reports: the follow-up, and the result or the exception (``_SKIPPED``: cancelled unrun).
_Outcome = tuple[_Then, Any, BaseException | None]
_SKIPPED: Any = object()
# Put in the queue of outcomes when the awaiting task is cancelled, to wake the calling thread.
_WAKE: Any = (None, object(), None)


class TaskGroup:
    def __init__(self, workers: int) -> None:
        self._workers = workers
        self._threads: list[threading.Thread] = []
        self._tasks: SimpleQueue[tuple[Callable[[], Any], _Then] | None] = SimpleQueue()
        self._done: SimpleQueue[_Outcome] = SimpleQueue()
        self._pending = 0
        self._cancelled = False
        self.window = workers * 4
        self._signal = current_signal()
        self._unsubscribe = None if self._signal is None else self._signal.subscribe(self._wake)

    def _wake(self) -> None:
        self._done.put(_WAKE)

    def _check_cancelled(self) -> None:
        if self._signal is not None and self._signal.is_set:
            self._abort()
            self._signal.check()

    def submit(self, work: Callable[[], T], then: Callable[[T], None] | None = None) -> None:
        """Run ``work`` on a worker, then ``then(result)`` in the thread that calls :meth:`run`."""
        if self._pending >= len(self._threads) and len(self._threads) < self._workers:
            thread = threading.Thread(target=self._work, name=f"modelarts-hl-obs-{len(self._threads)}")
            thread.daemon = True
            thread.start()
            self._threads.append(thread)
        self._pending += 1
        self._tasks.put((work, then))

    def throttle(self) -> None:
        """Wait while more tasks than the window are pending, so that planning stays ahead but not far."""
        while self._pending >= self.window:
            self._step()

    def run(self) -> None:
        """Run until no task is left; on the first failure cancel what has not started and re-raise."""
        while self._pending:
            self._step()

    def _work(self) -> None:
        while (task := self._tasks.get()) is not None:
            work, then = task
            if self._cancelled:
                self._done.put((None, _SKIPPED, None))
                continue
            try:
                self._done.put((then, work(), None))
            except BaseException as exc:
                self._done.put((then, None, exc))

    def _step(self) -> None:
        self._check_cancelled()
        try:
            outcomes = [self._done.get()]
        except BaseException:
            self._abort()
            raise
        while True:
            try:
                outcomes.append(self._done.get_nowait())
            except Empty:
                break
        error: BaseException | None = None
        # Every finished task's follow-up runs (a part that made it gets into the checkpoint) before failing.
        for outcome in outcomes:
            if outcome is _WAKE:
                continue
            then, result, exc = outcome
            self._pending -= 1
            try:
                if exc is not None:
                    raise exc
                if then is not None and result is not _SKIPPED:
                    then(result)
            except BaseException as failure:
                error = error or failure
        if error is not None:
            self._abort()
            raise error
        self._check_cancelled()

    def _abort(self) -> None:
        # Requests already running finish (their connection stays usable); nothing more starts. Their
        # follow-ups still run, so that a part finished meanwhile gets into the checkpoint for the next call.
        self._cancelled = True
        while self._pending:
            outcome = self._done.get()
            if outcome is _WAKE:
                continue
            then, result, exc = outcome
            self._pending -= 1
            if exc is None and then is not None and result is not _SKIPPED:
                try:
                    then(result)
                except Exception as failure:
                    log.debug("follow-up after a failure failed too: %s", failure)

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._abort()
        for _ in self._threads:
            self._tasks.put(None)
        for thread in self._threads:
            thread.join()
        self._threads.clear()

    def __enter__(self) -> TaskGroup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
