"""Prediction requests to real-time services (JSON or form bodies, at / or at an API path of the model),
forwarded to the inference runtime as they came.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...errors import PARAMETER_ERROR, SERVICE_NOT_RUNNING, ApiError
from ...store.documents import SERVICE_KIND
from ..registry import OperationRequest, Operations, Reply
from .services import find_service

__all__ = ["api"]

api = Operations()

_SERVING = ("running", "concerning")


@api.operation("runInference")
def run_inference(request: OperationRequest) -> Reply:
    return _infer(request, "/")


@api.operation("runInferenceAtPath")
def run_inference_at_path(request: OperationRequest) -> Reply:
    # The router hands the path decoded; the document's pattern has refused ., .., ?, #, % and the like.
    return _infer(request, "/" + quote(request.path_params["api_path"], safe="/"))


def _infer(request: OperationRequest, path: str) -> Reply:
    service = find_service(request, request.path_params["service_id"])
    if service["infer_type"] != "real-time":
        raise ApiError(400, PARAMETER_ERROR, f"Service {service['service_id']} is not a real-time service")
    if service["status"] not in _SERVING:
        raise ApiError(
            409, SERVICE_NOT_RUNNING, f"Service {service['service_id']} is {service['status']}, not running"
        )
    succeeded = False
    try:
        result = request.context.inference.infer(service, path, "POST", request.headers, request.raw_body)
        succeeded = result.status < 400
    finally:
        _count_call(request, service["service_id"], succeeded)
    headers = {name: value for name, value in result.headers.items() if name.lower() == "content-type"}
    return Reply(result.body, status=result.status, headers=headers)


def _count_call(request: OperationRequest, service_id: str, succeeded: bool) -> None:
    def change(doc: dict[str, Any]) -> dict[str, Any]:
        doc["invocation_times"] = doc.get("invocation_times", 0) + 1
        if not succeeded:
            doc["failed_times"] = doc.get("failed_times", 0) + 1
        return doc

    request.context.store.update(SERVICE_KIND, service_id, change)
