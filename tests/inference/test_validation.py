"""Every bad argument of the model and service calls is refused before any request, naming the argument."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from modelarts_hl.config.model_config import (
    Dependencies,
    Packages,
    Params,
    Schedule,
    ServiceConfig,
    TransformerConfig,
)
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.inference.service import Transformer
from modelarts_hl.model import Model, Predictor
from modelarts_hl.session import Session
from tests.conftest import recording_session

OK = {"model_version": "1.0.0", "source_location": "/bucket/model/", "model_type": "PyTorch"}
RT = {"model_id": "m", "weight": 100, "specification": "modelarts.vm.cpu.2u", "instance_count": 1}
BATCH = {
    "model_id": "m",
    "specification": "modelarts.vm.cpu.2u",
    "instance_count": 1,
    "src_path": "/bucket/in/",
    "dest_path": "/bucket/out/",
    "req_uri": "/",
    "mapping_type": "file",
}


@pytest.fixture
def offline() -> Iterator[tuple[Session, list[httpx.Request]]]:
    with recording_session() as recording:
        yield recording


@pytest.fixture
def sent(offline: tuple[Session, list[httpx.Request]]) -> list[httpx.Request]:
    return offline[1]


@pytest.fixture
def session(offline: tuple[Session, list[httpx.Request]]) -> Session:
    return offline[0]


def refused(argument: str, call: Callable[[], Any], sent: list[httpx.Request]) -> InvalidArgumentError:
    with pytest.raises(InvalidArgumentError) as raised:
        call()
    assert raised.value.argument == argument, str(raised.value)
    assert isinstance(raised.value, ValueError)
    assert sent == []
    return raised.value


@pytest.mark.parametrize(
    ("argument", "overrides"),
    [
        ("model_name", {"model_name": "1starts-with-digit"}),
        ("model_name", {"model_name": "a" * 65}),
        ("model_name", {"model_name": "has space"}),
        ("model_version", {"model_version": "01.01.01"}),
        ("model_version", {"model_version": "1.0"}),
        ("model_version", {"model_version": "100.0.0"}),
        ("model_version", {"model_version": None}),
        ("model_type", {"model_type": "Keras"}),
        ("model_type", {"model_type": None}),
        ("source_location", {"source_location": "bucket/model/"}),
        ("source_location", {"source_location": "/BAD_BUCKET/model/"}),
        ("source_location", {"source_location": "/bucket/../x/"}),
        ("source_location", {"source_location": None}),
        ("source_location_type", {"source_location_type": "HTTP_SOURCE"}),
        ("description", {"description": "x" * 101}),
        ("description", {"description": "a <b>"}),
        ("execution_code", {"execution_code": "/bucket/model/model/infer.py"}),
        ("apis", {"apis": "{not json"}),
        ("apis", {"apis": [1, 2]}),
        ("input_params", {"input_params": "x"}),
        ("input_params[0]", {"input_params": [Packages(package_name="numpy")]}),
        ("dependencies[0]", {"dependencies": [{"installer": "pip", "unknown": 1}]}),
        ("publish", {"publish": "yes"}),
        ("timeout", {"timeout": 0}),
        ("runtime", {"runtime": "python3.7", "environment": "python3.6"}),
    ],
)
def test_model_creation(
    session: Session, sent: list[httpx.Request], argument: str, overrides: dict[str, Any]
) -> None:
    refused(argument, lambda: Model(session, **{**OK, **overrides}), sent)


def test_model_objects_and_lists(session: Session, sent: list[httpx.Request], tmp_path: Path) -> None:
    refused("model_name", lambda: Model(session, model_id="m", model_name="other"), sent)
    refused("model_id", lambda: Model(session, model_id=""), sent)
    refused("session", lambda: Model("not a session", model_id="m"), sent)  # type: ignore[arg-type]
    missing = str(tmp_path / "absent")
    refused(
        "source_location",
        lambda: Model(session, **{**OK, "source_location_type": "LOCAL_SOURCE", "source_location": missing}),
        sent,
    )
    refused("model_status", lambda: Model.get_model_list(session, model_status="ready"), sent)
    refused("order", lambda: Model.get_model_list(session, order="up"), sent)
    refused("sort_by", lambda: Model.get_model_list(session, sort_by="name"), sent)
    refused("offset", lambda: Model.get_model_list(session, offset=-1), sent)
    refused("limit", lambda: Model.get_model_object_list(session, limit="many"), sent)
    refused("model_version", lambda: Model.get_model_list(session, model_version="v1"), sent)
    model = Model(session, model_id="m")
    refused("configs", lambda: model.deploy_predictor(service_name="s"), sent)
    refused(
        "infer_type", lambda: model.deploy_predictor(infer_type="batch", configs=[ServiceConfig(**RT)]), sent
    )
    refused(
        "infer_type",
        lambda: model.deploy_transformer(infer_type="real-time", configs=[TransformerConfig(**BATCH)]),
        sent,
    )


@pytest.mark.parametrize(
    ("argument", "build"),
    [
        ("url", lambda: Params(param_name="x", param_type="number")),
        ("param_type", lambda: Params(url="/", param_name="x", param_type="tensor")),
        ("param_name", lambda: Params(url="/", param_name="x" * 65, param_type="string")),
        ("min", lambda: Params(url="/", param_name="x", param_type="int", min="low")),
        ("param_desc", lambda: Params(url="/", param_name="x", param_type="int", param_desc="d" * 101)),
        ("restraint", lambda: Packages(package_name="numpy", package_version="1.0")),
        ("restraint", lambda: Packages(package_name="numpy", package_version="1.0", restraint="ABOUT")),
        ("package_name", lambda: Packages()),
        ("installer", lambda: Dependencies(installer="conda", packages=[])),
        ("packages[0]", lambda: Dependencies(packages=["numpy"])),
        ("weight", lambda: ServiceConfig(**{**RT, "weight": 0})),
        ("weight", lambda: ServiceConfig(**{**RT, "weight": "seventy"})),
        ("instance_count", lambda: ServiceConfig(**{**RT, "instance_count": 6})),
        ("instance_count", lambda: ServiceConfig(**{**RT, "instance_count": 0})),
        ("specification", lambda: ServiceConfig(**{**RT, "specification": ""})),
        ("model_id", lambda: ServiceConfig(**{**RT, "model_id": None})),
        ("envs", lambda: ServiceConfig(**{**RT, "envs": {"A": object()}})),
        ("src_path", lambda: TransformerConfig(**{**BATCH, "src_path": None})),
        ("dest_path", lambda: TransformerConfig(**{**BATCH, "dest_path": "out/"})),
        ("req_uri", lambda: TransformerConfig(**{**BATCH, "req_uri": None})),
        ("req_uri", lambda: TransformerConfig(**{**BATCH, "req_uri": "predict"})),
        ("mapping_type", lambda: TransformerConfig(**{**BATCH, "mapping_type": "json"})),
        ("mapping_rule", lambda: TransformerConfig(**{**BATCH, "mapping_type": "csv"})),
        ("instance_count", lambda: TransformerConfig(**{**BATCH, "instance_count": 9})),
        ("op_type", lambda: Schedule(op_type="start", time_unit="HOURS", duration=1)),
        ("time_unit", lambda: Schedule(time_unit="SECONDS", duration=1)),
        ("duration", lambda: Schedule(time_unit="HOURS", duration=0)),
    ],
)
def test_configuration_classes(sent: list[httpx.Request], argument: str, build: Callable[[], Any]) -> None:
    refused(argument, build, sent)


@pytest.mark.parametrize(
    ("argument", "kwargs"),
    [
        ("service_name", {"service_name": "9lives", "configs": [ServiceConfig(**RT)]}),
        ("service_name", {"service_name": "x" * 65, "configs": [ServiceConfig(**RT)]}),
        ("description", {"description": "x" * 101, "configs": [ServiceConfig(**RT)]}),
        ("configs", {"configs": []}),
        ("configs", {"configs": [ServiceConfig(**{**RT, "weight": 70})]}),
        (
            "configs",
            {"configs": [ServiceConfig(**{**RT, "weight": 50}), ServiceConfig(**{**RT, "weight": 50})]},
        ),
        ("configs[0].weight", {"configs": [ServiceConfig(**{**RT, "weight": None})]}),
        ("configs[0]", {"configs": [TransformerConfig(**BATCH)]}),
        ("configs[0]", {"configs": [{"model_id": "m", "weight": 100, "unknown": 1}]}),
        ("subnet_network_id", {"vpc_id": "vpc", "security_group_id": "sg", "configs": [ServiceConfig(**RT)]}),
        ("security_group_id", {"vpc_id": "vpc", "subnet_network_id": "sn", "configs": [ServiceConfig(**RT)]}),
        ("vpc_id", {"subnet_network_id": "sn", "configs": [ServiceConfig(**RT)]}),
        ("schedule[0]", {"schedule": ["stop"], "configs": [ServiceConfig(**RT)]}),
        ("wait", {"wait": "no", "configs": [ServiceConfig(**RT)]}),
        ("timeout", {"timeout": -1, "configs": [ServiceConfig(**RT)]}),
    ],
)
def test_deploy_predictor(
    session: Session, sent: list[httpx.Request], argument: str, kwargs: dict[str, Any]
) -> None:
    refused(argument, lambda: Model(session, model_id="m").deploy_predictor(**kwargs), sent)


def test_deploy_transformer(session: Session, sent: list[httpx.Request]) -> None:
    model = Model(session, model_id="m")
    two = [TransformerConfig(**BATCH), TransformerConfig(**BATCH)]
    refused("configs", lambda: model.deploy_transformer(configs=two), sent)
    refused("configs[0]", lambda: model.deploy_transformer(configs=[ServiceConfig(**RT)]), sent)
    refused(
        "schedule",
        lambda: model.deploy_transformer(
            configs=[TransformerConfig(**BATCH)], schedule=[Schedule(time_unit="HOURS", duration=1)]
        ),
        sent,
    )


def test_service_calls(session: Session, sent: list[httpx.Request], tmp_path: Path) -> None:
    refused("service_id", lambda: Predictor(session, service_id=""), sent)
    refused("infer_type", lambda: Predictor.get_service_list(session, infer_type="online"), sent)
    refused("service_status", lambda: Predictor.get_service_list(session, service_status="up"), sent)
    refused("sort_by", lambda: Predictor.get_service_list(session, sort_by="model_id"), sent)
    refused("order", lambda: Predictor.get_service_list(session, order="random"), sent)
    refused("offset", lambda: Predictor.get_service_list(session, offset="first"), sent)
    refused("is_show", lambda: Predictor.get_service_object_list(session, is_show="yes"), sent)
    predictor = Predictor(session, service_id="s")
    refused("status", lambda: predictor.update_service_config(status="paused"), sent)
    refused("description", lambda: predictor.update_service_config(description="x" * 101), sent)
    refused("description", lambda: predictor.update_service_config(), sent)
    refused(
        "configs",
        lambda: predictor.update_service_config(configs=[ServiceConfig(**{**RT, "weight": 60})]),
        sent,
    )
    refused("data_type", lambda: predictor.predict({"a": 1}, data_type="xml"), sent)
    refused("path", lambda: predictor.predict({"a": 1}, path="predict"), sent)
    refused("data", lambda: predictor.predict(42), sent)
    refused("data", lambda: predictor.predict(str(tmp_path / "absent.json")), sent)
    refused("data", lambda: predictor.predict(str(tmp_path / "absent.png"), data_type="images"), sent)
    not_json = tmp_path / "request.json"
    not_json.write_text("{")
    refused("data", lambda: predictor.predict(str(not_json)), sent)
    big = tmp_path / "big.bin"
    big.write_bytes(b"0" * (12 * 1024 * 1024 + 1))
    refused("data", lambda: predictor.predict(str(big), data_type="files"), sent)
    refused("timeout", lambda: Transformer(session, "s").wait_for_deployment(timeout=0), sent)
