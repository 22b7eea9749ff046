"""The OpenAPI document the local backend serves: where it is, and the operations it declares."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from starlette.routing import compile_path

__all__ = [
    "HTTP_METHODS",
    "Operation",
    "OperationIndex",
    "closed_copy",
    "find_spec_path",
    "load_spec",
    "resolve",
    "validation_copy",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")

_PACKAGE_DIR = Path(__file__).resolve().parents[2]


def find_spec_path() -> Path:
    """The wheel's ``modelarts_hl/_spec/modelarts.yaml``, else the repo's ``spec/modelarts.yaml``."""
    candidates = (_PACKAGE_DIR / "_spec" / "modelarts.yaml", _PACKAGE_DIR.parent / "spec" / "modelarts.yaml")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"the ModelArts OpenAPI document is missing (looked for {', '.join(map(str, candidates))})"
    )


# The modification time is part of the cache key only: an edited document is read again.
@lru_cache(maxsize=4)
def _load(path: Path, mtime_ns: int) -> dict[str, Any]:
    # The C loader parses the document about ten times faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.load(handle, Loader=loader)
    return loaded


def load_spec(path: Path | None = None) -> dict[str, Any]:
    """The parsed document (a private copy: callers may change it)."""
    resolved = (path or find_spec_path()).resolve()
    return copy.deepcopy(_load(resolved, resolved.stat().st_mtime_ns))


def validation_copy(spec: dict[str, Any]) -> dict[str, Any]:
    """The document as the server validates requests against it.

    Servers are dropped so that requests match on their path alone, whatever host and port the backend has;
    security is dropped because the authentication middleware has already checked every request (openapi-core
    would only look for the presence of X-Auth-Token and reject signed requests).
    """
    doc = copy.deepcopy(spec)
    doc["servers"] = [{"url": "/"}]
    doc.pop("security", None)
    for item in doc.get("paths", {}).values():
        item.pop("servers", None)
        for method in HTTP_METHODS:
            if method in item:
                item[method].pop("servers", None)
                item[method].pop("security", None)
    return doc


def closed_copy(spec: dict[str, Any]) -> dict[str, Any]:
    """The document with every object schema closed: a field it does not declare is a violation.

    Responses are checked against it (``LocalBackend(validate_responses=True)``, the tests' response checker),
    so an answer carries exactly the fields the document declares. A schema stating ``additionalProperties``
    (a map, or an object left open on purpose) keeps it; a schema without ``properties`` (an ``allOf`` wrapper
    of a ``$ref``) declares nothing of its own and is left as it is.
    """
    doc = copy.deepcopy(spec)

    def close(schema: Any) -> None:
        if not isinstance(schema, dict):
            return
        properties = schema.get("properties")
        if isinstance(properties, dict):
            schema.setdefault("additionalProperties", False)
            for child in properties.values():
                close(child)
        for key in ("items", "additionalProperties", "not"):
            close(schema.get(key))
        for key in ("allOf", "anyOf", "oneOf"):
            for child in schema.get(key, []):
                close(child)

    def close_media(holder: Any) -> None:
        for media in (holder or {}).get("content", {}).values():
            close(media.get("schema"))

    components = doc.get("components", {})
    for schema in components.get("schemas", {}).values():
        close(schema)
    for response in components.get("responses", {}).values():
        close_media(response)
    for item in doc.get("paths", {}).values():
        for method in HTTP_METHODS:
            if method in item:
                close_media(item[method].get("requestBody"))
                for response in item[method].get("responses", {}).values():
                    close_media(response)
    return doc


@dataclass(frozen=True)
class Operation:
    """One operation of the document, with what the server needs to know before validating it."""

    operation_id: str
    method: str
    path: str
    tags: tuple[str, ...]
    public: bool
    request_media_types: tuple[str, ...]
    body_required: bool
    query_schemas: Mapping[str, Mapping[str, Any]]


class OperationIndex:
    """Finds the operation of a request by method and path, the way the router will.

    ``routes`` maps each path of the document to the path the router matches: a path parameter marked
    ``x-slashes: true`` spans several segments (``{api_path:path}``).
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        self.paths: dict[str, dict[str, Operation]] = {}
        self.routes: dict[str, str] = {}
        self._matchers: list[tuple[re.Pattern[str], dict[str, Operation]]] = []
        default_security = spec.get("security", [])
        for path, item in spec.get("paths", {}).items():
            methods: dict[str, Operation] = {}
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                raw = item[method]
                body = resolve(spec, raw.get("requestBody", {}))
                methods[method.upper()] = Operation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    path=path,
                    tags=tuple(raw.get("tags", ())),
                    public=not raw.get("security", default_security),
                    request_media_types=tuple(body.get("content", {})),
                    body_required=bool(body.get("required", False)),
                    query_schemas=_query_schemas(
                        spec, [*item.get("parameters", []), *raw.get("parameters", [])]
                    ),
                )
            self.paths[path] = methods
            self.routes[path] = _route(spec, path, item)
            self._matchers.append((compile_path(self.routes[path])[0], methods))
        self.by_id = {op.operation_id: op for methods in self.paths.values() for op in methods.values()}

    def match(self, method: str, path: str) -> Operation | None:
        for pattern, methods in self._matchers:
            if pattern.match(path):
                return methods.get(method.upper())
        return None


def _route(spec: dict[str, Any], path: str, item: dict[str, Any]) -> str:
    parameters = [*item.get("parameters", [])]
    for method in HTTP_METHODS:
        parameters += item.get(method, {}).get("parameters", [])
    for parameter in (resolve(spec, parameter) for parameter in parameters):
        if parameter.get("in") == "path" and parameter.get("x-slashes") is True:
            name = parameter["name"]
            path = path.replace(f"{{{name}}}", f"{{{name}:path}}")
    return path


def _query_schemas(spec: dict[str, Any], parameters: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Schema of each query parameter by name (an operation's parameter overrides its path's)."""
    resolved = (resolve(spec, parameter) for parameter in parameters)
    return {
        parameter["name"]: resolve(spec, parameter.get("schema", {}))
        for parameter in resolved
        if parameter.get("in") == "query"
    }


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follows a local ``$ref`` (``#/components/...``)."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node
