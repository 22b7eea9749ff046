"""Results of documented calls: typed attributes and, for code written for the official SDK, dict keys.

``info = job.get_job_info()`` gives ``info.status.phase`` (attribute access, missing fields are ``None``),
``info["status"]["phase"]`` (the JSON the service sent, as the official SDK returns it) and ``info.model``
(the generated, statically typed model). ``print(info)`` shows indented JSON.

Generated models read their JSON lazily, a level at a time, and keep it (see
``modelarts_client.types.LazyModel``): the JSON view of a result is the JSON its model was made from, as
received, so neither attribute reads nor dict-style reads parse or serialise more than they touch. A model
made by its constructor is serialised (``to_dict``) on the first dict-style read instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar, cast

import attrs

from modelarts_client.types import LazyModel, Unset, source_of


class GeneratedModel(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=GeneratedModel)


_FIELDS: dict[type, frozenset[str]] = {}


def _declared(model: object, name: str) -> str | None:
    """The attribute of ``model``'s declared field ``name``, or None. The generator appends "_" to fields
    named like builtins (``min_``, ``max_``, ``type_``) or like the attribute of undeclared keys
    (``additional_properties_``): a declared field wins. The field names of each type are looked up once."""
    model_type = type(model)
    fields = _FIELDS.get(model_type)
    if fields is None:
        fields = frozenset(attrs.fields_dict(model_type)) if attrs.has(model_type) else frozenset()
        _FIELDS[model_type] = fields
    if f"{name}_" in fields:
        return f"{name}_"
    return name if name in fields else None


class _MappingMethod:
    """``items``, ``keys``, ``values`` and ``get`` of a result: the documented field when the model declares
    one by that name (``items`` of a job list, as the reference documents it), else the Mapping method, which
    stays reachable as ``Mapping.items(result)``."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        self._method = getattr(Mapping, name)

    def __get__(self, result: Result[Any] | None, owner: type) -> Any:
        if result is None:
            return self._method
        field = _declared(result._model, self._name)
        if field is not None:
            return _wrap(getattr(result._model, field))
        return self._method.__get__(result, owner)


def _wrap(value: Any) -> Any:
    if isinstance(value, Unset):
        return None
    if isinstance(value, list):
        return [_wrap(v) for v in value]
    if isinstance(value, LazyModel):
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
            model: Any = self._model
            received = source_of(model) if isinstance(model, LazyModel) else None
            data = self._data = dict(received) if received is not None else model.to_dict()
        return data

    @property
    def model(self) -> M:
        return self._model

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, as sent by the service (a copy)."""
        return cast(dict[str, Any], json.loads(json.dumps(self._json(), default=str)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Result):
            return self._json() == other._json()
        if isinstance(other, Mapping):
            return self._json() == dict(Mapping.items(other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    items = _MappingMethod()
    keys = _MappingMethod()
    values = _MappingMethod()
    get = _MappingMethod()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        model = self._model
        field = _declared(model, name)
        if field is not None:
            return _wrap(getattr(model, field))
        try:
            value = getattr(model, name)
        except AttributeError:
            extra = getattr(model, "additional_properties", {})
            if name in extra:
                return extra[name]
            raise AttributeError(f"{type(model).__name__} has no field {name!r}") from None
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
