"""Each documented argument follows the spec rule listed beside it: the call refuses exactly what the rule
refuses, naming the argument and sending nothing, and sends its request for everything the rule accepts.

The rule is read from spec/modelarts.yaml (PyYAML) and applied by a small oracle written here, so the table
checks the client against the document, not against the client's own reading of it. Values are drawn from the
rule (its pattern, its choices, around its bounds) and from arbitrary text and numbers.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelarts_hl.config.model_config import (
    Dependencies,
    Packages,
    Params,
    Schedule,
    ServiceConfig,
    TransformerConfig,
)
from modelarts_hl.errors import APIError, InvalidArgumentError
from modelarts_hl.estimatorV2 import Estimator
from modelarts_hl.model import Model, Predictor
from modelarts_hl.session import TEMPORARY_CREDENTIALS_SECONDS, Session
from modelarts_hl.train_params import InputData, OutputData, TrainingFiles
from tests.conftest import recording_session
from tests.inference.test_validation import BATCH, RT
from tests.inference.test_validation import OK as OK_MODEL

from .spec_walk import HTTP_METHODS, properties, resolve

JOB = {
    "training_files": TrainingFiles(code_dir="obs://bucket-a/code/", boot_file="train.py"),
    "outputs": [OutputData(obs_path="obs://bucket-a/out/", name="train_url")],
    "framework_type": "PyTorch",
    "framework_version": "PyTorch-1.8.0-python3.7",
    "train_instance_type": "modelarts.vm.cpu.8u",
    "train_instance_count": 1,
}


@dataclass(frozen=True)
class Argument:
    """A documented argument, the spec rule it follows, and a call that passes it a value."""

    name: str
    rule: tuple[str, ...]  # ("field", schema, property) | ("parameter", operationId, name) | ("schema", name)
    call: Callable[[Session, Any], object]
    # A request follows an accepted value (otherwise the call only builds an object).
    sends: bool = True
    # The digits of an integer are accepted too, as in the SDK's samples (weight="70").
    digits: bool = False
    # The error names the argument with its place in a list (filters[0].operator).
    where: str | None = None


def job(session: Session) -> Estimator:
    return Estimator(session=session, job_id="job-1")


ARGUMENTS = [
    # -- training jobs
    Argument(
        "job_name", ("field", "JobMetadata", "name"), lambda s, v: Estimator(session=s, **JOB).fit(job_name=v)
    ),
    Argument(
        "job_description",
        ("field", "JobMetadata", "description"),
        lambda s, v: Estimator(session=s, **JOB, job_description=v),
        sends=False,
    ),
    Argument(
        "train_instance_count",
        ("field", "JobResource", "node_count"),
        lambda s, v: Estimator(session=s, **{**JOB, "train_instance_count": v}),
        sends=False,
    ),
    Argument(
        "job_id",
        ("parameter", "showTrainingJob", "training_job_id"),
        lambda s, v: Estimator(session=s, job_id=v).get_job_info(),
    ),
    Argument(
        "task_id", ("parameter", "showTrainingJobLog", "task_id"), lambda s, v: job(s).get_job_log(task_id=v)
    ),
    Argument(
        "task_id",
        ("parameter", "showTrainingJobMetrics", "task_id"),
        lambda s, v: job(s).get_job_metrics(task_id=v),
    ),
    Argument(
        "description",
        ("field", "UpdateTrainingJobRequest", "description"),
        lambda s, v: job(s).update_job_configs(description=v),
    ),
    Argument(
        "offset",
        ("field", "ListTrainingJobsRequest", "offset"),
        lambda s, v: Estimator.get_job_list(s, offset=v),
    ),
    Argument(
        "limit",
        ("field", "ListTrainingJobsRequest", "limit"),
        lambda s, v: Estimator.get_job_list(s, limit=v),
    ),
    Argument(
        "page_size",
        ("field", "ListTrainingJobsRequest", "limit"),
        lambda s, v: list(itertools.islice(Estimator.iter_jobs(s, page_size=v), 1)),
    ),
    Argument(
        "order",
        ("field", "ListTrainingJobsRequest", "order"),
        lambda s, v: Estimator.get_job_list(s, order=v),
    ),
    Argument(
        "operator",
        ("field", "SearchFilter", "operator"),
        lambda s, v: Estimator.get_job_list(s, filters=[{"key": "name", "operator": v, "value": ["a", "b"]}]),
        where="filters[0].operator",
    ),
    Argument(
        "name",
        ("field", "JobInput", "name"),
        lambda s, v: InputData(obs_path="obs://bucket-a/d/", name=v),
        sends=False,
    ),
    Argument(
        "name",
        ("field", "JobOutput", "name"),
        lambda s, v: OutputData(obs_path="obs://bucket-a/o/", name=v),
        sends=False,
    ),
    # -- models
    Argument(
        "model_name",
        ("field", "CreateModelRequest", "model_name"),
        lambda s, v: Model(s, model_name=v, **OK_MODEL),
    ),
    Argument(
        "model_version",
        ("field", "CreateModelRequest", "model_version"),
        lambda s, v: Model(s, **{**OK_MODEL, "model_version": v}),
    ),
    Argument(
        "model_type",
        ("field", "CreateModelRequest", "model_type"),
        lambda s, v: Model(s, **{**OK_MODEL, "model_type": v}),
    ),
    Argument(
        "description",
        ("field", "CreateModelRequest", "description"),
        lambda s, v: Model(s, description=v, **OK_MODEL),
    ),
    Argument(
        "model_id", ("parameter", "showModel", "model_id"), lambda s, v: Model(s, model_id=v).get_model_info()
    ),
    Argument(
        "model_version",
        ("parameter", "listModels", "model_version"),
        lambda s, v: Model.get_model_list(s, model_version=v),
    ),
    Argument(
        "model_status",
        ("parameter", "listModels", "model_status"),
        lambda s, v: Model.get_model_list(s, model_status=v),
    ),
    Argument(
        "offset",
        ("parameter", "listModels", "offset"),
        lambda s, v: Model.get_model_list(s, offset=v),
        digits=True,
    ),
    Argument(
        "limit",
        ("parameter", "listModels", "limit"),
        lambda s, v: Model.get_model_list(s, limit=v),
        digits=True,
    ),
    Argument(
        "sort_by", ("parameter", "listModels", "sort_by"), lambda s, v: Model.get_model_list(s, sort_by=v)
    ),
    Argument("order", ("parameter", "listModels", "order"), lambda s, v: Model.get_model_list(s, order=v)),
    Argument(
        "param_name",
        ("field", "ModelParam", "param_name"),
        lambda s, v: Params(url="/", param_name=v, param_type="string"),
        sends=False,
    ),
    Argument(
        "param_type",
        ("field", "ModelParam", "param_type"),
        lambda s, v: Params(url="/", param_name="x", param_type=v),
        sends=False,
    ),
    Argument(
        "param_desc",
        ("field", "ModelParam", "param_desc"),
        lambda s, v: Params(url="/", param_name="x", param_type="int", param_desc=v),
        sends=False,
    ),
    Argument(
        "restraint",
        ("field", "ModelPackage", "restraint"),
        lambda s, v: Packages(package_name="numpy", package_version="1.0", restraint=v),
        sends=False,
    ),
    Argument(
        "installer",
        ("field", "ModelDependency", "installer"),
        lambda s, v: Dependencies(installer=v),
        sends=False,
    ),
    # -- services
    Argument(
        "service_name",
        ("field", "CreateServiceRequest", "service_name"),
        lambda s, v: Model(s, model_id="m").deploy_predictor(service_name=v, configs=[ServiceConfig(**RT)]),
    ),
    Argument(
        "description",
        ("field", "CreateServiceRequest", "description"),
        lambda s, v: Model(s, model_id="m").deploy_predictor(description=v, configs=[ServiceConfig(**RT)]),
    ),
    Argument(
        "service_id",
        ("parameter", "showService", "service_id"),
        lambda s, v: Predictor(s, service_id=v).get_service_info(),
    ),
    Argument(
        "infer_type",
        ("parameter", "listServices", "infer_type"),
        lambda s, v: Predictor.get_service_list(s, infer_type=v),
    ),
    Argument(
        "service_status",
        ("parameter", "listServices", "status"),
        lambda s, v: Predictor.get_service_list(s, service_status=v),
    ),
    Argument(
        "offset",
        ("parameter", "listServices", "offset"),
        lambda s, v: Predictor.get_service_list(s, offset=v),
        digits=True,
    ),
    Argument(
        "limit",
        ("parameter", "listServices", "limit"),
        lambda s, v: Predictor.get_service_list(s, limit=v),
        digits=True,
    ),
    Argument(
        "sort_by",
        ("parameter", "listServices", "sort_by"),
        lambda s, v: Predictor.get_service_list(s, sort_by=v),
    ),
    Argument(
        "order", ("parameter", "listServices", "order"), lambda s, v: Predictor.get_service_list(s, order=v)
    ),
    Argument(
        "description",
        ("field", "UpdateServiceRequest", "description"),
        lambda s, v: Predictor(s, service_id="s").update_service_config(description=v),
    ),
    Argument(
        "status",
        ("field", "UpdateServiceRequest", "status"),
        lambda s, v: Predictor(s, service_id="s").update_service_config(status=v),
    ),
    Argument(
        "weight",
        ("field", "ServiceConfig", "weight"),
        lambda s, v: ServiceConfig(**{**RT, "weight": v}),
        sends=False,
        digits=True,
    ),
    Argument(
        "instance_count",
        ("field", "ServiceConfig", "instance_count"),
        lambda s, v: ServiceConfig(**{**RT, "instance_count": v}),
        sends=False,
        digits=True,
    ),
    Argument(
        "instance_count",
        ("field", "ServiceConfig", "instance_count"),
        lambda s, v: TransformerConfig(**{**BATCH, "instance_count": v}),
        sends=False,
        digits=True,
    ),
    Argument(
        "mapping_type",
        ("field", "ServiceConfig", "mapping_type"),
        lambda s, v: TransformerConfig(**{**BATCH, "mapping_type": v, "mapping_rule": {}}),
        sends=False,
    ),
    Argument(
        "op_type",
        ("field", "ServiceSchedule", "type"),
        lambda s, v: Schedule(op_type=v, time_unit="HOURS", duration=1),
        sends=False,
    ),
    Argument(
        "time_unit",
        ("field", "ServiceSchedule", "time_unit"),
        lambda s, v: Schedule(time_unit=v, duration=1),
        sends=False,
    ),
    Argument(
        "duration",
        ("field", "ServiceSchedule", "duration"),
        lambda s, v: Schedule(time_unit="HOURS", duration=v),
        sends=False,
        digits=True,
    ),
]


# -- the spec's rule, read and applied here ------------------------------------------------------------------


def spec_rule(spec: dict[str, Any], rule: tuple[str, ...]) -> dict[str, Any]:
    """The schema of a property, parameter or component schema, $ref and allOf folded in."""
    if rule[0] == "field":
        node = properties(spec, spec["components"]["schemas"][rule[1]])[rule[2]]
    elif rule[0] == "parameter":
        node = next(
            resolve(spec, parameter)["schema"]
            for item in spec["paths"].values()
            for method in HTTP_METHODS
            if method in item and item[method]["operationId"] == rule[1]
            for parameter in [*item.get("parameters", []), *item[method].get("parameters", [])]
            if resolve(spec, parameter)["name"] == rule[2]
        )
    else:
        node = spec["components"]["schemas"][rule[1]]
    schema: dict[str, Any] = {}
    for part in resolve(spec, node).get("allOf", []):
        schema.update(resolve(spec, part))
    schema.update({k: v for k, v in resolve(spec, node).items() if k != "allOf"})
    return schema


def spec_accepts(schema: dict[str, Any], value: object, digits: bool) -> bool:
    kind = schema.get("type")
    if digits and kind == "integer" and isinstance(value, str) and value.strip().isdecimal():
        value = int(value.strip())
    if kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        return False
    if kind == "string" and not isinstance(value, str):
        return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    if isinstance(value, str):
        if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", math.inf):
            return False
        # Every pattern of the spec is anchored (test_rules_table): ECMA-262 search = Python full match.
        return "pattern" not in schema or re.fullmatch(schema["pattern"], value) is not None
    if isinstance(value, int):
        low, high = schema.get("minimum", -math.inf), schema.get("maximum", math.inf)
        above = value > low if schema.get("exclusiveMinimum") else value >= low
        below = value < high if schema.get("exclusiveMaximum") else value <= high
        return above and below
    return True


def values(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values around the rule: what it allows, near misses, and anything."""
    # None is left out: for an optional argument it means "not given".
    anything = st.one_of(st.text(max_size=schema.get("maxLength", 40) + 3), st.integers(-3, 120))
    if "enum" in schema:
        return st.one_of(
            st.sampled_from(schema["enum"]), st.sampled_from(schema["enum"]).map(str.upper), anything
        )
    if schema.get("type") == "integer":
        low = schema.get("minimum", 0)
        high = schema.get("maximum", low + 100)
        near = st.integers(low - 3, high + 3)
        return st.one_of(
            near, near.map(str), near.map(lambda n: f" {n}"), st.booleans(), st.floats(0, 10), anything
        )
    if "pattern" in schema:
        return st.one_of(st.from_regex(schema["pattern"], fullmatch=True), anything)
    return anything


