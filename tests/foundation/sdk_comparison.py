"""The spec's training operations compared, field by field, with Huawei's generated SDK.

huaweicloudsdkmodelarts describes each operation by model classes (``openapi_types`` gives a field's type,
``attribute_map`` its JSON name). Both sides become flat lists of ``path: type``
(``spec.volumes[].nfs.local_path: str``, ``{}`` for the values of a map) for the request (path and query
parameters as ``?name``, the body) and the response of each operation the two share; the request side of the
spec leaves out readOnly fields, its response side writeOnly ones. Every difference must be explained in
``sdk_differences.py``; ``python -m tests.foundation.sdk_comparison`` writes the report
``spec/COMPARISON-training.md`` that a test keeps current.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .sdk_differences import EXPLAINED
from .spec_walk import resolve as _resolve

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "modelarts.yaml"
REPORT_PATH = ROOT / "spec" / "COMPARISON-training.md"
SDK_DISTRIBUTION = "huaweicloudsdkmodelarts"
SDK_VERSION = "3.1.219"

# operationId -> (SDK request class, SDK response class); the SDK names some operations differently.
OPERATIONS: dict[str, tuple[str, str]] = {
    "createTrainingJob": ("CreateTrainingJobRequest", "CreateTrainingJobResponse"),
    "listTrainingJobs": ("ListTrainingJobsRequest", "ListTrainingJobsResponse"),
    "showTrainingJob": ("ShowTrainingJobDetailsRequest", "ShowTrainingJobDetailsResponse"),
    "updateTrainingJob": ("ChangeTrainingJobDescriptionRequest", "ChangeTrainingJobDescriptionResponse"),
    "deleteTrainingJob": ("DeleteTrainingJobRequest", "DeleteTrainingJobResponse"),
    "terminateTrainingJob": ("StopTrainingJobRequest", "StopTrainingJobResponse"),
    "showTrainingJobLog": ("ShowTrainingJobLogsPreviewRequest", "ShowTrainingJobLogsPreviewResponse"),
    "showTrainingJobMetrics": ("ShowTrainingJobMetricsRequest", "ShowTrainingJobMetricsResponse"),
    "listTrainingJobFlavors": ("ShowTrainingJobFlavorsRequest", "ShowTrainingJobFlavorsResponse"),
    "listTrainingJobEngines": ("ShowTrainingJobEnginesRequest", "ShowTrainingJobEnginesResponse"),
}
# Operations answering a job: their response trees are one, compared once under the first name.
JOB_ANSWERS = ("createTrainingJob", "showTrainingJob", "terminateTrainingJob")
# Path parameters the SDK takes as attributes of its request; project_id is the client's.
_SDK_REQUEST_BODY = "body"
_SPEC_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass(frozen=True)
class Difference:
    operation: str
    side: str  # "request" or "response"
    path: str
    sdk: str | None
    spec: str | None

    @property
    def key(self) -> str:
        return f"{self.side} {self.path}"


# -- the SDK side --------------------------------------------------------------------------------------------


def _sdk_module() -> Any:
    return importlib.import_module("huaweicloudsdkmodelarts.v1")


def _sdk_type(module: Any, declared: str) -> tuple[str, Any | None]:
    """(normalized type, the model class to descend into or None)."""
    listed = re.fullmatch(r"list\[(.*)\]", declared)
    if listed:
        inner, cls = _sdk_type(module, listed.group(1))
        return f"list[{inner}]", cls
    mapped = re.fullmatch(r"dict\(str, (.*)\)", declared)
    if mapped:
        inner, cls = _sdk_type(module, mapped.group(1))
        return f"dict[{inner}]", cls
    if declared in ("str", "int", "float", "bool", "object"):
        return declared, None
    cls = getattr(module, declared, None)
    if cls is None or not hasattr(cls, "openapi_types"):
        return declared, None
    return "object", cls


def _sdk_fields(module: Any, cls: Any, prefix: str, seen: frozenset[str]) -> Iterator[tuple[str, str]]:
    for attribute, declared in cls.openapi_types.items():
        name = cls.attribute_map[attribute]
        kind, inner = _sdk_type(module, declared)
        path = f"{prefix}{name}"
        yield path, kind
        if inner is not None and inner.__name__ not in seen:
            yield from _sdk_fields(module, inner, path + _separator(kind), seen | {inner.__name__})


def _separator(kind: str) -> str:
    suffix = ""
    while True:
        if kind.startswith("list["):
            suffix, kind = suffix + "[]", kind[5:-1]
        elif kind.startswith("dict["):
            suffix, kind = suffix + "{}", kind[5:-1]
        else:
            return suffix + "."


def sdk_request(operation: str) -> dict[str, str]:
    module = _sdk_module()
    cls = getattr(module, OPERATIONS[operation][0])
    fields: dict[str, str] = {}
    for attribute, declared in cls.openapi_types.items():
        name = cls.attribute_map[attribute]
        if name == _SDK_REQUEST_BODY:
            _, body = _sdk_type(module, declared)
            fields.update(_sdk_fields(module, body, "", frozenset({body.__name__})))
        else:
            fields[f"?{name}"] = _sdk_type(module, declared)[0]
    return fields


def sdk_response(operation: str) -> dict[str, str]:
    module = _sdk_module()
    cls = getattr(module, OPERATIONS[operation][1])
    return dict(_sdk_fields(module, cls, "", frozenset({cls.__name__})))


# -- the spec side -------------------------------------------------------------------------------------------


def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


def _flat(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """A schema with its $ref followed and its single allOf part merged (the spec's way to describe a ref)."""
    node = _resolve(spec, node)
    if "allOf" in node:
        merged = {key: value for key, value in node.items() if key != "allOf"}
        for part in node["allOf"]:
            merged = {**_flat(spec, part), **merged}
        return merged
    return node


def _spec_type(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    schema = _flat(spec, schema)
    if "anyOf" in schema:
        return "|".join(_spec_type(spec, option) for option in schema["anyOf"])
    kind = schema.get("type")
    if kind in _SPEC_SCALARS:
        return _SPEC_SCALARS[kind]
    if kind == "array":
        return f"list[{_spec_type(spec, schema['items'])}]"
    open_map = isinstance(schema.get("additionalProperties"), dict)
    if "properties" in schema or (kind == "object" and not open_map):
        return "object"
    if isinstance(schema.get("additionalProperties"), dict):
        return f"dict[{_spec_type(spec, schema['additionalProperties'])}]"
    return "object"


def _spec_fields(
    spec: dict[str, Any], schema: dict[str, Any], prefix: str, side: str, seen: frozenset[str]
) -> Iterator[tuple[str, str]]:
    schema = _flat(spec, schema)
    hidden = "readOnly" if side == "request" else "writeOnly"
    for name, raw in schema.get("properties", {}).items():
        prop = _flat(spec, raw)
        if prop.get(hidden) or raw.get(hidden):
            continue
        kind = _spec_type(spec, prop)
        path = f"{prefix}{name}"
        yield path, kind
        inner = prop
        while _flat(spec, inner).get("type") == "array":
            inner = _flat(spec, inner)["items"]
        inner = _flat(spec, inner)
        if not inner.get("properties") and isinstance(inner.get("additionalProperties"), dict):
            inner = _flat(spec, inner["additionalProperties"])
        identity = raw.get("$ref") or repr(sorted(inner.get("properties", {})))
        if inner.get("properties") and identity not in seen:
            yield from _spec_fields(spec, inner, path + _separator(kind), side, seen | {identity})


def _operation(spec: dict[str, Any], operation_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op, [*item.get("parameters", []), *op.get("parameters", [])]
    raise KeyError(operation_id)


def spec_request(spec: dict[str, Any], operation_id: str) -> dict[str, str]:
    op, parameters = _operation(spec, operation_id)
    fields: dict[str, str] = {}
    for parameter in (_resolve(spec, p) for p in parameters):
        if parameter["name"] != "project_id":
            fields[f"?{parameter['name']}"] = _spec_type(spec, parameter["schema"])
    body = _resolve(spec, op.get("requestBody", {})).get("content", {}).get("application/json")
    if body is not None:
        fields.update(_spec_fields(spec, body["schema"], "", "request", frozenset()))
    return fields


def spec_response(spec: dict[str, Any], operation_id: str) -> dict[str, str]:
    op, _ = _operation(spec, operation_id)
    for status, response in op["responses"].items():
        if status.startswith("2"):
            body = _resolve(spec, response).get("content", {}).get("application/json")
            if body is None:
                return {}
            return dict(_spec_fields(spec, body["schema"], "", "response", frozenset()))
    return {}


# -- comparing -----------------------------------------------------------------------------------------------


def _compare(operation: str, side: str, sdk: dict[str, str], ours: dict[str, str]) -> list[Difference]:
    differences = []
    for path in sorted(set(sdk) | set(ours)):
        if sdk.get(path) != ours.get(path):
            differences.append(Difference(operation, side, path, sdk.get(path), ours.get(path)))
    return differences


def _normalized(operation: str, side: str, fields: dict[str, str]) -> dict[str, str]:
    """A job list's items are the job tree: compared under the paths of a job, explained once."""
    if operation == "listTrainingJobs" and side == "response":
        return {path.removeprefix("items[]."): kind for path, kind in fields.items()}
    return fields


@dataclass(frozen=True)
class Comparison:
    operation: str
    side: str
    same: int
    differences: list[Difference]


def compare(spec: dict[str, Any] | None = None) -> list[Comparison]:
    spec = load_spec() if spec is None else spec
    results = []
    for operation in OPERATIONS:
        for side, sdk_side, spec_side in (
            ("request", sdk_request, spec_request),
            ("response", sdk_response, spec_response),
        ):
            if side == "response" and operation in JOB_ANSWERS[1:]:
                continue
            sdk = _normalized(operation, side, sdk_side(operation))
            ours = _normalized(operation, side, spec_side(spec, operation))
            differences = _compare(operation, side, sdk, ours)
            same = len(set(sdk) & set(ours)) - sum(1 for d in differences if d.sdk and d.spec)
            results.append(Comparison(operation, side, same, differences))
    return results


def job_answers_agree() -> bool:
    """The operations answering a job answer the same tree in the SDK (so comparing one is comparing all)."""
    trees = [sdk_response(operation) for operation in JOB_ANSWERS]
    listed = {path.removeprefix("items[]."): kind for path, kind in sdk_response("listTrainingJobs").items()}
    return all(tree == trees[0] for tree in trees) and all(listed.get(p) == k for p, k in trees[0].items())


def explaining_key(key: str) -> str | None:
    """The entry of EXPLAINED for a difference: its own, or its nearest enclosing field's (a subtree)."""
    side, path = key.split(" ", 1)
    while path:
        if f"{side} {path}" in EXPLAINED:
            return f"{side} {path}"
        cut = max(path.rfind("."), path.rfind("[]"), path.rfind("{}"))
        path = path[:cut] if cut > 0 else ""
    return None


# -- the report ----------------------------------------------------------------------------------------------


def render(results: list[Comparison]) -> str:
    compared = sum(r.same + len(r.differences) for r in results)
    different = sum(len(r.differences) for r in results)
    lines = [
        "# Training operations: spec compared with huaweicloudsdkmodelarts " + SDK_VERSION,
        "",
        "Generated by `python -m tests.foundation.sdk_comparison` from `spec/modelarts.yaml` and the model",
        f"classes of Huawei's generated SDK ({SDK_DISTRIBUTION}=={SDK_VERSION});",
        "`tests/foundation/test_sdk_comparison.py` fails when it is out of date or when a difference has no",
        "explanation in `tests/foundation/sdk_differences.py`.",
        "",
        "Paths are JSON names (`[]` an array's items, `{}` a map's values, `?name` a path or query",
        "parameter); types as the SDK declares them (`object` for a model class). The request side of the",
        "spec leaves out its readOnly fields, the response side its writeOnly fields. createTrainingJob,",
        "showTrainingJob and terminateTrainingJob answer one job tree (identical in the SDK), listed once;",
        "listTrainingJobs' `items[]` are that tree too.",
        "",
        f"{compared} fields compared, {compared - different} identical, {different} different.",
        "",
        "| operation | side | identical | different |",
        "|---|---|---:|---:|",
    ]
    for result in results:
        lines.append(f"| {result.operation} | {result.side} | {result.same} | {len(result.differences)} |")
    for result in results:
        if not result.differences:
            continue
        lines += [
            "",
            f"## {result.operation}: {result.side}",
            "",
            "| field | SDK | spec | why |",
            "|---|---|---|---|",
        ]
        rows: dict[str, list[Any]] = {}
        for difference in result.differences:
            entry = explaining_key(difference.key)
            if entry is not None and entry != difference.key and entry in rows:
                rows[entry][1] += 1  # a field inside a subtree explained once
                continue
            rows[difference.key] = [difference, 0]
        for difference, below in rows.values():
            sdk = f"`{difference.sdk}`" if difference.sdk else "—"
            ours = f"`{difference.spec}`" if difference.spec else "—"
            entry = explaining_key(difference.key)
            why = EXPLAINED[entry] if entry is not None else "**unexplained**"
            inside = f" and {below} fields inside" if below else ""
            lines.append(f"| `{difference.path}`{inside} | {sdk} | {ours} | {why} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    report = render(compare())
    if "--check" in argv:
        current = REPORT_PATH.read_text(encoding="utf-8") if REPORT_PATH.exists() else ""
        return 0 if current == report else 1
    REPORT_PATH.write_text(report, encoding="utf-8")
    print(f"wrote {REPORT_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
