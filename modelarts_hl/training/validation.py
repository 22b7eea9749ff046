"""Checks of the documented training arguments; each failure names the argument and what was expected.

The REST rules (name and id patterns, lengths, page bounds, filter operators) are the spec's, read from
:mod:`modelarts_hl._core.rules` and the generated enums; the rest are the SDK's own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from modelarts_client import models
from modelarts_hl._core.checks import check_flag, check_member, optional_text
from modelarts_hl._core.checks import check_text as text
from modelarts_hl._core.rules import field_rule, parameter_rule
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.session import check_session

if TYPE_CHECKING:
    from modelarts_client.models import ListTrainingJobsRequestOrder, SearchFilterOperator

__all__ = [
    "MAX_LIMIT",
    "FilterCriterion",
    "NfsMount",
    "check_session",
    "count_at_least_one",
    "environment",
    "filters",
    "job_description",
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

JOB_NAME = field_rule("JobMetadata", "name")
_JOB_ID = parameter_rule("showTrainingJob", "training_job_id")
_TASK_ID = parameter_rule("showTrainingJobLog", "task_id")
_LIMIT = field_rule("ListTrainingJobsRequest", "limit")
# The largest page a job search returns.
MAX_LIMIT = _LIMIT.largest
# Environment variable names as a shell takes them (a convention of the SDK: the spec's environments map
# cannot state a rule for its keys in OpenAPI 3.0).
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
T = TypeVar("T")


def job_id(value: object) -> str:
    return _JOB_ID.text("job_id", value)


def task_id(value: object) -> str:
    return _TASK_ID.text("task_id", value)


def job_name(value: object) -> str:
    return JOB_NAME.text("job_name", value)


def job_description(value: object) -> str:
    return field_rule("JobMetadata", "description").text("job_description", value)


def description(argument: str, value: object) -> str:
    """The new description of an existing job."""
    return field_rule("UpdateTrainingJobRequest", "description").text(argument, value)


def count_at_least_one(argument: str, value: object) -> int:
    """The number of nodes of a job."""
    return field_rule("JobResource", "node_count").integer(argument, value)


def auto_stop_hours(value: object) -> int:
    """Hours of running after which a job is stopped (ModelArts counts spec.auto_stop in hours only)."""
    return field_rule("AutoStop", "duration").integer("auto_stop", value)


def offset(value: object) -> int:
    return field_rule("ListTrainingJobsRequest", "offset").integer("offset", value)


def limit(value: object, argument: str = "limit") -> int:
    return _LIMIT.integer(argument, value)


def order(value: object) -> ListTrainingJobsRequestOrder:
    return check_member("order", value, models.ListTrainingJobsRequestOrder)


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
        if not isinstance(name, str) or not _ENV_NAME.fullmatch(name):
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
    operator: SearchFilterOperator | None
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
        given = item.get("operator")
        operator = (
            None if given is None else check_member(f"{where}.operator", given, models.SearchFilterOperator)
        )
        values = _filter_values(f"{where}.value", item.get("value"))
        if operator is models.SearchFilterOperator.BETWEEN and len(values) != 2:
            raise InvalidArgumentError(f"{where}.value", "two values (low, high) for 'between'", got=values)
        result.append(FilterCriterion(key, operator, values))
    return result


def _filter_values(argument: str, value: Any) -> list[str]:
    if not isinstance(value, Sequence) or isinstance(value, str) or not value:
        raise InvalidArgumentError(argument, "a non-empty list of strings", got=value)
    if not all(isinstance(item, str) for item in value):
        raise InvalidArgumentError(argument, "a list of strings", got=value)
    return list(value)
