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

from collections.abc import Mapping, Sequence
from typing import Any

from modelarts_client.models import CreateServiceRequest, DeleteModelResponse, ListModelsResponse, ModelDetail
from modelarts_hl._core.checks import check_flag
from modelarts_hl._core.results import Result
from modelarts_hl.errors import InvalidArgumentError
from modelarts_hl.session import Session, check_session

from . import model_calls, service_calls
from .local_source import local_folder, upload_local
from .mapping import SOURCE_LOCATION_TYPES, create_model_request, deployment_request, model_list_query
from .params import Dependencies, Params
from .service import Predictor, Transformer
from .service_calls import DEFAULT_DEPLOY_TIMEOUT
from .validation import check_choice, check_model_id

__all__ = ["DEFAULT_PUBLISH_TIMEOUT", "Model"]

DEFAULT_PUBLISH_TIMEOUT = 600.0


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
        location_type = check_choice("source_location_type", source_location_type, SOURCE_LOCATION_TYPES)
        body = create_model_request(location_type=location_type, **creation)
        upload = None
        if location_type == "LOCAL_SOURCE":
            root = local_folder(source_location)
            upload = lambda: upload_local(session.obs, session.project_id, root)  # noqa: E731
        self.model_id = session.run(
            model_calls.import_model(body, upload=upload, publish=publish, timeout=timeout)
        )

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
        query = model_list_query(
            model_name, model_version, model_status, description, offset, limit, sort_by, order, workspace_id
        )
        return check_session(session).run(model_calls.list_model_page(query))

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
        return self.session.run(model_calls.show_model_info(self.model_id))

    def delete_model(self) -> Result[DeleteModelResponse]:
        """Deletes the model; :class:`~modelarts_hl.errors.ModelDeletionError` when the registry keeps it (a
        service uses it).
        """
        return self.session.run(model_calls.remove_model(self.model_id))

    def wait_for_publishing(self, timeout: float | None = DEFAULT_PUBLISH_TIMEOUT) -> Result[ModelDetail]:
        """Waits until the model is published; :class:`~modelarts_hl.errors.ModelPublishError` if not."""
        return self.session.run(model_calls.wait_for_publishing(self.model_id, timeout))

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
        body = deployment_request(
            "real-time",
            infer_type,
            configs=configs,
            service_name=service_name,
            description=description,
            vpc_id=vpc_id,
            subnet_network_id=subnet_network_id,
            security_group_id=security_group_id,
            schedule=schedule,
            cluster_id=cluster_id,
        )
        return Predictor(self.session, self._deploy(body, wait, timeout))

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
        body = deployment_request(
            "batch",
            infer_type,
            configs=configs,
            service_name=service_name,
            description=description,
            vpc_id=vpc_id,
            subnet_network_id=subnet_network_id,
            security_group_id=security_group_id,
            schedule=schedule,
            cluster_id=cluster_id,
        )
        return Transformer(self.session, self._deploy(body, wait, timeout))

    def _deploy(self, body: CreateServiceRequest, wait: bool, timeout: float | None) -> str:
        return self.session.run(service_calls.deploy(body, wait=check_flag("wait", wait), timeout=timeout))
