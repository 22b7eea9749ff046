"""The OpenAPI document stays valid and keeps the conventions the generated client relies on."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from openapi_spec_validator import validate

from .conftest import SPEC_PATH
from .spec_walk import operations, reachable_schemas, resolve

TAGS = {"iam", "training", "models", "services", "inference"}


def snake(name: str) -> str:
    # The generator's own rule: split camelCase and acronyms, then lower-case.
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def test_spec_is_valid_openapi_3_0(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.0.")
    validate(spec, base_uri=SPEC_PATH.as_uri())


def test_operation_ids_unique_after_snake_casing(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert all(ids), "every operation needs an operationId"
    counts = Counter(snake(i) for i in ids)
    assert [name for name, n in counts.items() if n > 1] == []


def test_every_operation_has_exactly_one_known_tag(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        assert len(op.get("tags", [])) == 1 and op["tags"][0] in TAGS, (method, path)
    assert {t["name"] for t in spec["tags"]} == TAGS


def test_every_operation_documents_errors(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        codes = set(op["responses"])
        assert {"400", "401", "403", "429", "500"} <= codes, (method, path, codes)
        if set(re.findall(r"\{(\w+)\}", path)) - {"project_id"}:
            assert "404" in codes, (method, path)
        for code in codes - {"default"}:
            if code.startswith(("4", "5")):
                body = resolve(spec, op["responses"][code])["content"]["application/json"]["schema"]
                assert body == {"$ref": "#/components/schemas/ErrorResponse"}, (method, path, code)


def _enums(spec: dict[str, Any], node: Any, where: str) -> list[str]:
    found = []
    if isinstance(node, dict):
        if "enum" in node:
            found.append(where)
        for key, value in node.items():
            found += _enums(spec, value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _enums(spec, value, f"{where}[{i}]")
    return found


def test_response_schemas_have_no_enums(spec: dict[str, Any]) -> None:
    """A value the service adds later must never make a response unparseable."""
    names: set[str] = set()
    for _, _, op in operations(spec):
        for code, response in op["responses"].items():
            if code.startswith("2"):
                names |= reachable_schemas(spec, resolve(spec, response))
    offenders = [w for n in sorted(names) for w in _enums(spec, spec["components"]["schemas"][n], n)]
    assert offenders == []


def test_project_id_is_first_segment_after_version(spec: dict[str, Any]) -> None:
    for path in spec["paths"]:
        parts = path.strip("/").split("/")
        if parts[0] in {"v1", "v2"} and parts[1] != "infers":
            assert parts[1] == "{project_id}", path


def test_path_parameters_spanning_segments_are_marked_and_named_so(spec: dict[str, Any]) -> None:
    """The local router lets a path parameter marked ``x-slashes`` span segments; the generated operations
    keep the "/" of path parameters named ``*_path`` (templates never see extensions): the two agree.
    """
    spanning = []
    for _, path, op in operations(spec):
        for parameter in (
            resolve(spec, p) for p in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]
        ):
            if parameter["in"] == "path":
                marked = parameter.get("x-slashes") is True
                assert marked == parameter["name"].endswith("_path"), (path, parameter["name"])
                spanning += [(path, parameter["name"])] if marked else []
    assert ("/v1/infers/{service_id}/{api_path}", "api_path") in spanning
