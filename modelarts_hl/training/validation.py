"""Checks of the documented training arguments; each failure names the argument and what was expected."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from modelarts_hl._core.checks import check_flag, check_int, check_length, check_pattern, optional_text
from modelarts_hl._core.checks import check_text as text
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.session import check_session

__all__ = [
    "MAX_LIMIT",
    "FilterCriterion",
    "NfsMount",
    "check_session",
    "count_at_least_one",
    "environment",
    "filters",
    "job_id",
    "job_name",
    "limit",
    "nfs_volumes",
    "offset",
    "optional_text",
    "order",
    "parameters",
    "task_id",
    "text",
    "typed_list",
]

MAX_LIMIT = 50
MAX_DESCRIPTION = 256
_JOB_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TASK_ID = re.compile(r"^[A-Za-z0-9_.-]+$")
_OPERATORS = ("like", "in", "not", "between")
T = TypeVar("T")


def job_id(value: object) -> str:
    return text("job_id", value)


def task_id(value: object) -> str:
    return check_pattern("task_id", value, _TASK_ID, "a task name such as worker-0")


def job_name(value: object) -> str:
    return check_pattern("job_name", value, _JOB_NAME, "1 to 64 letters, digits, '_' or '-'")


def description(argument: str, value: object) -> str:
    return check_length(argument, value, MAX_DESCRIPTION)


def count_at_least_one(argument: str, value: object) -> int:
    return check_int(argument, value, 1)


def offset(value: object) -> int:
    return check_int("offset", value, 0)


def limit(value: object) -> int:
    return check_int("limit", value, 1, MAX_LIMIT)


def order(value: object) -> Literal["asc", "desc"]:
    if value == "asc" or value == "desc":
        return value
    raise InvalidArgumentError("order", "'asc' or 'desc'", got=value)


def typed_list(argument: str, value: object, item_type: type[T], what: str) -> list[T]:
    """A list (or tuple) whose items are all ``item_type``; ``None`` is an empty list."""
    if value is None:
        return []
    if not isinstance(value, list | tuple) or not all(isinstance(item, item_type) for item in value):
        raise InvalidArgumentError(argument, f"a list of {what}", got=value)
    return list(value)


def parameters(value: object) -> list[tuple[str, str]]:
    """``[{"name": ..., "value": str | int}]`` -> ``[(name, value as a string)]``; names must be unique."""
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        raise InvalidArgumentError("parameters", 'a list like [{"name": "epochs", "value": 2}]', got=value)
    result: list[tuple[str, str]] = []
    for index, item in enumerate(value):
        where = f"parameters[{index}]"
        if not isinstance(item, Mapping) or set(item) - {"name", "value"} or "name" not in item:
            raise InvalidArgumentError(where, 'a dict {"name": ..., "value": ...}', got=item)
        name = item["name"]
        if not isinstance(name, str) or not name.strip() or name.startswith("-") or "=" in name:
            raise InvalidArgumentError(f"{where}.name", "a parameter name (no leading '-', no '=')", got=name)
        raw = item.get("value")
        if isinstance(raw, bool) or not isinstance(raw, str | int):
            raise InvalidArgumentError(f"{where}.value", "a string or an integer", got=raw)
        if any(name == seen for seen, _ in result):
            raise InvalidArgumentError(f"{where}.name", "a name not used by another parameter", got=name)
        result.append((name, str(raw)))
    return result


def environment(value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidArgumentError("env_variables", 'a dict like {"NAME": "value"}', got=value)
    result: dict[str, str] = {}
    for name, item in value.items():
        if not isinstance(name, str) or not _ENV_NAME.match(name):
            raise InvalidArgumentError("env_variables", "variable names of letters, digits and '_'", got=name)
        if not isinstance(item, str):
            raise InvalidArgumentError(f"env_variables[{name!r}]", "a string value", got=item)
        result[name] = item
    return result


@dataclass(frozen=True)
class NfsMount:
    """One ``{"nfs": {"nfs_server_path", "local_path", "read_only"}}`` entry of ``volumes``."""

    nfs_server_path: str
    local_path: str
    read_only: bool


def nfs_volumes(value: object) -> list[NfsMount]:
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        raise InvalidArgumentError("volumes", 'a list like [{"nfs": {...}}]', got=value)
    result: list[NfsMount] = []
    for index, item in enumerate(value):
        where = f"volumes[{index}]"
        nfs = item.get("nfs") if isinstance(item, Mapping) and set(item) == {"nfs"} else None
        if not isinstance(nfs, Mapping) or set(nfs) - {"nfs_server_path", "local_path", "read_only"}:
            raise InvalidArgumentError(
                where, '{"nfs": {"nfs_server_path": ..., "local_path": ..., "read_only": bool}}', got=item
            )
        server = text(f"{where}.nfs.nfs_server_path", nfs.get("nfs_server_path"))
        local = nfs.get("local_path")
        if not isinstance(local, str) or not local.startswith("/"):
            raise InvalidArgumentError(f"{where}.nfs.local_path", "an absolute container path", got=local)
        read_only = check_flag(f"{where}.nfs.read_only", nfs.get("read_only", False))
        result.append(NfsMount(server, local, read_only))
    return result


@dataclass(frozen=True)
class FilterCriterion:
    """One search filter: ``key`` compared by ``operator`` (``in`` when None) with ``value``."""

    key: str
    operator: str | None
    value: list[str]


def filters(value: object) -> list[FilterCriterion]:
    """``[{"key": "name", "operator": "like", "value": ["trainjob"]}]``; operator defaults to ``in``."""
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        raise InvalidArgumentError(
            "filters", 'a list like [{"key": ..., "operator": ..., "value": [...]}]', got=value
        )
    result: list[FilterCriterion] = []
    for index, item in enumerate(value):
        where = f"filters[{index}]"
        if not isinstance(item, Mapping) or set(item) - {"key", "operator", "value"}:
            raise InvalidArgumentError(where, 'a dict with "key", "operator" and "value"', got=item)
        key = text(f"{where}.key", item.get("key"))
        operator = item.get("operator")
        if operator is not None and operator not in _OPERATORS:
            raise InvalidArgumentError(f"{where}.operator", f"one of {', '.join(_OPERATORS)}", got=operator)
        values = _filter_values(f"{where}.value", item.get("value"))
        if operator == "between" and len(values) != 2:
            raise InvalidArgumentError(f"{where}.value", "two values (low, high) for 'between'", got=values)
        result.append(FilterCriterion(key, operator, values))
    return result


def _filter_values(argument: str, value: Any) -> list[str]:
    if not isinstance(value, Sequence) or isinstance(value, str) or not value:
        raise InvalidArgumentError(argument, "a non-empty list of strings", got=value)
    if not all(isinstance(item, str) for item in value):
        raise InvalidArgumentError(argument, "a list of strings", got=value)
    return list(value)
