"""The documented model registry calls as plans (:mod:`modelarts_hl._core.calls`): import (with the upload
of a ``LOCAL_SOURCE`` folder and the wait until published), list, show, delete.
:class:`~modelarts_hl.inference.Model` runs them; arguments are checked before a plan is made.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from modelarts_client import models
from modelarts_client.api import models as models_api
from modelarts_client.types import Unset
from modelarts_hl._core.calls import Plan, blocking, call
from modelarts_hl._core.checks import check_timeout
from modelarts_hl._core.creates import create_once
from modelarts_hl._core.polling import Backoff, wait_until
from modelarts_hl._core.results import Result
from modelarts_hl.errors import ModelDeletionError, ModelPublishError

if TYPE_CHECKING:
    from modelarts_client.models import (
        CreateModelRequest,
        DeleteModelResponse,
        ListModelsResponse,
        ModelDetail,
    )

__all__ = [
    "POLL",
    "find_model",
    "import_model",
    "list_model_page",
    "remove_model",
    "show_model_info",
    "wait_for_publishing",
]

log = logging.getLogger("modelarts_hl.models")

POLL = Backoff(initial=0.2, factor=1.5, maximum=5.0)
_FAILED = ("failed", "building_failed")


def import_model(
    body: CreateModelRequest,
    *,
    upload: Callable[[], str] | None,
    publish: bool,
    timeout: float | None,
) -> Plan[str]:
    """Import the model described by ``body``, exactly once (after a failure where the registry may have
    acted, the model is looked for by name and version before the import is sent again); its
    ``source_location`` comes from ``upload`` (a blocking upload of a local folder) when given. With
    ``publish``, wait until it is published. Returns its id.
    """
    timeout = check_timeout("timeout", timeout)  # before anything is uploaded or imported
    if upload is not None:
        body.source_location = yield from blocking(upload)
    name, version = body.model_name, body.model_version
    model_id = yield from create_once(
        lambda: _imported(body),
        lambda since: find_model(name, version, since),
        what=f"model {name} {version}",
    )
    log.info("model %s %s imported as %s", name, version, model_id)
    if publish:
        yield from wait_for_publishing(model_id, timeout)
    return model_id


def _imported(body: CreateModelRequest) -> Plan[str]:
    return (yield from call(models_api.create_model, models.CreateModelResponse, body=body)).model_id


def find_model(name: str, version: str, since: float) -> Plan[str | None]:
    """The id of model ``name`` ``version`` if it was created at or after ``since`` (epoch seconds)."""
    page = yield from call(
        models_api.list_models,
        models.ListModelsResponse,
        model_name=name,
        exact_match=True,
        model_version=version,
    )
    for model in page.models:
        created = model.create_at
        if (model.model_name, model.model_version) == (name, version) and isinstance(created, int):
            return model.model_id if created >= since * 1000 else None
    return None


def show_model_info(model_id: str) -> Plan[Result[ModelDetail]]:
    return Result((yield from call(models_api.show_model, models.ModelDetail, model_id=model_id)))


def list_model_page(query: dict[str, Any]) -> Plan[Result[ListModelsResponse]]:
    return Result((yield from call(models_api.list_models, models.ListModelsResponse, **query)))


def remove_model(model_id: str) -> Plan[Result[DeleteModelResponse]]:
    """Delete the model; :class:`~modelarts_hl.errors.ModelDeletionError` when the registry keeps it."""
    result = yield from call(models_api.delete_model, models.DeleteModelResponse, model_id=model_id)
    failures = [] if isinstance(result.delete_failed_list, Unset) else result.delete_failed_list or []
    for failure in failures:
        if failure.model_id == model_id:
            code = None if isinstance(failure.error_code, Unset) else failure.error_code
            message = failure.error_msg if isinstance(failure.error_msg, str) else ""
            if not message and isinstance(failure.error_message, str):
                message = failure.error_message
            raise ModelDeletionError(model_id, code, message)
    log.info("model %s deleted", model_id)
    return Result(result)


def wait_for_publishing(model_id: str, timeout: float | None) -> Plan[Result[ModelDetail]]:
    """Wait until the model is published; :class:`~modelarts_hl.errors.ModelPublishError` when it fails."""

    def done(info: Result[ModelDetail]) -> bool:
        status = str(info.model_status)
        if status in _FAILED:
            raise ModelPublishError(model_id, status, str(info.get("error_msg") or ""))
        return status == "published"

    return wait_until(
        lambda: show_model_info(model_id),
        done,
        what=f"publishing of model {model_id}",
        timeout=timeout,
        backoff=POLL,
    )
