"""Fault injection, for testing how clients cope with a failing service.

``backend.faults.add(status=503, count=2, operation_id="createTrainingJob", retry_after=1)`` makes the next
two calls of that operation fail; ``mode="drop"`` closes the connection without any response and
``mode="delay"`` answers normally after ``delay`` seconds. With ``after_handler=True`` the request is carried
out first (the job is created, say) and only its answer is lost: replaced by the error, dropped, or delayed,
as a gateway in front of a service can fail after the service acted. The injector also counts the requests
that reach each operation, faulted or not, so tests can prove that a client sent a request exactly once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import FAULT_INJECTED, error_body
from .spec import OperationIndex

__all__ = ["Fault", "FaultInjector", "FaultMiddleware", "FaultMode"]

log = logging.getLogger("modelarts_hl.local.faults")

FaultMode = Literal["error", "drop", "delay"]
_MODES = ("error", "drop", "delay")


@dataclass
class Fault:
    """One rule; ``remaining`` is None for a rule that never runs out."""

    status: int
    remaining: int | None
    operation_id: str | None
    retry_after: float | None
    mode: FaultMode
    delay: float
    after_handler: bool = False
    hits: int = 0
    # Requests of an ``after_handler`` rule carried out so far (their answers are then lost).
    carried_out: int = 0

    def matches(self, operation_id: str) -> bool:
        return (self.remaining is None or self.remaining > 0) and self.operation_id in (None, operation_id)


class FaultInjector:
    """Thread-safe set of fault rules plus per-operation request counters."""

    def __init__(self, operation_ids: Iterable[str] = ()) -> None:
        self._known = frozenset(operation_ids)
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._counts: Counter[str] = Counter()

    def add(
        self,
        status: int = 503,
        count: int | None = 1,
        operation_id: str | None = None,
        retry_after: float | None = None,
        *,
        mode: FaultMode = "error",
        delay: float = 0.0,
        after_handler: bool = False,
    ) -> Fault:
        """Fail the next ``count`` requests (of ``operation_id``, or of any operation); None = forever.

        ``after_handler``: the request is carried out, then its answer fails as ``mode`` says.
        """
        if mode not in _MODES:
            raise ValueError(f"mode: expected one of {', '.join(_MODES)}, got {mode!r}")
        if mode == "error" and not 400 <= status <= 599:
            raise ValueError(f"status: expected an HTTP error status 400-599, got {status!r}")
        if count is not None and count < 1:
            raise ValueError(f"count: expected a positive number or None, got {count!r}")
        if operation_id is not None and self._known and operation_id not in self._known:
            raise ValueError(f"operation_id: expected an operationId of the document, got {operation_id!r}")
        if retry_after is not None and retry_after < 0:
            raise ValueError(f"retry_after: expected seconds >= 0, got {retry_after!r}")
        if delay < 0 or (mode == "delay" and delay == 0):
            raise ValueError(f"delay: expected seconds > 0 for mode='delay', got {delay!r}")
        if not isinstance(after_handler, bool):
            raise ValueError(f"after_handler: expected True or False, got {after_handler!r}")
        fault = Fault(status, count, operation_id, retry_after, mode, delay, after_handler)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every rule (the counters stay; see :meth:`reset_counts`)."""
        with self._lock:
            self._faults.clear()

    def reset_counts(self) -> None:
        with self._lock:
            self._counts.clear()

    def count(self, operation_id: str) -> int:
        """How many requests reached ``operation_id`` (including those answered by a fault)."""
        with self._lock:
            return self._counts[operation_id]

    @property
    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)

    @property
    def active(self) -> list[Fault]:
        with self._lock:
            return [fault for fault in self._faults if fault.matches(fault.operation_id or "")]

    def hit(self, operation_id: str) -> Fault | None:
        """Counts a request and returns the rule that applies to it, consuming one of its uses."""
        with self._lock:
            self._counts[operation_id] += 1
            for fault in self._faults:
                if fault.matches(operation_id):
                    fault.hits += 1
                    if fault.remaining is not None:
                        fault.remaining -= 1
                    return fault
        return None


class FaultMiddleware:
    """The outermost ASGI app: only there is uvicorn's connection reachable for ``mode="drop"``."""

    def __init__(self, app: ASGIApp, injector: FaultInjector, index: OperationIndex) -> None:
        self.app = app
        self.injector = injector
        self.index = index

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        operation = self.index.match(scope["method"], scope["path"])
        fault = None if operation is None else self.injector.hit(operation.operation_id)
        if fault is None:
            await self.app(scope, receive, send)
            return
        log.info("fault %s for %s %s", fault.mode, scope["method"], scope["path"])
        if fault.after_handler:
            await self._after_handler(fault, scope, receive, send)
        elif fault.mode == "delay":
            await asyncio.sleep(fault.delay)
            await self.app(scope, receive, send)
        elif fault.mode == "drop":
            await _drop(send)
        else:
            await _send_error(send, fault)

    async def _after_handler(self, fault: Fault, scope: Scope, receive: Receive, send: Send) -> None:
        """Carry the request out, keeping its answer; then lose the answer as the fault says."""
        answer: list[Message] = []

        async def keep(message: Message) -> None:
            answer.append(message)

        await self.app(scope, receive, keep)
        fault.carried_out += 1
        if fault.mode == "drop":
            await _drop(send)
        elif fault.mode == "error":
            await _send_error(send, fault)
        else:
            await asyncio.sleep(fault.delay)
            for message in answer:
                await send(message)


async def _drop(send: Send) -> None:
    # uvicorn's send is a bound method of its request cycle, which holds the transport.
    transport: Any = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise RuntimeError("cannot drop the connection: the server does not expose its transport")
    transport.close()
    # Let the server notice the disconnect before the app returns, so it sends no fallback response.
    await asyncio.sleep(0)
    await asyncio.sleep(0)


async def _send_error(send: Send, fault: Fault) -> None:
    body = json.dumps(error_body(FAULT_INJECTED, f"injected fault: HTTP {fault.status}")).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if fault.retry_after is not None:
        headers.append((b"retry-after", f"{fault.retry_after:g}".encode()))
    start: Message = {"type": "http.response.start", "status": fault.status, "headers": headers}
    await send(start)
    await send({"type": "http.response.body", "body": body})
