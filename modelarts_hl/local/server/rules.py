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
        self._body_schemas: dict[tuple[str, str], Mapping[str, Any]] | None = None

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

    def readable(self, operation_id: str, status: int, body: Any) -> Any:
        """``body`` without the fields the document marks ``writeOnly`` (sent in requests, never answered) in
        the schema of the operation's ``status`` response: a handler may answer what it stored."""
        schema = self._bodies().get((operation_id, str(status)))
        return body if schema is None else self._view(body, schema, undeclared=True, hidden="writeOnly")

    def accepted(self, operation_id: str, body: Any) -> Any:
        """The fields of a (validated) request body that the document declares: ModelArts ignores the others,
        and a backend that stored them would answer fields its document does not have."""
        schema = self._bodies().get((operation_id, "request"))
        return body if schema is None else self._view(body, schema, undeclared=False, hidden=None)

    def _view(self, value: Any, node: Mapping[str, Any], *, undeclared: bool, hidden: str | None) -> Any:
        schema = self._flat(node)
        if isinstance(value, dict):
            properties = schema.get("properties")
            extra = schema.get("additionalProperties")
            kept: dict[str, Any] = {}
            for name, item in value.items():
                declared = properties.get(name) if properties is not None else None
                if declared is not None:
                    if hidden is not None and (declared.get(hidden) or self._flat(declared).get(hidden)):
                        continue
                    kept[name] = self._view(item, declared, undeclared=undeclared, hidden=hidden)
                elif isinstance(extra, dict):
                    kept[name] = self._view(item, extra, undeclared=undeclared, hidden=hidden)
                elif undeclared or properties is None or extra is True:
                    kept[name] = item
            return kept
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            return [self._view(item, schema["items"], undeclared=undeclared, hidden=hidden) for item in value]
        return value

    def _bodies(self) -> dict[tuple[str, str], Mapping[str, Any]]:
        """The JSON body schema of each operation's request (``"request"``) and responses (by status)."""
        if self._body_schemas is None:
            found: dict[tuple[str, str], Mapping[str, Any]] = {}
            for operation in self._index.by_id.values():
                raw = self._spec["paths"][operation.path][operation.method.lower()]
                holders = {"request": raw.get("requestBody", {}), **raw.get("responses", {})}
                for key, holder in holders.items():
                    media = resolve(self._spec, holder).get("content", {}).get("application/json")
                    if media is not None and "schema" in media:
                        found[(operation.operation_id, str(key))] = media["schema"]
            self._body_schemas = found
        return self._body_schemas

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
