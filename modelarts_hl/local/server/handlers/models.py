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
from .search import contains, query_page, select_equal, sort_by_query

__all__ = ["MODEL_IN_USE", "api", "find_model"]

api = Operations()

MODEL_IN_USE = "ModelArts.3009"

# Fields of CreateModelRequest the registry keeps in another form; it keeps as sent every other field that
# showModel answers (ModelDetail).
_CONVERTED_FIELDS = ("apis", "initial_config")
# CreateModelRequest's extension naming the fields each model type requires.
_REQUIRED_BY_TYPE = "x-required-by-model-type"
# Query parameters of listModels that match by more than equality; every other one named like a field of
# ModelSummary selects the models whose field equals it.
_MATCHED_OTHERWISE = ("model_name", "description")


def _version(text: str) -> tuple[int, ...]:
    """``1.10.0`` sorts after ``1.9.0``."""
    return tuple(int(part) for part in text.split("."))


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
    _check_required_by_model_type(request)
    model_id = str(uuid.uuid4())
    source = (body.get("source_location") or "").rstrip("/")
    model: dict[str, Any] = {
        "model_id": model_id,
        "tenant": context.credentials.domain_id,
        "project": context.config.project_id,
        "owner": context.credentials.user_id,
        "create_at": now_ms(),
        "model_size": 0,
        "model_status": "publishing",
        "model_source": "custom",
        "workspace_id": "0",
        "install_type": ["real-time", "batch"],
        **({"execution_code": f"{source}/model/customize_service.py"} if source else {}),
        "tunable": False,
        "market_flag": False,
        "publishable_flag": True,
        **copy.deepcopy(
            request.rules.pick(body, "CreateModelRequest", "ModelDetail", leave_out=_CONVERTED_FIELDS)
        ),
    }
    if "apis" in body:
        # The service stores and returns the APIs as JSON text.
        model["apis"] = json.dumps(body["apis"])
    if "initial_config" in body:
        model["config"] = body["initial_config"]
    context.store.put(MODEL_KIND, model_id, model)
    context.models.publish(copy.deepcopy(model))
    return {"model_id": model_id}


def _check_required_by_model_type(request: OperationRequest) -> None:
    """The fields a model type needs beyond those every import needs (the document's extension)."""
    by_type = request.rules.extension("CreateModelRequest", _REQUIRED_BY_TYPE) or {}
    model_type = request.body["model_type"]
    for field in by_type.get(model_type, by_type.get("*", [])):
        if request.body.get(field) in (None, ""):
            raise invalid_field(field, f"needed for model_type {model_type}")


@api.operation("listModels")
def list_models(request: OperationRequest) -> dict[str, Any]:
    query = request.query
    models = request.context.store.documents(MODEL_KIND)
    if "model_name" in query:
        matches_name = _name_matcher(query["model_name"], exact=bool(query.get("exact_match", False)))
        models = [model for model in models if matches_name(model["model_name"])]
    equal = set(request.rules.query_fields(request.operation_id, "ModelSummary")) - set(_MATCHED_OTHERWISE)
    models = select_equal(models, query, equal)
    if "not_model_type" in query:
        models = [model for model in models if model.get("model_type") != query["not_model_type"]]
    if "description" in query:
        models = [model for model in models if contains(model.get("description") or "", query["description"])]
    ordered = sort_by_query(models, query, "create_at", {"model_version": _version})
    selected = query_page(ordered, query, 100)
    summaries = [request.rules.pick(model, "ModelSummary") for model in selected]
    return {"total_count": len(ordered), "count": len(summaries), "models": summaries}


def _name_matcher(pattern: str, *, exact: bool) -> Callable[[str], bool]:
    """ModelArts' fuzzy name match: a substring, whatever the letter case, in which ``_`` stands for any one
    character (an SQL LIKE pattern); exact_match compares whole names."""
    if exact:
        return lambda name: name == pattern
    regex = re.compile(".".join(re.escape(part) for part in pattern.split("_")), re.IGNORECASE)
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
