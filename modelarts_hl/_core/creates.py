"""POSTs sent again after a failure where the server may have acted: creates only once they were looked for.

A 5xx or 429 answer may come from a gateway after the service behind it acted, and a timeout or a dropped
connection after the request was sent leaves the outcome unknown as well. The transport therefore never
repeats a POST after such a failure (:class:`~modelarts_hl._core.transport.RetryPolicy`); it raises the
error, which says ``may_have_acted``. Plans decide what is safe:

- :func:`create_once` makes a resource exactly once. Before sending the create again it looks for the
  resource the failed attempt may have made, by the name it was given (default names carry random digits;
  a name the caller chose is told apart by the creation time, at or after the first attempt started) and
  returns it when found. An "already exists" answer (400/409) to a repeated create means an earlier attempt
  made the resource after all: it is looked for once more and returned.
- :func:`repeated` sends again a POST that creates nothing (a search, a prediction), as the transport
  repeats an idempotent request.

Both pause and count attempts as the transport's default :class:`RetryPolicy` does.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from modelarts_hl._core.calls import Plan, pause
from modelarts_hl._core.transport import RetryPolicy
from modelarts_hl.errors import APIConnectionError, APIError, BadRequestError, ConflictError

__all__ = ["CLOCK_SKEW_SECONDS", "RESEND", "create_once", "repeated"]

log = logging.getLogger("modelarts_hl.creates")

T = TypeVar("T")

# A resource created this long before the first attempt started (by the server's clock) still counts as
# possibly made by it: the client's and the server's clocks may differ by that much.
CLOCK_SKEW_SECONDS = 60.0
RESEND = RetryPolicy()
_rng = random.Random()


def _delay(error: APIError | APIConnectionError, attempt: int, policy: RetryPolicy) -> float:
    retry_after = error.retry_after if isinstance(error, APIError) else None
    return policy.delay(attempt, _rng, retry_after)


def create_once(
    send: Callable[[], Plan[T]],
    find: Callable[[float], Plan[T | None]],
    *,
    what: str,
    policy: RetryPolicy = RESEND,
    wall_clock: Callable[[], float] = time.time,
) -> Plan[T]:
    """What ``send()`` creates, made once: after a failure where the server may have acted,
    ``find(since)`` looks for a resource created at or after ``since`` (epoch seconds) that the failed
    attempt may have made, and it is returned instead of sending again; ``what`` names it in the log.

    When none is found the create is sent again, at most ``policy.max_retries`` times; the last failure is
    raised when every attempt failed and nothing was found.
    """
    since = wall_clock() - CLOCK_SKEW_SECONDS
    attempt = 0
    while True:
        try:
            return (yield from send())
        except (BadRequestError, ConflictError) as refused:
            if attempt == 0:
                raise
            # "Already exists" to a repeat: the attempt that seemed to fail made it.
            found = yield from find(since)
            if found is None:
                raise
            log.info(
                "%s was made by an earlier attempt (the repeat was refused: %s)", what, refused.error_msg
            )
            return found
        except (APIError, APIConnectionError) as error:
            if not error.may_have_acted:
                raise
            yield from pause(_delay(error, attempt, policy))
            found = yield from find(since)
            if found is not None:
                log.warning("%s: the create failed (%s), but it was carried out; not sent again", what, error)
                return found
            if attempt >= policy.max_retries:
                raise
            attempt += 1
            log.info("%s: the create failed (%s) and made nothing; sending it again", what, error)


def repeated(read: Callable[[], Plan[T]], *, policy: RetryPolicy = RESEND) -> Plan[T]:
    """``read()``, one POST that creates nothing, sent again after a failure the transport would repeat for
    an idempotent request (a status of ``policy.retry_statuses``, a timeout, a dropped connection)."""
    attempt = 0
    while True:
        try:
            return (yield from read())
        except (APIError, APIConnectionError) as error:
            transient = (
                error.status_code in policy.retry_statuses
                if isinstance(error, APIError)
                else error.may_have_acted
            )
            if not transient or attempt >= policy.max_retries:
                raise
            yield from pause(_delay(error, attempt, policy))
            attempt += 1
