"""Documented arguments of model and service calls, checked and turned into generated request models."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from modelarts_client import models
from modelarts_client.types import UNSET, Unset
from modelarts_hl._core.checks import (
    check_member,
    check_text,
    json_text,
    optional_text,
)
from modelarts_hl._core.fields import or_unset
from modelarts_hl.errors import (
    InvalidArgumentError,
)

from .config import config_requests, infer_type_of, schedule_requests
from .local_source import local_folder
from .params import Dependencies, Params
from .validation import (
    check_choice,
    check_description,
    check_name,
    check_objects,
    check_version,
    obs_location,
    paging_query,
    text_query,
)

if TYPE_CHECKING:
    from modelarts_client.models import (
        CreateModelRequest,
        CreateServiceRequest,
        ModelApi,
        UpdateServiceRequest,
    )
    from modelarts_client.models import ServiceConfig as GeneratedServiceConfig

__all__ = [
    "SOURCE_LOCATION_TYPES",
    "create_model_request",
    "create_service_request",
    "deployment_request",
    "member_query",
    "model_list_query",
    "service_list_query",
    "update_service_request",
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
    json_text("apis", value)
    return [models.ModelApi.from_dict(dict(api)) for api in value]


def _runtime(environment: object, runtime: object) -> str | None:
    if environment is not None and runtime is not None:
        raise InvalidArgumentError("runtime", "None when environment is given (they set the same thing)")
    argument, value = ("runtime", runtime) if runtime is not None else ("environment", environment)
    if value is None:
        return None
    if isinstance(value, Mapping):
        value = value.get("runtime")
    elif not isinstance(value, str):
        value = getattr(value, "runtime", value)
    return check_text(argument, value)


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
    kind = check_member("model_type", model_type, models.ModelType)
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
    return models.CreateModelRequest(
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


def member_query(*choices: tuple[str, str, object, type[StrEnum]]) -> dict[str, Any]:
    """The query parameters of a list call that take one of an enum's values, those given: each choice is
    ``(query parameter, argument, value, enum)``.
    """
    return {
        parameter: check_member(argument, value, enum)
        for parameter, argument, value, enum in choices
        if value is not None
    }


def model_list_query(
    model_name: object,
    model_version: object,
    model_status: object,
    description: object,
    offset: object,
    limit: object,
    sort_by: object,
    order: object,
    workspace_id: object,
) -> dict[str, Any]:
    query = text_query(model_name=model_name, description=description, workspace_id=workspace_id)
    if model_version is not None:
        query["model_version"] = check_version("model_version", model_version)
    return {
        **query,
        **paging_query("listModels", offset, limit),
        **member_query(
            ("model_status", "model_status", model_status, models.ListModelsModelStatus),
            ("sort_by", "sort_by", sort_by, models.ListModelsSortBy),
            ("order", "order", order, models.ListModelsOrder),
        ),
    }


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
    return {
        **text_query(service_id=service_id, service_name=service_name, model_id=model_id),
        **paging_query("listServices", offset, limit),
        **member_query(
            ("infer_type", "infer_type", infer_type, models.ServiceInferType),
            ("status", "service_status", service_status, models.ListServicesStatus),
            ("sort_by", "sort_by", sort_by, models.ListServicesSortBy),
            ("order", "order", order, models.ListServicesOrder),
        ),
    }


def create_service_request(
    *,
    infer_type: object,
    configs: object,
    service_name: object,
    description: object,
    vpc_id: object,
    subnet_network_id: object,
    security_group_id: object,
    schedule: object,
    cluster_id: object,
) -> CreateServiceRequest:
    """Checks every deployment argument and builds the request (``POST /v1/{project_id}/services``)."""
    kind = check_member("infer_type", infer_type, models.ServiceInferType)
    name = check_name("service_name", service_name) if service_name is not None else _generated_name()
    text = check_description("description", description, "CreateServiceRequest")
    vpc = optional_text("vpc_id", vpc_id)
    subnet = optional_text("subnet_network_id", subnet_network_id)
    group = optional_text("security_group_id", security_group_id)
    if vpc is not None:
        for argument, value in (("subnet_network_id", subnet), ("security_group_id", group)):
            if value is None:
                raise InvalidArgumentError(argument, "a value whenever vpc_id is given")
    elif subnet is not None or group is not None:
        raise InvalidArgumentError("vpc_id", "the VPC of subnet_network_id and security_group_id")
    requests = config_requests(configs, kind)
    if schedule is not None and kind != "real-time":
        raise InvalidArgumentError("schedule", "None: only real-time services take a schedule", got=schedule)
    return models.CreateServiceRequest(
        service_name=name,
        infer_type=kind,
        config=requests,
        description=or_unset(text),
        vpc_id=or_unset(vpc),
        subnet_network_id=or_unset(subnet),
        security_group_id=or_unset(group),
        cluster_id=or_unset(optional_text("cluster_id", cluster_id)),
        schedule=schedule_requests(schedule),
    )


def deployment_request(
    documented: str, infer_type: object, *, configs: object, **arguments: object
) -> CreateServiceRequest:
    """The request of ``deploy_predictor`` (``documented`` is ``real-time``) or ``deploy_transformer``
    (``batch``), whose ``infer_type`` argument may only repeat it.
    """
    check_choice("infer_type", infer_type, (documented,))
    if configs is None:
        raise InvalidArgumentError("configs", "the model configurations of the service (a list)")
    return create_service_request(infer_type=documented, configs=configs, **arguments)


def _generated_name() -> str:
    return f"service-{uuid.uuid4().hex[:8]}"


def update_service_request(
    description: object, status: object, configs: object
) -> tuple[UpdateServiceRequest, bool]:
    """The request of ``update_service_config`` and whether it deploys the service again (a start or new
    configurations). ``status`` wins over ``configs``: only the status changes when both are given.
    """
    text = check_description("description", description, "UpdateServiceRequest")
    state = None if status is None else check_member("status", status, models.UpdateServiceRequestStatus)
    requests: list[GeneratedServiceConfig] | Unset = UNSET
    if configs is not None and state is None:
        requests = config_requests(configs, infer_type_of(configs))
    if text is None and state is None and isinstance(requests, Unset):
        raise InvalidArgumentError("description", "at least one of description, status or configs to change")
    body = models.UpdateServiceRequest(
        description=or_unset(text),
        status=or_unset(state),
        config=requests,
    )
    return body, state == "running" or not isinstance(requests, Unset)
