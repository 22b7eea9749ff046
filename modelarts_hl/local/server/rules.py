"""Rules of the served OpenAPI document that handlers apply themselves: field lists, enums, extensions.

Requests are validated against the document before a handler runs; handlers still need its rules where they
build records and answers: the fields a summary shows, the fields a request keeps, the fields an inference
mode requires. They read them here rather than from literals, so the document stays the one place a rule is
written.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from .spec import OperationIndex, resolve

__all__ = ["SpecRules"]


class SpecRules:
    """Reads rules from one OpenAPI document (the parsed ``spec/modelarts.yaml``, or a backend's own)."""

    def __init__(self, spec: dict[str, Any], index: OperationIndex | None = None) -> None:
        self._spec = spec
        self._index = index if index is not None else OperationIndex(spec)
        self._schemas: dict[str, dict[str, Any]] = {}

    def schema(self, name: str) -> Mapping[str, Any]:
        """A schema of ``components/schemas`` with its ``allOf`` parts merged in."""
        if name not in self._schemas:
            self._schemas[name] = self._flat(self._spec["components"]["schemas"][name])
        return self._schemas[name]

    def properties(self, *schemas: str) -> tuple[str, ...]:
        """Names of the properties that every one of ``schemas`` defines, in the first schema's order."""
        first, *others = (self.schema(name).get("properties", {}) for name in schemas)
        return tuple(name for name in first if all(name in other for other in others))

    def property(self, schema: str, name: str) -> Mapping[str, Any]:
        """The schema of one property."""
        return self._flat(self.schema(schema)["properties"][name])

    def enum(self, schema: str, name: str) -> tuple[Any, ...]:
        """The values a property may take."""
        return tuple(self.property(schema, name)["enum"])

    def query_parameter(self, operation_id: str, name: str) -> Mapping[str, Any]:
        """The schema of a query parameter of an operation."""
        return self._flat(self._index.by_id[operation_id].query_schemas[name])

    def query_fields(self, operation_id: str, schema: str) -> tuple[str, ...]:
        """The query parameters of an operation named like a property of ``schema`` (filters by field)."""
        properties = self.schema(schema).get("properties", {})
        return tuple(name for name in self._index.by_id[operation_id].query_schemas if name in properties)

    def query_enum(self, operation_id: str, name: str) -> tuple[Any, ...]:
        """The values a query parameter may take."""
        return tuple(self.query_parameter(operation_id, name)["enum"])

    def extension(self, schema: str, name: str) -> Any:
        """An ``x-`` extension of a schema: a rule that JSON Schema cannot state (None if there is none)."""
        if not name.startswith("x-"):
            raise ValueError(f"name: expected an extension (x-...), got {name!r}")
        return self.schema(schema).get(name)

    def pick(
        self, source: Mapping[str, Any], *schemas: str, leave_out: Collection[str] = ()
    ) -> dict[str, Any]:
        """The fields of ``source`` that all of ``schemas`` define, less ``leave_out``."""
        return {
            name: source[name]
            for name in self.properties(*schemas)
            if name in source and name not in leave_out
        }

    def _flat(self, node: Mapping[str, Any]) -> dict[str, Any]:
        resolved = resolve(self._spec, dict(node))
        if "allOf" not in resolved:
            return resolved
        merged: dict[str, Any] = {}
        properties: dict[str, Any] = {}
        for part in resolved["allOf"]:
            flat = self._flat(part)
            properties.update(flat.get("properties", {}))
            merged.update(flat)
        merged.update({key: value for key, value in resolved.items() if key != "allOf"})
        properties.update(resolved.get("properties", {}))
        if properties:
            merged["properties"] = properties
        return merged
