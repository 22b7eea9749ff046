"""Argument checks of the model and service calls: every one raises
:class:`~modelarts_hl.errors.InvalidArgumentError` naming the argument, before any request is sent.

The REST rules (name, version and description rules, page bounds) are the spec's, read from
:mod:`modelarts_hl._core.rules`; OBS bucket names are :mod:`modelarts_hl.obs.paths`'s.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from typing import Any, TypeVar

from modelarts_hl._core.checks import check_text, json_text
from modelarts_hl._core.rules import field_rule, parameter_rule, schema_rule
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.obs.paths import SCHEME, is_bucket_name

__all__ = [
    "check_choice",
    "check_description",
    "check_envs",
    "check_mapping",
    "check_model_id",
    "check_name",
    "check_objects",
    "check_service_id",
    "check_version",
    "obs_location",
    "paging_query",
    "text_query",
]

T = TypeVar("T")


def check_model_id(value: object) -> str:
    return parameter_rule("showModel", "model_id").text("model_id", value)


def check_service_id(value: object) -> str:
    return parameter_rule("showService", "service_id").text("service_id", value)


def check_name(argument: str, value: object) -> str:
    """A model or service name (the spec's ResourceName, which both requests take)."""
    return schema_rule("ResourceName").text(argument, value)


def check_version(argument: str, value: object) -> str:
    """A model version (the spec's ModelVersion, of createModel and of the listModels filter)."""
    return schema_rule("ModelVersion").text(argument, value)


def check_description(argument: str, value: object, request: str) -> str | None:
    """The description of the request body schema ``request`` (CreateModelRequest, CreateServiceRequest,
    UpdateServiceRequest), None when not given."""
    return field_rule(request, "description").optional_text(argument, value)


def check_choice(argument: str, value: object, choices: Collection[T]) -> T:
    for choice in choices:
        if value == choice:
            return choice
    raise InvalidArgumentError(argument, "one of " + ", ".join(repr(c) for c in choices), got=value)


def check_envs(argument: str, value: object) -> dict[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping) or not all(isinstance(key, str) and key for key in value):
        raise InvalidArgumentError(argument, "a dict of environment variable names to values", got=value)
    for key, item in value.items():
        if (
            isinstance(item, bool)
            or not isinstance(item, str | int | float)
            or (isinstance(item, float) and not math.isfinite(item))
        ):
            raise InvalidArgumentError(
                argument, f"string values or finite numbers (the value of {key!r})", got=item
            )
    return {key: str(item) for key, item in value.items()}


def obs_location(argument: str, value: object, *, folder: bool) -> str:
    """An OBS path as the SDK writes it, ``/bucket/path/``; ``obs://bucket/path/`` is accepted too.

    Returns the ``/bucket/path`` form (with a trailing '/' for folders) that the requests carry.
    """
    form = "/bucket/path/" if folder else "/bucket/path/file"
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(argument, f"an OBS path such as {form} or obs:/{form}", got=value)
    text = value.strip()
    if text.startswith(SCHEME):
        text = "/" + text[len(SCHEME) :]
    if not text.startswith("/") or text.startswith("//"):
        raise InvalidArgumentError(argument, f"an OBS path such as {form} or obs:/{form}", got=value)
    bucket, _, key = text[1:].partition("/")
    if not is_bucket_name(bucket):
        raise InvalidArgumentError(argument, "an OBS path whose first part is a valid bucket name", got=value)
    if "//" in key or any(part in (".", "..") for part in key.split("/")):
        raise InvalidArgumentError(argument, "an OBS path without empty, '.' or '..' parts", got=value)
    if folder:
        return f"/{bucket}/{key.rstrip('/')}/" if key.strip("/") else f"/{bucket}/"
    if not key or key.endswith("/"):
        raise InvalidArgumentError(argument, f"the OBS path of a file, such as {form}", got=value)
    return f"/{bucket}/{key}"


def text_query(**arguments: object) -> dict[str, Any]:
    """The text arguments of a list call that are given, each a non-empty string."""
    return {name: check_text(name, value) for name, value in arguments.items() if value is not None}


def paging_query(operation: str, offset: object, limit: object) -> dict[str, Any]:
    """``offset`` and ``limit`` of list operation ``operation``, those given; digit strings are accepted."""
    return {
        name: parameter_rule(operation, name).integer(name, value, digits=True)
        for name, value in (("offset", offset), ("limit", limit))
        if value is not None
    }


def check_mapping(argument: str, value: object) -> dict[str, Any]:
    """A JSON object: a dict with string keys whose values JSON carries (no NaN, Infinity or objects)."""
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise InvalidArgumentError(argument, "a dict (a JSON object)", got=value)
    json_text(argument, value)
    return dict(value)


def check_objects(argument: str, values: object, kind: type[T]) -> list[T]:
    """A list of ``kind`` objects; one object, and dicts of ``kind``'s keyword arguments, are accepted too."""
    if isinstance(values, kind | Mapping):
        values = [values]
    if not isinstance(values, Sequence) or isinstance(values, str):
        raise InvalidArgumentError(argument, f"a list of {kind.__name__}", got=values)
    objects = []
    for index, value in enumerate(values):
        if isinstance(value, Mapping):
            try:
                value = kind(**value)
            except TypeError as exc:
                raise InvalidArgumentError(
                    f"{argument}[{index}]", f"the keys of {kind.__name__}: {exc}"
                ) from None
        if not isinstance(value, kind):
            raise InvalidArgumentError(f"{argument}[{index}]", f"a {kind.__name__}", got=type(value).__name__)
        objects.append(value)
    return objects
