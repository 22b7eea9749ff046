"""Optional arguments as fields of generated request models."""

from __future__ import annotations

from typing import TypeVar

from modelarts_client.types import UNSET, Unset

__all__ = ["or_unset"]

T = TypeVar("T")


def or_unset(value: T | None) -> T | Unset:
    """The field's value, or ``UNSET`` (the field is left out of the request) when it is None."""
    return UNSET if value is None else value
