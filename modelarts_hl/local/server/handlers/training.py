"""Training jobs (API v2): records, search, logs and metrics; running them is the training runtime's part."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from typing import Any

from ...errors import PARAMETER_ERROR, TRAINING_JOB_NOT_FOUND, ApiError, invalid_field
from ...store import catalog, retention
from ...store.documents import JOB_KIND, METRICS_KIND, epoch_ms, task_log_path
from ..registry import OperationRequest, Operations, Reply
from .search import check_filter, matches_filter, page, sort_key

__all__ = ["api"]

api = Operations()
# The log preview returns at most this much of the end of a log.
_LOG_PREVIEW_BYTES = 5 * 1024 * 1024
_TERMINABLE = ("Creating", "Pending", "Running")
_TERMINATED = ("Terminating", "Terminated")
# Largest job on a dedicated pool (whose flavors this backend does not know).
_MAX_POOL_NODES = 64
_DEFAULT_METRICS = ("cpuUsage", "memUsage")
_LOOPBACK = "127.0.0.1"
# The host addresses a search by host_ips finds local jobs by.
_LOCAL_HOSTS = frozenset({_LOOPBACK, "localhost", "::1"})

_FIELDS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "create_time": lambda job: job["metadata"]["create_time"],
    "name": lambda job: job["metadata"]["name"],
    "phase": lambda job: job["status"]["phase"],
    "kind": lambda job: job["kind"],
    "duration": lambda job: job["status"].get("duration", 0),
    "user_name": lambda job: job["metadata"].get("user_name"),
    "algorithm_name": lambda job: job.get("algorithm", {}).get("name"),
    "engine_name": lambda job: job.get("algorithm", {}).get("engine", {}).get("engine_name"),
    "flavor_id": lambda job: job.get("spec", {}).get("resource", {}).get("flavor_id"),
}
_SORTABLE = ("create_time", "name", "phase", "kind", "duration")


def _job(request: OperationRequest) -> dict[str, Any]:
    job_id = request.path_params["training_job_id"]
    age_out_jobs(request)
    job = request.context.store.get(JOB_KIND, job_id)
    if job is None:
        raise ApiError(404, TRAINING_JOB_NOT_FOUND, f"Training job {job_id} does not exist")
    return job


def _answer(request: OperationRequest, job: dict[str, Any]) -> dict[str, Any]:
    """A stored job as the API answers it: the fields of JobResponse (the record also keeps train_type),
    with how long its resources have been kept when it reserved them."""
    answer = request.rules.pick(job, "JobResponse")
    reserved = retention.reserved_for(job)
    ended = retention.ended_at(job)
    if reserved is not None and ended is not None:
        kept = _now_ms(request) - ended
        answer["status"] = {**answer["status"], "retention_time": max(0, min(kept, reserved))}
    return answer


def _now_ms(request: OperationRequest) -> int:
    return epoch_ms(request.context.config.clock())


def age_out_jobs(request: OperationRequest) -> None:
    """Jobs created with spec.retention.policy enabled age out (are deleted) once they have been over for the
    backend's job_retention, as the platform ages job records."""
    config = request.context.config
    if config.job_retention is None:
        return
    for job in retention.aged(
        request.context.store.documents(JOB_KIND), _now_ms(request), config.job_retention
    ):
        job_id = job["metadata"]["id"]
        request.context.training.delete(job_id)
        request.context.store.delete(JOB_KIND, job_id)


def _task(job: dict[str, Any], task_id: str) -> str:
    if task_id not in job["status"].get("tasks", []):
        raise ApiError(
            404, TRAINING_JOB_NOT_FOUND, f"Task {task_id} does not exist in job {job['metadata']['id']}"
        )
    return task_id


