"""Errors the local backend answers with, in ModelArts' shape ``{"error_code", "error_msg"}``.

ModelArts.0104 (parameter error) is ModelArts' documented code; the other codes are this backend's own
choices in the same format, so clients can only rely on the HTTP status and the ``ModelArts.`` prefix.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AUTH_FAILED",
    "FAULT_INJECTED",
    "INTERNAL_ERROR",
    "METHOD_NOT_ALLOWED",
    "MODEL_NOT_FOUND",
    "NOT_FOUND",
    "PARAMETER_ERROR",
    "PROJECT_MISMATCH",
    "SERVICE_NOT_FOUND",
    "SERVICE_NOT_RUNNING",
    "STATE_CONFLICT",
    "TRAINING_JOB_NOT_FOUND",
    "UNSUPPORTED_MEDIA_TYPE",
    "ApiError",
    "error_body",
    "invalid_field",
]

PARAMETER_ERROR = "ModelArts.0104"
AUTH_FAILED = "ModelArts.0101"
PROJECT_MISMATCH = "ModelArts.0102"
NOT_FOUND = "ModelArts.0105"
METHOD_NOT_ALLOWED = "ModelArts.0106"
UNSUPPORTED_MEDIA_TYPE = "ModelArts.0107"
STATE_CONFLICT = "ModelArts.0108"
INTERNAL_ERROR = "ModelArts.0110"
FAULT_INJECTED = "ModelArts.0199"
TRAINING_JOB_NOT_FOUND = "ModelArts.2763"
MODEL_NOT_FOUND = "ModelArts.3502"
SERVICE_NOT_FOUND = "ModelArts.3520"
SERVICE_NOT_RUNNING = "ModelArts.3521"


class ApiError(Exception):
    """Raised by handlers; becomes an error response with ``status`` and a ModelArts-shaped body."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        solution: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.solution = solution
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return error_body(self.code, self.message, self.solution)


def invalid_field(field: str, problem: str) -> ApiError:
    """A 400 naming the request field at fault (``config[0].model_id``) and what is wrong with it."""
    return ApiError(400, PARAMETER_ERROR, f"Invalid request field '{field}': {problem}")


def error_body(code: str, message: str, solution: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"error_code": code, "error_msg": message}
    if solution is not None:
        body["error_solution"] = solution
    return body
