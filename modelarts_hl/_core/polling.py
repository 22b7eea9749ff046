"""Waiting for a resource to reach a state: one poll loop with backoff and a deadline, as a plan for every
caller (training jobs, models, services; the synchronous and the asyncio API).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from modelarts_hl._core.calls import Plan, pause
from modelarts_hl._core.checks import check_seconds, check_timeout
from modelarts_hl.errors import InvalidArgumentError, WaitTimeoutError

__all__ = ["Backoff", "check_backoff", "wait_until"]

T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """Poll intervals: ``initial`` seconds, growing by ``factor`` up to ``maximum``."""

    initial: float = 1.0
    factor: float = 1.5
    maximum: float = 10.0

    def __post_init__(self) -> None:
        check_seconds("initial", self.initial, positive=True)
        check_seconds("maximum", self.maximum, positive=True)
        factor = self.factor
        if isinstance(factor, bool) or not isinstance(factor, int | float) or not 1 <= factor < math.inf:
            raise InvalidArgumentError("factor", "a finite number >= 1", got=factor)
        if self.maximum < self.initial:
            raise InvalidArgumentError("maximum", f"a number >= initial ({self.initial})", got=self.maximum)


def check_backoff(argument: str, value: object) -> Backoff | None:
    if value is not None and not isinstance(value, Backoff):
        raise InvalidArgumentError(
            argument, "a Backoff(initial=..., factor=..., maximum=...) or None", got=value
        )
    return value


def wait_until(
    fetch: Callable[[], Plan[T]],
    done: Callable[[T], bool],
    *,
    what: str,
    timeout: float | None = None,
    backoff: Backoff | None = None,
    on_update: Callable[[T], Plan[None] | None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Plan[T]:
    """Fetch until ``done`` holds, pausing with ``backoff`` in between; ``on_update`` sees every value
    (progress, new log lines) and may return a plan of its own (reading a log).
    :class:`~modelarts_hl.errors.WaitTimeoutError` after ``timeout`` seconds, never pausing past the deadline.
    """
    timeout = check_timeout("timeout", timeout)
    schedule = check_backoff("backoff", backoff) or Backoff()
    deadline = None if timeout is None else clock() + timeout
    interval = schedule.initial
    while True:
        value = yield from fetch()
        update = None if on_update is None else on_update(value)
        if update is not None:
            yield from update
        if done(value):
            return value
        now = clock()
        if deadline is not None and now >= deadline:
            raise WaitTimeoutError(what, timeout or 0.0, value)
        yield from pause(max(interval if deadline is None else min(interval, deadline - now), 0.0))
        interval = min(interval * schedule.factor, schedule.maximum)
