"""Holders for a value that expires (IAM tokens, temporary OBS credentials): the renewal rules, and the
thread-safe holder that applies them."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Generic, TypeVar, cast

from modelarts_hl.errors import InvalidArgumentError

T = TypeVar("T")
F = TypeVar("F")  # what fetches a new value: a function, or a coroutine function

logger = logging.getLogger("modelarts_hl.auth")

DEFAULT_REFRESH_MARGIN = timedelta(minutes=5)
# After a failed refresh of a still-valid value, wait this long before trying again.
_RETRY_REFRESH_AFTER = timedelta(seconds=30)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class _Entry(Generic[T]):
    value: T
    expires_at: datetime | None
    refresh_at: datetime | None

    def fresh(self, now: datetime) -> bool:
        return self.refresh_at is None or now < self.refresh_at

    def usable(self, now: datetime) -> bool:
        return self.expires_at is None or now < self.expires_at


class Renewal(Generic[T, F]):
    """When a value that expires is renewed: the refresh margin, a failed early refresh that keeps the current
    value (tried again 30 s later), a failed fetch without a usable value that raises, and the drop of a value
    the server refused. Written once for the thread-safe :class:`Expiring` and the asyncio holder.
    """

    def __init__(
        self,
        fetch: F,
        *,
        refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], datetime] = utc_now,
        name: str = "value",
    ) -> None:
        self._fetch = fetch
        if refresh_margin < timedelta(0):
            raise InvalidArgumentError("refresh_margin", "a non-negative timedelta", got=refresh_margin)
        self._margin = refresh_margin
        self._clock = clock
        self._name = name
        self._entry: _Entry[T] | None = None

    @property
    def expires_at(self) -> datetime | None:
        entry = self._entry
        return entry.expires_at if entry is not None else None

    def _current(self) -> tuple[T | None, bool]:
        """The value to hand out without fetching (``None``: there is none) and whether it is due to be
        renewed; a caller with a due but usable value renews it only when no renewal is under way.
        """
        entry = self._entry
        now = self._clock()
        if entry is None or not entry.usable(now):
            return None, True
        return entry.value, not entry.fresh(now)

    def _fetching(self) -> T | None:
        """At the start of a renewal (under the holder's lock): the value another caller just renewed."""
        entry = self._entry
        if entry is not None and entry.fresh(self._clock()):
            return entry.value
        logger.debug("fetching %s", self._name)
        return None

    def _fetched(self, value: T, expires_at: datetime | None) -> T:
        self._entry = _Entry(value, expires_at, self._refresh_time(expires_at, self._clock()))
        return value

    def _failed(self) -> T:
        """After a failed fetch: the current value while it is usable; else the failure is raised."""
        entry = self._entry
        now = self._clock()
        if entry is None or not entry.usable(now):
            raise  # the fetch's failure: this runs in its exception handler
        logger.warning(
            "could not refresh %s; using the current one until it expires", self._name, exc_info=True
        )
        retry_at = now + _RETRY_REFRESH_AFTER
        if entry.expires_at is not None:
            retry_at = min(retry_at, entry.expires_at)
        self._entry = _Entry(entry.value, entry.expires_at, retry_at)
        return entry.value

    def _drop(self, stale: T | None) -> None:
        entry = self._entry
        if entry is not None and (stale is None or entry.value == stale):
            self._entry = None

    def _refresh_time(self, expires_at: datetime | None, now: datetime) -> datetime | None:
        if expires_at is None:
            return None
        if expires_at.tzinfo is None:
            raise InvalidArgumentError(f"expiry of {self._name}", "a timezone-aware datetime", got=expires_at)
        # A lifetime shorter than twice the margin would otherwise be refreshed on every call.
        margin = min(self._margin, max(expires_at - now, timedelta(0)) / 2)
        return expires_at - margin

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self._name!r}, expires_at={self.expires_at!r})"


class Expiring(Renewal[T, Callable[[], tuple[T, datetime | None]]]):
    """A value and its expiry; :meth:`get` fetches a new one when it is missing, expired or about to expire.

    ``fetch`` returns ``(value, expires_at)`` with a timezone-aware ``expires_at`` (``None``: valid until
    :meth:`invalidate`). Only one thread fetches at a time: callers without a usable value wait for it,
    callers holding a still-valid value during an early refresh keep using it. A failed early refresh keeps
    the current value (and is retried 30 s later); a failed fetch without a usable value raises.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fetch_lock = threading.Lock()

    def get(self) -> T:
        value, due = self._current()
        if not due:
            return cast(T, value)
        if value is not None:
            if not self._fetch_lock.acquire(blocking=False):
                return value
        else:
            self._fetch_lock.acquire()
        try:
            renewed = self._fetching()
            if renewed is not None:
                return renewed
            try:
                return self._fetched(*self._fetch())
            except Exception:
                return self._failed()
        finally:
            self._fetch_lock.release()

    def invalidate(self, stale: T | None = None) -> None:
        """Drop the value; with ``stale``, only while it is still that value (it may have been renewed)."""
        with self._fetch_lock:
            self._drop(stale)
