"""Handlers of the local backend, registered by the operationId they implement.

A handler is a plain function taking an :class:`OperationRequest` that has already been authenticated and
validated against the OpenAPI document. It returns the JSON body (status 200) or a :class:`Reply`, or raises
:class:`~modelarts_hl.local.errors.ApiError`. Handlers run in worker threads, so they may block.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .context import BackendContext
    from .iam import Principal

__all__ = [
    "ErrorStyle",
    "Handler",
    "OperationRequest",
    "Reply",
    "error_style",
    "operation",
    "registered_handlers",
]


@dataclass(frozen=True)
class Reply:
    body: Any
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OperationRequest:
    """A validated request. ``query`` holds the document's parameters converted to their schema types."""

    operation_id: str
    context: BackendContext
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

_HANDLERS: dict[str, Handler] = {}
_ERROR_STYLES: dict[str, ErrorStyle] = {}


def operation(
    operation_id: str, *, error_solution: bool = False, message_key: str = "error_msg"
) -> Callable[[Handler], Handler]:
    """Registers the decorated function as the handler of ``operation_id``."""

    def register(function: Handler) -> Handler:
        if operation_id in _HANDLERS and _HANDLERS[operation_id] is not function:
            raise RuntimeError(f"two handlers for operation {operation_id!r}")
        _HANDLERS[operation_id] = function
        _ERROR_STYLES[operation_id] = ErrorStyle(error_solution, message_key)
        return function

    return register


def error_style(operation_id: str) -> ErrorStyle:
    return _ERROR_STYLES.get(operation_id, ErrorStyle())


def registered_handlers() -> dict[str, Handler]:
    """Every registered handler (importing the handler modules registers them)."""
    from . import handlers as _modules  # noqa: F401  (import side effect: registration)

    return dict(_HANDLERS)
