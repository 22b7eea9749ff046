"""A clock that moves only when a test moves it: expiry is proven by moving it, never by sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class ManualClock:
    """Aware UTC time for the ``clock`` arguments of the client and the local backend.

    It starts at a whole second (the backend issues tokens to the second), so a lifetime ends exactly
    ``ttl`` after a token was issued.
    """

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        """Move forward by ``timedelta(**delta)`` (``seconds=59``, ``minutes=56``); returns the new time."""
        self.now += timedelta(**delta)
        return self.now
