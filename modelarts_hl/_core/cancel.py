"""Blocking work (an OBS transfer) run for asyncio on a worker thread, and a signal that stops it when the
awaiting task is cancelled.

:func:`run_blocking` runs the work with a :class:`CancelSignal` in its context; code that can stop early
(``obs.tasks.TaskGroup``) reads :func:`current_signal` and stops at its next step once the signal is set.
The awaiting task is cancelled only after the work has stopped: no thread goes on writing behind it.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
from collections.abc import Callable
from typing import TypeVar

__all__ = ["CancelSignal", "current_signal", "run_blocking"]

T = TypeVar("T")


class CancelSignal:
    """Set once, from any thread; work that can stop registers a callback that wakes it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._set = False
        self._callbacks: list[Callable[[], None]] = []

    @property
    def is_set(self) -> bool:
        return self._set

    def set(self) -> None:
        with self._lock:
            if self._set:
                return
            self._set = True
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` when the signal is set (now, if it is); returns what unsubscribes it."""
        with self._lock:
            if not self._set:
                self._callbacks.append(callback)
                return functools.partial(self._unsubscribe, callback)
        callback()
        return lambda: None

    def _unsubscribe(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    def check(self) -> None:
        """Raise ``asyncio.CancelledError`` once the signal is set."""
        if self._set:
            raise asyncio.CancelledError("the awaiting task was cancelled")


_current: contextvars.ContextVar[CancelSignal | None] = contextvars.ContextVar(
    "modelarts_hl_cancel_signal", default=None
)


def current_signal() -> CancelSignal | None:
    """The signal of the blocking work running in this thread (``None``: it cannot be cancelled)."""
    return _current.get()


async def run_blocking(function: Callable[[], T]) -> T:
    """``function()`` on a worker thread of the loop's executor. Cancelling the awaiting task sets the work's
    signal and waits until the work has stopped (its cleanup done) before the cancellation goes on.
    """
    signal = CancelSignal()
    context = contextvars.copy_context()
    context.run(_current.set, signal)
    future = asyncio.get_running_loop().run_in_executor(None, context.run, function)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        signal.set()
        await _settled(future)
        raise


async def _settled(future: asyncio.Future[T]) -> None:
    # Repeated cancellations do not cut the wait short: the work's thread must be done before the task is.
    while not future.done():
        try:
            await asyncio.shield(future)
        except asyncio.CancelledError:
            continue
        except BaseException:
            break
    if not future.cancelled():
        future.exception()  # retrieved: its failure (the cancellation itself) is no news
