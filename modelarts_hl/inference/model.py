"""The model registry: ``Model`` and the classes of its creation parameters (``Params``, ``Dependencies``,
``Packages``).

Usage as documented by the official SDK::

    from modelarts_hl.model import Model
    from modelarts_hl.config.model_config import Params, Dependencies, Packages

    model = Model(session, model_id="...")                     # an existing model
    model = Model(session, model_name="digits", model_version="1.0.0",
                  source_location="/bucket/digits/", model_type="PyTorch")   # imports and waits
    model = Model(session, model_version="1.0.0", source_location_type="LOCAL_SOURCE",
                  source_location="/home/ma-user/work/digits/", model_type="PyTorch")
    Model.get_model_list(session, model_status="published", order="desc")
    model.deploy_predictor(service_name="digits", configs=[...])

``source_location`` is the OBS folder *holding* ``model/`` (the model files, ``config.json`` and
``customize_service.py``). With ``LOCAL_SOURCE`` the local folder is uploaded first, to the session's default
bucket ``modelarts-hl-<project id prefix>`` (created when missing), as SageMaker does with its default bucket.
Creating a model waits until it is ``published`` and raises :class:`ModelPublishError` with the reason when
it fails.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from modelarts_client.api.models import create_model, delete_model, list_models, show_model
from modelarts_client.models import (
    CreateModelResponse,
    DeleteModelResponse,
    ListModelsModelStatus,
    ListModelsOrder,
    ListModelsResponse,
    ListModelsSortBy,
    ModelDetail,
)
from modelarts_client.types import Unset
from modelarts_hl._core.checks import (
    check_flag,
    check_member,
    check_timeout,
)
from modelarts_hl._core.polling import Backoff, wait_until
from modelarts_hl._core.results import Result
from modelarts_hl._core.transport import expect
from modelarts_hl.errors import (
    InvalidArgumentError,
    ModelDeletionError,
    ModelPublishError,
)
from modelarts_hl.session import check_session

from .deployment import deploy
from .local_source import local_folder, upload_local
from .mapping import SOURCE_LOCATION_TYPES, create_model_request
from .params import Dependencies, Params
from .service import DEFAULT_DEPLOY_TIMEOUT, Predictor, Transformer
from .validation import (
    check_choice,
    check_model_id,
    check_version,
    paging_query,
    text_query,
)

if TYPE_CHECKING:
    from modelarts_hl.session import Session

__all__ = ["DEFAULT_PUBLISH_TIMEOUT", "Model"]

log = logging.getLogger("modelarts_hl.models")

DEFAULT_PUBLISH_TIMEOUT = 600.0
POLL = Backoff(initial=0.2, factor=1.5, maximum=5.0)
_FAILED = ("failed", "building_failed")


class Model:
    """A model of the registry: ``Model(session, model_id=...)`` or, with creation parameters, a new one.

    Creation imports the model (``POST /v1/{project_id}/models``) and, with ``publish`` (default), waits up
    to ``timeout`` seconds until it is published.
    """

    def __init__(
        self,
        session: Session,
        model_id: str | None = None,
        *,
        model_name: str | None = None,
        model_version: str | None = None,
        publish: bool = True,
        source_location_type: str = "OBS_SOURCE",
        source_location: str | None = None,
        environment: Any = None,
        source_job_id: str | None = None,
        source_job_version: str | None = None,
        source_type: str | None = None,
        model_type: str | None = None,
        model_algorithm: str | None = None,
        description: str | None = None,
        execution_code: str | None = None,
        input_params: Sequence[Params] | None = None,
        output_params: Sequence[Params] | None = None,
        dependencies: Sequence[Dependencies] | None = None,
        apis: str | Sequence[Mapping[str, Any]] | None = None,
        runtime: str | None = None,
        timeout: float | None = DEFAULT_PUBLISH_TIMEOUT,
    ) -> None:
        check_session(session)
        self.session = session
        creation = {
            "model_name": model_name,
            "model_version": model_version,
            "source_location": source_location,
            "environment": environment,
            "source_job_id": source_job_id,
            "source_job_version": source_job_version,
            "source_type": source_type,
            "model_type": model_type,
            "model_algorithm": model_algorithm,
            "description": description,
            "execution_code": execution_code,
            "input_params": input_params,
            "output_params": output_params,
            "dependencies": dependencies,
            "apis": apis,
            "runtime": runtime,
        }
        given = [name for name, value in creation.items() if value is not None]
        if model_id is not None:
            if given:
                raise InvalidArgumentError(
                    given[0], "None together with model_id (an existing model is not created)"
                )
            self.model_id = check_model_id(model_id)
            return
        publish = check_flag("publish", publish)
        timeout = check_timeout("timeout", timeout)
        location_type = check_choice("source_location_type", source_location_type, SOURCE_LOCATION_TYPES)
        body = create_model_request(location_type=location_type, **creation)
        if location_type == "LOCAL_SOURCE":
            body.source_location = upload_local(session, local_folder(source_location))
        created = expect(session.call(create_model, body=body), CreateModelResponse, "createModel")
        self.model_id = created.model_id
        log.info("model %s %s imported as %s", body.model_name, body.model_version, self.model_id)
        if publish:
            self.wait_for_publishing(timeout=timeout)

    def __repr__(self) -> str:
        return f"Model(model_id={self.model_id!r})"

    # -- lists ----------------------------------------------------------------------------------------------

    @classmethod
    def get_model_list(
        cls,
        session: Session,
        model_name: str | None = None,
        model_version: str | None = None,
        model_status: str | None = None,
        description: str | None = None,
        offset: int | str | None = None,
        limit: int | str | None = None,
        sort_by: str | None = None,
        order: str | None = None,
        workspace_id: str | None = None,
    ) -> Result[ListModelsResponse]:
        """The models that match (``GET /v1/{project_id}/models``); Tables 7-7 to 7-9."""
        check_session(session)
        query = text_query(model_name=model_name, description=description, workspace_id=workspace_id)
        if model_version is not None:
            query["model_version"] = check_version("model_version", model_version)
        if model_status is not None:
            query["model_status"] = check_member("model_status", model_status, ListModelsModelStatus)
        query.update(paging_query("listModels", offset, limit))
        if sort_by is not None:
            query["sort_by"] = check_member("sort_by", sort_by, ListModelsSortBy)
        if order is not None:
            query["order"] = check_member("order", order, ListModelsOrder)
        return Result(expect(session.call(list_models, **query), ListModelsResponse, "listModels"))

    @classmethod
    def get_model_object_list(
        cls,
        session: Session,
        model_name: str | None = None,
        model_version: str | None = None,
        model_status: str | None = None,
        description: str | None = None,
        offset: int | str | None = None,
        limit: int | str | None = None,
        sort_by: str | None = None,
        order: str | None = None,
        workspace_id: str | None = None,
    ) -> list[Model]:
        """The matching models as :class:`Model` objects (Tables 7-10 to 7-12)."""
        listing = cls.get_model_list(
            session,
            model_name,
            model_version,
            model_status,
            description,
            offset,
            limit,
            sort_by,
            order,
            workspace_id,
        )
        return [cls(session, model_id=summary["model_id"]) for summary in listing["models"]]

    # -- one model ------------------------------------------------------------------------------------------

    def get_model_info(self) -> Result[ModelDetail]:
        """Details of the model (``GET /v1/{project_id}/models/{model_id}``); Tables 7-13 to 7-17."""
        return Result(expect(self.session.call(show_model, model_id=self.model_id), ModelDetail, "showModel"))

    def delete_model(self) -> Result[DeleteModelResponse]:
        """Deletes the model; :class:`ModelDeletionError` when the registry keeps it (a service uses it)."""
        result = expect(
            self.session.call(delete_model, model_id=self.model_id), DeleteModelResponse, "deleteModel"
        )
        failures = [] if isinstance(result.delete_failed_list, Unset) else result.delete_failed_list or []
        for failure in failures:
            if failure.model_id == self.model_id:
                code = None if isinstance(failure.error_code, Unset) else failure.error_code
                message = failure.error_msg if isinstance(failure.error_msg, str) else ""
                if not message and isinstance(failure.error_message, str):
                    message = failure.error_message
                raise ModelDeletionError(self.model_id, code, message)
        log.info("model %s deleted", self.model_id)
        return Result(result)

    def wait_for_publishing(self, timeout: float | None = DEFAULT_PUBLISH_TIMEOUT) -> Result[ModelDetail]:
        """Waits until the model is published; :class:`ModelPublishError` when it fails."""
        timeout = check_timeout("timeout", timeout)

        def done(info: Result[ModelDetail]) -> bool:
            status = str(info.model_status)
            if status in _FAILED:
                raise ModelPublishError(self.model_id, status, str(info.get("error_msg") or ""))
            return status == "published"

        return wait_until(
            self.get_model_info,
            done,
            what=f"publishing of model {self.model_id}",
            timeout=timeout,
            backoff=POLL,
        )

    # -- deployment -----------------------------------------------------------------------------------------

    def deploy_predictor(
        self,
        service_name: str | None = None,
        infer_type: str = "real-time",
        vpc_id: str | None = None,
        subnet_network_id: str | None = None,
        security_group_id: str | None = None,
        configs: Sequence[Any] | None = None,
        description: str | None = None,
        schedule: Any = None,
        cluster_id: str | None = None,
        *,
        wait: bool = True,
        timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,
    ) -> Predictor:
        """Deploys a real-time service (Tables 8-2, 8-3, 8-6) and waits until it runs."""
        check_choice("infer_type", infer_type, ("real-time",))
        return deploy(
            self.session,
            infer_type="real-time",
            configs=_required_configs(configs),
            service_name=service_name,
            description=description,
            vpc_id=vpc_id,
            subnet_network_id=subnet_network_id,
            security_group_id=security_group_id,
            schedule=schedule,
            cluster_id=cluster_id,
            wait=wait,
            timeout=timeout,
        )

    def deploy_transformer(
        self,
        service_name: str | None = None,
        infer_type: str = "batch",
        vpc_id: str | None = None,
        subnet_network_id: str | None = None,
        security_group_id: str | None = None,
        configs: Sequence[Any] | None = None,
        description: str | None = None,
        schedule: Any = None,
        cluster_id: str | None = None,
        *,
        wait: bool = True,
        timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,
    ) -> Transformer:
        """Deploys a batch service (Tables 8-2, 8-4) and waits until it has processed its inputs.

        ``schedule`` is refused: only real-time services take one (Table 8-2).
        """
        check_choice("infer_type", infer_type, ("batch",))
        service = deploy(
            self.session,
            infer_type="batch",
            configs=_required_configs(configs),
            service_name=service_name,
            description=description,
            vpc_id=vpc_id,
            subnet_network_id=subnet_network_id,
            security_group_id=security_group_id,
            schedule=schedule,
            cluster_id=cluster_id,
            wait=wait,
            timeout=timeout,
        )
        assert isinstance(service, Transformer)
        return service


def _required_configs(configs: object) -> Any:
    if configs is None:
        raise InvalidArgumentError("configs", "the model configurations of the service (a list)")
    return configs
