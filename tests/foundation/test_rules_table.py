"""generated/modelarts_client/rules.py holds every rule of the spec, exactly, and nothing else.

The spec is read here with PyYAML and walked independently of scripts/generator/rules.py (which reads it with
the generator's ruamel.yaml): every schema node of the document that states a rule must be reachable in the
table, and every entry of the table must be what the spec states at that place.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from modelarts_client.rules import FIELDS, PARAMETERS, SCHEMAS, Rule

from .spec_walk import HTTP_METHODS, resolve

# The keywords the table holds as rules (the others it carries along: the value's type, an array's items).
RULE_KEYWORDS = set(Rule.__annotations__) - {"type", "format", "items"}
Where = tuple[Any, ...]


def stated(node: dict[str, Any]) -> dict[str, Any]:
    """The rule keywords a schema node states itself (enums as tuples, as the table writes them)."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in node.items() if k in RULE_KEYWORDS}


def merged(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    node = resolve(spec, node)
    result: dict[str, Any] = {}
    for part in node.get("allOf", []):
        result.update(merged(spec, part))
    result.update({k: v for k, v in node.items() if k != "allOf"})
    return result


def expected_rule(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any] | None:
    """What the table must hold for a property or parameter schema: its rule after $ref and allOf."""
    schema = merged(spec, node)
    rule = stated(schema)
    if "items" in schema and (items := expected_rule(spec, schema["items"])) is not None:
        rule["items"] = items
    if not rule:
        return None
    rule.update({k: schema[k] for k in ("type", "format") if k in schema})
    return rule


def schema_nodes(node: Any, where: Where) -> Iterator[tuple[Where, dict[str, Any]]]:
    """Every schema node inside a schema, with the path that leads to it."""
    if not isinstance(node, dict):
        return
    yield where, node
    for name, child in node.get("properties", {}).items():
        yield from schema_nodes(child, (*where, "properties", name))
    for key in ("items", "additionalProperties", "not"):
        yield from schema_nodes(node.get(key), (*where, key))
    for key in ("allOf", "anyOf", "oneOf"):
        for index, child in enumerate(node.get(key, [])):
            yield from schema_nodes(child, (*where, key, index))


def operation_parameters(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                # An operation's parameter overrides its path's parameter of the same name and location.
                declared = {}
                for node in [*item.get("parameters", []), *operation.get("parameters", [])]:
                    parameter = resolve(spec, node)
                    declared[(parameter["name"], parameter["in"])] = parameter
                for parameter in declared.values():
                    yield operation["operationId"], parameter


def every_schema_node(spec: dict[str, Any]) -> Iterator[tuple[Where, dict[str, Any]]]:
    """Schema nodes of the whole document: component schemas, parameters, bodies and headers."""
    for name, schema in spec["components"]["schemas"].items():
        yield from schema_nodes(schema, ("schemas", name))
    for operation_id, parameter in operation_parameters(spec):
        yield from schema_nodes(parameter.get("schema"), ("parameter", operation_id, parameter["name"]))

    def contents(node: Any, where: Where) -> Iterator[tuple[Where, dict[str, Any]]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "schema":
                    yield from schema_nodes(value, (*where, key))
                elif key not in ("parameters",):
                    yield from contents(value, (*where, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from contents(value, (*where, index))

    yield from contents(spec["paths"], ("paths",))
    yield from contents(spec["components"].get("responses", {}), ("responses",))


def table_entry(where: Where) -> Any:
    """The entry of the table that holds the rule stated at ``where``, or None if the table has no place."""
    path = list(where)
    entry: Any
    if path[:1] == ["schemas"] and len(path) == 2:
        return SCHEMAS.get(path[1])
    if path[:1] == ["schemas"] and len(path) >= 4:
        schema, rest = path[1], path[2:]
        if rest[:1] == ["allOf"]:
            rest = rest[2:]
        if rest[:1] != ["properties"]:
            return None
        entry, rest = FIELDS.get(schema, {}).get(rest[1]), rest[2:]
    elif path[:1] == ["parameter"]:
        entry, rest = PARAMETERS.get(path[1], {}).get(path[2]), path[3:]
    else:
        return None
    while rest and entry is not None:
        if rest[0] != "items":
            return None
        entry, rest = entry.get("items"), rest[1:]
    return entry


def test_every_rule_of_the_spec_is_in_the_table(spec: dict[str, Any]) -> None:
    missing = []
    found = 0
    for where, node in every_schema_node(spec):
        rule = stated(node)
        if not rule:
            continue
        found += 1
        entry = table_entry(where)
        if entry is None or any(entry.get(keyword) != value for keyword, value in rule.items()):
            missing.append((where, rule, entry))
    assert missing == []
    assert found > 40  # the walk saw the document's rules


def test_every_entry_is_what_the_spec_states(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name, rule in SCHEMAS.items():
        assert "properties" not in merged(spec, schemas[name]), name
        assert rule == expected_rule(spec, schemas[name]), name
    for name, rules in FIELDS.items():
        properties = merged(spec, schemas[name]).get("properties", {})
        for prop, rule in rules.items():
            assert rule == expected_rule(spec, properties[prop]), f"{name}.{prop}"
    declared: dict[str, dict[str, dict[str, Any]]] = {}
    for operation_id, parameter in operation_parameters(spec):
        declared.setdefault(operation_id, {})[parameter["name"]] = parameter["schema"]
    for operation_id, rules in PARAMETERS.items():
        for name, rule in rules.items():
            assert rule == expected_rule(spec, declared[operation_id][name]), f"{operation_id}({name})"


def test_every_property_and_parameter_with_a_rule_has_its_entry(spec: dict[str, Any]) -> None:
    """The other direction: a rule reached through $ref (a shared schema) is in each entry that uses it."""
    schemas = spec["components"]["schemas"]
    for name, schema in schemas.items():
        for prop, node in merged(spec, schema).get("properties", {}).items():
            rule = expected_rule(spec, node)
            assert FIELDS.get(name, {}).get(prop) == rule, f"{name}.{prop}"
    for operation_id, parameter in operation_parameters(spec):
        rule = expected_rule(spec, parameter["schema"])
        assert PARAMETERS.get(operation_id, {}).get(parameter["name"]) == rule, (
            operation_id,
            parameter["name"],
        )


def test_the_spec_states_no_rule_the_table_cannot_hold(spec: dict[str, Any]) -> None:
    """OpenAPI 3.0 validation keywords the table does not hold: the spec must not use them."""
    for where, node in every_schema_node(spec):
        assert not set(node) & {"maxProperties", "minProperties", "not"}, where
    assert {"pattern", "enum", "maximum", "maxLength", "maxItems", "x-expected"} <= RULE_KEYWORDS


def test_patterns_are_anchored(spec: dict[str, Any]) -> None:
    """Checks and the tests' oracles read a pattern as a whole-value rule: the spec anchors every one."""
    for where, node in every_schema_node(spec):
        if "pattern" in node:
            assert node["pattern"].startswith("^") and node["pattern"].endswith("$"), where


@pytest.mark.parametrize("module", ["modelarts_client.rules", "modelarts_hl._core.rules"])
def test_the_table_imports_without_yaml(module: str) -> None:
    probe = f"import sys, {module}; print(sorted(m for m in ('yaml', 'ruamel') if m in sys.modules))"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"
