"""Predictions end to end: every shape ``predict`` sends goes through the generated inference operations to a
real inference server process behind the service's access address.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from modelarts_client import Client
from modelarts_client.api.inference import run_inference, run_inference_at_path
from modelarts_client.models import InferenceForm, InferenceRequest
from modelarts_client.types import File
from modelarts_hl._core.transport import Transport
from modelarts_hl.config.model_config import ServiceConfig
from modelarts_hl.errors import APIError, InvalidArgumentError, NotFoundError
from modelarts_hl.inference.prediction import MAX_PREDICT_BYTES
from modelarts_hl.local import LocalBackend
from modelarts_hl.model import Model, Predictor
from modelarts_hl.session import Session

from .conftest import upload
from .packages import expected, linear_package

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("models-services")]

HOSTILE_PATHS = [
    "v2/numbers",
    "//evil.example.com/v2",
    "/v2//numbers",
    "/v2/../admin",
    "/..",
    "/v2/./numbers",
    "/v2/numbers?debug=1",
    "/v2/numbers#top",
    "/v2\\numbers",
    "/v2/num\x00bers",
    "/v2/num\nbers",
    "/v2/%2e%2e/admin",
    "/v2/%2E./admin",
    "/v2%2fnumbers",
    "/v2%5cnumbers",
    "/v2/numbers%3fdebug=1",
    "/v2/numbers%23top",
    "/v2/%00",
    "/v2/%252e%252e/admin",
    "/v2/100%",
    "https://evil.example.com/v2",
]


@pytest.fixture(scope="module")
def predictor(session: Session, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Predictor]:
    location = upload(session, linear_package(tmp_path_factory.mktemp("predict") / "linear"))
    model = Model(
        session, model_name="predict", model_version="1.0.0", source_location=location, model_type="PyTorch"
    )
    config = ServiceConfig(
        model_id=model.model_id, weight=100, specification="modelarts.vm.cpu.2u", instance_count=1
    )
    service = model.deploy_predictor(service_name="predict-svc", configs=[config])
    yield service
    service.delete_service()
    model.delete_model()


def numbers_file(tmp_path: Path, text: str = "4 5 6\n") -> Path:
    path = tmp_path / "numbers.txt"
    path.write_text(text)
    return path


def test_json_objects_arrays_and_files(predictor: Predictor, tmp_path: Path) -> None:
    rows = [[1.0, 2.0, 3.0], [0.0, 0.0, 1.0]]
    assert predictor.predict({"inputs": rows})["predictions"] == pytest.approx([expected(r) for r in rows])
    # A JSON array is a body of its own (the model's script receives the list).
    assert predictor.predict(rows)["predictions"] == pytest.approx([expected(r) for r in rows])
    request_file = tmp_path / "request.json"
    request_file.write_text(json.dumps({"data": {"req_data": [{"a": 1, "b": 2, "c": 3}]}}))
    assert predictor.predict(str(request_file))["predictions"] == pytest.approx([expected([1, 2, 3])])
    array_file = tmp_path / "rows.json"
    array_file.write_text(json.dumps(rows))
    assert predictor.predict(array_file, data_type="json")["predictions"] == pytest.approx(
        [expected(r) for r in rows]
    )


def test_a_file_reaches_the_file_parameter_of_the_model(predictor: Predictor, tmp_path: Path) -> None:
    upload_file = numbers_file(tmp_path)
    # The API at / names its file parameter "images"; the field is that, whatever data_type says.
    for data_type in ("files", "images"):
        reply = predictor.predict(data=str(upload_file), data_type=data_type)
        assert reply == {
            "file": "numbers.txt",
            "predictions": [pytest.approx(expected([4, 5, 6]))],
            "tag": "untagged",
        }


def test_an_api_at_a_sub_path_with_its_own_file_parameter_answers_text(
    predictor: Predictor, tmp_path: Path, backend: LocalBackend
) -> None:
    before = backend.faults.count("runInferenceAtPath")
    # /v2/numbers names its file parameter "numbers" and declares a text/plain reply.
    reply = predictor.predict(str(numbers_file(tmp_path, "1 1 1\n")), data_type="files", path="/v2/numbers")
    assert reply == f"{expected([1, 1, 1]):.2f}"
    assert backend.faults.count("runInferenceAtPath") == before + 1
    # A trailing / or an escaped character are part of the path the model is asked for.
    with pytest.raises(NotFoundError) as raised:
        predictor.predict(str(numbers_file(tmp_path)), data_type="files", path="/v2/numbers/")
    assert raised.value.error_code == "APIG.0101" and "/v2/numbers/" in raised.value.error_msg
    with pytest.raises(NotFoundError, match="/v2/num bers"):
        predictor.predict({"inputs": [[1, 2, 3]]}, path="/v2/num%20bers")


def test_a_text_reply_is_returned_as_text(predictor: Predictor, tmp_path: Path) -> None:
    reply = predictor.predict(str(numbers_file(tmp_path, "2 0 1\n")), data_type="images", path="/v2/numbers")
    assert isinstance(reply, str) and reply == f"{expected([2, 0, 1]):.2f}"


def test_a_prediction_answered_503_is_sent_again_with_its_file(
    predictor: Predictor, tmp_path: Path, backend: LocalBackend
) -> None:
    """A prediction creates nothing: sent again after a 503 like a GET, its form (and file) built afresh."""
    before = backend.faults.count("runInference")
    backend.faults.add(status=503, count=1, operation_id="runInference", retry_after=0)
    reply = predictor.predict(data=str(numbers_file(tmp_path)), data_type="images")
    assert reply["predictions"] == [pytest.approx(expected([4, 5, 6]))]
    assert backend.faults.count("runInference") == before + 2


def test_error_statuses_become_typed_errors(predictor: Predictor, backend: LocalBackend) -> None:
    with pytest.raises(APIError) as raised:
        predictor.predict({"unexpected": 1})
    assert raised.value.status_code == 400 and raised.value.error_code == "MR.0105"
    assert "KeyError" in raised.value.error_msg
    with pytest.raises(NotFoundError) as missing:
        predictor.predict({"inputs": [[1, 2, 3]]}, path="/v3/absent")
    assert missing.value.status_code == 404 and missing.value.error_code == "APIG.0101"
    with pytest.raises(NotFoundError):
        Predictor(predictor.session, "no-such-service").predict({"inputs": [[1, 2, 3]]})


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_paths_that_leave_the_service_are_refused_before_any_request(
    predictor: Predictor, backend: LocalBackend, tmp_path: Path, path: str
) -> None:
    counts = backend.faults.counts
    for data, data_type in (({"inputs": [[1, 2, 3]]}, "json"), (str(numbers_file(tmp_path)), "files")):
        with pytest.raises(InvalidArgumentError) as raised:
            Predictor(predictor.session, predictor.service_id).predict(data, data_type=data_type, path=path)
        assert raised.value.argument == "path"
    assert backend.faults.counts == counts


def test_the_12_mb_limit_is_checked_before_sending(
    predictor: Predictor, backend: LocalBackend, tmp_path: Path
) -> None:
    counts = backend.faults.counts
    large = tmp_path / "large.bin"
    large.write_bytes(b"1 " * (MAX_PREDICT_BYTES // 2) + b"1")
    big_json = {"inputs": "x" * MAX_PREDICT_BYTES}
    big_file = tmp_path / "big.json"
    big_file.write_text(json.dumps(big_json))
    for data, data_type in ((large, "files"), (big_json, "json"), (str(big_file), "json")):
        with pytest.raises(InvalidArgumentError, match="12 MB") as raised:
            predictor.predict(data, data_type=data_type)
        assert raised.value.argument == "data"
    assert backend.faults.counts == counts
    # Just below the limit is sent (and the model refuses the text as numbers).
    near = {"inputs": "x" * (MAX_PREDICT_BYTES - len(json.dumps({"inputs": ""}, separators=(",", ":"))))}
    with pytest.raises(APIError) as raised:
        predictor.predict(near)
    assert raised.value.status_code == 400 and raised.value.error_code == "MR.0105"


def test_predict_sends_through_the_generated_operations(
    predictor: Predictor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[tuple[str, dict[str, Any]]] = []

    def spy(operation: Any) -> None:
        original = operation.sync_detailed

        @functools.wraps(original)
        def recorded(*args: Any, **kwargs: Any) -> Any:
            used.append((operation.__name__.rpartition(".")[2], kwargs))
            return original(*args, **kwargs)

        monkeypatch.setattr(operation, "sync_detailed", recorded)

    def no_plain_requests(self: Transport, method: str, url: str, **kwargs: Any) -> Any:
        raise AssertionError(f"a plain {method} {url} instead of a generated operation")

    spy(run_inference)
    spy(run_inference_at_path)
    monkeypatch.setattr(Transport, "request", no_plain_requests)
    predictor.predict({"inputs": [[1, 2, 3]]})
    predictor.predict(str(numbers_file(tmp_path)), data_type="files", path="/v2/numbers")
    (json_name, json_call), (form_name, form_call) = used
    assert json_name == "run_inference" and isinstance(json_call["body"], InferenceRequest)
    assert form_name == "run_inference_at_path" and form_call["api_path"] == "v2/numbers"
    assert isinstance(form_call["body"], InferenceForm) and form_call["body"].additional_keys == ["numbers"]


def test_predictions_go_to_the_host_of_the_access_address(
    backend: LocalBackend, predictor: Predictor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The ModelArts endpoint is named differently from the host of the access address (127.0.0.1).
    endpoint = backend.endpoint.replace("127.0.0.1", "localhost")
    hosts: list[tuple[str | None, Transport]] = []
    original = Session.transport_for

    def recorded(self: Session, host: str | None) -> Transport:
        transport = original(self, host)
        hosts.append((host, transport))
        return transport

    monkeypatch.setattr(Session, "transport_for", recorded)
    with backend.session(modelarts_endpoint=endpoint) as session:
        reply = Predictor(session, predictor.service_id).predict({"inputs": [[0, 0, 0]]})
        assert reply["predictions"] == [pytest.approx(expected([0, 0, 0]))]
        (show, endpoint_transport), (predict, gateway_transport) = hosts
        assert show is None and endpoint_transport is session.transport
        assert predict == backend.endpoint and gateway_transport is not session.transport
        assert (
            gateway_transport.base_url == backend.endpoint
            and gateway_transport.auth is session.transport.auth
        )
    assert gateway_transport.httpx_client.is_closed


def test_the_generated_operations_work_with_the_generated_client(
    predictor: Predictor, session: Session, tmp_path: Path
) -> None:
    with Client(base_url=session.modelarts_endpoint, httpx_args={"auth": session.transport.auth}) as client:
        form = InferenceForm()
        form["images"] = File(payload=io.BytesIO(b"1 2 3"), file_name="row.txt", mime_type="text/plain")
        reply = run_inference.sync_detailed(predictor.service_id, client=client, body=form)
        assert reply.status_code == 200 and reply.parsed == {
            "file": "row.txt",
            "predictions": [pytest.approx(expected([1, 2, 3]))],
            "tag": "untagged",
        }
        listed = run_inference.sync(predictor.service_id, client=client, body=[[1, 0, 0]])
        assert listed == {"predictions": [pytest.approx(expected([1, 0, 0]))], "tag": "untagged"}
        form = InferenceForm()
        form["numbers"] = File(payload=io.BytesIO(b"0 0 1"), file_name="n.txt")
        text = run_inference_at_path.sync_detailed(
            predictor.service_id, "v2/numbers", client=client, body=form
        )
        assert text.status_code == 200 and text.headers["content-type"].startswith("text/plain")
        assert text.parsed == f"{expected([0, 0, 1]):.2f}"
