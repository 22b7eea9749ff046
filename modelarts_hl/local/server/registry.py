"""Handlers of the local backend, listed by the operationId they implement.

A handler is a plain function taking an :class:`OperationRequest` that has already been authenticated and
validated against the OpenAPI document. It returns the JSON body (status 200) or a :class:`Reply`, or raises
:class:`~modelarts_hl.local.errors.ApiError`. Handlers run in worker threads, so they may block.

Each handler module keeps its own :class:`Operations` table; :mod:`.handlers` joins them into the one the
application serves (nothing registers itself by being imported).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..runtime.context import BackendContext
from ..store.iam import Principal
from .rules import SpecRules

__all__ = ["ErrorStyle", "Handler", "OperationRequest", "Operations", "Reply"]


@dataclass(frozen=True)
class Reply:
    body: Any
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OperationRequest:
    """A validated request. ``query`` holds the document's parameters converted to their schema types;
    ``rules`` reads the limits, enums and field lists of the document the backend serves."""

    operation_id: str
    context: BackendContext
    rules: SpecRules
    principal: Principal | None
    path_params: Mapping[str, str]
    query: Mapping[str, Any]
    headers: Mapping[str, str]
    body: Any
    raw_body: bytes
    content_type: str


@dataclass(frozen=True)
class ErrorStyle:
    """How an operation's errors look: training APIs add ``error_solution``; the training log API names the
    message ``error_message`` instead of ``error_msg``."""

    solution: bool = False
    message_key: str = "error_msg"


Handler = Callable[[OperationRequest], "Reply | dict[str, Any]"]


class Operations:
    """Handlers by operationId, with the error style of each operation."""

    def __init__(self) -> None:
        self.handlers: dict[str, Handler] = {}
        self.styles: dict[str, ErrorStyle] = {}

    def operation(
        self, operation_id: str, *, error_solution: bool = False, message_key: str = "error_msg"
    ) -> Callable[[Handler], Handler]:
        """Makes the decorated function the handler of ``operation_id``."""

        def register(function: Handler) -> Handler:
            self._add(operation_id, function, ErrorStyle(error_solution, message_key))
            return function

        return register

    def _add(self, operation_id: str, function: Handler, style: ErrorStyle) -> None:
        if operation_id in self.handlers and self.handlers[operation_id] is not function:
            raise RuntimeError(f"two handlers for operation {operation_id!r}")
        self.handlers[operation_id] = function
        self.styles[operation_id] = style

    @classmethod
    def joined(cls, *tables: Operations) -> Operations:
        """One table holding the operations of all ``tables`` (an operationId may appear in only one)."""
        joined = cls()
        for table in tables:
            for operation_id, function in table.handlers.items():
                joined._add(operation_id, function, table.styles[operation_id])
        return joined

    def error_style(self, operation_id: str) -> ErrorStyle:
        return self.styles.get(operation_id, ErrorStyle())
