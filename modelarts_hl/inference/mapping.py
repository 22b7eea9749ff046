"""Documented arguments of model and service calls, checked and turned into generated request models."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from modelarts_client.models import (
    CreateModelRequest,
    ListServicesOrder,
    ListServicesSortBy,
    ListServicesStatus,
    ModelApi,
    ModelType,
    ServiceInferType,
)
from modelarts_client.types import UNSET, Unset
from modelarts_hl._core.checks import (
    check_member,
    check_text,
    optional_text,
)
from modelarts_hl._core.fields import or_unset
from modelarts_hl.errors import (
    InvalidArgumentError,
)

from .local_source import local_folder
from .params import Dependencies, Params
from .validation import (
    check_description,
    check_name,
    check_objects,
    check_version,
    obs_location,
    paging_query,
    text_query,
)

__all__ = [
    "SOURCE_LOCATION_TYPES",
    "create_model_request",
    "service_list_query",
]

# Where the SDK takes a model's files from (an argument of the SDK, not a REST field).
SOURCE_LOCATION_TYPES = ("OBS_SOURCE", "LOCAL_SOURCE")


def _apis(value: object) -> list[ModelApi] | Unset:
    if value is None:
        return UNSET
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise InvalidArgumentError(
                "apis", "a JSON array of API objects (as in config.json)", got=value
            ) from None
    if not isinstance(value, list) or not all(isinstance(api, Mapping) for api in value):
        raise InvalidArgumentError("apis", "a list of API objects (as in config.json)", got=value)
    return [ModelApi.from_dict(dict(api)) for api in value]


def _runtime(environment: object, runtime: object) -> str | None:
    if environment is not None and runtime is not None:
        raise InvalidArgumentError("runtime", "None when environment is given (they set the same thing)")
    value = runtime if runtime is not None else environment
    if value is None:
        return None
    if isinstance(value, Mapping):
        value = value.get("runtime")
    elif not isinstance(value, str):
        value = getattr(value, "runtime", value)
    return check_text("environment", value)


def create_model_request(
    *,
    location_type: str,
    model_name: str | None,
    model_version: str | None,
    source_location: str | None,
    environment: Any,
    source_job_id: str | None,
    source_job_version: str | None,
    source_type: str | None,
    model_type: str | None,
    model_algorithm: str | None,
    description: str | None,
    execution_code: str | None,
    input_params: object,
    output_params: object,
    dependencies: object,
    apis: object,
    runtime: str | None,
) -> CreateModelRequest:
    """Checks every creation parameter (before anything is uploaded or sent) and builds the request."""
    name = check_name("model_name", model_name) if model_name is not None else f"model-{uuid.uuid4().hex[:8]}"
    version = check_version("model_version", model_version)
    if location_type == "OBS_SOURCE":
        location = obs_location("source_location", source_location, folder=True)
    else:
        local_folder(source_location)
        location = "/pending/"
    kind = check_member("model_type", model_type, ModelType)
    params = {
        name_: [p.to_request() for p in check_objects(name_, value, Params)]
        for name_, value in (("input_params", input_params), ("output_params", output_params))
        if value is not None
    }
    code = (
        obs_location("execution_code", execution_code, folder=False) if execution_code is not None else None
    )
    if code is not None and not code.endswith("/customize_service.py"):
        raise InvalidArgumentError(
            "execution_code", "the OBS path of a customize_service.py file", got=execution_code
        )
    texts = {
        argument: optional_text(argument, value)
        for argument, value in (
            ("source_job_id", source_job_id),
            ("source_job_version", source_job_version),
            ("source_type", source_type),
            ("model_algorithm", model_algorithm),
        )
    }
    runtime_name = _runtime(environment, runtime)
    return CreateModelRequest(
        model_name=name,
        model_version=version,
        source_location=location,
        model_type=kind,
        source_job_id=or_unset(texts["source_job_id"]),
        source_job_version=or_unset(texts["source_job_version"]),
        source_type=or_unset(texts["source_type"]),
        model_algorithm=or_unset(texts["model_algorithm"]),
        runtime=or_unset(runtime_name),
        description=or_unset(check_description("description", description, "CreateModelRequest")),
        execution_code=or_unset(code),
        input_params=params.get("input_params", UNSET),
        output_params=params.get("output_params", UNSET),
        dependencies=UNSET
        if dependencies is None
        else [d.to_request() for d in check_objects("dependencies", dependencies, Dependencies)],
        apis=_apis(apis),
    )


def service_list_query(
    service_id: object,
    service_name: object,
    infer_type: object,
    offset: object,
    limit: object,
    service_status: object,
    sort_by: object,
    order: object,
    model_id: object,
) -> dict[str, Any]:
    query = text_query(service_id=service_id, service_name=service_name, model_id=model_id)
    if infer_type is not None:
        query["infer_type"] = check_member("infer_type", infer_type, ServiceInferType)
    if service_status is not None:
        query["status"] = check_member("service_status", service_status, ListServicesStatus)
    query.update(paging_query("listServices", offset, limit))
    if sort_by is not None:
        query["sort_by"] = check_member("sort_by", sort_by, ListServicesSortBy)
    if order is not None:
        query["order"] = check_member("order", order, ListServicesOrder)
    return query
