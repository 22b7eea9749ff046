"""Every REST payload table of the SDK reference (chapters 6-8) is in the spec, field by field."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.spec_tables import models_services_tables, training_tables

from .conftest import ROOT
from .spec_walk import operations, properties, resolve

REFERENCE = ROOT.parent / "shared" / "reference" / "modelarts-sdk-reference.txt"
TABLES = {**training_tables.TABLES, **models_services_tables.TABLES}
SDK_ONLY = {**training_tables.SDK_ONLY_TABLES, **models_services_tables.SDK_ONLY_TABLES}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_table_fields_are_in_their_schema(spec: dict[str, Any], table: str) -> None:
    schema_name, fields = TABLES[table]
    props = properties(spec, spec["components"]["schemas"][schema_name])
    missing = [f for f in fields if f not in props]
    assert missing == [], f"Table {table} -> {schema_name} lacks {missing}"
    for field in fields:
        assert props[field].get("description") or "$ref" in props[field], (table, field)


def test_each_table_is_placed_exactly_once() -> None:
    assert set(TABLES).isdisjoint(SDK_ONLY)
    assert all(reason.strip() for reason in SDK_ONLY.values())


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference document not beside the checkout")
def test_no_table_of_chapters_6_to_8_is_forgotten() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    documented = set(re.findall(r"^Table ([678]-\d+) ", text, flags=re.MULTILINE))
    assert documented - set(TABLES) - set(SDK_ONLY) == set()


@pytest.mark.parametrize("table", sorted(models_services_tables.QUERY_TABLES))
def test_query_parameter_tables_are_parameters_of_their_operation(spec: dict[str, Any], table: str) -> None:
    operation_id, names = models_services_tables.QUERY_TABLES[table]
    operation = next(op for _, _, op in operations(spec) if op["operationId"] == operation_id)
    declared = {
        resolve(spec, p)["name"] for p in operation.get("parameters", []) if resolve(spec, p)["in"] == "query"
    }
    assert sorted(set(names) - declared) == [], f"Table {table} -> {operation_id}"
