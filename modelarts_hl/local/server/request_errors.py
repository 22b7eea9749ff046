"""Turns openapi-core validation errors into ModelArts-style 400/415 errors that name the offending field.

Messages are built from the schema (what was expected), never from the submitted value: a request may carry a
password or a key, and error messages end up in logs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from jsonschema.exceptions import ValidationError as SchemaError
from jsonschema.exceptions import best_match
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.validation.request.exceptions import (
    MissingRequiredRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
)

from ..errors import PARAMETER_ERROR, UNSUPPORTED_MEDIA_TYPE, ApiError

__all__ = ["describe", "field_path", "to_api_error"]


def to_api_error(error: Exception) -> ApiError:
    """The client-facing error for one error yielded by openapi-core's request validation."""
    if isinstance(error, ParameterValidationError):
        detail = _cause_detail(error.__cause__) or (
            "is required" if "Missing" in type(error).__name__ else "is not valid"
        )
        return ApiError(400, PARAMETER_ERROR, f"Invalid {error.location} parameter '{error.name}': {detail}")
    if isinstance(error, MissingRequiredRequestBody):
        return ApiError(400, PARAMETER_ERROR, "The request body is required")
    if isinstance(error, RequestBodyValidationError):
        cause = error.__cause__
        if isinstance(cause, MediaTypeNotFound):
            return ApiError(
                415,
                UNSUPPORTED_MEDIA_TYPE,
                f"Unsupported Content-Type; expected {', '.join(cause.availableMimetypes)}",
            )
        schema_errors = list(getattr(cause, "schema_errors", ()))
        if schema_errors:
            field, detail = describe(schema_errors)
            where = f"field '{field}'" if field else "body"
            return ApiError(400, PARAMETER_ERROR, f"Invalid request {where}: {detail}")
        return ApiError(400, PARAMETER_ERROR, f"Invalid request body ({type(cause).__name__})")
    return ApiError(400, PARAMETER_ERROR, f"Invalid request ({type(error).__name__})")


def _cause_detail(cause: BaseException | None) -> str | None:
    schema_errors = list(getattr(cause, "schema_errors", ()))
    if schema_errors:
        return describe(schema_errors)[1]
    if cause is not None and "Cast" in type(cause).__name__:
        schema_type = getattr(cause, "type", None)
        return f"must be of type {schema_type}" if schema_type else "has the wrong type"
    return None


def describe(errors: Iterable[SchemaError]) -> tuple[str, str]:
    """(dotted field path, what was expected) for the most relevant of ``errors``."""
    error = best_match(errors)
    assert error is not None
    path = list(error.absolute_path)
    validator = str(error.validator)
    expected: Any = error.validator_value
    if validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in expected if name not in error.instance]
        return field_path([*path, missing[0] if missing else "?"]), "is required"
    if validator == "additionalProperties" and isinstance(error.instance, dict):
        return field_path(path), "has an unknown field"
    return field_path(path), _expectation(validator, expected)


_EXPECTATIONS = {
    "type": "must be of type {}",
    "enum": "must be one of {}",
    "minLength": "must have at least {} characters",
    "maxLength": "must have at most {} characters",
    "pattern": "must match the pattern {}",
    "format": "must be a valid {}",
    "minimum": "must be >= {}",
    "maximum": "must be <= {}",
    "exclusiveMinimum": "must be > {}",
    "exclusiveMaximum": "must be < {}",
    "minItems": "must have at least {} items",
    "maxItems": "must have at most {} items",
    "uniqueItems": "must not contain duplicates",
    "minProperties": "must have at least {} fields",
    "maxProperties": "must have at most {} fields",
    "nullable": "must not be null",
    "multipleOf": "must be a multiple of {}",
    "oneOf": "must match exactly one of the allowed forms",
    "anyOf": "must match one of the allowed forms",
    "not": "is not allowed here",
}


def _expectation(validator: str, expected: Any) -> str:
    template = _EXPECTATIONS.get(validator, f"is not valid ({validator})")
    shown = _join(expected) if isinstance(expected, list) else str(expected)
    return template.format(shown) if "{}" in template else template


def field_path(parts: Sequence[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _join(values: Iterable[Any]) -> str:
    return ", ".join(str(value) for value in values)
