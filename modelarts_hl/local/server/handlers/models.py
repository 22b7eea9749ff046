"""Model registry (API v1): import, list, show, delete. Checking and building a model package is the model
runtime's part (the default one publishes every model at once)."""

from __future__ import annotations

import copy
import json
import re
import uuid
from collections.abc import Callable
from typing import Any

from ...errors import MODEL_NOT_FOUND, ApiError, invalid_field
from ...store.documents import MODEL_KIND, SERVICE_KIND, now_ms
from ..registry import OperationRequest, Operations
from .search import query_page, sort_by_query

__all__ = ["MODEL_IN_USE", "api", "find_model"]

api = Operations()

MODEL_IN_USE = "ModelArts.3009"

_SUMMARY_FIELDS = (
    "model_id",
    "model_name",
    "model_version",
    "model_status",
    "model_type",
    "model_size",
    "tenant",
    "project",
    "owner",
    "create_at",
    "description",
    "source_type",
    "workspace_id",
    "model_source",
    "tunable",
    "market_flag",
    "publishable_flag",
    "install_type",
    "specification",
)
_COPIED_FIELDS = (
    "model_name",
    "model_version",
    "source_location",
    "source_job_id",
    "source_job_version",
    "source_type",
    "source_copy",
    "model_type",
    "runtime",
    "model_algorithm",
    "description",
    "input_params",
    "output_params",
    "dependencies",
    "model_metrics",
    "model_docs",
)
_SORT_FIELDS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "create_at": lambda model: model["create_at"],
    "model_version": lambda model: tuple(int(part) for part in model["model_version"].split(".")),
    "model_size": lambda model: model.get("model_size", 0),
}


def find_model(request: OperationRequest, model_id: str) -> dict[str, Any] | None:
    return request.context.store.get(MODEL_KIND, model_id)


def _model(request: OperationRequest) -> dict[str, Any]:
    model_id = request.path_params["model_id"]
    model = find_model(request, model_id)
    if model is None:
        raise ApiError(404, MODEL_NOT_FOUND, f"Model {model_id} does not exist")
    return model


@api.operation("createModel")
def create_model(request: OperationRequest) -> dict[str, Any]:
    body = request.body
    context = request.context
    name, version = body["model_name"], body["model_version"]
    for existing in context.store.documents(MODEL_KIND):
        if existing["model_name"] == name and existing["model_version"] == version:
            raise invalid_field("model_version", f"model {name} {version} already exists")
    model_id = str(uuid.uuid4())
    source = body["source_location"].rstrip("/")
    model: dict[str, Any] = {
        "model_id": model_id,
        "tenant": context.credentials.domain_id,
        "project": context.config.project_id,
        "owner": context.credentials.user_id,
        "create_at": now_ms(),
        "model_size": 0,
        "model_status": "publishing",
        "model_source": "custom",
        "workspace_id": body.get("workspace_id", "0"),
        "install_type": body.get("install_type", ["real-time", "batch"]),
        "execution_code": body.get("execution_code", f"{source}/model/customize_service.py"),
        "tunable": False,
        "market_flag": False,
        "publishable_flag": True,
        **{field: copy.deepcopy(body[field]) for field in _COPIED_FIELDS if field in body},
    }
    if "apis" in body:
        # The service stores and returns the APIs as JSON text.
        model["apis"] = json.dumps(body["apis"])
    if "initial_config" in body:
        model["config"] = body["initial_config"]
    if "template" in body:
        model["template"] = body["template"]
    context.store.put(MODEL_KIND, model_id, model)
    context.models.publish(copy.deepcopy(model))
    return {"model_id": model_id}


@api.operation("listModels")
def list_models(request: OperationRequest) -> dict[str, Any]:
    query = request.query
    models = request.context.store.documents(MODEL_KIND)
    if "model_name" in query:
        matches_name = _name_matcher(query["model_name"], exact=bool(query.get("exact_match", False)))
        models = [model for model in models if matches_name(model["model_name"])]
    for field in ("model_version", "model_status", "model_type", "workspace_id"):
        if field in query:
            models = [model for model in models if model.get(field) == query[field]]
    if "not_model_type" in query:
        models = [model for model in models if model.get("model_type") != query["not_model_type"]]
    if "description" in query:
        models = [model for model in models if query["description"] in (model.get("description") or "")]
    ordered = sort_by_query(models, query, _SORT_FIELDS, "create_at")
    selected = query_page(ordered, query, 100)
    summaries = [{key: model[key] for key in _SUMMARY_FIELDS if key in model} for model in selected]
    return {"total_count": len(ordered), "count": len(summaries), "models": summaries}


def _name_matcher(pattern: str, *, exact: bool) -> Callable[[str], bool]:
    """ModelArts' fuzzy name match: a substring in which ``_`` stands for any one character."""
    if exact:
        return lambda name: name == pattern
    regex = re.compile(".".join(re.escape(part) for part in pattern.split("_")))
    return lambda name: regex.search(name) is not None


@api.operation("showModel")
def show_model(request: OperationRequest) -> dict[str, Any]:
    return _model(request)


@api.operation("deleteModel")
def delete_model(request: OperationRequest) -> dict[str, Any]:
    model = _model(request)
    store = request.context.store
    targets = [model]
    if request.query.get("cascade", False):
        targets = [m for m in store.documents(MODEL_KIND) if m["model_name"] == model["model_name"]]
    in_use = _models_in_use(request)
    deleted: list[str] = []
    failed: list[dict[str, Any]] = []
    for target in targets:
        model_id = target["model_id"]
        if model_id in in_use:
            failed.append(
                {
                    "model_id": model_id,
                    "error_code": MODEL_IN_USE,
                    "error_msg": f"Model {model_id} is used by a service; delete the service first",
                }
            )
            continue
        request.context.models.delete(model_id)
        store.delete(MODEL_KIND, model_id)
        deleted.append(model_id)
    return {"delete_success_list": deleted, "delete_failed_list": failed}


def _models_in_use(request: OperationRequest) -> set[str]:
    return {
        config["model_id"]
        for service in request.context.store.documents(SERVICE_KIND)
        for config in service.get("config") or []
    }