@api.operation("createTrainingJob", error_solution=True)
def create_training_job(request: OperationRequest) -> Reply:
    body = request.body
    state_dir = request.context.store.state_dir
    job_id = str(uuid.uuid4())
    algorithm = copy.deepcopy(body.get("algorithm", {}))
    if "engine" in algorithm:
        algorithm["engine"] = _resolve_engine(algorithm["engine"])
    spec = copy.deepcopy(body.get("spec", {}))
    resource = spec.setdefault("resource", {})
    resource.setdefault("flavor_id", catalog.LOCAL_FLAVOR_ID)
    resource.setdefault("node_count", 1)
    resource.setdefault("policy", "regular")
    max_nodes = _MAX_POOL_NODES
    if "pool_id" not in resource:
        flavor = catalog.find_flavor(resource["flavor_id"], state_dir)
        if flavor is None:
            raise invalid_field("spec.resource.flavor_id", f"flavor {resource['flavor_id']} does not exist")
        resource["flavor_name"] = flavor["flavor_name"]
        resource["flavor_detail"] = catalog.flavor_detail(flavor)
        max_nodes = flavor["max_num"]
    if resource["node_count"] > max_nodes:
        raise invalid_field("spec.resource.node_count", f"this flavor allows at most {max_nodes} nodes")
    metadata = {
        "workspace_id": "0",
        "description": "",
        **body["metadata"],
        "id": job_id,
        # The backend's clock, as retention and auto stop reckon with it.
        "create_time": _now_ms(request),
        "user_name": request.principal.user if request.principal else "",
    }
    tasks = [f"worker-{index}" for index in range(resource["node_count"])]
    job = {
        "kind": body["kind"],
        "metadata": metadata,
        "status": {
            "phase": "Creating",
            "secondary_phase": "Creating",
            "duration": 0,
            "start_time": 0,
            "tasks": tasks,
            "task_statuses": [],
        },
        "algorithm": algorithm,
        "spec": spec,
    }
    if "train_type" in body:
        job["train_type"] = body["train_type"]
    request.context.store.put(JOB_KIND, job_id, job)
    request.context.training.start(copy.deepcopy(job))
    return Reply(_answer(request, job), status=201)


def _resolve_engine(engine: dict[str, Any]) -> dict[str, Any]:
    """Completes a preset engine reference from the catalog; a custom image is taken as it is."""
    if "image_url" in engine and "engine_id" not in engine and "engine_name" not in engine:
        return engine
    if "engine_id" in engine:
        found = catalog.find_engine(engine_id=engine["engine_id"])
        where = "algorithm.engine.engine_id"
    elif "engine_name" in engine or "engine_version" in engine:
        found = catalog.find_engine(
            engine_name=engine.get("engine_name"), engine_version=engine.get("engine_version")
        )
        where = "algorithm.engine.engine_version"
    else:
        return engine
    if found is None:
        raise invalid_field(f"{where}", "no such engine")
    # The job names its engine; the catalog's v1_compatible and run_user describe engines, not jobs.
    resolved = {key: found[key] for key in ("engine_id", "engine_name", "engine_version")}
    return {**engine, **resolved}


@api.operation("listTrainingJobs", error_solution=True)
def list_training_jobs(request: OperationRequest) -> dict[str, Any]:
    body = request.body or {}
    offset = body.get("offset", 0)
    limit = body.get("limit", 10)
    sort_by = body.get("sort_by", "create_time")
    order = body.get("order", "desc")
    if sort_by not in _SORTABLE:
        raise invalid_field("sort_by", f"sorting by it is not supported ({', '.join(_SORTABLE)})")
    age_out_jobs(request)
    jobs = request.context.store.documents(JOB_KIND)
    matching = [job for job in jobs if _selected(job, body)]
    for index, criterion in enumerate(body.get("filters", [])):
        key = criterion.get("key")
        if key not in _FIELDS:
            raise invalid_field(f"filters[{index}].key", "filtering on it is not supported")
        field = _FIELDS[key]
        operator, expected = criterion.get("operator", "in"), criterion.get("value", [])
        check_filter(operator, expected, f"filters[{index}]")
        matching = [job for job in matching if matches_filter(field(job), operator, expected)]
    matching = sorted(matching, key=sort_key(_FIELDS[sort_by], _FIELDS["create_time"]))
    if order == "desc":
        # Reversed rather than sorted with reverse=True: jobs created in the same millisecond then list newest
        # first too, as the store keeps them in creation order.
        matching.reverse()
    response: dict[str, Any] = {
        "total": len(jobs),
        "count": len(matching),
        "limit": limit,
        "offset": offset,
        "sort_by": sort_by,
        "order": order,
        "workspace_id": body.get("workspace_id", "0"),
        "ai_project": "default-ai-project",
        "items": [_listed(request, job, body.get("host_ips")) for job in page(matching, offset, limit)],
    }
    for echoed in ("group_by", "train_type"):
        if echoed in body:
            response[echoed] = body[echoed]
    return response


def _selected(job: dict[str, Any], body: dict[str, Any]) -> bool:
    """The search criteria beside filters: workspace, custom or fine-tuning jobs, tags, hosts."""
    if "workspace_id" in body and job["metadata"].get("workspace_id", "0") != body["workspace_id"]:
        return False
    if "train_type" in body and ("train_type" in job) != (body["train_type"] == "ftjob"):
        return False
    if body.get("tags"):
        # Jobs are tagged through the tag management service, which has no local counterpart: none has tags.
        return False
    if body.get("host_ips"):
        return bool(set(body["host_ips"]) & _LOCAL_HOSTS) and job["status"].get("start_time", 0) > 0
    return True