# -- the table ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def offline() -> Iterator[tuple[Session, list[httpx.Request]]]:
    with recording_session() as recording:
        yield recording


@pytest.mark.parametrize(
    "argument", ARGUMENTS, ids=[f"{a.name}-{'.'.join(a.rule[1:])}-{i}" for i, a in enumerate(ARGUMENTS)]
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_argument_follows_its_spec_rule(
    spec: dict[str, Any],
    offline: tuple[Session, list[httpx.Request]],
    argument: Argument,
    data: st.DataObject,
) -> None:
    session, sent = offline
    schema = spec_rule(spec, argument.rule)
    value = data.draw(values(schema), label=argument.name)
    allowed = spec_accepts(schema, value, argument.digits)
    sent.clear()
    try:
        argument.call(session, value)
    except InvalidArgumentError as refused:
        assert not allowed, f"{value!r} follows {argument.rule} but was refused: {refused}"
        assert refused.argument == (argument.where or argument.name), str(refused)
        assert sent == [], "a refused argument must not reach the network"
        return
    except APIError:
        assert argument.sends, "only calls that send a request meet the recording server"
    assert allowed, f"{value!r} breaks {argument.rule} but was accepted"
    assert (len(sent) > 0) == argument.sends


def test_every_rule_the_table_names_states_something(spec: dict[str, Any]) -> None:
    for argument in ARGUMENTS:
        schema = spec_rule(spec, argument.rule)
        assert set(schema) & {"pattern", "enum", "minimum", "maximum", "minLength", "maxLength"}, argument


def test_temporary_credentials_last_as_long_as_the_spec_allows(spec: dict[str, Any]) -> None:
    schema = spec_rule(spec, ("field", "TokenDuration", "duration_seconds"))
    assert spec_accepts(schema, TEMPORARY_CREDENTIALS_SECONDS, digits=False)
