"""Services (API v1): deploy, list, show, update, delete, monitor, update logs. Serving the models is the
inference runtime's part (the default one leaves services ``deploying``)."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from ...errors import SERVICE_NOT_FOUND, ApiError, invalid_field
from ...store.documents import MODEL_KIND, SCHEDULE_UNIT_SECONDS, SERVICE_KIND, access_address, now_ms
from ..registry import OperationRequest, Operations
from .search import contains, query_page, select_equal, sort_by_query

__all__ = ["api", "find_service"]

api = Operations()

# Fields of CreateServiceRequest and UpdateServiceRequest the handlers work out themselves; every other field
# of a request is kept as sent.
_WORKED_OUT = ("config", "schedule", "status")
# ServiceConfig's extension naming the fields each inference mode requires.
_REQUIRED_BY_MODE = "x-required-by-infer-type"
# Query parameters of listServices that match by more than equality; every other one named like a field of
# ServiceSummary selects the services whose field equals it.
_MATCHED_OTHERWISE = ("service_name",)


def find_service(request: OperationRequest, service_id: str) -> dict[str, Any]:
    service = request.context.store.get(SERVICE_KIND, service_id)
    if service is None:
        raise ApiError(404, SERVICE_NOT_FOUND, f"Service {service_id} does not exist")
    return service


def _configs(
    request: OperationRequest, infer_type: str, configs: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Checks a requested model configuration and expands it into the reported form."""
    if infer_type == "batch" and len(configs) != 1:
        raise invalid_field("config", "a batch service runs exactly one model")
    required = (request.rules.extension("ServiceConfig", _REQUIRED_BY_MODE) or {}).get(infer_type, [])
    for index, config in enumerate(configs):
        missing = [field for field in required if not config.get(field)]
        if missing:
            raise invalid_field(f"config[{index}].{missing[0]}", f"needed for {infer_type}")
    if infer_type == "real-time" and sum(config.get("weight", 0) for config in configs) != 100:
        raise invalid_field("config", "the weights must sum to 100")
    expanded = []
    for index, config in enumerate(configs):
        model = request.context.store.get(MODEL_KIND, config["model_id"])
        if model is None:
            raise invalid_field(f"config[{index}].model_id", "the model does not exist")
        if infer_type not in model.get("install_type", [infer_type]):
            raise invalid_field(f"config[{index}].model_id", f"the model cannot be deployed as {infer_type}")
        detail: dict[str, Any] = {
            "model_id": model["model_id"],
            "model_name": model["model_name"],
            "model_version": model["model_version"],
            "source_type": model.get("source_type", ""),
            # Edge nodes: ids in a request, node objects in an answer (edge services are not served here).
            **copy.deepcopy(
                request.rules.pick(config, "ServiceConfig", "ServiceConfigDetail", leave_out=("nodes",))
            ),
        }
        if infer_type == "real-time":
            detail["status"] = "notReady"
        expanded.append(detail)
    return expanded


def _schedule(schedule: list[dict[str, Any]], start_ms: int) -> tuple[list[dict[str, Any]], int | None]:
    if not schedule:
        return [], None
    first = schedule[0]
    due = start_ms + int(first["duration"] * SCHEDULE_UNIT_SECONDS[first["time_unit"]] * 1000)
    return copy.deepcopy(schedule), due


@api.operation("createService")
def create_service(request: OperationRequest) -> dict[str, Any]:
    body = request.body
    context = request.context
    name = body["service_name"]
    if any(existing["service_name"] == name for existing in context.store.documents(SERVICE_KIND)):
        raise invalid_field("service_name", f"service {name} already exists")
    infer_type = body["infer_type"]
    configs = _configs(request, infer_type, body["config"])
    service_id = str(uuid.uuid4())
    now = now_ms()
    service: dict[str, Any] = {
        "service_id": service_id,
        "description": "",
        "tenant": context.credentials.domain_id,
        "project": context.config.project_id,
        "owner": context.credentials.user_id,
        "publish_at": now,
        "update_time": now,
        "workspace_id": "0",
        "status": "deploying",
        "progress": 0,
        "config": configs,
        "invocation_times": 0,
        "failed_times": 0,
        "is_shared": False,
        "shared_count": 0,
        "operation_time": now,
        "transition_at": now,
        "is_free": False,
        **request.rules.pick(body, "CreateServiceRequest", leave_out=_WORKED_OUT),
    }
    if infer_type == "real-time":
        service["access_address"] = access_address(context.endpoint, service_id)
        schedule, due = _schedule(body.get("schedule", []), now)
        if schedule:
            service["schedule"], service["due_time"] = schedule, due
    context.store.put(SERVICE_KIND, service_id, service)
    context.store.append_event(
        SERVICE_KIND, service_id, {"update_time": now, "result": "RUNNING", "config": configs}
    )
    context.inference.deploy(copy.deepcopy(service))
    return {"service_id": service_id, "resource_ids": [f"{service_id}-{c['model_id']}" for c in configs]}


