"""Results of documented calls: typed attributes and, for code written for the official SDK, dict keys.

``info = job.get_job_info()`` gives ``info.status.phase`` (attribute access, missing fields are ``None``),
``info["status"]["phase"]`` (the JSON the service sent, as the official SDK returns it) and ``info.model``
(the generated, statically typed model). ``print(info)`` shows indented JSON.

The JSON view is built from the model on first use: a listing that reads attributes never serialises its
items.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar, cast

import attrs

from modelarts_client.types import Unset

_MAPPING_METHODS = frozenset({"items", "keys", "values", "get"})


class GeneratedModel(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=GeneratedModel)


def _wrap(value: Any) -> Any:
    if isinstance(value, Unset):
        return None
    if isinstance(value, list):
        return [_wrap(v) for v in value]
    if hasattr(value, "to_dict") and hasattr(value, "additional_properties"):
        return Result(value)
    return value


class Result(Mapping[str, Any], Generic[M]):
    """A response body: ``result.field`` and ``result["field"]`` both work; ``result.model`` is typed."""

    __slots__ = ("_data", "_model")

    def __init__(self, model: M) -> None:
        self._model = model
        self._data: dict[str, Any] | None = None

    def _json(self) -> dict[str, Any]:
        data = self._data
        if data is None:
            data = self._data = self._model.to_dict()
        return data

    @property
    def model(self) -> M:
        return self._model

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, as sent by the service (a copy)."""
        return cast(dict[str, Any], json.loads(json.dumps(self._json(), default=str)))

    def __getattribute__(self, name: str) -> Any:
        # A documented field named like a Mapping method (``items`` of a job list) is the field, as the
        # reference documents it; the methods stay reachable as ``Mapping.items(result)``.
        if name in _MAPPING_METHODS:
            model = object.__getattribute__(self, "_model")
            if attrs.has(type(model)) and name in attrs.fields_dict(type(model)):
                return _wrap(getattr(model, name))
        return object.__getattribute__(self, name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Result):
            return self._json() == other._json()
        if isinstance(other, Mapping):
            return self._json() == dict(Mapping.items(other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            # The generator appends "_" to fields named like builtins (``min_``, ``max_``, ``type_``) or like
            # the attribute of undeclared keys (``additional_properties_``): a declared field wins.
            model_type: Any = type(self._model)
            declared = attrs.has(model_type) and f"{name}_" in attrs.fields_dict(model_type)
            value = (
                getattr(self._model, f"{name}_")
                if declared or not hasattr(self._model, name)
                else getattr(self._model, name)
            )
        except AttributeError:
            extra = getattr(self._model, "additional_properties", {})
            if name in extra:
                return extra[name]
            raise AttributeError(f"{type(self._model).__name__} has no field {name!r}") from None
        return _wrap(value)

    def __getitem__(self, key: str) -> Any:
        return self._json()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._json())

    def __len__(self) -> int:
        return len(self._json())

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self._json()))

    def __str__(self) -> str:
        return json.dumps(self._json(), indent=2, ensure_ascii=False, default=str)

    def __repr__(self) -> str:
        return f"{type(self._model).__name__}({json.dumps(self._json(), ensure_ascii=False, default=str)})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(str(self))
