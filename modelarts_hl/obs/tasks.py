"""A small scheduler: requests run on a thread pool, their follow-ups in the calling thread.

Only the calling thread waits, so a follow-up may start more work (the parts of a file, then its completion)
without a pool thread ever blocking on another. Follow-ups run one at a time, so the state they touch
(checkpoints, counters) needs no lock.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, TypeVar

__all__ = ["TaskGroup"]

T = TypeVar("T")


class TaskGroup:
    def __init__(self, workers: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="modelarts-hl-obs")
        self._pending: dict[Future[Any], Callable[[Any], None] | None] = {}
        self.window = workers * 4

    def submit(self, work: Callable[[], T], then: Callable[[T], None] | None = None) -> None:
        """Run ``work`` on the pool, then ``then(result)`` in the thread that calls :meth:`run`."""
        self._pending[self._pool.submit(work)] = then

    def throttle(self) -> None:
        """Wait while more tasks than the window are pending, so that planning stays ahead but not far."""
        while len(self._pending) >= self.window:
            self._step()

    def run(self) -> None:
        """Run until no task is left; on the first failure cancel what has not started and re-raise."""
        while self._pending:
            self._step()

    def _step(self) -> None:
        error: BaseException | None = None
        try:
            done, _ = wait(self._pending, return_when=FIRST_COMPLETED)
        except BaseException:
            self._abort()
            raise
        # Every finished task's follow-up runs (a part that made it gets into the checkpoint) before failing.
        for future in done:
            then = self._pending.pop(future)
            try:
                result = future.result()
                if then is not None:
                    then(result)
            except BaseException as exc:
                error = error or exc
        if error is not None:
            self._abort()
            raise error

    def _abort(self) -> None:
        for future in self._pending:
            future.cancel()
        # Requests already running finish (their connection stays usable); nothing more starts.
        wait(self._pending)
        self._pending.clear()

    def close(self) -> None:
        self._abort()
        self._pool.shutdown(wait=True)

    def __enter__(self) -> TaskGroup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