def _listed(request: OperationRequest, job: dict[str, Any], host_ips: list[str] | None) -> dict[str, Any]:
    answer = _answer(request, job)
    if host_ips:
        # Every task of a local job runs on this machine, on loopback.
        ips = [
            {"task": task, "ip": _LOOPBACK, "host_ip": _LOOPBACK, "schedule_count": 1}
            for task in job["status"]["tasks"]
        ]
        answer["status"] = {**answer["status"], "task_ips": ips}
    return answer


@api.operation("showTrainingJob", error_solution=True)
def show_training_job(request: OperationRequest) -> dict[str, Any]:
    return _answer(request, _job(request))


@api.operation("updateTrainingJob", error_solution=True)
def update_training_job(request: OperationRequest) -> Reply:
    job = _job(request)
    body = request.body

    def change(doc: dict[str, Any]) -> dict[str, Any]:
        doc["metadata"]["description"] = body["description"]
        annotations = (body.get("metadata") or {}).get("annotation")
        if annotations:
            doc["metadata"]["annotations"] = {**doc["metadata"].get("annotations", {}), **annotations}
        spec = body.get("spec") or {}
        if "notification" in spec:
            doc.setdefault("spec", {})["notification"] = spec["notification"]
        if "schedule_policy" in spec:
            policy = doc.setdefault("spec", {}).setdefault("schedule_policy", {})
            policy.update(spec["schedule_policy"])
        return doc

    request.context.store.update(JOB_KIND, job["metadata"]["id"], change)
    return Reply(None, status=200)


@api.operation("deleteTrainingJob", error_solution=True)
def delete_training_job(request: OperationRequest) -> Reply:
    job_id = _job(request)["metadata"]["id"]
    request.context.training.delete(job_id)
    request.context.store.delete(JOB_KIND, job_id)
    return Reply(None, status=202)


@api.operation("terminateTrainingJob", error_solution=True)
def terminate_training_job(request: OperationRequest) -> Reply:
    job_id = _job(request)["metadata"]["id"]
    before: list[str] = []

    def change(doc: dict[str, Any]) -> dict[str, Any]:
        before.append(doc["status"]["phase"])
        if before[0] in _TERMINABLE:
            doc["status"]["phase"] = doc["status"]["secondary_phase"] = "Terminating"
        return doc

    job = request.context.store.update(JOB_KIND, job_id, change)
    if job is None:
        raise ApiError(404, TRAINING_JOB_NOT_FOUND, f"Training job {job_id} does not exist")
    if before[0] in _TERMINABLE:
        request.context.training.terminate(job_id)
    elif before[0] not in _TERMINATED:
        raise ApiError(400, PARAMETER_ERROR, f"A job in phase {before[0]} cannot be terminated")
    # Terminating a job that is already stopping or stopped changes nothing (so a retried call succeeds).
    return Reply(_answer(request, job), status=202)


@api.operation("showTrainingJobLog", error_solution=True, message_key="error_message")
def show_training_job_log(request: OperationRequest) -> dict[str, Any]:
    job = _job(request)
    task_id = _task(job, request.path_params["task_id"])
    path = task_log_path(request.context.store, job["metadata"]["id"], task_id)
    if not path.is_file():
        return {"content": "", "current_size": 0, "full_size": 0}
    with path.open("rb") as handle:
        full_size = handle.seek(0, 2)
        start = handle.seek(max(0, full_size - _LOG_PREVIEW_BYTES))
        # Exactly up to full_size: bytes the task writes meanwhile belong to the next preview, or the sizes
        # would not describe the content.
        tail = handle.read(full_size - start)
    return {
        "content": tail.decode("utf-8", errors="replace"),
        "current_size": len(tail),
        "full_size": full_size,
    }


@api.operation("showTrainingJobMetrics", error_solution=True)
def show_training_job_metrics(request: OperationRequest) -> dict[str, Any]:
    job = _job(request)
    task_id = _task(job, request.path_params["task_id"])
    recorded = request.context.store.get(METRICS_KIND, f"{job['metadata']['id']}:{task_id}") or {}
    names = list(dict.fromkeys([*_DEFAULT_METRICS, *recorded]))
    return {"metrics": [{"metric": name, "value": list(recorded.get(name, []))} for name in names]}


@api.operation("listTrainingJobFlavors", error_solution=True)
def list_training_job_flavors(request: OperationRequest) -> dict[str, Any]:
    found = catalog.flavors(request.context.store.state_dir, request.query.get("flavor_type"))
    return {"total_count": len(found), "flavors": found}


@api.operation("listTrainingJobEngines", error_solution=True)
def list_training_job_engines(request: OperationRequest) -> dict[str, Any]:
    found = catalog.engines()
    return {"total": len(found), "items": found}
