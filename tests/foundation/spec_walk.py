"""Small helpers to read the OpenAPI document in tests: resolve $refs and collect object properties."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Properties of an object schema, following $ref and allOf."""
    schema = resolve(spec, schema)
    props: dict[str, Any] = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props.update(properties(spec, part))
    return props


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def reachable_schemas(spec: dict[str, Any], node: Any, seen: set[str] | None = None) -> set[str]:
    """Names of the component schemas reachable from a node."""
    seen = set() if seen is None else seen
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in seen:
                seen.add(name)
                reachable_schemas(spec, spec["components"]["schemas"][name], seen)
        for value in node.values():
            reachable_schemas(spec, value, seen)
    elif isinstance(node, list):
        for value in node:
            reachable_schemas(spec, value, seen)
    return seen