@api.operation("listServices")
def list_services(request: OperationRequest) -> dict[str, Any]:
    query = request.query
    services = request.context.store.documents(SERVICE_KIND)
    equal = set(request.rules.query_fields(request.operation_id, "ServiceSummary")) - set(_MATCHED_OTHERWISE)
    services = select_equal(services, query, equal)
    if "service_name" in query:
        services = [
            service for service in services if contains(service["service_name"], query["service_name"])
        ]
    if "model_id" in query:
        services = [
            service
            for service in services
            if any(config["model_id"] == query["model_id"] for config in service.get("config") or [])
        ]
    ordered = sort_by_query(services, query, "publish_at")
    if "offset" in query or "limit" in query:
        ordered = query_page(ordered, query, 1000)
    summaries = [request.rules.pick(service, "ServiceSummary") for service in ordered]
    return {"total_count": len(services), "count": len(summaries), "services": summaries}


@api.operation("showService")
def show_service(request: OperationRequest) -> dict[str, Any]:
    return find_service(request, request.path_params["service_id"])


@api.operation("updateService")
def update_service(request: OperationRequest) -> dict[str, Any]:
    service = find_service(request, request.path_params["service_id"])
    body = request.body or {}
    context = request.context
    now = now_ms()
    configs = None
    # Status and configuration do not change in one call: status wins.
    if "config" in body and "status" not in body:
        configs = _configs(request, service["infer_type"], body["config"])

    def change(doc: dict[str, Any]) -> dict[str, Any]:
        doc.update(request.rules.pick(body, "UpdateServiceRequest", leave_out=_WORKED_OUT))
        if "schedule" in body and doc["infer_type"] == "real-time":
            doc["schedule"], doc["due_time"] = _schedule(body["schedule"], now)
        if "status" in body:
            wanted = body["status"]
            if wanted == "stopped" and doc["status"] != "stopped":
                doc["status"], doc["transition_at"] = "stopped", now
            elif wanted == "running" and doc["status"] in ("stopped", "failed"):
                doc["status"], doc["transition_at"] = "deploying", now
        if configs is not None:
            doc["config"], doc["update_time"] = configs, now
            doc["status"], doc["transition_at"] = "deploying", now
        doc["operation_time"] = now
        return doc

    updated = context.store.update(SERVICE_KIND, service["service_id"], change)
    if updated is None:
        raise ApiError(404, SERVICE_NOT_FOUND, f"Service {service['service_id']} does not exist")
    if configs is not None:
        event = {"update_time": now, "result": "RUNNING", "config": configs}
        context.store.append_event(SERVICE_KIND, service["service_id"], event)
    context.inference.update(copy.deepcopy(updated))
    return {}


@api.operation("deleteService")
def delete_service(request: OperationRequest) -> dict[str, Any]:
    # Several ids separated by commas delete several services.
    ids = [part.strip() for part in request.path_params["service_id"].split(",") if part.strip()]
    services = [find_service(request, service_id) for service_id in ids]
    if not services:
        raise ApiError(404, SERVICE_NOT_FOUND, "No service id given")
    for service in services:
        request.context.inference.delete(service["service_id"])
        request.context.store.delete(SERVICE_KIND, service["service_id"])
    return {}


@api.operation("showServiceMonitor")
def show_service_monitor(request: OperationRequest) -> dict[str, Any]:
    service = find_service(request, request.path_params["service_id"])
    running = service["status"] in ("running", "concerning")
    monitors = []
    for config in service.get("config") or []:
        instances = config.get("instance_count", 1)
        monitors.append(
            {
                "model_id": config["model_id"],
                "model_name": config.get("model_name", ""),
                "model_version": config.get("model_version", ""),
                "invocation_times": service.get("invocation_times", 0),
                "failed_times": service.get("failed_times", 0),
                "cpu_core_usage": 0.0,
                "cpu_core_total": 0.0,
                "cpu_memory_usage": 0,
                "cpu_memory_total": 0,
                "gpu_usage": 0.0,
                "gpu_total": 0.0,
                "model_running_instance_count": instances if running else 0,
                "model_instance_count": instances,
            }
        )
    measure = getattr(request.context.inference, "monitor", None)
    if callable(measure):
        # A runtime that runs the models reports per model what their processes do.
        monitors = measure(service)
    return {
        "service_id": service["service_id"],
        "service_name": service["service_name"],
        "monitors": monitors,
        "service_running_instance_count": sum(m["model_running_instance_count"] for m in monitors),
        "service_instance_count": sum(m["model_instance_count"] for m in monitors),
        "req_count_per_min": 0,
    }


@api.operation("listServiceUpdateLogs")
def list_service_update_logs(request: OperationRequest) -> dict[str, Any]:
    service = find_service(request, request.path_params["service_id"])
    logs = request.context.store.events(SERVICE_KIND, service["service_id"])
    if "update_time" in request.query:
        logs = [log for log in logs if log["update_time"] == request.query["update_time"]]
    # An update log reports of each model the configuration it applied, not the state of its instances.
    for log in logs:
        log["config"] = [request.rules.pick(config, "ServiceLogConfig") for config in log.get("config") or []]
    return {"service_id": service["service_id"], "service_name": service["service_name"], "logs": logs}
