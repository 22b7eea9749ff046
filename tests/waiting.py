"""Waiting for something that happens in another thread or process, bounded only against a hang.

A test never asserts how fast something happens: it waits for the event itself, and the bound is far above
what a busy machine needs, so reaching it means the awaited thing will never happen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Seconds after which a wait is taken for a hang.
HANG = 120.0


def wait_for(condition: Callable[[], T], what: str, timeout: float = HANG, interval: float = 0.02) -> T:
    """The first truthy value of ``condition()``; an ``AssertionError`` naming ``what`` after the bound."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"{what} did not happen within {timeout:g} s")
        time.sleep(interval)
