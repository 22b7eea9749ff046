"""A prediction as a plan (:mod:`modelarts_hl._core.calls`): find where the service answers and which form
field carries a file, then one call of the generated ``runInference`` (``runInferenceAtPath`` for an API at
another path than ``/``) on the service's API gateway host.
:class:`~modelarts_hl.inference.Predictor` runs it; arguments are checked before a plan is made.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from modelarts_client import models
from modelarts_client.api import inference as inference_api
from modelarts_client.types import File
from modelarts_hl._core.calls import Plan, call_at
from modelarts_hl._core.creates import repeated
from modelarts_hl._core.results import Result
from modelarts_hl.errors import ServiceError

from . import model_calls, service_calls
from .apis import file_parameter
from .prediction import FileUpload, JsonData

if TYPE_CHECKING:
    from modelarts_client.models import InferenceForm, InferenceRequest, ServiceDetail

__all__ = ["ServiceAddress", "gateway", "predict"]


@dataclass
class ServiceAddress:
    """What predictions learn about a service once: its access address and, per API path, the file parameter
    of its model (``None``: the API names none).
    """

    access_address: str | None = None
    file_parameters: dict[str, str | None] = field(default_factory=dict)

    def remember(self, info: Result[ServiceDetail]) -> None:
        address = info.get("access_address")
        if isinstance(address, str) and address:
            self.access_address = address


def gateway(access_address: str, service_id: str) -> str:
    """The base URL of the host that serves ``access_address``: the address without the path that
    ``runInference`` adds (``/v1/infers/{service_id}``).
    """
    # The generated operation knows its path; building its request sends nothing.
    suffix = inference_api.run_inference._get_kwargs(service_id=service_id, body=[])["url"]
    address = access_address.rstrip("/")
    if not address.endswith(suffix) or len(address) == len(suffix):
        raise ServiceError(
            f"the access address of service {service_id} ({access_address}) does not end with {suffix}: "
            "its API gateway host is unknown"
        )
    return address[: -len(suffix)]


def predict(service_id: str, body: JsonData | FileUpload, api_path: str, known: ServiceAddress) -> Plan[Any]:
    """The model's reply to ``body`` at the API ``/{api_path}``: decoded JSON, or text."""
    path = "/" + api_path
    upload = isinstance(body, FileUpload)
    info = None
    if known.access_address is None or (upload and path not in known.file_parameters):
        info = yield from service_calls.show_service_info(service_id)
        known.remember(info)
        if info.get("infer_type") != "real-time" or known.access_address is None:
            raise ServiceError(
                f"service {service_id} is a {info.get('infer_type')} service without an access address"
            )
    host = gateway(known.access_address, service_id)
    if isinstance(body, FileUpload) and info is not None and path not in known.file_parameters:
        known.file_parameters[path] = yield from _file_parameter(info, path)
    field = known.file_parameters.get(path)

    def send() -> Plan[object]:
        # Built for each attempt: a form's file is read as it is sent.
        payload = _payload(body, field)
        if api_path:
            return call_at(
                host,
                inference_api.run_inference_at_path,
                object,
                service_id=service_id,
                api_path=api_path,
                body=payload,
            )
        return call_at(host, inference_api.run_inference, object, service_id=service_id, body=payload)

    # A prediction creates nothing: sent again after the failures a GET would be.
    return _decoded((yield from repeated(send)))


def _payload(body: JsonData | FileUpload, field: str | None) -> InferenceRequest | list[Any] | InferenceForm:
    if isinstance(body, FileUpload):
        form = models.InferenceForm()
        form[field or body.data_type] = File(
            payload=io.BytesIO(body.content), file_name=body.file_name, mime_type=body.mime_type
        )
        return form
    if isinstance(body.value, dict):
        return models.InferenceRequest.from_dict(body.value)
    payload: list[Any] = body.value
    return payload


def _file_parameter(info: Result[ServiceDetail], path: str) -> Plan[str | None]:
    """The file parameter of the API at ``path`` of the service's (first) model, from the model's APIs."""
    configs = info.get("config")
    if not configs:
        return None
    model = yield from model_calls.show_model_info(configs[0]["model_id"])
    return file_parameter(model.model.apis, path)


def _decoded(reply: object) -> object:
    # A reply labelled as text that holds a JSON object or array is decoded too: servers often label JSON so.
    if isinstance(reply, str) and reply.lstrip()[:1] in ("{", "["):
        try:
            return json.loads(reply)
        except ValueError:
            pass
    return reply
