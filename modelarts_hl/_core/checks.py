"""Argument checks shared by every layer: each raises :class:`~modelarts_hl.errors.InvalidArgumentError`
naming the argument and what was expected, before any request is sent.
"""

from __future__ import annotations

import json
import math
import re
from enum import StrEnum
from typing import TypeGuard, TypeVar

from modelarts_hl.errors import InvalidArgumentError

__all__ = [
    "check_flag",
    "check_int",
    "check_length",
    "check_member",
    "check_pattern",
    "check_seconds",
    "check_text",
    "check_timeout",
    "digits_as_int",
    "json_text",
    "optional_text",
]

E = TypeVar("E", bound=StrEnum)


def check_text(argument: str, value: object, *, secret: bool = False) -> str:
    """A non-empty string; a rejected ``secret`` is described by its type only."""
    if not isinstance(value, str) or not value.strip():
        got = "a value of type " + type(value).__name__ if secret else value
        raise InvalidArgumentError(argument, "a non-empty string", got=got)
    return value


def optional_text(argument: str, value: object, *, secret: bool = False) -> str | None:
    return None if value is None else check_text(argument, value, secret=secret)


def check_flag(argument: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidArgumentError(argument, "True or False", got=value)
    return value


def digits_as_int(value: object) -> object:
    """The integer a string of digits spells (the SDK's samples pass ``weight="70"``), else ``value``."""
    if isinstance(value, str) and value.strip().isdecimal():
        return int(value.strip())
    return value


def check_int(
    argument: str, value: object, low: int, high: int | None = None, *, digits: bool = False
) -> int:
    """An integer in ``[low, high]``; with ``digits`` also the digits of one."""
    number = digits_as_int(value) if digits else value
    if (
        isinstance(number, bool)
        or not isinstance(number, int)
        or number < low
        or (high is not None and number > high)
    ):
        bounds = f"from {low} to {high}" if high is not None else f">= {low}"
        raise InvalidArgumentError(argument, f"an integer {bounds}", got=value)
    return number


def _is_seconds(value: object, *, positive: bool) -> TypeGuard[int | float]:
    """A finite int or float (not a bool) of seconds, > 0 or (not ``positive``) >= 0."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return False
    return value > 0 if positive else value >= 0


def check_seconds(argument: str, value: object, *, positive: bool = False) -> None:
    if not _is_seconds(value, positive=positive):
        raise InvalidArgumentError(
            argument, f"a finite number of seconds {'> 0' if positive else '>= 0'}", got=value
        )


def check_timeout(argument: str, value: object) -> float | None:
    if value is None:
        return None
    if not _is_seconds(value, positive=True):
        raise InvalidArgumentError(
            argument, "a finite number of seconds > 0, or None to wait without limit", got=value
        )
    return float(value)


def json_text(argument: str, value: object) -> str:
    """``value`` encoded as a request body carries it (httpx's encoding). What JSON cannot carry is refused:
    NaN and Infinity (``json.dumps`` would write them, the request encoder refuses them), bytes, sets and
    other objects."""
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidArgumentError(
            argument, f"JSON data: strings, finite numbers, lists, dicts ({exc})"
        ) from None


def check_length(argument: str, value: object, maximum: int) -> str:
    if not isinstance(value, str) or len(value) > maximum:
        raise InvalidArgumentError(argument, f"a string of at most {maximum} characters", got=value)
    return value


def check_pattern(argument: str, value: object, pattern: re.Pattern[str], expected: str) -> str:
    """A string that ``pattern`` matches as a whole (a ``$`` in it does not let a final newline through);
    ``expected`` describes it in the error."""
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise InvalidArgumentError(argument, expected, got=value)
    return value


def check_member(argument: str, value: object, members: type[E]) -> E:
    """The member of a (generated) string enum whose value ``value`` is."""
    if isinstance(value, str):
        try:
            return members(value)
        except ValueError:
            pass
    raise InvalidArgumentError(argument, "one of " + ", ".join(repr(m.value) for m in members), got=value)
