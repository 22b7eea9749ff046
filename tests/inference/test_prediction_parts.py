"""The parts of a prediction that need no service: the gateway host of an access address, the API path, the
request body, and the plan's steps.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from modelarts_client.api.inference import run_inference, run_inference_at_path
from modelarts_client.api.models import show_model
from modelarts_client.api.services import show_service
from modelarts_client.models import InferenceForm, InferenceRequest, ModelDetail, ServiceDetail
from modelarts_hl._core.calls import Call, Step, drive
from modelarts_hl.errors import InvalidArgumentError, ServiceError
from modelarts_hl.inference.prediction import MAX_PREDICT_BYTES, FileUpload, api_path, file_upload, json_data
from modelarts_hl.inference.prediction_calls import ServiceAddress, gateway, predict

from .test_predict import HOSTILE_PATHS

APIG = "https://3f9a.apig.cn-north-4.huaweicloudapis.com"
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "models_services"


@pytest.mark.parametrize(
    ("address", "host"),
    [
        (f"{APIG}/v1/infers/svc-1", APIG),
        (f"{APIG}/v1/infers/svc-1/", APIG),
        ("http://127.0.0.1:8080/v1/infers/svc-1", "http://127.0.0.1:8080"),
        ("https://gateway.example.com/modelarts/v1/infers/svc-1", "https://gateway.example.com/modelarts"),
    ],
)
def test_the_gateway_is_the_access_address_without_the_operation_path(address: str, host: str) -> None:
    assert gateway(address, "svc-1") == host


@pytest.mark.parametrize(
    "address", [f"{APIG}/v1/infers/other", f"{APIG}/v2/infers/svc-1", f"{APIG}/svc-1", "/v1/infers/svc-1"]
)
def test_an_address_of_another_shape_is_a_clear_error(address: str) -> None:
    with pytest.raises(ServiceError, match=r"does not end with /v1/infers/svc-1"):
        gateway(address, "svc-1")


@pytest.mark.parametrize(
    ("path", "sent"),
    [
        ("/", ""),
        ("/v2/predict", "v2/predict"),
        ("/v2/predict/", "v2/predict/"),
        ("/v2/a%20b", "v2/a b"),
        ("/v2/预测", "v2/预测"),
        ("/v2/x.y/..z/...", "v2/x.y/..z/..."),
    ],
)
def test_api_paths_are_sent_decoded_without_their_leading_slash(path: str, sent: str) -> None:
    assert api_path(path) == sent
    # The generated operation quotes it keeping its "/": the URL holds the path as given.
    url = run_inference_at_path._get_kwargs("s", sent, body=[])["url"] if sent else "/v1/infers/s"
    assert url.startswith("/v1/infers/s") and ".." not in url.split("/")


@pytest.mark.parametrize("path", [*HOSTILE_PATHS, None, 42, ""])
def test_paths_that_could_leave_the_service_are_refused(path: object) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        api_path(path)
    assert raised.value.argument == "path"


def test_json_bodies(tmp_path: Path) -> None:
    assert json_data({"a": [1, 2]}).value == {"a": [1, 2]}
    assert json_data([1, {"b": None}]).value == [1, {"b": None}]
    scalar = tmp_path / "scalar.json"
    scalar.write_text("42")
    with pytest.raises(InvalidArgumentError, match="object or array"):
        json_data(str(scalar))
    for bad in ({"x": float("nan")}, {"x": object()}, 42, "not a file"):
        with pytest.raises(InvalidArgumentError) as raised:
            json_data(bad)
        assert raised.value.argument == "data"
    # The limit counts the body as it is sent (compact JSON, UTF-8).
    room = MAX_PREDICT_BYTES - len(json.dumps({"t": ""}, separators=(",", ":")))
    assert json_data({"t": "x" * room})
    with pytest.raises(InvalidArgumentError, match="12 MB"):
        json_data({"t": "é" * (room // 2 + 1)})


def test_a_file_upload_keeps_name_and_type(tmp_path: Path) -> None:
    image = tmp_path / "digit.png"
    image.write_bytes(b"\x89PNG")
    upload = file_upload(image, "images")
    assert upload == FileUpload("images", "digit.png", b"\x89PNG", "image/png")


def sample(name: str, **changes: object) -> dict[str, Any]:
    return {**json.loads((SAMPLES / f"{name}.json").read_text()), **changes}


def test_the_plan_looks_the_service_up_once_and_calls_the_operation_on_the_gateway() -> None:
    service = ServiceDetail.from_dict(sample("ServiceDetail"))
    docs_api = {
        "url": "/v2/files",
        "request": {"data": {"type": "object", "properties": {"docs": {"type": "file"}}}},
    }
    model = ModelDetail.from_dict(
        sample("ModelDetail", model_id=service.config[0].model_id, apis=json.dumps([docs_api]))
    )
    steps: list[Call] = []

    def perform(step: Step) -> object:
        assert isinstance(step, Call)
        steps.append(step)
        return {show_service: service, show_model: model}.get(step.operation, '{"ok": true}')

    known = ServiceAddress()
    upload = FileUpload("files", "a.txt", b"1", "text/plain")
    gateway_host = service.access_address.removesuffix(f"/v1/infers/{service.service_id}")
    for body, path in ((upload, "v2/files"), (upload, "v2/files"), (json_data([1]), "")):
        assert drive(predict(service.service_id, body, path, known), perform) == {"ok": True}
    assert [(step.operation, step.host) for step in steps] == [
        (show_service, None),
        (show_model, None),
        (run_inference_at_path, gateway_host),
        (run_inference_at_path, gateway_host),
        (run_inference, gateway_host),
    ]
    form = steps[2].arguments["body"]
    assert isinstance(form, InferenceForm) and form.additional_keys == ["docs"]
    assert steps[2].arguments["api_path"] == "v2/files"
    assert steps[4].arguments["body"] == [1] and not isinstance(steps[4].arguments["body"], InferenceRequest)


def test_a_batch_service_has_no_address_to_predict_at() -> None:
    batch = ServiceDetail.from_dict(sample("ServiceDetail.batch"))
    with pytest.raises(ServiceError, match="batch service without an access address"):
        drive(predict(batch.service_id, json_data({}), "", ServiceAddress()), lambda step: batch)
