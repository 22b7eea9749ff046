"""Waiting for a resource to reach a state: one poll loop with backoff and a deadline for every caller."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from modelarts_hl._core.checks import check_timeout
from modelarts_hl.errors import InvalidArgumentError, WaitTimeoutError

T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """Poll intervals: ``initial`` seconds, growing by ``factor`` up to ``maximum``."""

    initial: float = 1.0
    factor: float = 1.5
    maximum: float = 10.0

    def __post_init__(self) -> None:
        if not self.initial > 0 or not self.maximum >= self.initial or not self.factor >= 1:
            raise InvalidArgumentError("backoff", "initial > 0, maximum >= initial and factor >= 1", got=self)


@dataclass
class Poller(Generic[T]):
    """Calls ``fetch`` until ``done(value)``; ``on_update`` sees every value (progress, new log lines)."""

    fetch: Callable[[], T]
    done: Callable[[T], bool]
    what: str
    timeout: float | None = None
    backoff: Backoff = Backoff()
    on_update: Callable[[T], None] | None = None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        check_timeout("timeout", self.timeout)

    def run(self) -> T:
        deadline = None if self.timeout is None else self.clock() + self.timeout
        interval = self.backoff.initial
        while True:
            value = self.fetch()
            if self.on_update is not None:
                self.on_update(value)
            if self.done(value):
                return value
            now = self.clock()
            if deadline is not None and now >= deadline:
                raise WaitTimeoutError(self.what, self.timeout or 0.0, value)
            wait = interval if deadline is None else min(interval, deadline - now)
            self.sleep(max(wait, 0.0))
            interval = min(interval * self.backoff.factor, self.backoff.maximum)


def wait_until(
    fetch: Callable[[], T],
    done: Callable[[T], bool],
    *,
    what: str,
    timeout: float | None = None,
    backoff: Backoff | None = None,
    on_update: Callable[[T], None] | None = None,
) -> T:
    """Poll ``fetch`` with backoff until ``done`` holds; :class:`WaitTimeoutError` after ``timeout`` s."""
    return Poller(fetch, done, what, timeout, backoff or Backoff(), on_update).run()
