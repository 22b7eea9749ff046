"""Argument checks of the model and service calls: every one raises
:class:`~modelarts_hl.errors.InvalidArgumentError` naming the argument, before any request is sent.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any, TypeVar

from modelarts_hl._core.checks import check_int, check_length, check_pattern, check_text
from modelarts_hl.errors import InvalidArgumentError

__all__ = [
    "ORDERS",
    "check_choice",
    "check_description",
    "check_envs",
    "check_mapping",
    "check_name",
    "check_objects",
    "check_version",
    "obs_location",
    "paging_query",
    "text_query",
]

T = TypeVar("T")

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$")
_VERSION = re.compile(r"^(0|[1-9][0-9]?)\.(0|[1-9][0-9]?)\.(0|[1-9][0-9]?)$")
_DESCRIPTION_FORBIDDEN = set("!<>=&'\"")
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
DESCRIPTION_MAX = 100
ORDERS = ("asc", "desc")


def check_name(argument: str, value: object) -> str:
    """Model and service names: 1 to 64 letters, digits, '-' or '_', starting with a letter."""
    return check_pattern(
        argument, value, _NAME, "1 to 64 letters, digits, '-' or '_', starting with a letter"
    )


def check_version(argument: str, value: object) -> str:
    return check_pattern(
        argument,
        value,
        _VERSION,
        "a version Digit.Digit.Digit with parts 0-99 and no leading zero, such as 1.0.0",
    )


def check_description(argument: str, value: object) -> str | None:
    if value is None:
        return None
    value = check_length(argument, value, DESCRIPTION_MAX)
    if _DESCRIPTION_FORBIDDEN & set(value):
        raise InvalidArgumentError(argument, "a text without any of ! < > = & ' \"", got=value)
    return value


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
    if not all(isinstance(item, str | int | float) and not isinstance(item, bool) for item in value.values()):
        raise InvalidArgumentError(argument, "string values (numbers are converted)", got=value)
    return {key: str(item) for key, item in value.items()}


def obs_location(argument: str, value: object, *, folder: bool) -> str:
    """An OBS path as the SDK writes it, ``/bucket/path/``; ``obs://bucket/path/`` is accepted too.

    Returns the ``/bucket/path`` form (with a trailing '/' for folders) that the requests carry.
    """
    form = "/bucket/path/" if folder else "/bucket/path/file"
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(argument, f"an OBS path such as {form} or obs:/{form}", got=value)
    text = value.strip()
    if text.startswith("obs://"):
        text = "/" + text[len("obs://") :]
    if not text.startswith("/") or text.startswith("//"):
        raise InvalidArgumentError(argument, f"an OBS path such as {form} or obs:/{form}", got=value)
    bucket, _, key = text[1:].partition("/")
    if not _BUCKET.match(bucket) or ".." in bucket:
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


def paging_query(offset: object, limit: object) -> dict[str, Any]:
    """``offset`` (from 0) and ``limit`` (from 1) of a list call, those given; digit strings are accepted."""
    query: dict[str, Any] = {}
    if offset is not None:
        query["offset"] = check_int("offset", offset, 0, digits=True)
    if limit is not None:
        query["limit"] = check_int("limit", limit, 1, digits=True)
    return query


def check_mapping(argument: str, value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise InvalidArgumentError(argument, "a dict (a JSON object)", got=value)
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
